"""Seeded, realistic provider payloads (list and get answers) for tests and benchmarks."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

BASE = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def truefoundry_run(i: int, status: str = "FINISHED", rng: random.Random | None = None) -> dict[str, Any]:
    rng = rng or random.Random(i)
    created = BASE + timedelta(minutes=i)
    run: dict[str, Any] = {
        "id": f"tfy{i:08d}",
        "name": f"nightly-report-run-{i}",
        "applicationName": "nightly-report",
        "deploymentVersion": str(1 + i % 5),
        "createdAt": int(created.timestamp() * 1000),
        "command": "python report.py",
        "totalRetries": i % 3,
        "status": status,
    }
    if status in ("FINISHED", "FAILED", "TERMINATED"):
        run["endTime"] = int((created + timedelta(seconds=90)).timestamp() * 1000)
        run["duration"] = 90
    if status == "FAILED":
        run["error"] = "exit code 1: report.py crashed"
        run["exitCode"] = 1
    if rng.random() < 0.5:
        run.update(
            triggeredBy="alice@example.com",
            triggeredBySubject={"subjectId": "u1", "subjectType": "user", "subjectSlug": "alice"},
            applicationId="app-1",
            deploymentId="dep-1",
            tenantName="acme",
            sparkUi=None,
        )
    return run


def truefoundry_page(runs: list[dict[str, Any]], total: int, offset: int, limit: int) -> dict[str, Any]:
    return {"data": runs, "pagination": {"total": total, "offset": offset, "limit": limit}}


def blaxel_execution(i: int, status: str = "succeeded", rng: random.Random | None = None) -> dict[str, Any]:
    rng = rng or random.Random(i)
    created = BASE + timedelta(minutes=i)
    execution: dict[str, Any] = {
        "metadata": {
            "id": f"exec-{i:06d}",
            "job": "nightly-report",
            "workspace": "acme",
            "createdAt": _iso(created),
            "startedAt": _iso(created + timedelta(seconds=5)),
        },
        "spec": {"parallelism": 1, "timeout": 3600},
        "status": status,
    }
    if status in ("succeeded", "failed", "cancelled", "timeout"):
        execution["metadata"]["completedAt"] = _iso(created + timedelta(seconds=95))
    if status == "failed":
        execution["tasks"] = [
            {
                "metadata": {"name": "task-0"},
                "status": "failed",
                "conditions": [{"type": "Failed", "reason": "ExitCode", "message": "exit status 2"}],
            }
        ]
    if rng.random() < 0.5:
        execution["stats"] = {"total": 1, "success": int(status == "succeeded"), "failure": int(status == "failed")}
        execution["metadata"]["cluster"] = "eu-west-1"
    return execution


def blaxel_page(executions: list[dict[str, Any]], next_cursor: str | None, total: int | None) -> dict[str, Any]:
    meta: dict[str, Any] = {"hasMore": next_cursor is not None}
    if next_cursor is not None:
        meta["nextCursor"] = next_cursor
    if total is not None:
        meta["total"] = total
    return {"data": executions, "meta": meta}
