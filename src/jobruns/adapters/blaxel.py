"""Blaxel: cursor paging with meta.hasMore (and the older bare array with offset/limit); string times; params as
the execution's env; the request id of a create is its idempotency key; cancel answers the execution;
logs (experimental) by a window of whole seconds, newest first, paged by offset."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .._adapter import Adapter, Call, PageOf, Position, runs_under
from .._logs import NS, LogQuery, RawLine, rfc3339_nanoseconds
from .._model import JobRun, RunStatus, build_run, count_or_none
from .._settings import Setting
from .._time import between, to_utc

# Asking for this API version gets the {data, meta} answer with cursor paging.
API_VERSION = "2026-04-28"


class Blaxel(Adapter):
    name = "blaxel"
    package = "jobruns_blaxel"
    docs_url = "https://docs.blaxel.ai/api-reference/jobs/list-job-executions"
    settings = (Setting("workspace", "Blaxel workspace name", required=True),)
    default_base_url = "https://api.blaxel.ai/v0"
    default_page_size = 50
    max_page_size = 100
    run_model = "JobExecution"
    newest_first = "sort=createdAt:desc (its default; API versions before 2026-04-28 ignore it)"
    params = "env (environment variables, merged with the job's)"
    idempotency_key = "the request id (CreateJobExecutionRequest.id: used for idempotency and tracking)"
    trigger_429_started_nothing = "createJobExecution: 429 'the execution cannot start now (allowQueue false)'"
    logs = "experimental"  # GET /observability/logs: what its CLI reads, not in its published spec
    # its CLI polls a window overlapping the last by 30 s; lines show up late (OpenTelemetry ingestion)
    logs_window = 30.0
    logs_settle = 5.0
    statuses = {
        "queued": RunStatus.PENDING, "pending": RunStatus.PENDING, "running": RunStatus.RUNNING,
        "cancelling": RunStatus.CANCELLING, "cancelled": RunStatus.CANCELLED, "succeeded": RunStatus.SUCCEEDED,
        "failed": RunStatus.FAILED, "timeout": RunStatus.FAILED,
    }  # fmt: skip

    def auth_headers(self, token: str) -> dict[str, str]:
        # What Blaxel's own SDKs send; the spec's plain bearer scheme is accepted too (see specs/blaxel.yaml).
        return {"X-Blaxel-Authorization": f"Bearer {token}", "X-Blaxel-Workspace": self.config["workspace"]}

    def get_call(self, job_id: str, run_id: str) -> Call:
        from jobruns_blaxel.api.jobs import get_job_execution

        return Call(get_job_execution, {"job_id": job_id, "execution_id": run_id})

    def read_run(self, body: Any) -> Any:
        return body

    def list_call(
        self, job_id: str, position: Position, page_size: int, statuses: list[str] | None, newest: bool = False
    ) -> Call:
        from jobruns_blaxel.api.jobs import list_job_executions
        from jobruns_blaxel.models import ListJobExecutionsSort

        kwargs: dict[str, Any] = {"job_id": job_id, "limit": page_size, "blaxel_version": API_VERSION}
        if newest:
            kwargs["sort"] = ListJobExecutionsSort.CREATEDATDESC
        if isinstance(position, str):
            kwargs["cursor"] = position
        elif isinstance(position, int):  # a server answering the legacy way pages by offset
            kwargs["offset"] = position
        return Call(list_job_executions, kwargs)

    def read_page(self, body: Any, position: Position, page_size: int) -> PageOf:
        from jobruns_blaxel.models import JobExecutionList
        from jobruns_blaxel.types import Unset

        if isinstance(body, list):  # the legacy answer: a bare array, offset paging, no total
            offset = position if isinstance(position, int) else 0
            return PageOf(body, offset + len(body) if len(body) == page_size else None)
        rest, items = runs_under(body, "data")
        meta = JobExecutionList.from_dict(rest).meta
        if isinstance(meta, Unset):
            return PageOf(items, None)
        cursor = meta.next_cursor if meta.has_more is True and isinstance(meta.next_cursor, str) else None
        return PageOf(items, cursor or None, count_or_none(meta.total))

    def trigger_call(self, job_id: str, params: Mapping[str, str], key: str | None) -> Call:
        from jobruns_blaxel.api.jobs import create_job_execution
        from jobruns_blaxel.models import CreateJobExecutionRequest, CreateJobExecutionRequestEnv
        from jobruns_blaxel.types import UNSET

        env = CreateJobExecutionRequestEnv.from_dict(dict(params)) if params else UNSET
        return Call(
            create_job_execution, {"job_id": job_id, "body": CreateJobExecutionRequest(env=env, id=key or UNSET)}
        )

    def read_trigger(self, body: Any) -> tuple[str, Any | None]:
        execution = _text(body.get("executionId"))
        if execution is None:
            raise ValueError("the answer names no executionId")
        return execution, None

    def cancel_call(self, job_id: str, run: JobRun) -> Call:
        from jobruns_blaxel.api.jobs import delete_job_execution

        return Call(delete_job_execution, {"job_id": job_id, "execution_id": run.id})

    def read_cancel(self, body: Any) -> Any:
        return self.read_run(body)

    def logs_call(self, job_id: str, run_id: str, query: LogQuery) -> Call:
        from jobruns_blaxel.api.observability import get_logs

        # whole seconds, without a zone, as its CLI sends them: the window is widened to them, the lines outside
        # it are dropped by the reader
        start = query.start // NS
        end = -(-query.end // NS) if query.end is not None else int(time.time()) + 86_400
        kwargs: dict[str, Any] = {
            "start": _seconds_text(start), "end": _seconds_text(end), "resource_type": "jobs",
            "workload_ids": job_id, "execution_id": run_id, "limit": query.limit, "offset": query.offset,
            "type_": "all", "workspace": self.config["workspace"],
        }  # fmt: skip
        return Call(get_logs, kwargs)

    def read_logs(self, job_id: str, body: Any) -> tuple[list[RawLine], int | None]:
        from jobruns_blaxel.models import WorkloadLogs

        answer = WorkloadLogs.from_dict(body)
        if job_id not in answer:  # as its CLI reads it: the job is not there
            return [], 0
        workload = answer[job_id]
        lines = []
        for entry in workload.logs:
            if not isinstance(entry.timestamp, str) or not isinstance(entry.message, str):
                raise ValueError("a line has no timestamp or message text")
            severity = entry.severity if type(entry.severity) is int else None
            lines.append(RawLine(rfc3339_nanoseconds(entry.timestamp), entry.message, _severity(severity), None))
        total = workload.total_count if type(workload.total_count) is int else None
        return lines, total

    def error_details(self, body: Any) -> tuple[str | None, str | None]:
        """Blaxel's Error: `error` says what failed ("job not found"), `message` (optional) the detail."""
        error, message = body.get("error"), body.get("message")
        if error and message and message != error:
            return f"{error}: {message}", None
        return message or error, None

    def to_run(self, job_id: str, run: Any) -> JobRun:
        meta = run["metadata"]
        status, raw_status = self.status_of[run.get("status")]
        started, ended = to_utc(meta.get("startedAt")), to_utc(meta.get("completedAt"))  # unreadable: absent
        tasks = run.get("tasks")
        if tasks is not None and type(tasks) is not list:
            raise TypeError(f"tasks is {type(tasks).__name__}, not a list")
        return build_run(
            provider=self.name,
            job_id=_text(meta.get("job")) or job_id,
            id=_text(meta.get("id")) or "",
            name=None,
            status=status,
            provider_status=raw_status,
            created_at=to_utc(meta.get("createdAt")),
            started_at=started,
            ended_at=ended,
            duration=between(started, ended),
            error=_failure(tasks) if status is RunStatus.FAILED else None,
            raw_json=run,
        )


