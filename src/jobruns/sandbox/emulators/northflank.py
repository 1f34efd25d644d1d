"""Northflank: bearer auth, {error: {status, message, id}} errors, per_page (max 100) with cursor paging
and {hasNextPage, cursor, count}; project- and team-scoped paths; a job's logs by time range (the range query)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .._emulator import Emulator
from .._logs import written
from .._messages import Recorded, Reply
from .._world import CANCELLED, CANCELLING, FAILED, PENDING, RUNNING, SUCCEEDED, Scope, SimRun

# Northflank has no pending or cancelled status: a queued run is RUNNING, an aborted one FAILED.
STATUS = {PENDING: "RUNNING", RUNNING: "RUNNING", CANCELLING: "RUNNING",
          SUCCEEDED: "SUCCESS", FAILED: "FAILED", CANCELLED: "FAILED"}  # fmt: skip


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _ms(epoch: float) -> int:
    return int(round(epoch * 1000))


def _ms_of(time_ns: int) -> int:
    return time_ns // 1_000_000


def _iso_ms(ms: int) -> str:
    return datetime.fromtimestamp(ms // 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms % 1000:03d}Z"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class Northflank(Emulator):
    name = "northflank"
    routes = [
        (method, prefix + path, operation)
        for prefix in ("/v1", "/v1/teams/{teamId}")
        for method, path, operation in (
            ("GET", "/projects/{projectId}/jobs/{jobId}/runs/{runId}", "get"),
            ("GET", "/projects/{projectId}/jobs/{jobId}/runs", "list"),
            ("POST", "/projects/{projectId}/jobs/{jobId}/runs", "trigger"),
            ("DELETE", "/projects/{projectId}/jobs/{jobId}/runs/{runId}", "cancel"),
            ("GET", "/projects/{projectId}/jobs/{jobId}/logs", "logs"),
        )
    ]

    def scope(self, path_params: Mapping[str, str], headers: Mapping[str, str]) -> Scope:
        return Scope(self.name, project=path_params["projectId"], team=path_params.get("teamId", ""))

    def authenticate(self, headers: Mapping[str, str]) -> Reply | None:
        if headers.get("authorization") != f"Bearer {self.token}":
            return self.error(401, "Unauthorized: invalid or missing API token")
        return None

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"error": {"status": status, "message": message, "id": str(uuid.uuid4())}})

    def get_run(self, request: Recorded) -> Reply:
        run = self.find_run(request, request.path_params["jobId"], request.path_params["runId"])
        return run if isinstance(run, Reply) else Reply(200, {"data": self.render(run)})

    def trigger_run(self, request: Recorded) -> Reply:
        run = self.start(request, request.path_params["jobId"], self.texts(request.body, "runtimeEnvironment"))
        if isinstance(run, Reply):
            return run
        return Reply(200, {"data": {"id": run.id, "runName": run.name}})

    def cancel_run(self, request: Recorded) -> Reply:
        """Abort: the run concludes as FAILED (Northflank has no cancelled status); an ended run stays as it was."""
        run = self.find_run(request, request.path_params["jobId"], request.path_params["runId"])
        if isinstance(run, Reply):
            return run
        self.stop(run)
        return Reply(200, {"data": {}})

    def list_runs(self, request: Recorded) -> Reply:
        runs = self.find_job(request, request.path_params["jobId"])
        size = self.integer(request.query, "per_page", 50, 1, 100)
        page = self.integer(request.query, "page", 1, 1, None)
        for problem in (runs, size, page):
            if isinstance(problem, Reply):
                return problem
        assert isinstance(runs, list) and isinstance(size, int) and isinstance(page, int)
        start = self.offset_from_cursor(request.query, (page - 1) * size)
        if isinstance(start, Reply):
            return start
        chosen = runs[start : start + size]
        more = start + size < len(runs)
        pagination: dict[str, Any] = {"hasNextPage": more, "count": len(chosen)}
        if more:
            pagination["cursor"] = self.cursor_for(start + size)
        bodies = [self.world.rendered(run, self.render, self.name) for run in chosen]
        return Reply(200, {"data": {"runs": bodies}, "pagination": pagination})

    def logs(self, request: Recorded) -> Reply:
        """The range query: the lines of the job's runs (one run's with runId) from startTime (included) to endTime
        (excluded), or ``duration`` seconds from the one given; ``direction`` forward (oldest first from startTime,
        the default here) or backward (newest first from endTime); at most ``lineLimit`` (default 1000). Times are
        ISO 8601 to the millisecond, so lines written in one millisecond share one; each line starts with its
        stream, as the docs' example does (``stdout F ...``)."""
        runs = self.find_job(request, request.path_params["jobId"])
        if isinstance(runs, Reply):
            return runs
        query = request.query
        run_id = self.single(query, "runId")
        if run_id is not None:
            runs = [run for run in runs if run.id == run_id]
        limit = self.integer(query, "lineLimit", 1000, 1, None)
        duration = self.integer(query, "duration", 0, 1, None)
        if isinstance(limit, Reply) or isinstance(duration, Reply):
            return limit if isinstance(limit, Reply) else duration  # type: ignore[return-value]
        bounds = []
        for name in ("startTime", "endTime"):
            value = self.single(query, name)
            try:
                bounds.append(None if value is None else _ms(_aware(datetime.fromisoformat(value)).timestamp()))
            except ValueError:
                return self.error(400, f"query parameter {name} must be an ISO 8601 time, got {value!r}")
        start, end = bounds
        if duration:
            if start is not None and end is not None:
                return self.error(400, "duration goes with one of startTime and endTime, not both")
            if start is not None:
                end = start + duration * 1000
            else:
                end = end if end is not None else _ms(self.now())
                start = end - duration * 1000
        direction = self.single(query, "direction") or "forward"
        if direction not in ("forward", "backward"):
            return self.error(400, f"query parameter direction must be forward or backward, got {direction!r}")
        now = self.now()
        lines = sorted(
            ((line, run) for run in runs for line in written(self.world, run, now)), key=lambda pair: pair[0].time_ns
        )
        kept = [
            (line, run) for line, run in lines
            if (start is None or _ms_of(line.time_ns) >= start) and (end is None or _ms_of(line.time_ns) < end)
        ]  # fmt: skip
        if direction == "backward":
            kept.reverse()
        data = [
            {"containerId": f"{run.name}-{run.id[:5]}", "log": f"{line.stream} F {line.text}",
             "ts": _iso_ms(_ms_of(line.time_ns))}
            for line, run in kept[:limit]
        ]  # fmt: skip
        return Reply(200, {"data": data})

    def render(self, run: SimRun) -> dict[str, Any]:
        phase = run.phase(self.now())
        done = phase in (SUCCEEDED, FAILED, CANCELLED)
        return {
            "id": run.id,
            "active": 0 if done else 1,
            "backoffLimit": 2,
            "completions": 1 + run.attempt if done else run.attempt,
            "concluded": done,
            "failed": int(phase in (FAILED, CANCELLED)),
            "runName": run.name,
            "status": STATUS[phase],
            "succeeded": int(phase == SUCCEEDED),
            "startedAt": _iso(run.started) if phase != PENDING else None,
            "concludedAt": _iso(run.ended) if done else None,
        }
