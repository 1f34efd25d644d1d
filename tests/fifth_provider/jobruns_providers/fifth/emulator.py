"""Fifth in jobruns' sandbox: bearer auth, {error} bodies, offset/limit paging with a total."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jobruns.sandbox import Emulator, Recorded, Reply, SimRun

STATES = {"pending": "QUEUED", "running": "RUNNING", "cancelling": "RUNNING",
          "succeeded": "DONE", "failed": "FAILED", "cancelled": "CANCELLED"}  # fmt: skip


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")


class Fifth(Emulator):
    name = "fifth"
    spec = Path(__file__).with_name("spec.yaml")  # what the sandbox checks requests and answers against
    routes = [
        ("GET", "/spaces/{space}/jobs/{jobId}/runs", "list"),
        ("GET", "/spaces/{space}/jobs/{jobId}/runs/{runId}", "get"),
    ]

    def authenticate(self, headers: Mapping[str, str]) -> Reply | None:
        if headers.get("authorization") != f"Bearer {self.token}":
            return self.error(401, "a Fifth API token is needed")
        return None

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"error": message})

    def get_run(self, request: Recorded) -> Reply:
        run = self.find_run(request.path_params["jobId"], request.path_params["runId"])
        return run if isinstance(run, Reply) else Reply(200, self.render(run))

    def list_runs(self, request: Recorded) -> Reply:
        runs = self.find_job(request.path_params["jobId"])
        offset = self.integer(request.query, "offset", 0, 0, None)
        limit = self.integer(request.query, "limit", 20, 1, 100)
        for problem in (runs, offset, limit):
            if isinstance(problem, Reply):
                return problem
        assert isinstance(runs, list) and isinstance(offset, int) and isinstance(limit, int)
        chosen = runs[offset : offset + limit]
        return Reply(200, {"runs": [self.render(run) for run in chosen], "total": len(runs)})

    def render(self, run: SimRun) -> dict[str, Any]:
        phase = run.phase(self.now())
        ended = phase in ("succeeded", "failed", "cancelled")
        return {
            "id": run.id,
            "job": run.job,
            "state": STATES[phase],
            "createdAt": _iso(run.created),
            "startedAt": _iso(run.started) if phase != "pending" else None,
            "endedAt": _iso(run.ended) if ended else None,
            "message": run.error if phase == "failed" else None,
        }
