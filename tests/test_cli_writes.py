"""`jobruns run` and `jobruns cancel` as subprocesses against the sandbox: what they print and how they exit, so
that `jobruns run PROVIDER JOB --wait` is a CI step that fails when the run fails."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import PROVIDERS, TOKEN, runs_of
from test_cli import jobruns_cli, provider_flags

from jobruns.sandbox import World, start
from jobruns.sandbox._world import FAILED

FAST = ["--poll-interval", "0.05"]


@pytest.fixture
def sandbox() -> Any:
    """Triggered runs take a fraction of a second; `ok` ends its runs succeeded, `doomed` failed."""
    server = start(world=World(seed=2, run_seconds=0.3), validate=True, token=TOKEN)
    server.world.add_job("ok", 2)
    server.world.add_job("doomed", 2, outcome=FAILED)
    try:
        yield server
    finally:
        server.stop()
    assert server.spec_errors == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_run_wait_exits_by_the_run_s_outcome(provider: str, sandbox: Any) -> None:
    flags = provider_flags(provider, sandbox)
    ok = jobruns_cli("run", provider, "ok", *flags, "--wait", *FAST, "--json")
    assert ok.returncode == 0, ok.stderr
    final = json.loads(ok.stdout)
    assert final["status"] == "succeeded" and f"started {provider} run {final['id']}" in ok.stderr
    doomed = jobruns_cli("run", provider, "doomed", *flags, "--wait", *FAST)
    assert doomed.returncode == 1, doomed.stderr
    assert doomed.stdout.splitlines()[0].split()[:2] == ["ID", "STATUS"] and " failed " in doomed.stdout
    started = (runs_of(sandbox, provider, "ok"), runs_of(sandbox, provider, "doomed"))
    assert [len(runs) for runs in started] == [3, 3], "one run started each"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_run_without_wait_prints_the_started_run(provider: str, sandbox: Any) -> None:
    started = jobruns_cli("run", provider, "ok", *provider_flags(provider, sandbox), "--json")
    assert started.returncode == 0, started.stderr
    run = json.loads(started.stdout)
    assert run["job_id"] == "ok" and run["status"] in ("pending", "running")
    assert run["id"] == sandbox.emulators[provider].public_id(runs_of(sandbox, provider, "ok")[0])


@pytest.mark.parametrize("provider", ["truefoundry", "northflank", "blaxel"])
def test_params_reach_the_run(provider: str, sandbox: Any) -> None:
    done = jobruns_cli("run", provider, "ok", *provider_flags(provider, sandbox), "--param", "A=1", "--param", "B=x=y")
    assert done.returncode == 0, done.stderr
    assert runs_of(sandbox, provider, "ok")[0].params == {"A": "1", "B": "x=y"}


@pytest.mark.parametrize(
    ("provider", "extra", "says"),
    [
        ("intuned", ["--param", "A=1"], "takes no run inputs"),
        ("northflank", ["--idempotency-key", "k"], "takes no --idempotency-key"),
        ("blaxel", ["--param", "novalue"], "KEY=VALUE"),
        ("blaxel", ["--param", "A=1", "--param", "A=2"], "given twice"),
    ],
)
def test_what_a_provider_cannot_take_is_a_usage_error_before_any_request(
    provider: str, extra: list[str], says: str, sandbox: Any
) -> None:
    done = jobruns_cli("run", provider, "ok", *provider_flags(provider, sandbox), *extra)
    assert done.returncode == 2 and says in done.stderr and done.stdout == ""
    assert sandbox.requests_to(provider) == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_cancel_stops_a_run_and_wait_sees_it_end(provider: str) -> None:
    sandbox = start(world=World(seed=2, run_seconds=600), validate=True, token=TOKEN)
    try:
        sandbox.world.add_job("long", 1)
        flags = provider_flags(provider, sandbox)
        started = json.loads(jobruns_cli("run", provider, "long", *flags, "--json").stdout)
        stopped = jobruns_cli("cancel", provider, "long", started["id"], *flags, "--wait", *FAST, "--json")
        assert stopped.returncode == 0, stopped.stderr
        final = json.loads(stopped.stdout)
        assert final["id"] == started["id"] and final["status"] in ("cancelled", "failed")  # Northflank: FAILED
        again = jobruns_cli("cancel", provider, "long", started["id"], *flags, "--json")
        assert again.returncode == 0 and json.loads(again.stdout)["status"] == final["status"], "ended: unchanged"
        missing = jobruns_cli("cancel", provider, "long", "no-such-run", *flags)
        assert missing.returncode == 4 and "run not found" in missing.stderr
    finally:
        sandbox.stop()