def _seconds_text(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S")


# OpenTelemetry severity numbers, by range, as the names Blaxel's CLI filters by
_SEVERITIES = ((1, "TRACE"), (5, "DEBUG"), (9, "INFO"), (13, "WARNING"), (17, "ERROR"), (21, "FATAL"), (25, "UNKNOWN"))


def _severity(number: int | None) -> str | None:
    if number is None or number <= 0:
        return None
    return next((name for low, name in reversed(_SEVERITIES) if number >= low), None)


def _text(value: object) -> str | None:
    """An optional string field: None when absent; a value of another type is an error, not a silent None."""
    if value is None or isinstance(value, str):
        return value or None
    raise TypeError(f"expected a string, got {type(value).__name__}")


def _failure(tasks: list[Any] | None) -> str:
    """The first failed task's condition, as one line: "task <name>: <reason>: <message>"."""
    for task in tasks or []:
        if task.get("status") != "failed":
            continue
        metadata = task.get("metadata")
        name = _text(metadata.get("name")) if metadata else None
        for condition in task.get("conditions") or []:
            text = ": ".join(p for p in (_text(condition.get("reason")), _text(condition.get("message"))) if p)
            if text:
                return f"task {name}: {text}" if name else text
    return "a task failed" if tasks else "execution failed"
