"""The providers' official SDKs against the sandbox: get, a 404, every page through the SDK's pager, and the sort
and search parameters they send, each compared with the sandbox's runs ordered and filtered here by hand.

The SDKs run in a virtualenv of their own (JOBRUNS_BENCH_PEERS_PYTHON; `nox -s official_sdks` makes it and runs
these tests, as CI does; `nox -s bench -- --peers` makes one too), in a subprocess: their dependencies may clash
with ours. tests/official_sdks_worker.py makes the calls.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SCOPES, TOKEN

from jobruns.sandbox import Sandbox, SimRun, World, start
from jobruns.sandbox._logs import written as logs_written
from jobruns.sandbox._world import FAILED
from jobruns.sandbox.emulators import intuned, truefoundry

PEERS_PYTHON = os.environ.get("JOBRUNS_BENCH_PEERS_PYTHON")
pytestmark = pytest.mark.skipif(
    not PEERS_PYTHON,
    reason="needs the official SDKs' virtualenv: set JOBRUNS_BENCH_PEERS_PYTHON to its python "
    "(`nox -s official_sdks` makes one and runs these tests)",
)
WORKER = Path(__file__).with_name("official_sdks_worker.py")
JOB, FINISHED, LIVE, PAGE = "nightly-report", 45, 2, 10  # PAGE: the worker's page size


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """Finished runs of mixed outcomes and two live ones that stay running (they end after 10,000 fetches), so
    that every page of a walk sees the same runs in the same states."""
    world = World(seed=11)
    world.add_job(JOB, FINISHED, in_flight=LIVE, polls=10_000)
    server = start(world=world, validate=True, token=TOKEN)
    try:
        yield server
    finally:
        server.stop()
    assert server.spec_errors == [], "the sandbox sent answers its own specs do not allow"


def runs_of(sandbox: Sandbox, provider: str) -> list[SimRun]:
    """The runs where the worker's SDK client sees them, newest first (the default order of every provider)."""
    return list(sandbox.world.runs(SCOPES[provider], JOB) or [])


