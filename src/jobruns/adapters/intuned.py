"""Intuned: x-api-key auth; pageNumber (from 0) + pageSize, as strings, with totalCount; ISO string times; a
trigger takes no inputs (a job's payloads are its configuration) and answers the new run's id."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from .. import _words
from .._adapter import Adapter, Call, PageOf, Position, runs_under
from .._errors import ConfigError
from .._model import JobRun, RunStatus, build_run, count_or_none
from .._settings import Setting
from .._time import between, to_utc
from .._words import Phrase


class Intuned(Adapter):
    name = "intuned"
    package = "jobruns_intuned"
    docs_url = "https://docs.intunedhq.com/client-apis/api-reference/projectsjobsruns/get-job-run"
    settings = (
        Setting("workspace_id", "Intuned workspace id (a UUID)", required=True),
        Setting("project", "Intuned project name", required=True),
    )
    default_base_url = "https://app.intuned.io/api/v1/workspace"
    default_page_size = 50
    max_page_size = 100
    run_model = "JobRun"
    newest_first = "sortBy=created_at,desc"
    no_logs = (
        "its API and SDKs have no logs operation (its CLI downloads an attempt's log, `intuned platform attempts log`, "
        "from an endpoint it does not publish); read them in Intuned's dashboard"
    )
    statuses = {
        "PENDING": RunStatus.RUNNING, "RESUMING": RunStatus.RUNNING, "PAUSED": RunStatus.PAUSED,
        "PAUSING": RunStatus.PAUSED, "CANCELED": RunStatus.CANCELLED, "TERMINATED": RunStatus.CANCELLED,
        "SUCCESS": RunStatus.SUCCEEDED, "COMPLETED": RunStatus.SUCCEEDED, "FAILURE": RunStatus.FAILED,
    }  # fmt: skip

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        try:
            self.workspace = uuid.UUID(settings["workspace_id"])
        except ValueError:
            raise ConfigError(
                Phrase(
                    "intuned: setting ",
                    _words.setting("intuned", "workspace_id"),
                    f" must be a UUID, got {settings['workspace_id']!r} (",
                    _words.give("intuned", "workspace_id"),
                    ")",
                ),
                about="workspace_id",
            ) from None

    def auth_headers(self, token: str) -> dict[str, str]:
        return {"x-api-key": token}

    def _where(self, job_id: str) -> dict[str, Any]:
        return {"workspace_id": self.workspace, "project_name": self.config["project"], "job_id": job_id}

    def get_call(self, job_id: str, run_id: str) -> Call:
        from jobruns_intuned.api.projects_jobs_runs import get_job_run

        return Call(get_job_run, {**self._where(job_id), "job_run_id": run_id})

    def read_run(self, body: Any) -> Any:
        return body["jobRun"]

    def list_call(
        self, job_id: str, position: Position, page_size: int, statuses: list[str] | None, newest: bool = False
    ) -> Call:
        from jobruns_intuned.api.projects_jobs_runs import list_job_runs

        page = int(position or 0)
        kwargs = {**self._where(job_id), "page_size": str(page_size), "page_number": str(page)}
        if newest:
            kwargs["sort_by"] = "created_at,desc"
        return Call(list_job_runs, kwargs)

    def read_page(self, body: Any, position: Position, page_size: int) -> PageOf:
        from jobruns_intuned.models import ListJobRunsResponse200

        rest, items = runs_under(body, "jobRuns")
        total = count_or_none(ListJobRunsResponse200.from_dict(rest).total_count)
        page = int(position or 0)
        more = bool(items) and ((page + 1) * page_size < total if total is not None else len(items) == page_size)
        return PageOf(items, page + 1 if more else None, total)

    def page_position(self, index: int, page_size: int) -> Position:
        return index

    def to_run(self, job_id: str, run: Any) -> JobRun:
        status, raw_status = self.status_of[run["status"]]
        started, ended = to_utc(run["start_time"]), to_utc(run["end_time"])
        return build_run(
            provider=self.name,
            job_id=run["job_id"] or job_id,
            id=run["id"],
            name=None,
            status=status,
            provider_status=raw_status,
            created_at=to_utc(run["created_at"]),
            started_at=started,
            ended_at=ended,
            duration=between(started, ended),
            error=_error_line(run, raw_status),
            raw_json=run,
        )

    def trigger_call(self, job_id: str, params: Mapping[str, str], key: str | None) -> Call:
        from jobruns_intuned.api.projects_jobs import trigger_job

        return Call(trigger_job, self._where(job_id))

    def read_trigger(self, body: Any) -> tuple[str, Any | None]:
        from jobruns_intuned.models import TriggerJobResponse200

        return TriggerJobResponse200.from_dict(body).job_run_id, None

    def cancel_call(self, job_id: str, run: JobRun) -> Call:
        from jobruns_intuned.api.projects_jobs_runs import terminate_job_run

        return Call(terminate_job_run, {**self._where(job_id), "job_run_id": run.id})

    def error_details(self, body: Any) -> tuple[str | None, str | None]:
        return body.get("message"), body.get("correlationId")


def _error_line(run: dict[str, Any], status: str) -> str | None:
    """error.message, then the reason for the state change: "<message> (reason: <reason message>)"."""
    error, reason = _message(run.get("error")), _message(run.get("reason"))
    if error and reason and reason != error:
        return f"{error} (reason: {reason})"
    return error or (reason if status == "FAILURE" else None)


def _message(value: object) -> Any:
    """An ``{"message": ...}`` object's message; None for anything else (the spec allows other values there)."""
    return value.get("message") if type(value) is dict else None
