"""Intuned: x-api-key auth, {code, category, message, retirable, correlationId} errors, pageNumber (from 0)
and pageSize as strings with totalCount, sortBy as `field,direction` pairs joined by `/`, snake_case run keys.

No source states a default or largest pageSize: without one the answer holds every run, and any size is taken.
Trigger answers only the new run's id; terminate ends a run at once (CANCELED: Intuned has no cancelling state).
No source says what terminating an ended run answers: the sandbox answers as for a live one and changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from .._emulator import Emulator
from .._messages import Recorded, Reply
from .._world import CANCELLED, CANCELLING, FAILED, PENDING, RUNNING, SUCCEEDED, Scope, SimRun

STATUS = {PENDING: "PENDING", RUNNING: "PENDING", CANCELLING: "PENDING",
          SUCCEEDED: "COMPLETED", FAILED: "FAILURE", CANCELLED: "CANCELED"}  # fmt: skip
ERRORS = {400: "bad-request", 401: "unauthorized", 404: "not-found"}
ENDED = (SUCCEEDED, FAILED, CANCELLED)
PAYLOADS = 10  # of every sandbox run


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")


def _type(run: SimRun) -> str:
    return "MANUAL" if run.manual else "SCHEDULED"


def _run_id(run: SimRun) -> str:
    return "jr_" + run.id.replace("-", "")[:24]


def _end(run: SimRun, now: float) -> float | None:
    return run.ended if run.phase(now) in ENDED else None


def _successful(run: SimRun, now: float) -> int:
    phase = run.phase(now)
    return PAYLOADS if phase == SUCCEEDED else 7 if phase in ENDED else 3


def _failed(run: SimRun, now: float) -> int:
    return 3 if run.phase(now) == FAILED else 0


# sortBy field -> the value each run sorts by: every scalar field of a run (the example sorts by start_time and
# status); times as instants, the others as sent. The workspace and project are those of the whole listing.
SORT_KEYS: dict[str, Callable[[SimRun, float], Any]] = {
    "id": lambda run, now: _run_id(run),
    "start_time": lambda run, now: run.started,
    "end_time": _end,
    "workspace_id": lambda run, now: 0,
    "project_id": lambda run, now: 0,
    "job_id": lambda run, now: run.job,
    "created_at": lambda run, now: run.created,
    "updated_at": lambda run, now: min(now, run.ended),
    "type": lambda run, now: _type(run),
    "status": lambda run, now: STATUS[run.phase(now)],
    "payloads": lambda run, now: PAYLOADS,
    "successful_runs": _successful,
    "failed_runs": _failed,
}


def _at(key: Callable[[SimRun, float], Any], now: float) -> Callable[[SimRun], Any]:
    return lambda run: key(run, now)


class Intuned(Emulator):
    name = "intuned"
    routes = [
        ("GET", "/{workspaceId}/projects/{projectName}/jobs/{jobId}/runs/{jobRunId}", "get"),
        ("GET", "/{workspaceId}/projects/{projectName}/jobs/{jobId}/runs", "list"),
        ("POST", "/{workspaceId}/projects/{projectName}/jobs/{jobId}/trigger", "trigger"),
        ("POST", "/{workspaceId}/projects/{projectName}/jobs/{jobId}/runs/{jobRunId}/terminate", "cancel"),
    ]
    cancelling_for = 0.0

    def public_id(self, run: SimRun) -> str:
        return _run_id(run)

    def scope(self, path_params: Mapping[str, str], headers: Mapping[str, str]) -> Scope:
        try:  # the same workspace however its UUID is written (a malformed one is refused before use)
            workspace = str(uuid.UUID(path_params["workspaceId"]))
        except ValueError:
            workspace = path_params["workspaceId"]
        return Scope(self.name, workspace=workspace, project=path_params["projectName"])

    def authenticate(self, headers: Mapping[str, str]) -> Reply | None:
        if headers.get("x-api-key") != self.token:
            return self.error(401, "Invalid or missing API key")
        return None

    def error(self, status: int, message: str) -> Reply:
        body = {
            "code": ERRORS.get(status, "internal-server-error"),
            "category": "user" if status < 500 else "system",
            "message": message,
            "retirable": False,
            "correlationId": str(uuid.uuid4()),
        }
        return Reply(status, body)

    def _workspace(self, request: Recorded) -> str | Reply:
        try:
            return str(uuid.UUID(request.path_params["workspaceId"]))
        except ValueError:
            return self.error(400, "workspaceId must be a UUID")

    def get_run(self, request: Recorded) -> Reply:
        workspace = self._workspace(request)
        if isinstance(workspace, Reply):
            return workspace
        params = request.path_params
        run = self.find_run(request, params["jobId"], params["jobRunId"])
        if isinstance(run, Reply):
            return run
        body: dict[str, Any] = {"jobRun": self.render(run, workspace, params["projectName"])}
        if run.phase(self.now()) in ENDED:
            body["results"] = self._results(run)
        return Reply(200, body)

    def trigger_run(self, request: Recorded) -> Reply:
        workspace = self._workspace(request)
        run = workspace if isinstance(workspace, Reply) else self.start(request, request.path_params["jobId"])
        if isinstance(run, Reply):
            return run
        return Reply(200, {"jobRunId": _run_id(run), "message": "Job triggered successfully."})

    def cancel_run(self, request: Recorded) -> Reply:
        workspace = self._workspace(request)
        params = request.path_params
        run = workspace if isinstance(workspace, Reply) else self.find_run(request, params["jobId"], params["jobRunId"])
        if isinstance(run, Reply):
            return run
        self.stop(run)
        return Reply(200, {"message": "JobRun terminated successfully."})

    def list_runs(self, request: Recorded) -> Reply:
        workspace = self._workspace(request)
        runs = self.find_job(request, request.path_params["jobId"])
        for problem in (workspace, runs):
            if isinstance(problem, Reply):
                return problem
        assert isinstance(workspace, str) and isinstance(runs, list)
        size = self.integer(request.query, "pageSize", max(len(runs), 1), 1, None)
        page = self.integer(request.query, "pageNumber", 0, 0, None)
        order = self._order(self.single(request.query, "sortBy"))
        for bad in (size, page, order):
            if isinstance(bad, Reply):
                return bad
        assert isinstance(size, int) and isinstance(page, int) and isinstance(order, list)
        if order:
            runs = self.ordered(runs, order)
        chosen = runs[page * size : (page + 1) * size]
        project = request.path_params["projectName"]

        def render(run: SimRun) -> dict[str, Any]:
            return self.render(run, workspace, project)

        bodies = [self.world.rendered(run, render, self.name, workspace, project) for run in chosen]
        return Reply(200, {"jobRuns": bodies, "totalCount": len(runs)})

    def _order(self, sort_by: str | None) -> list[tuple[Callable[[SimRun], Any], bool]] | Reply:
        """sortBy as (key, descending) pairs, most significant first; [] for the default order (newest first)."""
        if not sort_by:
            return []
        now, order = self.now(), []
        for pair in sort_by.split("/"):
            field, _, direction = pair.partition(",")
            if field not in SORT_KEYS:
                return self.error(400, f"sortBy: cannot sort by {field!r}; the fields are {', '.join(SORT_KEYS)} "
                                       "(e.g. start_time,desc/status,asc)")  # fmt: skip
            if direction not in ("asc", "desc"):
                return self.error(400, f"sortBy: {pair!r} needs a direction, asc or desc (e.g. start_time,desc)")
            order.append((_at(SORT_KEYS[field], now), direction == "desc"))
        return order

    def _results(self, run: SimRun) -> dict[str, Any]:
        """Where a run's results can be downloaded (an ended run's; the sandbox serves no file there)."""
        key = f"job-runs/{run.job}/{_run_id(run)}/results.json"
        return {
            "signed_url": f"https://storage.example.com/{key}?X-Sandbox-Signature=0",
            "signed_url_expiration": _iso(self.now() + 3600),
            "size": 2048,
            "key": key,
            "format": "json",
        }

    def render(self, run: SimRun, workspace: str = "", project: str = "") -> dict[str, Any]:
        now = self.now()
        phase = run.phase(now)
        end = _end(run, now)
        body: dict[str, Any] = {
            "id": _run_id(run),
            "start_time": _iso(run.started),
            "end_time": None if end is None else _iso(end),
            "workspace_id": workspace,
            "project_id": str(uuid.uuid5(uuid.NAMESPACE_URL, project)),
            "job_id": run.job,
            "created_at": _iso(run.created),
            "updated_at": _iso(min(now, run.ended)),
            "type": _type(run),
            "status": STATUS[phase],
            "payloads": PAYLOADS,
            "successful_runs": _successful(run, now),
            "failed_runs": _failed(run, now),
            "job_configuration_snapshot": {
                "configuration": {"retry": {"maximumAttempts": 3}, "maxConcurrentRequests": 5, "requestTimeout": 600},
                "sink": {"type": "webhook", "url": "https://example.com/hook", "skipOnFail": False},
                "auth_session": None,
                "proxy": None,
                "notifications": None,
            },
        }
        if phase == FAILED:
            body["error"] = {"message": run.error, "code": "internal-server-error", "category": "infrastructure",
                             "retirable": False, "correlationId": str(uuid.uuid5(uuid.NAMESPACE_URL, run.id)),
                             "doc_url": "https://intunedhq.com/docs/main/support/errors"}  # fmt: skip
        if phase == CANCELLED:
            body["reason"] = {"type": "user-request", "message": "cancelled by a user"}
        return body
