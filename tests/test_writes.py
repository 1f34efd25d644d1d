"""trigger_run and cancel_run through the facade, sync and async, over real HTTP against the sandbox: the run they
start is listed, got and waited on; params arrive where each provider takes them; a trigger is never repeated when
the provider may have started a run; a cancel stops a live run and leaves an ended one as it was."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
from conftest import PROVIDERS, TOKEN, connect, connect_async

import jobruns
from jobruns import RunStatus
from jobruns._registry import adapter_class
from jobruns.sandbox import FAULT_KINDS, Sandbox, World, start

NO_IDEMPOTENCY_KEY = [provider for provider in PROVIDERS if adapter_class(provider).idempotency_key is None]

PARAMS = {"REPORT_DATE": "2026-12-01", "LIMIT": "10"}
TAKES_PARAMS = [provider for provider in PROVIDERS if adapter_class(provider).params is not None]
WAIT = {"timeout": 60, "poll_interval": 0.05, "max_poll_interval": 0.2}


@pytest.fixture
def sandbox() -> Any:
    """Triggered runs take a fraction of a second here."""
    server = start(world=World(seed=11, run_seconds=0.3), validate=True, token=TOKEN)
    try:
        yield server
    finally:
        server.stop()
    assert server.spec_errors == [], "the sandbox sent answers its own specs do not allow"


def sent_params(sandbox: Sandbox, provider: str) -> Any:
    """The run inputs the one trigger request carried, from where the provider takes them."""
    (request,) = sandbox.requests_to(provider, "trigger")
    body = request.body
    return {"truefoundry": lambda: body["input"]["params"], "northflank": lambda: body["runtimeEnvironment"],
            "blaxel": lambda: body["env"]}[provider]()  # fmt: skip


def newest(sandbox: Sandbox, provider: str, job: str = "job") -> str:
    """The id the provider shows for the job's newest run."""
    return sandbox.emulators[provider].public_id(sandbox.world.jobs[job][0])


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_triggered_run_is_listed_got_and_waited_on(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 3)
    with connect(provider, sandbox) as runs:
        run = runs.trigger_run("job")
        assert run.provider == provider and run.job_id == "job" and not run.is_terminal
        assert runs.list_runs("job").items[0].id == run.id, "a new run heads the listing"
        assert runs.get_run("job", run.id).id == run.id
        done = runs.wait_for_run("job", run.id, **WAIT)
    assert done.status is RunStatus.SUCCEEDED
    assert len(sandbox.requests_to(provider, "trigger")) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_async_client_triggers_and_cancels_too(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)

    async def scenario() -> tuple[jobruns.JobRun, jobruns.JobRun, jobruns.JobRun]:
        async with connect_async(provider, sandbox) as runs:
            first = await runs.trigger_run("job")
            assert (await runs.list_runs("job")).items[0].id == first.id, "a new run heads the listing"
            assert (await runs.get_run("job", first.id)).id == first.id
            done = await runs.wait_for_run("job", first.id, **WAIT)
            second = await runs.trigger_run("job")
            stopped = await runs.cancel_run("job", second.id)
            return done, second, stopped

    done, second, stopped = asyncio.run(scenario())
    assert done.status is RunStatus.SUCCEEDED
    assert stopped.id == second.id and stopped.status in (RunStatus.CANCELLING, RunStatus.CANCELLED, RunStatus.RUNNING)


