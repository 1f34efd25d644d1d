"""The sandbox's write operations over raw HTTP: a trigger starts a run at the head of the listing that moves through
the provider's states, a cancel moves it through the provider's cancelling states, and the write faults strike after
the operation took effect. The facade's trigger_run/cancel_run are tested in test_writes.py."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import PROVIDERS, TOKEN, WORKSPACE, runs_of

from jobruns.sandbox import Sandbox, SimRun, World, start
from jobruns.sandbox._world import FAILED

AUTH = {
    "truefoundry": {"Authorization": f"Bearer {TOKEN}"},
    "intuned": {"x-api-key": TOKEN},
    "northflank": {"Authorization": f"Bearer {TOKEN}"},
    "blaxel": {"X-Blaxel-Authorization": f"Bearer {TOKEN}", "X-Blaxel-Workspace": "demo"},
}
PARAMS = {"REPORT_DATE": "2026-12-01", "LIMIT": "10"}


def trigger(sandbox: Sandbox, provider: str, job: str, params: dict[str, str] | None = None, **extra: Any) -> Any:
    """Start a run the provider's way; the answer's JSON (after checking it is a 200)."""
    base, auth = sandbox.urls[provider], AUTH[provider]
    if provider == "truefoundry":
        body = {"applicationId": job, **({"input": {"params": params}} if params else {}), **extra}
        answer = httpx.post(f"{base}/api/svc/v1/jobs/trigger", json=body, headers=auth)
    elif provider == "intuned":
        answer = httpx.post(f"{base}/{WORKSPACE}/projects/demo/jobs/{job}/trigger", headers=auth)
    elif provider == "northflank":
        body = {**({"runtimeEnvironment": params} if params else {}), **extra}
        answer = httpx.post(f"{base}/v1/projects/demo/jobs/{job}/runs", json=body, headers=auth)
    else:
        body = {"env": params or {}, **extra}
        answer = httpx.post(f"{base}/jobs/{job}/executions", json=body, headers=auth)
    return answer


def cancel(sandbox: Sandbox, provider: str, job: str, run: SimRun) -> httpx.Response:
    base, auth, run_id = sandbox.urls[provider], AUTH[provider], sandbox.emulators[provider].public_id(run)
    if provider == "truefoundry":
        deployment = sandbox.emulators[provider].render(run)["deploymentId"]
        params = {"deploymentId": deployment, "jobRunName": run_id}
        return httpx.post(f"{base}/api/svc/v1/jobs/terminate", params=params, headers=auth)
    if provider == "intuned":
        return httpx.post(f"{base}/{WORKSPACE}/projects/demo/jobs/{job}/runs/{run_id}/terminate", headers=auth)
    if provider == "northflank":
        return httpx.delete(f"{base}/v1/projects/demo/jobs/{job}/runs/{run_id}", headers=auth)
    return httpx.delete(f"{base}/jobs/{job}/executions/{run_id}", headers=auth)


def status_of(sandbox: Sandbox, provider: str, run: SimRun) -> str:
    body = sandbox.emulators[provider].render(run)
    return str(body["status"])


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clocked() -> Any:
    clock = Clock()
    world = World(seed=4, clock=clock, run_seconds=60)
    server = start(world=world, validate=True, token=TOKEN)
    try:
        yield server, clock
    finally:
        server.stop()
    assert server.spec_errors == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_triggered_run_heads_the_listing_and_moves_through_its_states(provider: str, clocked: Any) -> None:
    sandbox, clock = clocked
    sandbox.world.add_job("job", 3)
    answer = trigger(sandbox, provider, "job", PARAMS if provider != "intuned" else None)
    assert answer.status_code == 200, answer.text
    run = runs_of(sandbox, provider, "job")[0]
    assert len(runs_of(sandbox, provider, "job")) == 4 and run.manual
    assert run.params == ({} if provider == "intuned" else PARAMS), "the inputs arrive where the provider takes them"
    (recorded,) = sandbox.requests_to(provider, "trigger")
    assert recorded.method in ("POST",)
    seen = [status_of(sandbox, provider, run)]
    for seconds in (1, 120):
        clock.now += seconds
        seen.append(status_of(sandbox, provider, run))
    expected = {
        "truefoundry": ["SCHEDULED", "RUNNING", "FINISHED"],
        "intuned": ["PENDING", "PENDING", "COMPLETED"],
        "northflank": ["RUNNING", "RUNNING", "SUCCESS"],
        "blaxel": ["queued", "running", "succeeded"],
    }
    assert seen == expected[provider]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_job_s_outcome_decides_how_its_triggered_runs_end(provider: str, clocked: Any) -> None:
    sandbox, clock = clocked
    sandbox.world.add_job("doomed", 1, outcome=FAILED)
    assert trigger(sandbox, provider, "doomed").status_code == 200
    clock.now += 120
    assert status_of(sandbox, provider, runs_of(sandbox, provider, "doomed")[0]) in ("FAILED", "FAILURE", "failed")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_cancelled_run_goes_through_the_providers_cancelling_states(provider: str, clocked: Any) -> None:
    sandbox, clock = clocked
    sandbox.world.add_job("job", 1)
    assert trigger(sandbox, provider, "job").status_code == 200
    run = runs_of(sandbox, provider, "job")[0]
    clock.now += 1
    answer = cancel(sandbox, provider, "job", run)
    assert answer.status_code == 200, answer.text
    seen = [status_of(sandbox, provider, run)]
    clock.now += 5
    seen.append(status_of(sandbox, provider, run))
    expected = {
        "truefoundry": ["TERMINATION_REQUESTED", "TERMINATED"],
        "intuned": ["CANCELED", "CANCELED"],
        "northflank": ["RUNNING", "FAILED"],  # concluded, as Northflank reports an aborted run
        "blaxel": ["cancelling", "cancelled"],
    }
    assert seen == expected[provider]
    if provider == "truefoundry":
        assert answer.json()["jobRunStatus"] == "TERMINATION_REQUESTED"
    if provider == "blaxel":
        assert answer.json()["status"] == "cancelling", "Blaxel answers the execution as it then is"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_cancelling_an_ended_run_changes_nothing(provider: str, clocked: Any) -> None:
    sandbox, _ = clocked
    sandbox.world.add_job("job", 2)
    run = runs_of(sandbox, provider, "job")[0]
    before = sandbox.emulators[provider].render(run)
    answer = cancel(sandbox, provider, "job", run)
    assert answer.status_code == (417 if provider == "truefoundry" else 200)
    assert sandbox.emulators[provider].render(run) == before


@pytest.mark.parametrize("provider", PROVIDERS)
def test_writes_to_a_missing_job_or_run_are_the_providers_404(provider: str, clocked: Any) -> None:
    sandbox, _ = clocked
    sandbox.world.add_job("job", 1)
    assert trigger(sandbox, provider, "no-such-job").status_code == 404
    ghost = SimRun("ghost", "ghost-1", "job", 0.0, 1, 1, "succeeded")
    assert cancel(sandbox, provider, "job", ghost).status_code == 404
    assert len(runs_of(sandbox, provider, "job")) == 1


def test_blaxel_request_id_de_duplicates(clocked: Any) -> None:
    sandbox, _ = clocked
    sandbox.world.add_job("job", 1)
    first = trigger(sandbox, "blaxel", "job", id="once").json()
    again = trigger(sandbox, "blaxel", "job", id="once").json()
    other = trigger(sandbox, "blaxel", "job", id="twice").json()
    assert first["executionId"] == again["executionId"] != other["executionId"]
    assert first["id"] == "once" and len(runs_of(sandbox, "blaxel", "job")) == 3


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_write_faults_strike_after_the_run_was_created(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"5xx-after=503:{provider}x1")
    answer = trigger(sandbox, provider, "job")
    assert answer.status_code == 503 and len(runs_of(sandbox, provider, "job")) == 2
    sandbox.inject(f"reset:{provider}x1")
    with pytest.raises(httpx.TransportError):
        trigger(sandbox, provider, "job")
    assert len(runs_of(sandbox, provider, "job")) == 3
    sandbox.inject(f"500:{provider}x1")
    assert trigger(sandbox, provider, "job").status_code == 500
    assert len(runs_of(sandbox, provider, "job")) == 3, "an early fault answers before anything is created"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_write_the_spec_does_not_allow_is_refused_in_the_providers_shape(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    bad = {"truefoundry": {"metadata": {"job_run_name_alias": 7}}, "blaxel": {"env": ["not", "a", "map"]},
           "northflank": {"billing": {"deploymentPlan": "x"}}}  # fmt: skip
    if provider == "intuned":  # no body to get wrong: a body that is not JSON instead
        base = sandbox.urls[provider]
        answer = httpx.post(
            f"{base}/{WORKSPACE}/projects/demo/jobs/job/trigger",
            content=b"{",
            headers={**AUTH[provider], "content-type": "application/json"},
        )
        assert answer.status_code == 400
    else:
        answer = trigger(sandbox, provider, "job", **bad[provider])
        assert answer.status_code == (422 if provider == "truefoundry" else 400), answer.text
    assert len(runs_of(sandbox, provider, "job")) == 1, "nothing was started"


def test_a_body_the_sandbox_will_not_read_is_refused() -> None:
    server = start(world=World(), validate=False, token=TOKEN)
    try:
        answer = httpx.post(
            server.urls["blaxel"] + "/jobs/job/executions",
            content=b"x" * ((1 << 20) + 1),
            headers={**AUTH["blaxel"], "content-type": "application/json"},
        )
    finally:
        server.stop()
    assert answer.status_code == 413
