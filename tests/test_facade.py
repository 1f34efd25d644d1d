"""The facade end to end against the sandbox: get, list, iterate, wait, errors — sync and async, every provider."""

from __future__ import annotations

import asyncio
import math
from datetime import timedelta

import httpx
import pytest
from conftest import PROVIDERS, SCOPES, SETTINGS, TOKEN, connect, connect_async, runs_of

import jobruns
from jobruns import JobRun, Page, RunStatus
from jobruns._registry import adapter_class
from jobruns.sandbox import Reply, Sandbox

S = RunStatus
# DESIGN.md's status table, provider value -> RunStatus
DESIGN_TABLE = {
    "truefoundry": {
        "CREATED": S.PENDING, "SCHEDULED": S.PENDING, "RUNNING": S.RUNNING, "TERMINATION_REQUESTED": S.CANCELLING,
        "TERMINATING": S.CANCELLING, "TERMINATED": S.CANCELLED, "FINISHED": S.SUCCEEDED, "FAILED": S.FAILED,
        "UNKNOWN": S.UNKNOWN,
    },
    "intuned": {
        "PENDING": S.RUNNING, "RESUMING": S.RUNNING, "PAUSED": S.PAUSED, "PAUSING": S.PAUSED, "CANCELED": S.CANCELLED,
        "TERMINATED": S.CANCELLED, "SUCCESS": S.SUCCEEDED, "COMPLETED": S.SUCCEEDED, "FAILURE": S.FAILED,
    },
    "northflank": {"RUNNING": S.RUNNING, "SUCCESS": S.SUCCEEDED, "FAILED": S.FAILED},
    "blaxel": {
        "queued": S.PENDING, "pending": S.PENDING, "running": S.RUNNING, "cancelling": S.CANCELLING,
        "cancelled": S.CANCELLED, "succeeded": S.SUCCEEDED, "failed": S.FAILED, "timeout": S.FAILED,
    },
}  # fmt: skip
STATUS_ENUMS = {
    "truefoundry": "jobruns_truefoundry.models:JobRunStatus",
    "intuned": "jobruns_intuned.models:JobRunStatus",
    "northflank": "jobruns_northflank.models:JobRunStatus",
    "blaxel": "jobruns_blaxel.models:JobExecutionStatus",
}


