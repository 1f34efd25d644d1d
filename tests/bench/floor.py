"""A reference for the decode target: the least an eager typed decode of a list answer can cost in Python.

``decode_floor`` turns a Northflank list answer (the flattest run shape of the four: one object of eleven
fields, no nesting) into the same objects the facade returns, a generated ``JobRun`` model and a
``jobruns.JobRun`` per run, with every step the facade takes that the result needs and nothing else: no
type checks, no unknown-key handling, no error wrapping, no status fallbacks, the datetimes parsed straight
with ``datetime.fromisoformat``. It is not a decoder to ship (bad input would pass unnoticed); its ratio to
``json.loads`` shows how much of the decode target any eager decode leaves to the rest of the work.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jobruns._json import loads

_new = object.__new__
_set = object.__setattr__


def decode_floor(data: bytes, job_id: str) -> list[Any]:
    from jobruns_northflank.models import JobRun as NorthflankRun
    from jobruns_northflank.models import JobRunActive, JobRunFailed, JobRunStatus, JobRunSucceeded
    from jobruns_northflank.types import UNSET

    from jobruns import JobRun, RunStatus
    from jobruns.adapters.northflank import Northflank

    statuses = Northflank.status_of
    active, failed, status, succeeded = (
        kind._value2member_map_ for kind in (JobRunActive, JobRunFailed, JobRunStatus, JobRunSucceeded)
    )
    parse = datetime.fromisoformat
    runs = []
    for item in loads(data)["data"]["runs"]:
        model = NorthflankRun(
            item["id"],
            active[item["active"]],
            item["backoffLimit"],
            item["completions"],
            item["concluded"],
            failed[item["failed"]],
            item["runName"],
            status[item["status"]],
            succeeded[item["succeeded"]],
            item.get("startedAt", UNSET),
            item.get("concludedAt", UNSET),
        )
        normalised, raw_status = statuses[model.status]
        started = parse(model.started_at) if type(model.started_at) is str else None
        ended = parse(model.concluded_at) if type(model.concluded_at) is str else None
        error = None
        if normalised is RunStatus.FAILED or model.failed == 1:
            error = f"run failed after {model.completions} attempt(s) (backoff limit {model.backoff_limit})"
        run = _new(JobRun)
        _set(
            run,
            "__dict__",
            {
                "provider": "northflank",
                "job_id": job_id,
                "id": model.id,
                "name": model.run_name,
                "status": normalised,
                "provider_status": raw_status,
                "created_at": None,
                "started_at": started,
                "ended_at": ended,
                "duration": ended - started if started and ended else None,
                "error": error,
                "raw": model,
            },
        )
        runs.append(run)
    return runs
