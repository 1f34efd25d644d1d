"""Northflank: bearer auth; project- or team-scoped paths; per_page + cursor paging with hasNextPage; params as
the run's runtime environment; abort ends a run as FAILED (Northflank has no cancelled status);
logs by time range, each line's stream at the start of its text."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._adapter import Adapter, Call, PageOf, Position, runs_under
from .._logs import LogQuery, RawLine, moment_of, nanoseconds
from .._model import JobRun, RunStatus, build_run
from .._settings import Setting
from .._time import between, to_utc


class Northflank(Adapter):
    name = "northflank"
    package = "jobruns_northflank"
    docs_url = "https://northflank.com/docs/v1/api/project/jobs/get-job-runs"
    settings = (
        Setting("project_id", "Northflank project id", required=True),
        Setting("team_id", "Northflank team id, for a team's project (optional)"),
    )
    default_base_url = "https://api.northflank.com"
    default_page_size = 50
    max_page_size = 100
    run_model = "JobRun"
    params = "runtimeEnvironment (environment variables of the run)"
    # Its runs carry no creation time, and its listing takes no sort and states no order: since/until compare the
    # start time, relying on the listing being newest first (as the sandbox serves it)
    listed_by = "started_at"
    statuses = {"RUNNING": RunStatus.RUNNING, "SUCCESS": RunStatus.SUCCEEDED, "FAILED": RunStatus.FAILED}
    logs = "documented"  # the range query, polled from the last line's time (its tail is a WebSocket)

    def auth_headers(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def _where(self, job_id: str) -> dict[str, Any]:
        where = {"project_id": self.config["project_id"], "job_id": job_id}
        return {**where, "team_id": self.config["team_id"]} if self.config["team_id"] else where

    def get_call(self, job_id: str, run_id: str) -> Call:
        from jobruns_northflank.api.jobs import get_job_run, get_team_job_run

        return Call(
            get_team_job_run if self.config["team_id"] else get_job_run, {**self._where(job_id), "run_id": run_id}
        )

    def read_run(self, body: Any) -> Any:
        return body["data"]

    def list_call(
        self, job_id: str, position: Position, page_size: int, statuses: list[str] | None, newest: bool = False
    ) -> Call:
        from jobruns_northflank.api.jobs import list_job_runs, list_team_job_runs

        kwargs: dict[str, Any] = {**self._where(job_id), "per_page": page_size}
        if isinstance(position, str):
            kwargs["cursor"] = position
        return Call(list_team_job_runs if self.config["team_id"] else list_job_runs, kwargs)

    def read_page(self, body: Any, position: Position, page_size: int) -> PageOf:
        from jobruns_northflank.models import ListJobRunsResponse

        rest, items = runs_under(body, "data", "runs")
        pagination = ListJobRunsResponse.from_dict(rest).pagination
        cursor = pagination.cursor if pagination.has_next_page else None
        return PageOf(items, cursor if isinstance(cursor, str) and cursor else None)

    def to_run(self, job_id: str, run: Any) -> JobRun:
        status, raw_status = self.status_of[run["status"]]
        started, ended = to_utc(run.get("startedAt")), to_utc(run.get("concludedAt"))
        failed = raw_status == "FAILED" or run["failed"] == 1  # what maps to RunStatus.FAILED, or a failed attempt
        return build_run(
            provider=self.name,
            job_id=job_id,
            id=run["id"],
            name=run["runName"],
            status=status,
            provider_status=raw_status,
            started_at=started,
            ended_at=ended,
            duration=between(started, ended),
            error=f"run failed after {run['completions']} attempt(s) (backoff limit {run['backoffLimit']})"
            if failed
            else None,
            raw_json=run,
        )

    def trigger_call(self, job_id: str, params: Mapping[str, str], key: str | None) -> Call:
        from jobruns_northflank.api.jobs import start_job_run, start_team_job_run
        from jobruns_northflank.models import StartJobRunRequest, StartJobRunRequestRuntimeEnvironment
        from jobruns_northflank.types import UNSET

        environment = StartJobRunRequestRuntimeEnvironment.from_dict(dict(params)) if params else UNSET
        body = StartJobRunRequest(runtime_environment=environment)
        return Call(
            start_team_job_run if self.config["team_id"] else start_job_run, {**self._where(job_id), "body": body}
        )

    def read_trigger(self, body: Any) -> tuple[str, Any | None]:
        from jobruns_northflank.models import StartJobRunResponse

        return StartJobRunResponse.from_dict(body).data.id, None

    def cancel_call(self, job_id: str, run: JobRun) -> Call:
        from jobruns_northflank.api.jobs import abort_job_run, abort_team_job_run

        return Call(
            abort_team_job_run if self.config["team_id"] else abort_job_run, {**self._where(job_id), "run_id": run.id}
        )

    def logs_call(self, job_id: str, run_id: str, query: LogQuery) -> Call:
        from jobruns_northflank.api.logs import get_job_logs, get_team_job_logs
        from jobruns_northflank.models import GetJobLogsDirection, GetTeamJobLogsDirection

        team = bool(self.config["team_id"])
        forward = GetTeamJobLogsDirection.FORWARD if team else GetJobLogsDirection.FORWARD
        kwargs: dict[str, Any] = {**self._where(job_id), "run_id": run_id, "start_time": moment_of(query.start),
                                  "line_limit": query.limit, "direction": forward}  # fmt: skip
        if query.end is not None:
            kwargs["end_time"] = moment_of(query.end)
        return Call(get_team_job_logs if team else get_job_logs, kwargs)

    def read_logs(self, job_id: str, body: Any) -> tuple[list[RawLine], int | None]:
        from jobruns_northflank.models import LogLinesResponse

        lines = []
        for line in LogLinesResponse.from_dict(body).data:
            moment = to_utc(line.ts) if isinstance(line.ts, str) else None
            if moment is None:
                raise ValueError(f"a line's time {line.ts!r} is not ISO 8601")
            text = line.log if isinstance(line.log, str) else json.dumps(line.log, separators=(",", ":"))
            stream, tag, rest = text.split(" ", 2) if text.count(" ") >= 2 else ("", "", text)
            if stream in ("stdout", "stderr") and tag in ("F", "P"):  # the container runtime's "stream tag text"
                text = rest
            else:
                stream = ""
            source = line.container_id if isinstance(line.container_id, str) and line.container_id else None
            lines.append(RawLine(nanoseconds(moment), text, stream or None, source))
        return lines, None

    def error_details(self, body: Any) -> tuple[str | None, str | None]:
        error = body.get("error") or {}
        return error.get("message"), error.get("id")