def _enum(path: str) -> type:
    import importlib

    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_spec_status_maps_as_the_design_table_says(provider: str) -> None:
    spec_values = {member.value for member in _enum(STATUS_ENUMS[provider])}
    assert set(DESIGN_TABLE[provider]) == spec_values, "the table covers exactly the spec's values"
    adapter = adapter_class(provider)
    for value, expected in DESIGN_TABLE[provider].items():
        assert adapter.status_of[_enum(STATUS_ENUMS[provider])(value)] == (expected, value)
    for unknown in ("NEW_STATE", "archived", ""):
        assert adapter.status_of[unknown] == (S.UNKNOWN, unknown)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_get_run_normalises(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job-a", 12)
    with connect(provider, sandbox) as runs:
        page = runs.list_runs("job-a")
        for listed in page.items:
            run = runs.get_run("job-a", listed.id)
            assert isinstance(run, JobRun) and run == listed
            assert run.provider == provider and run.job_id == "job-a"
            assert run.is_terminal == (run.status in (S.SUCCEEDED, S.FAILED, S.CANCELLED))
            assert run.raw is not None and type(run.raw).__module__.startswith(f"jobruns_{provider}.")
            for moment in (run.created_at, run.started_at, run.ended_at):
                assert moment is None or moment.utcoffset() == timedelta(0)
            assert run.duration is not None and run.duration > timedelta(0)
            assert (run.error is not None) == (run.status is S.FAILED)
            assert run.provider_status in DESIGN_TABLE[provider]


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("count", [0, 1, 7, 8, 1000])
def test_iter_runs_yields_each_run_once_in_order_with_minimal_requests(
    provider: str, count: int, sandbox: Sandbox
) -> None:
    size = 7 if count < 1000 else 100
    created = sandbox.world.add_job("job-p", count, scope=SCOPES[provider])
    expected_ids = [r.id for r in reversed(created)]  # newest first
    with connect(provider, sandbox) as runs:
        seen = list(runs.iter_runs("job-p", page_size=size))
    listing = sandbox.requests_to(provider, "list")
    assert len(listing) == max(1, math.ceil(count / size))
    assert len(seen) == count and len({r.id for r in seen}) == count
    emulator = sandbox.emulators[provider]
    assert [r.id for r in seen] == [emulator.public_id(r) for r in reversed(created)] or expected_ids == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_list_runs_cursor_round_trips_and_limit_caps(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job-c", 10)
    with connect(provider, sandbox) as runs:
        first = runs.list_runs("job-c", page_size=4)
        assert isinstance(first, Page) and len(first.items) == 4 and first.next_cursor
        second = runs.list_runs("job-c", cursor=first.next_cursor)
        third = runs.list_runs("job-c", cursor=second.next_cursor)
        assert len(second.items) == 4 and len(third.items) == 2 and third.next_cursor is None
        assert len({r.id for r in [*first, *second, *third]}) == 10
        if provider in ("truefoundry", "intuned", "blaxel"):
            assert first.total == 10
        before = len(sandbox.requests)
        assert len(list(runs.iter_runs("job-c", limit=5, page_size=3))) == 5
        assert len(sandbox.requests) - before == 2
        with pytest.raises(jobruns.InvalidArgument, match="cursor"):
            runs.list_runs("job-c", cursor="not-a-cursor")
        with pytest.raises(jobruns.InvalidArgument, match="belongs to"):
            runs.list_runs("job-other", cursor=first.next_cursor)
        with pytest.raises(jobruns.InvalidArgument, match="page_size"):
            runs.list_runs("job-c", page_size=100_000)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_status_filter_gives_the_same_result_server_or_client_side(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job-s", 40)
    with connect(provider, sandbox) as runs:
        everything = list(runs.iter_runs("job-s", page_size=9))
        failed = list(runs.iter_runs("job-s", status=[S.FAILED, "cancelled"], page_size=9))
        assert [r.id for r in failed] == [r.id for r in everything if r.status in (S.FAILED, S.CANCELLED)]
        assert failed
    filtered_on_server = any("status" in r.query for r in sandbox.requests_to(provider, "list"))
    assert filtered_on_server == (provider == "truefoundry")


def test_status_filter_rejects_unknown_words(sandbox: Sandbox) -> None:
    with connect("blaxel", sandbox) as runs, pytest.raises(jobruns.InvalidArgument, match="not one of"):
        runs.list_runs("job", status="done")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wait_for_run_ends_when_the_run_does(provider: str, sandbox: Sandbox) -> None:
    live = sandbox.world.add_job("job-w", 0, in_flight=1, polls=3, outcome="succeeded", scope=SCOPES[provider])[0]
    run_id = sandbox.emulators[provider].public_id(live)
    with connect(provider, sandbox) as runs:
        done = runs.wait_for_run("job-w", run_id, poll_interval=0.01, max_poll_interval=0.02)
    assert done.status is S.SUCCEEDED and done.is_terminal
    assert len(sandbox.requests_to(provider, "get")) == 3


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wait_for_run_times_out_with_the_last_run(provider: str, sandbox: Sandbox) -> None:
    live = sandbox.world.add_job("job-t", 0, in_flight=1, polls=10_000, scope=SCOPES[provider])[0]
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.WaitTimeout) as caught:
        runs.wait_for_run("job-t", sandbox.emulators[provider].public_id(live), timeout=1.5, poll_interval=0.05)
    assert caught.value.last.status is S.RUNNING and not caught.value.last.is_terminal


def test_wait_for_run_respects_retry_after_between_polls(sandbox: Sandbox) -> None:
    live = sandbox.world.add_job("job-r", 0, in_flight=1, polls=2, outcome="failed", scope=SCOPES["blaxel"])[0]
    limited = iter([True, False, False, False])

    def rate_limit_once(request: object) -> Reply | None:
        if next(limited, False):
            return Reply(429, {"error": "slow down", "code": 429}, {"Retry-After": "0.05"})
        return None

    sandbox.hooks.append(rate_limit_once)
    with connect("blaxel", sandbox, retries=0) as runs:
        done = runs.wait_for_run("job-r", live.id, poll_interval=0.01)
    assert done.status is S.FAILED and done.error
    assert len(sandbox.requests_to("blaxel", "get")) == 3


ERROR_CASES = [
    (401, jobruns.AuthError),
    (403, jobruns.AuthError),
    (404, jobruns.NotFound),
    (422, jobruns.APIError),
    (429, jobruns.RateLimited),
    (500, jobruns.ServerError),
]


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize(("status", "kind"), ERROR_CASES)
def test_error_statuses_map_to_exceptions_with_the_providers_message(
    provider: str, status: int, kind: type[jobruns.APIError], sandbox: Sandbox
) -> None:
    emulator = sandbox.emulators[provider]
    sandbox.hooks.append(lambda request: emulator.error(status, f"the provider says {status}"))
    with connect(provider, sandbox, retries=0) as runs, pytest.raises(kind) as caught:
        runs.get_run("job", "run")
    error = caught.value
    assert type(error) is kind and error.provider == provider and error.status_code == status
    if provider != "blaxel":  # Blaxel's error body carries no message field the spec names: reason phrase
        assert error.message == f"the provider says {status}"
    assert TOKEN not in str(error) and TOKEN not in error.body_excerpt
    if provider in ("intuned", "northflank"):
        assert error.request_id, "the body's correlation id is surfaced"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_wrong_token_is_an_auth_error_in_the_providers_own_shape(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    with connect(provider, sandbox, token="wrong") as runs, pytest.raises(jobruns.AuthError) as caught:
        runs.list_runs("job")
    assert caught.value.status_code == 401
    assert "wrong" not in str(caught.value)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_not_found(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    with connect(provider, sandbox) as runs:
        with pytest.raises(jobruns.NotFound):
            runs.get_run("job", "no-such-run")
        with pytest.raises(jobruns.NotFound):
            runs.list_runs("no-such-job")


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("bad", ["", ".", "..", "a\nb", "tab\there"])
def test_unsendable_ids_are_rejected_before_any_request(provider: str, bad: str, sandbox: Sandbox) -> None:
    with connect(provider, sandbox) as runs:
        with pytest.raises(jobruns.InvalidArgument):
            runs.get_run("job", bad)
        with pytest.raises(jobruns.InvalidArgument):
            runs.get_run(bad, "run")
        with pytest.raises(jobruns.InvalidArgument):
            runs.list_runs(bad)
    assert sandbox.requests == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_ids_arrive_exactly_as_given(provider: str, sandbox: Sandbox) -> None:
    odd = "a/b?c=d#e%2F f…"
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.NotFound):
        runs.get_run(odd, odd + "!")
    (request,) = sandbox.requests
    values = set(request.path_params.values())
    assert odd in values and odd + "!" in values


def test_unreachable_server_is_a_transport_error() -> None:
    with (
        jobruns.connect("blaxel", base_url="http://127.0.0.1:9", token="t", workspace="w", retries=0) as runs,
        pytest.raises(jobruns.TransportError, match="blaxel"),
    ):
        runs.get_run("job", "run")


def test_bring_your_own_httpx_client(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 3)
    seen: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    headers_before = dict(own.headers)
    with connect("northflank", sandbox, httpx_client=own) as runs:
        assert len(runs.list_runs("job").items) == 3
    assert seen == ["/northflank/v1/projects/demo/jobs/job/runs"]
    assert not own.is_closed, "a client you pass stays open: it is yours"
    assert dict(own.headers) == headers_before, "and is not changed"
    own.close()


def test_the_same_script_works_on_every_provider(sandbox: Sandbox) -> None:
    sandbox.world.add_job("nightly", 5, in_flight=1, polls=2, outcome="succeeded")
    for provider in PROVIDERS:
        live = runs_of(sandbox, provider, "nightly")[0]
        run_id = sandbox.emulators[provider].public_id(live)
        # the ten-line script: only the connect(...) line differs between providers
        with jobruns.connect(provider, base_url=sandbox.urls[provider], token=TOKEN, **SETTINGS[provider]) as runs:
            page = runs.list_runs("nightly", page_size=3)
            every = list(runs.iter_runs("nightly"))
            one = runs.get_run("nightly", every[-1].id)
            done = runs.wait_for_run("nightly", run_id, poll_interval=0.01)
        assert len(page.items) == 3 and len(every) == 6 and one.id == every[-1].id
        assert done.status is S.SUCCEEDED
        live.polls_left = 2


@pytest.mark.parametrize("provider", PROVIDERS)
def test_async_client_does_everything_the_sync_one_does(provider: str, sandbox: Sandbox) -> None:
    live = sandbox.world.add_job("job-async", 9, in_flight=1, polls=2, outcome="succeeded", scope=SCOPES[provider])[-1]

    async def scenario() -> None:
        async with connect_async(provider, sandbox) as runs:
            page = await runs.list_runs("job-async", page_size=4)
            assert len(page.items) == 4 and page.next_cursor
            listed = [run async for run in runs.iter_runs("job-async", page_size=4)]
            assert len(listed) == 10
            assert [run async for run in runs.iter_runs("job-async", limit=3)] == listed[:3]
            got = await runs.get_run("job-async", listed[-1].id)
            assert got == listed[-1]
            done = await runs.wait_for_run("job-async", sandbox.emulators[provider].public_id(live), poll_interval=0.01)
            assert done.status is S.SUCCEEDED
            with pytest.raises(jobruns.NotFound):
                await runs.get_run("job-async", "missing")
            with pytest.raises(jobruns.InvalidArgument):
                await runs.get_run("job-async", "..")

    asyncio.run(scenario())


def test_async_wait_timeout(sandbox: Sandbox) -> None:
    live = sandbox.world.add_job("job", 0, in_flight=1, polls=10_000, scope=SCOPES["intuned"])[0]

    async def scenario() -> None:
        async with connect_async("intuned", sandbox) as runs:
            await runs.wait_for_run(
                "job", sandbox.emulators["intuned"].public_id(live), timeout=1.5, poll_interval=0.05
            )

    with pytest.raises(jobruns.WaitTimeout) as caught:
        asyncio.run(scenario())
    assert caught.value.last.status is S.RUNNING


def test_a_missing_provider_package_names_the_pip_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from jobruns._install import install_line

    monkeypatch.setitem(sys.modules, "jobruns_blaxel", None)  # as if not installed
    with pytest.raises(jobruns.ConfigError) as caught:
        jobruns.connect("blaxel", token="t", workspace="w")
    assert str(caught.value).endswith(f"not installed: {install_line('blaxel')}")
    assert install_line("blaxel").startswith("pip install ")


def test_providers_describes_every_provider() -> None:
    described = {p["name"]: p for p in jobruns.providers()}
    assert list(described) == PROVIDERS
    for name, item in described.items():
        assert item["installed"] is True
        envs = {s["env"] for s in item["settings"]}
        assert f"JOBRUNS_{name.upper()}_TOKEN" in envs and f"JOBRUNS_{name.upper()}_BASE_URL" in envs
    assert described["truefoundry"]["capabilities"]["status_filter"] == "server"
    assert described["blaxel"]["capabilities"]["status_filter"] == "client"
    # what each provider's trigger takes: params (where they go) and an idempotency key
    writes = {name: item["capabilities"] for name, item in described.items()}
    assert all(c["trigger_run"] and c["cancel_run"] for c in writes.values())
    assert writes["intuned"]["trigger_params"] is None and writes["blaxel"]["trigger_params"].startswith("env")
    assert [name for name, c in writes.items() if c["idempotency_key"]] == ["blaxel"]
    truefoundry_base = next(s for s in described["truefoundry"]["settings"] if s["name"] == "base_url")
    assert truefoundry_base["required"] is True