@pytest.mark.parametrize("provider", TAKES_PARAMS)
def test_params_arrive_where_the_provider_takes_them(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    with connect(provider, sandbox) as runs:
        run = runs.trigger_run("job", params=PARAMS)
    assert sent_params(sandbox, provider) == PARAMS
    assert sandbox.world.jobs["job"][0].params == PARAMS and newest(sandbox, provider) == run.id


def test_intuned_takes_no_params_and_says_so_before_any_request(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    with connect("intuned", sandbox) as runs, pytest.raises(jobruns.NotSupported, match="takes no run inputs"):
        runs.trigger_run("job", params=PARAMS)
    assert sandbox.requests == []


@pytest.mark.parametrize("provider", NO_IDEMPOTENCY_KEY)
def test_an_idempotency_key_is_refused_where_the_provider_honours_none(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.NotSupported, match="idempotency"):
        runs.trigger_run("job", idempotency_key="nightly-2026-12-01")
    assert sandbox.requests == []


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize(
    "params", [{"A": 1}, {"": "x"}, ["A=1"], {"A": "x\x00y"}], ids=["number", "empty-name", "list", "control"]
)
def test_params_must_be_a_map_of_strings(provider: str, params: Any, sandbox: Sandbox) -> None:
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.InvalidArgument):
        runs.trigger_run("job", params=params)
    assert sandbox.requests == []


# --- write safety -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_5xx_on_trigger_is_not_retried_and_says_the_run_may_have_started(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"500:{provider}x1")
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.ServerError) as caught:
        runs.trigger_run("job")
    assert len(sandbox.requests_to(provider, "trigger")) == 1
    assert "may have started" in str(caught.value) and "list_runs" in str(caught.value)


@pytest.mark.parametrize("provider", NO_IDEMPOTENCY_KEY)
@pytest.mark.parametrize("fault", ["reset", "5xx-after=503", "5xx-after=502"])
def test_a_failure_after_the_run_was_created_raises_and_starts_no_second_run(
    provider: str, fault: str, sandbox: Sandbox
) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"{fault}:{provider}x1")
    error = jobruns.TransportError if fault == "reset" else jobruns.ServerError
    with connect(provider, sandbox) as runs, pytest.raises(error) as caught:
        runs.trigger_run("job")
    assert "may have started" in str(caught.value)
    assert len(sandbox.requests_to(provider, "trigger")) == 1
    assert len(sandbox.world.jobs["job"]) == 2, "exactly one run was started"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_429_on_trigger_is_retried_only_where_the_provider_says_it_started_nothing(
    provider: str, sandbox: Sandbox
) -> None:
    """Blaxel's spec says a 429 trigger started nothing (and its trigger carries a key): retried. The others say
    no such thing: RateLimited, saying that the run may have started (tests/test_nothing_lost.py: one that had)."""
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"429=0.01:{provider}x1")
    with connect(provider, sandbox) as runs:
        if provider != "blaxel":
            with pytest.raises(jobruns.RateLimited, match="may have started"):
                runs.trigger_run("job")
            assert len(sandbox.requests_to(provider, "trigger")) == 1 and len(sandbox.world.jobs["job"]) == 1
            return
        run = runs.trigger_run("job")
    assert len(sandbox.requests_to(provider, "trigger")) == 2
    assert len(sandbox.world.jobs["job"]) == 2 and newest(sandbox, provider) == run.id


@pytest.mark.parametrize("fault", ["503", "5xx-after=503", "reset"])
@pytest.mark.parametrize("key", [None, "nightly-2026-12-01"])
def test_blaxel_retries_a_keyed_trigger_like_a_get_and_starts_one_execution(
    fault: str, key: str | None, sandbox: Sandbox
) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"{fault}:blaxelx1")
    with connect("blaxel", sandbox) as runs:
        run = runs.trigger_run("job", idempotency_key=key)
    sent = sandbox.requests_to("blaxel", "trigger")
    assert len(sent) == 2 and len(sandbox.world.jobs["job"]) == 2, "one execution"
    keys = {request.body["id"] for request in sent}
    assert len(keys) == 1 and (key is None or keys == {key}), "both requests carry the same key"
    assert run.id == newest(sandbox, "blaxel")


