"""TrueFoundry: bearer auth, HttpError bodies, offset/limit paging with a total, epoch-millisecond times."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._server import Emulator, Recorded, Reply
from .._world import CANCELLED, CANCELLING, FAILED, PENDING, RUNNING, SUCCEEDED, SimRun

STATUS = {PENDING: "SCHEDULED", RUNNING: "RUNNING", CANCELLING: "TERMINATING",
          SUCCEEDED: "FINISHED", FAILED: "FAILED", CANCELLED: "TERMINATED"}  # fmt: skip


class TrueFoundry(Emulator):
    name = "truefoundry"
    routes = [("/api/svc/v1/jobs/{jobId}/runs/{jobRunName}", "get"), ("/api/svc/v1/jobs/{jobId}/runs", "list")]
    invalid_request_status = 422  # "Unprocessable Entity. Missing or invalid values for offset and limit"

    def public_id(self, run: SimRun) -> str:
        return run.name  # TrueFoundry's get-run path takes the run's name

    def authenticate(self, headers: Mapping[str, str]) -> Reply | None:
        if headers.get("authorization") != f"Bearer {self.token}":
            return self.error(401, "Unauthorized: invalid or missing bearer token")
        return None

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"statusCode": status, "message": message, "code": None, "details": None})

    def get_run(self, request: Recorded) -> Reply:
        params = request.path_params
        run = self.find_run(params["jobId"], params["jobRunName"])
        return run if isinstance(run, Reply) else Reply(200, {"data": self.render(run)})

    def list_runs(self, request: Recorded) -> Reply:
        params, query = request.path_params, request.query
        runs = self.find_job(params["jobId"])
        limit = self.integer(query, "limit", 100, 1, 1000)
        offset = self.integer(query, "offset", 0, 0, None)
        for problem in (runs, limit, offset):
            if isinstance(problem, Reply):
                return self.error(422, problem.body["message"]) if problem.status == 400 else problem
        assert isinstance(runs, list) and isinstance(limit, int) and isinstance(offset, int)
        wanted = set(query.get("status", []))
        if wanted:  # by phase, not by rendering every run: a job may have 100,000
            now = self.now()
            runs = [run for run in runs if STATUS[run.phase(now)] in wanted]
        page = [self.world.rendered(run, self.render, self.name) for run in runs[offset : offset + limit]]
        return Reply(200, {"data": page, "pagination": {"total": len(runs), "offset": offset, "limit": limit}})

    def render(self, run: SimRun) -> dict[str, Any]:
        phase = run.phase(self.now())
        body: dict[str, Any] = {
            "id": run.id.replace("-", "")[:24],
            "name": run.name,
            "applicationName": run.job,
            "deploymentVersion": "3",
            "createdAt": int(run.created * 1000),
            "command": "python main.py",
            "totalRetries": run.attempt,
            "status": STATUS[phase],
            "triggeredBy": "sandbox@example.com",
            "endTime": None,
            "duration": None,
            "error": None,
        }
        if phase in (SUCCEEDED, FAILED, CANCELLED):
            body["endTime"] = int(run.ended * 1000)
            body["duration"] = round(run.ended - run.created)
            body["exitCode"] = 0 if phase == SUCCEEDED else 1
        if phase == FAILED:
            body["error"] = run.error
        return body
