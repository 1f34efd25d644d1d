"""Intuned: x-api-key auth, {code, category, message, retirable, correlationId} errors, pageNumber (from 0)
and pageSize as strings with totalCount, snake_case run keys."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .._server import Emulator, Recorded, Reply
from .._world import CANCELLED, CANCELLING, FAILED, PENDING, RUNNING, SUCCEEDED, SimRun

STATUS = {PENDING: "PENDING", RUNNING: "PENDING", CANCELLING: "PENDING",
          SUCCEEDED: "COMPLETED", FAILED: "FAILURE", CANCELLED: "CANCELED"}  # fmt: skip
ERRORS = {400: "bad-request", 401: "unauthorized", 404: "not-found"}


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")


class Intuned(Emulator):
    name = "intuned"
    routes = [
        ("/{workspaceId}/projects/{projectName}/jobs/{jobId}/runs/{jobRunId}", "get"),
        ("/{workspaceId}/projects/{projectName}/jobs/{jobId}/runs", "list"),
    ]

    def public_id(self, run: SimRun) -> str:
        return "jr_" + run.id.replace("-", "")[:24]

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
        run = self.find_run(params["jobId"], params["jobRunId"])
        if isinstance(run, Reply):
            return run
        return Reply(200, {"jobRun": self.render(run, workspace, params["projectName"])})

    def list_runs(self, request: Recorded) -> Reply:
        workspace = self._workspace(request)
        runs = self.find_job(request.path_params["jobId"])
        size = self.integer(request.query, "pageSize", 10, 1, 100)
        page = self.integer(request.query, "pageNumber", 0, 0, None)
        for problem in (workspace, runs, size, page):
            if isinstance(problem, Reply):
                return problem
        assert isinstance(runs, list) and isinstance(size, int) and isinstance(page, int) and isinstance(workspace, str)
        chosen = runs[page * size : (page + 1) * size]
        project = request.path_params["projectName"]

        def render(run: SimRun) -> dict[str, Any]:
            return self.render(run, workspace, project)

        bodies = [self.world.rendered(run, render, self.name, workspace, project) for run in chosen]
        return Reply(200, {"jobRuns": bodies, "totalCount": len(runs)})

    def render(self, run: SimRun, workspace: str = "", project: str = "") -> dict[str, Any]:
        phase = run.phase(self.now())
        done = phase in (SUCCEEDED, FAILED, CANCELLED)
        body: dict[str, Any] = {
            "id": self.public_id(run),
            "start_time": _iso(run.started),
            "end_time": _iso(run.ended) if done else None,
            "workspace_id": workspace,
            "project_id": str(uuid.uuid5(uuid.NAMESPACE_URL, project)),
            "job_id": run.job,
            "created_at": _iso(run.created),
            "updated_at": _iso(min(self.now(), run.ended)),
            "type": "SCHEDULED",
            "status": STATUS[phase],
            "payloads": 10,
            "successful_runs": 10 if phase == SUCCEEDED else 7 if done else 3,
            "failed_runs": 3 if phase == FAILED else 0,
            "job_configuration_snapshot": {
                "configuration": {"retry": {"maximumAttempts": 3}, "maxConcurrentRequests": 5},
                "sink": {"type": "webhook", "url": "https://example.com/hook", "skipOnFail": False},
                "auth_session": None,
                "proxy": None,
                "notifications": None,
            },
        }
        if phase == FAILED:
            body["error"] = {"message": run.error, "code": "internal-server-error", "category": "infrastructure",
                             "retirable": False}  # fmt: skip
        if phase == CANCELLED:
            body["reason"] = {"type": "user-request", "message": "cancelled by a user"}
        return body