def test_blaxel_makes_a_new_key_per_trigger_call(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    with connect("blaxel", sandbox) as runs:
        first, second = runs.trigger_run("job"), runs.trigger_run("job")
    assert first.id != second.id and len({r.body["id"] for r in sandbox.requests_to("blaxel", "trigger")}) == 2


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_trigger_of_a_missing_job_is_not_found(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.NotFound):
        runs.trigger_run("no-such-job")


# --- cancel -------------------------------------------------------------------------------------------------

CANCELLED_AS = {
    "truefoundry": (RunStatus.CANCELLING, "TERMINATION_REQUESTED"),
    "intuned": (RunStatus.CANCELLED, "CANCELED"),
    "northflank": (RunStatus.RUNNING, "RUNNING"),  # concluding; then FAILED, as Northflank reports an abort
    "blaxel": (RunStatus.CANCELLING, "cancelling"),
}
ENDS_AS = {"truefoundry": "TERMINATED", "intuned": "CANCELED", "northflank": "FAILED", "blaxel": "cancelled"}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_cancelling_a_running_run_stops_it(provider: str) -> None:
    world = World(seed=11, run_seconds=600)  # long enough to be running for the whole test
    sandbox = start(world=world, validate=True, token=TOKEN)
    try:
        sandbox.world.add_job("job", 1)
        with connect(provider, sandbox) as runs:
            run = runs.trigger_run("job")
            stopped = runs.cancel_run("job", run.id)
            assert (stopped.status, stopped.provider_status) == CANCELLED_AS[provider]
            ended = runs.wait_for_run("job", run.id, **WAIT)
    finally:
        sandbox.stop()
    assert ended.provider_status == ENDS_AS[provider]
    assert sandbox.spec_errors == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_cancelling_an_ended_run_returns_it_unchanged(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 2)
    with connect(provider, sandbox) as runs:
        ended = runs.list_runs("job").items[0]
        assert ended.is_terminal
        again = runs.cancel_run("job", ended.id)
    assert again.to_dict() == ended.to_dict()
    assert sandbox.requests_to(provider, "cancel") == [], "nothing to stop: no cancel was sent"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_cancelling_a_missing_run_is_not_found(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.NotFound):
        runs.cancel_run("job", "no-such-run")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_cancel_is_retried_like_a_get(provider: str) -> None:
    sandbox = start(world=World(seed=11, run_seconds=600), validate=True, token=TOKEN)
    try:
        sandbox.world.add_job("job", 1)
        with connect(provider, sandbox) as runs:
            run = runs.trigger_run("job")
            sandbox.inject(f"503:{provider}x1")  # strikes the cancel's first GET of the run
            stopped = runs.cancel_run("job", run.id)
    finally:
        sandbox.stop()
    assert stopped.id == run.id


def test_the_same_ten_lines_start_wait_and_stop_runs_on_every_provider(sandbox: Sandbox) -> None:
    """What the issue's "done when" asks: only the connect(...) line differs between providers."""
    sandbox.world.add_job("nightly-report", 3)
    outcomes = {}
    for provider in PROVIDERS:
        with connect(provider, sandbox) as runs:
            started = runs.trigger_run("nightly-report")
            done = runs.wait_for_run("nightly-report", started.id, **WAIT)
            other = runs.trigger_run("nightly-report")
            stopped = runs.cancel_run("nightly-report", other.id)
            outcomes[provider] = (done.status, stopped.id == other.id)
    assert outcomes == dict.fromkeys(PROVIDERS, (RunStatus.SUCCEEDED, True))


# --- every provider's error message -------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_missing_job_and_a_missing_run_are_told_apart(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    with connect(provider, sandbox) as runs:
        with pytest.raises(jobruns.NotFound) as no_job:
            runs.get_run("no-such-job", "run")
        with pytest.raises(jobruns.NotFound) as no_run:
            runs.get_run("job", "no-such-run")
    assert no_job.value.message == "job not found" and no_run.value.message == "run not found"
    assert str(no_job.value).startswith(f"{provider}: HTTP 404: job not found")


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("kind", sorted(FAULT_KINDS))
def test_no_fault_the_sandbox_injects_makes_a_trigger_start_two_runs(provider: str, kind: str) -> None:
    """Every fault kind, striking every request: the trigger succeeds or raises a jobruns error, and it started
    one run at most (the retries a fault provokes never start another)."""
    server = start(world=World(seed=11, run_seconds=600), validate=False, token=TOKEN)
    try:
        server.world.add_job("job", 1)
        server.inject(f"{kind}=1:{provider}x2" if kind in ("latency", "429") else f"{kind}:{provider}x2")
        with connect(provider, server, timeout=0.5, retries=3) as runs, contextlib.suppress(jobruns.JobRunsError):
            runs.trigger_run("job")
        assert len(server.world.jobs["job"]) <= 2, f"{kind} made a trigger start more than one run"
    finally:
        server.stop()
