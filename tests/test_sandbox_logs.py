"""The sandbox's logs, as each provider's logs API serves them, over HTTP: the lines a run wrote (the same for every
provider and from one seed to the next), and each provider's query semantics."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
from conftest import TOKEN

from jobruns.sandbox import Sandbox
from jobruns.sandbox._logs import written
from jobruns.sandbox._world import OUTCOMES, World

JOB = "nightly-report"


def get(sandbox: Sandbox, provider: str, path: str, **query: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {TOKEN}", "X-Blaxel-Workspace": "w"}
    return httpx.get(sandbox.urls[provider] + path, params=query, headers=headers)


def test_a_run_writes_lines_over_its_life_the_same_for_one_seed() -> None:
    world, again = World(seed=9), World(seed=9)
    (ended,) = world.add_job(JOB, 1, outcome="failed")
    (twin,) = again.add_job(JOB, 1, outcome="failed")
    lines = written(world, ended)
    assert [(line.stream, line.text) for line in lines] == [(line.stream, line.text) for line in written(again, twin)]
    assert len(lines) == world.log_lines + 1 and {line.stream for line in lines} == {"stdout", "stderr"}
    assert lines[-1].text == f"error: {ended.error}" and lines[-1].stream == "stderr"
    assert [line.time_ns for line in lines] == sorted(line.time_ns for line in lines)
    (live,) = world.add_job("live", 0, in_flight=1, run_seconds=600)
    early = written(world, live)
    assert live.phase(world.clock()) not in OUTCOMES and len(early) < world.log_lines  # more to come


def test_truefoundry_serves_nanoseconds_a_direction_and_numlogstoignore(sandbox: Sandbox) -> None:
    sandbox.world.log_lines = 300  # a burst of 100 lines at one instant
    (run,) = sandbox.world.add_job(JOB, 1)
    lines = written(sandbox.world, run)
    base = {"applicationId": JOB, "jobRunName": run.name}
    every = get(sandbox, "truefoundry", "/api/svc/v1/logs", **base).json()["data"]
    assert [(int(line["time"]), line["stream"], line["log"]) for line in every] == [
        (line.time_ns, line.stream, line.text) for line in lines
    ]
    burst = max({line.time_ns for line in lines}, key=lambda t: sum(line.time_ns == t for line in lines))
    after = get(sandbox, "truefoundry", "/api/svc/v1/logs", **base, startTs=str(burst), numLogsToIgnore=40, limit=5)
    at_burst = [line for line in lines if line.time_ns >= burst]
    assert [line["log"] for line in after.json()["data"]] == [line.text for line in at_burst[40:45]]
    newest = get(sandbox, "truefoundry", "/api/svc/v1/logs", **base, direction="desc", limit=3).json()["data"]
    assert [line["log"] for line in newest] == [line.text for line in lines[::-1][:3]]
    unnamed = get(sandbox, "truefoundry", "/api/svc/v1/logs", jobRunName=run.name)
    assert unnamed.status_code == 400 and "applicationId" in unnamed.json()["message"]


def test_northflank_serves_a_time_range_in_both_directions_in_both_scopes(sandbox: Sandbox) -> None:
    (run,) = sandbox.world.add_job(JOB, 1)
    lines = written(sandbox.world, run)
    for scope in ("/v1", "/v1/teams/t"):
        path = f"{scope}/projects/p/jobs/{JOB}/logs"
        every = get(sandbox, "northflank", path, queryType="range", runId=run.id).json()["data"]
        assert [line["log"] for line in every] == [f"{line.stream} F {line.text}" for line in lines]
        assert every[0]["ts"].endswith("Z") and len(every[0]["ts"]) == len("2026-12-01T08:00:01.250Z")
        start = every[10]["ts"]
        page = get(sandbox, "northflank", path, runId=run.id, startTime=start, lineLimit=3).json()["data"]
        assert page[0]["ts"] == start and len(page) == 3
        back = get(sandbox, "northflank", path, runId=run.id, direction="backward", lineLimit=2).json()["data"]
        assert [line["log"] for line in back] == [f"{line.stream} F {line.text}" for line in lines[::-1][:2]]


def test_blaxel_serves_newest_first_by_window_and_offset(sandbox: Sandbox) -> None:
    (run,) = sandbox.world.add_job(JOB, 1)
    lines = written(sandbox.world, run)

    def window(**query: Any) -> dict[str, Any]:
        answer = get(sandbox, "blaxel", "/observability/logs", resourceType="jobs", workloadIds=JOB,
                     executionId=run.id, **query)  # fmt: skip
        assert answer.status_code == 200, answer.text
        found: dict[str, Any] = answer.json()[JOB]
        return found

    every = window()
    assert [line["message"] for line in every["logs"]] == [line.text for line in lines[::-1]]
    assert every["totalCount"] == len(lines) and every["logs"][0]["timestamp"].endswith("Z")
    assert [line["message"] for line in window(limit=5, offset=5)["logs"]] == [line.text for line in lines[::-1][5:10]]
    second = lines[10].time_ns // 10**9
    start = datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    assert window(start=start)["totalCount"] == sum(line.time_ns >= second * 10**9 for line in lines)
    unknown = get(sandbox, "blaxel", "/observability/logs", resourceType="jobs", workloadIds="no-such-job")
    assert unknown.json() == {}


def test_faults_strike_logs_requests_too(sandbox: Sandbox) -> None:
    (run,) = sandbox.world.add_job(JOB, 1)
    sandbox.inject("503:truefoundry")
    answer = get(sandbox, "truefoundry", "/api/svc/v1/logs", applicationId=JOB, jobRunName=run.name)
    assert answer.status_code == 503
