"""Seeded, realistic provider payloads (list and get answers) for tests and benchmarks."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from typing import Any

from jobruns import _registry

BASE = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
# The per-provider settings a client needs besides base_url and token, in the sandbox's demo world: each provider's
# registry entry has them.
SETTINGS: dict[str, dict[str, str]] = {name: dict(p.demo_settings) for name, p in _registry.registered().items()}
WORKSPACE = SETTINGS["intuned"]["workspace_id"]


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
    if rng.random() < 0.5:  # every optional field present in about half the runs
        run.setdefault("endTime", None)
        run.setdefault("duration", None)
        run.setdefault("error", None)
        run.setdefault("exitCode", 0 if status == "FINISHED" else None)
        run.update(
            triggeredBy="alice@example.com",
            triggeredBySubject={
                "subjectId": "u1",
                "subjectType": "user",
                "subjectSlug": "alice",
                "subjectDisplayName": "Alice Example",
                "subjectPatName": "ci-token",
                "subjectControllerName": "tfy-controller",
                "subjectExternalIdentitySlug": "alice-sso",
            },
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
    if rng.random() < 0.5:  # every optional field present in about half the runs (deletedAt: a live execution)
        task = {
            "metadata": {
                "name": "task-0",
                "createdAt": _iso(created),
                "scheduledAt": _iso(created + timedelta(seconds=1)),
                "startedAt": _iso(created + timedelta(seconds=5)),
                "completedAt": _iso(created + timedelta(seconds=95)),
                "updatedAt": _iso(created + timedelta(seconds=95)),
            },
            "spec": {"maxRetries": 2, "timeout": "3600s"},
            "status": {"queued": "pending", "timeout": "failed"}.get(status, status),
            "conditions": [
                {
                    "type": "Complete",
                    "state": "True",
                    "reason": "Completed",
                    "message": "task finished",
                    "severity": "Info",
                    "executionReason": "Scheduled",
                }
            ],
        }
        execution["metadata"].update(
            cluster="eu-west-1",
            updatedAt=_iso(created + timedelta(seconds=95)),
            expiredAt=_iso(created + timedelta(days=30)),
        )
        execution["spec"].update(envOverride={"BATCH_SIZE": "***", "REGION": "***"}, memoryOverride=2048, tasks=[task])
        execution["stats"] = {
            "total": 1,
            "success": int(status == "succeeded"),
            "failure": int(status == "failed"),
            "cancelled": int(status == "cancelled"),
            "retried": 0,
            "running": int(status == "running"),
        }
        execution.setdefault("tasks", [task])  # a failed run keeps its failed task
    return execution


def blaxel_page(executions: list[dict[str, Any]], next_cursor: str | None, total: int | None) -> dict[str, Any]:
    meta: dict[str, Any] = {"hasMore": next_cursor is not None}
    if next_cursor is not None:
        meta["nextCursor"] = next_cursor
    if total is not None:
        meta["total"] = total
    return {"data": executions, "meta": meta}


def intuned_run(i: int, status: str = "COMPLETED", rng: random.Random | None = None) -> dict[str, Any]:
    rng = rng or random.Random(i)
    created = BASE + timedelta(minutes=i)
    done = status not in ("PENDING", "RESUMING", "PAUSED", "PAUSING")
    full = rng.random() < 0.5  # every optional field present in about half the runs
    configuration: dict[str, Any] = {"retry": {"maximumAttempts": 3}, "maxConcurrentRequests": 5}
    snapshot: dict[str, Any] = {"configuration": configuration}
    if full:
        configuration.update(requestTimeout=600, proxy="http://user:pass@proxy.example.com:8080")
        if i % 2:
            snapshot["sink"] = {"type": "webhook", "url": "https://example.com/hook", "headers": {"X-Team": "data"},
                                "skipOnFail": False, "apisToSend": ["report"]}  # fmt: skip
        else:
            snapshot["sink"] = {"type": "s3", "bucket": "reports", "accessKeyId": "AKIAEXAMPLE",
                                "secretAccessKey": "secret", "region": "eu-west-1", "prefix": "nightly/",
                                "skipOnFail": True, "apisToSend": ["report"], "endpoint": "https://s3.example.com",
                                "forcePathStyle": False}  # fmt: skip
        snapshot.update(
            auth_session={"id": f"auth-session-{i % 7}", "checkAttempts": 3, "createAttempts": 3},
            proxy={"version": "v1", "url": "http://proxy.example.com:8080"},
            notifications=[{"type": "webhook", "url": "https://example.com/notify", "headers": {"X-Env": "prod"}}],
        )
    run: dict[str, Any] = {
        "id": f"jr_{i:024x}",
        "start_time": _iso_us(created + timedelta(seconds=2, microseconds=1000 * (i % 997))),
        "end_time": _iso_us(created + timedelta(seconds=300, microseconds=731 * (i % 997))) if done else None,
        "workspace_id": "3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40",
        "project_id": "6b0f6a4e-3c2d-5e1f-9a8b-7c6d5e4f3a2b",
        "job_id": "nightly-report",
        "created_at": _iso_us(created),
        "updated_at": _iso_us(created + timedelta(seconds=300)),
        "type": "SCHEDULED" if i % 4 else "MANUAL",
        "status": status,
        "payloads": 10,
        "successful_runs": 10 if status in ("SUCCESS", "COMPLETED") else 7,
        "failed_runs": 3 if status == "FAILURE" else 0,
        "job_configuration_snapshot": snapshot,
    }
    if status == "FAILURE":
        run["error"] = {"message": "payload 3 failed: timeout", "code": "internal-server-error",
                        "category": "infrastructure"}  # fmt: skip
        if full:
            run["error"].update(details={"payload": 3}, correlationId=f"corr-{i}", retirable=True,
                                doc_url="https://intunedhq.com/docs/main/support/errors")  # fmt: skip
    elif full:
        run["error"] = None
    if status in ("CANCELED", "TERMINATED"):
        run["reason"] = {"type": "user-request", "message": "cancelled by a user"}
        if full:
            run["reason"].update(details={"by": "alice"}, doc_url="https://intunedhq.com/docs/main/support/reasons")
    elif full:
        run["reason"] = None
    return run


def intuned_page(runs: list[dict[str, Any]], total: int) -> dict[str, Any]:
    return {"jobRuns": runs, "totalCount": total}


def northflank_run(i: int, status: str = "SUCCESS", rng: random.Random | None = None) -> dict[str, Any]:
    rng = rng or random.Random(i)
    created = BASE + timedelta(minutes=i)
    done = status != "RUNNING"
    run: dict[str, Any] = {
        "id": f"{i:08x}-35bd-4c71-8e7c-e36999b88723",
        "active": 0 if done else 1,
        "backoffLimit": 2,
        "completions": 1 if done else 0,
        "concluded": done,
        "failed": int(status == "FAILED"),
        "runName": f"nightly-report-{i:024x}",
        "status": status,
        "succeeded": int(status == "SUCCESS"),
    }
    if rng.random() < 0.5 or done:  # a running run may not have started yet
        run["startedAt"] = _iso_ms(created)
    if done:
        run["concludedAt"] = _iso_ms(created + timedelta(seconds=300, milliseconds=i % 1000))
    elif rng.random() < 0.5:
        run["concludedAt"] = None
    return run


def northflank_page(runs: list[dict[str, Any]], cursor: str | None) -> dict[str, Any]:
    pagination: dict[str, Any] = {"hasNextPage": cursor is not None, "count": len(runs)}
    if cursor is not None:
        pagination["cursor"] = cursor
    return {"data": {"runs": runs}, "pagination": pagination}


def _iso_us(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")  # as Intuned sends them: microseconds when there are any


def _iso_ms(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"  # as Northflank sends them


# Each provider's statuses, weighted as a busy job's history looks: mostly finished, some failed, a few live.
STATUS_MIX: dict[str, list[tuple[str, int]]] = {
    "truefoundry": [("FINISHED", 70), ("FAILED", 15), ("RUNNING", 5), ("TERMINATED", 5), ("SCHEDULED", 5)],
    "intuned": [("COMPLETED", 60), ("SUCCESS", 10), ("FAILURE", 15), ("PENDING", 5), ("CANCELED", 8), ("PAUSED", 2)],
    "northflank": [("SUCCESS", 75), ("FAILED", 15), ("RUNNING", 10)],
    "blaxel": [("succeeded", 70), ("failed", 12), ("timeout", 3), ("running", 5), ("cancelled", 5), ("queued", 5)],
}
RUN_BUILDERS = {
    "truefoundry": truefoundry_run,
    "intuned": intuned_run,
    "northflank": northflank_run,
    "blaxel": blaxel_execution,
}


def runs(provider: str, n: int, seed: int = 0) -> list[dict[str, Any]]:
    """n runs of one provider with a realistic status mix, reproducible from seed."""
    rng = random.Random(seed)
    statuses, weights = zip(*STATUS_MIX[provider], strict=True)
    build = RUN_BUILDERS[provider]
    return [build(i, status, rng) for i, status in enumerate(rng.choices(statuses, weights, k=n))]


def list_page(provider: str, n: int, seed: int = 0) -> dict[str, Any]:
    """A list answer of n runs (the first page of a longer listing), as a decoded JSON body."""
    items = runs(provider, n, seed)
    if provider == "truefoundry":
        return truefoundry_page(items, total=3 * n, offset=0, limit=n)
    if provider == "intuned":
        return intuned_page(items, total=3 * n)
    if provider == "northflank":
        return northflank_page(items, cursor="eyJvZmZzZXQiOjUwfQ")
    return blaxel_page(items, next_cursor="eyJvZmZzZXQiOjUwfQ", total=3 * n)


def get_body(provider: str, seed: int = 0) -> dict[str, Any]:
    """A get answer of one failed run (error details filled; optional fields as the seed falls), decoded."""
    rng = random.Random(seed)
    run = RUN_BUILDERS[provider](seed, "FAILURE" if provider == "intuned" else STATUS_MIX[provider][1][0], rng)
    if provider == "intuned":
        results = {"signed_url": "https://results.example.com/r.json?sig=abc", "signed_url_expiration":
                   "2026-11-02T08:00:00Z", "size": 2048, "key": "runs/r.json", "format": "json"}  # fmt: skip
        return {"jobRun": run, "results": results}
    if provider == "blaxel":
        return run
    return {"data": run}


RUNS_AT = {"truefoundry": ("data",), "intuned": ("jobRuns",), "northflank": ("data", "runs"), "blaxel": ("data",)}


def runs_in(answer: Any, provider: str) -> list[Any]:
    """The runs' JSON in a (decoded) list answer of the provider."""
    for key in RUNS_AT[provider]:
        answer = answer[key]
    return answer  # type: ignore[no-any-return]


def list_answer(provider: str, n: int, seed: int = 0) -> bytes:
    """The JSON bytes of a list answer of n runs."""
    return json.dumps(list_page(provider, n, seed), separators=(",", ":")).encode()


def get_answer(provider: str, seed: int = 0) -> bytes:
    """The JSON bytes of a get (single-run) answer."""
    return json.dumps(get_body(provider, seed), separators=(",", ":")).encode()
