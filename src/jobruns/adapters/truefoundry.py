"""TrueFoundry: offset/limit paging with a total; statuses filtered by the server; epoch-number times; trigger by
application id (the job id of the run paths) with params as the input's template parameters; terminate by the run's
deployment and name; logs by application id and run name, in nanoseconds, resumed by time and numLogsToIgnore."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from .._adapter import Adapter, Call, PageOf, Position, runs_under
from .._errors import ResponseError
from .._logs import LogQuery, RawLine
from .._model import JobRun, RunStatus, build_run, count_or_none
from .._time import between, to_utc


class TrueFoundry(Adapter):
    name = "truefoundry"
    package = "jobruns_truefoundry"
    docs_url = "https://www.truefoundry.com/docs/api-reference/jobs/list-job-runs"
    default_base_url = None  # every customer has its own control plane
    max_page_size = 1000
    filters_status_server_side = True
    run_model = "JobRun"
    logs = "documented"
    logs_skips = True  # numLogsToIgnore: the lines at startTs already read
    # A run has no start time of its own: startTime sorts by createdAt, which the runs' duration is counted from (the
    # listing's documented default order is "sorted by creation date", with no direction stated)
    newest_first = "sortBy=startTime&order=desc"
    params = "input.params (the job's command template parameters)"
    statuses = {
        "CREATED": RunStatus.PENDING, "SCHEDULED": RunStatus.PENDING, "RUNNING": RunStatus.RUNNING,
        "TERMINATION_REQUESTED": RunStatus.CANCELLING, "TERMINATING": RunStatus.CANCELLING,
        "TERMINATED": RunStatus.CANCELLED, "FINISHED": RunStatus.SUCCEEDED, "FAILED": RunStatus.FAILED,
        "UNKNOWN": RunStatus.UNKNOWN,
    }  # fmt: skip

    def auth_headers(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def get_call(self, job_id: str, run_id: str) -> Call:
        from jobruns_truefoundry.api.jobs import get_job_run

        return Call(get_job_run, {"job_id": job_id, "job_run_name": run_id})

    def read_run(self, body: Any) -> Any:
        return body["data"]

    def list_call(
        self, job_id: str, position: Position, page_size: int, statuses: list[str] | None, newest: bool = False
    ) -> Call:
        from jobruns_truefoundry.api.jobs import list_job_runs
        from jobruns_truefoundry.models import JobRunsSortBy, JobRunStatus, SortDirection

        kwargs: dict[str, Any] = {"job_id": job_id, "limit": page_size, "offset": int(position or 0)}
        if statuses:
            kwargs["status"] = [JobRunStatus(value) for value in statuses]
        if newest:
            kwargs["sort_by"], kwargs["order"] = JobRunsSortBy.STARTTIME, SortDirection.DESC
        return Call(list_job_runs, kwargs)

    def read_page(self, body: Any, position: Position, page_size: int) -> PageOf:
        from jobruns_truefoundry.models import ListJobRunResponse

        rest, items = runs_under(body, "data")
        offset, total = int(position or 0), count_or_none(ListJobRunResponse.from_dict(rest).pagination.total)
        following = offset + len(items)
        more = bool(items) and (following < total if total is not None else len(items) == page_size)
        return PageOf(items, following if more else None, total)

    def page_position(self, index: int, page_size: int) -> Position:
        return index * page_size

    def to_run(self, job_id: str, run: Any) -> JobRun:
        status, raw_status = self.status_of[run["status"]]
        created, ended = to_utc(run["createdAt"]), to_utc(run.get("endTime"))
        error = run.get("error")
        return build_run(
            provider=self.name,
            job_id=job_id,
            id=run["name"],  # get_job_run takes the run's name, not its system id
            name=run["name"],
            status=status,
            provider_status=raw_status,
            created_at=created,
            ended_at=ended,
            duration=_duration(run.get("duration"), between(created, ended)),
            error=error or None if isinstance(error, str) else None,
            raw_json=run,
        )

    def trigger_call(self, job_id: str, params: Mapping[str, str], key: str | None) -> Call:
        from jobruns_truefoundry.api.jobs import trigger_job
        from jobruns_truefoundry.models import JobTriggerInput, JobTriggerInputParams, TriggerJobRequest
        from jobruns_truefoundry.types import UNSET

        given = JobTriggerInput(params=JobTriggerInputParams.from_dict(dict(params))) if params else UNSET
        return Call(trigger_job, {"body": TriggerJobRequest(application_id=job_id, input_=given)})

    def read_trigger(self, body: Any) -> tuple[str, Any | None]:
        from jobruns_truefoundry.models import TriggerJobRunResponse

        answer = TriggerJobRunResponse.from_dict(body)
        return answer.job_run_name, body["data"]

    def cancel_call(self, job_id: str, run: JobRun) -> Call:
        from jobruns_truefoundry.api.jobs import terminate_job

        deployment = getattr(run.raw, "deployment_id", None)
        if not isinstance(deployment, str) or not deployment:
            raise ResponseError(
                f"run {run.id} has no deploymentId, which terminating it needs", provider=self.name, status_code=200
            )
        return Call(terminate_job, {"deployment_id": deployment, "job_run_name": run.id})

    def error_details(self, body: Any) -> tuple[str | None, str | None]:
        return body.get("message"), None

    def logs_call(self, job_id: str, run_id: str, query: LogQuery) -> Call:
        from jobruns_truefoundry.api.logs import get_logs
        from jobruns_truefoundry.models import LogsSortingDirection

        kwargs: dict[str, Any] = {"application_id": job_id, "job_run_name": run_id, "start_ts": str(query.start),
                                  "limit": query.limit, "direction": LogsSortingDirection.ASC}  # fmt: skip
        if query.end is not None:
            kwargs["end_ts"] = str(query.end - 1)  # endTs is a line's time that is still read
        if query.skip:
            kwargs["num_logs_to_ignore"] = query.skip
        return Call(get_logs, kwargs)

    def read_logs(self, job_id: str, body: Any) -> tuple[list[RawLine], int | None]:
        from jobruns_truefoundry.models import GetLogsResponse

        lines = []
        for line in GetLogsResponse.from_dict(body).data:
            if not (isinstance(line.time, str) and line.time.isdigit() and isinstance(line.log, str)):
                raise ValueError(f"a line's time is {line.time!r}, not nanoseconds since the epoch")
            source = line.container_name if isinstance(line.container_name, str) and line.container_name else None
            lines.append(RawLine(int(line.time), line.log, line.stream or None, source))
        return lines, None


def _duration(reported: object, span: timedelta | None) -> timedelta | None:
    """TrueFoundry's duration has no documented unit: seconds, unless the run's own span says milliseconds."""
    # JSON numbers are exactly int or float (a bool, from JSON true, is neither); NaN and Infinity are absent
    if not (type(reported) is int or (type(reported) is float and math.isfinite(reported))) or reported < 0:
        return span
    seconds = 0.0
    if span is not None:
        seconds = span.total_seconds()
        if seconds == reported:  # the common case: the span itself, no new timedelta
            return span
    try:
        if seconds > 0 and reported > seconds * 100:
            return timedelta(milliseconds=reported)
        return timedelta(seconds=reported)
    except OverflowError:  # beyond timedelta's 999,999,999 days: no duration anyone could mean
        return span