def call_sdk(sandbox: Sandbox, provider: str, run: SimRun) -> dict[str, Any]:
    emulator = sandbox.emulators[provider]
    command = [str(PEERS_PYTHON), str(WORKER), provider, sandbox.urls[provider], TOKEN, JOB, emulator.public_id(run)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, f"{provider} SDK worker failed:\n{done.stderr.replace(TOKEN, '***')[-3000:]}"
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def ids(runs: list[SimRun], public_id: Callable[[SimRun], str]) -> list[str]:
    return [public_id(run) for run in runs]


def flat(pages: list[list[str]]) -> list[str]:
    return [run_id for page in pages for run_id in page]


def assert_paged(pages: list[list[str]], expected: list[str]) -> None:
    """Every page full but the last, and together the expected runs in the expected order."""
    assert flat(pages) == expected
    assert [len(page) for page in pages[:-1]] == [PAGE] * (len(pages) - 1)
    assert len(pages) == max(1, math.ceil(len(expected) / PAGE))


def failed_run(sandbox: Sandbox, provider: str) -> SimRun:
    return next(run for run in runs_of(sandbox, provider) if run.outcome == FAILED and run.polls_left is None)


def queries(sandbox: Sandbox, provider: str, name: str) -> list[list[str]]:
    """The values of one query parameter on every list request the sandbox received from this provider."""
    return [r.query.get(name, []) for r in sandbox.requests_to(provider, "list")]


def test_truefoundry_sdk(sandbox: Sandbox) -> None:
    run, runs = failed_run(sandbox, "truefoundry"), runs_of(sandbox, "truefoundry")
    found = call_sdk(sandbox, "truefoundry", run)
    now = sandbox.world.clock()
    names = ids(runs, lambda r: r.name)

    assert found["get"]["id"] == run.name and found["get"]["status"] == "FAILED"
    optional = {"application_id", "deployment_id", "tenant_name", "triggered_by", "triggered_by_subject", "exit_code",
                "end_time", "duration", "error"}  # fmt: skip
    assert optional <= set(found["get"]["fields"])
    for missing, message in (("missing_run", "run not found"), ("missing_job", "job not found")):
        assert found[missing]["error"] == "NotFoundError" and found[missing]["status"] == 404
        assert found[missing]["body"]["message"] == message
    assert_paged(found["pages"], names)
    assert found["every"] == names
    # its logs, page by page (lines of one time split across pages too), each line once and in order
    written = [[str(line.time_ns), line.stream, line.text] for line in logs_written(sandbox.world, run)]
    assert len(found["logs"]) > 2 and [line for page in found["logs"] for line in page] == written
    assert found["logs_unnamed"]["error"] == "BadRequestError" and found["logs_unnamed"]["status"] == 400

    def duration(r: SimRun) -> float:
        return round(r.ended - r.created)

    live = [r for r in runs if r.polls_left is not None]
    ended = [r for r in runs if r.polls_left is None]
    status = {r.name: truefoundry.STATUS[r.phase(now)] for r in runs}
    expected = {
        "startTime asc": [r.name for r in sorted(runs, key=lambda r: r.created)],
        # descending: runs without a duration (still running) first, as PostgreSQL puts NULLs by default
        "duration desc": [r.name for r in live + sorted(ended, key=duration, reverse=True)],
        "status": sorted(names, key=status.__getitem__, reverse=True),  # no order given: descending
        "prefix": [name for name in names if name.startswith(f"{JOB}-1")],
        "scheduler": [
            r.name for r in runs if sandbox.emulators["truefoundry"].render(r)["triggeredBy"] == "sandbox-scheduler"
        ],
        "failed or running": [name for name in names if status[name] in ("FAILED", "RUNNING")],
        "version 3": names,
        "version 2": [],
    }
    for label, wanted in expected.items():
        assert_paged(found[label], wanted)
    for label in ("startTime asc", "duration desc", "status"):  # orders that differ from the default one
        assert sorted(expected[label]) == sorted(names) and expected[label] != names, label
    for label in ("prefix", "scheduler", "failed or running"):  # filters that keep some runs, not all
        assert 0 < len(expected[label]) < len(names), label
    assert found["refused"]["status"] == 422 and "sortBy" in str(found["refused"]["body"])
    assert ["startTime"] in queries(sandbox, "truefoundry", "sortBy")
    assert ["FAILED", "RUNNING"] in queries(sandbox, "truefoundry", "status")
    assert [f"{JOB}-1"] in queries(sandbox, "truefoundry", "searchPrefix")


def test_intuned_sdk(sandbox: Sandbox) -> None:
    run, runs = failed_run(sandbox, "intuned"), runs_of(sandbox, "intuned")
    found = call_sdk(sandbox, "intuned", run)
    emulator = sandbox.emulators["intuned"]
    now = sandbox.world.clock()
    every = ids(runs, emulator.public_id)

    assert found["get"] == {
        "id": emulator.public_id(run), "status": "FAILURE", "results": True, "fields": found["get"]["fields"]
    }  # fmt: skip
    assert "error" in found["get"]["fields"]
    for missing, message in (("missing_run", "run not found"), ("missing_job", "job not found")):
        assert found[missing]["error"] == "NotFoundError" and found[missing]["status"] == 404
        assert found[missing]["body"]["message"] == message and found[missing]["body"]["code"] == "not-found"
    assert_paged(found["pages"], every)
    assert found["every"] == every  # no pageSize: no source gives a default, so every run

    def status(r: SimRun) -> str:
        return intuned.STATUS[r.phase(now)]

    by_start = sorted(runs, key=lambda r: r.started, reverse=True)
    by_status = sorted(sorted(runs, key=lambda r: r.started), key=status)
    assert_paged(found["start_time desc"], ids(by_start, emulator.public_id))
    assert_paged(found["status asc, start_time asc"], ids(by_status, emulator.public_id))
    assert found["refused"]["status"] == 400 and found["refused"]["body"]["code"] == "bad-request"
    assert "direction" in found["refused"]["body"]["message"]
    assert ["status,asc/start_time,asc"] in queries(sandbox, "intuned", "sortBy")


def test_northflank_sdk(sandbox: Sandbox) -> None:
    run, runs = failed_run(sandbox, "northflank"), runs_of(sandbox, "northflank")
    found = call_sdk(sandbox, "northflank", run)
    every = ids(runs, lambda r: r.id)

    assert found["get"]["id"] == run.id and found["get"]["status"] == "FAILED"
    assert {"startedAt", "concludedAt", "runName", "backoffLimit"} <= set(found["get"]["fields"])
    for missing, message in (("missing_run", "run not found"), ("missing_job", "job not found")):
        assert found[missing]["error"] == "ApiCallError" and found[missing]["status"] == 404
        assert found[missing]["body"] == message
    assert_paged(found["pages"], every)
    assert found["every"] == every
    assert any(q for q in queries(sandbox, "northflank", "cursor")), "the pager follows the cursor"


def test_blaxel_sdk(sandbox: Sandbox) -> None:
    run, runs = failed_run(sandbox, "blaxel"), runs_of(sandbox, "blaxel")
    found = call_sdk(sandbox, "blaxel", run)
    every = ids(runs, lambda r: r.id)

    assert found["get"]["id"] == run.id and found["get"]["status"] == "failed"
    assert {"cluster", "createdAt", "startedAt", "completedAt"} <= set(found["get"]["fields"])
    assert found["missing_run"] == {"status": 404, "body": {"error": "run not found", "code": 404}}
    assert found["missing_job"]["status"] == 404 and found["missing_job"]["body"]["error"] == "job not found"
    assert_paged(found["pages"], every)
    assert found["every"] == every
    assert_paged(found["createdAt asc"], [r.id for r in sorted(runs, key=lambda r: r.created)])
    assert_paged(found["createdAt desc"], every)
    assert_paged(found["short q"], every)  # under 2 characters: the unfiltered listing, as Blaxel documents
    assert found["refused"]["status"] == 400 and "metadata.name" in found["refused"]["body"]["error"]
    assert found["refused q"]["status"] == 400 and "q searches" in found["refused q"]["body"]["error"]
    sorts = queries(sandbox, "blaxel", "sort")
    assert sorts.count(["createdAt:asc"]) == math.ceil(len(runs) / PAGE), "every page asked for the same sort"


WRITTEN = {
    "truefoundry": {"stopped": "TERMINATION_REQUESTED"},
    "intuned": {"stopped": "JobRun terminated successfully.", "status": "CANCELED"},
    "northflank": {"stopped": {}},
    "blaxel": {"status": 200, "stopped": "cancelling"},
}


@pytest.mark.parametrize("provider", list(WRITTEN))
def test_each_sdk_starts_and_stops_a_run(provider: str) -> None:
    """Each SDK's trigger and cancel against the sandbox: the run starts with its inputs and is stopped."""
    world = World(seed=12, run_seconds=600)
    world.add_job("writes", 2)
    server = start(world=world, validate=True, token=TOKEN)
    try:
        command = [str(PEERS_PYTHON), str(WORKER), provider, server.urls[provider], TOKEN, "writes", "--writes"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, f"{provider} SDK worker failed:\n{done.stderr.replace(TOKEN, '***')[-3000:]}"
        found = json.loads(done.stdout)
    finally:
        server.stop()
    assert server.spec_errors == []
    runs = world.runs(SCOPES[provider], "writes") or []
    assert len(runs) == 3, "one run started"
    assert found["started"] == server.emulators[provider].public_id(runs[0])
    assert {key: found[key] for key in WRITTEN[provider]} == WRITTEN[provider]
    assert runs[0].params == ({} if provider == "intuned" else {"REPORT_DATE": "2026-12-01"})
    assert runs[0].cancelled_at is not None
    if provider == "blaxel":
        assert found["again"] == found["started"], "the request id de-duplicates"
