"""One rule for a time a provider sends that jobruns cannot read, on every provider: the time is absent (None), the
run is kept and the listing goes on. (A Blaxel run whose createdAt was a number once failed its whole listing, while
the other providers tolerated it.)"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import PROVIDERS, connect

from jobruns.sandbox import Recorded, Reply, Sandbox

TIME_KEYS = {"createdAt", "created_at", "startedAt", "start_time"}  # the times each provider's runs are dated by


def spoiled(body: Any, value: Any) -> Any:
    """``body`` with every run's time fields set to ``value``."""
    if isinstance(body, dict):
        return {k: value if k in TIME_KEYS else spoiled(v, value) for k, v in body.items()}
    if isinstance(body, list):
        return [spoiled(item, value) for item in body]
    return body


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize(
    "value", ["not a time", "2026-13-45T99:99:99Z", True, {"seconds": 1}, [], -1e300], ids=repr
)
def test_a_time_that_cannot_be_read_is_absent_and_the_run_kept(provider: str, value: Any, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 3)
    emulator = sandbox.emulators[provider]

    def spoil(request: Recorded) -> Reply | None:
        if request.operation not in ("list", "get") or emulator.authenticate(request.headers):
            return None
        reply = emulator.list_runs(request) if request.operation == "list" else emulator.get_run(request)
        return Reply(reply.status, spoiled(reply.body, value), reply.headers)

    sandbox.hooks.append(spoil)
    with connect(provider, sandbox) as runs:
        listed = list(runs.iter_runs("job"))
        got = runs.get_run("job", listed[0].id)
    assert len(listed) == 3, "every run kept"
    field = "started_at" if provider == "northflank" else "created_at"
    assert all(getattr(run, field) is None for run in [*listed, got])


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_time_given_as_epoch_milliseconds_is_read_on_every_provider(provider: str, sandbox: Sandbox) -> None:
    """The rule for a number where a provider's spec says a string: read as epoch seconds or milliseconds, as
    TrueFoundry sends its times; Blaxel's listing no longer fails on it."""
    sandbox.world.add_job("job", 3)
    emulator = sandbox.emulators[provider]

    def numeric(request: Recorded) -> Reply | None:
        if request.operation != "list" or emulator.authenticate(request.headers):
            return None
        reply = emulator.list_runs(request)
        return Reply(reply.status, spoiled(reply.body, 1_765_000_000_000), reply.headers)

    sandbox.hooks.append(numeric)
    with connect(provider, sandbox) as runs:
        listed = list(runs.iter_runs("job"))
    field = "started_at" if provider == "northflank" else "created_at"
    assert len(listed) == 3 and all(getattr(run, field).year == 2025 for run in listed)
