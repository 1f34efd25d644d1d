"""`since` without silent loss: the walk stops only when the order it relies on (newest first) is the order it sees.
Against a sandbox whose listing order the test scripts (the sort asked for is ignored, as by a server that does
not know it), every `since` listing is compared with a full scan filtered by hand."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from conftest import PROVIDERS, SCOPES, TOKEN, connect, connect_async

from jobruns.sandbox import Emulator, Sandbox, World, start
from jobruns.sandbox._world import SimRun

HOUR = 3600.0
PAGE = 5


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """Every emulator lists runs in the order the world holds them, whatever sort is asked for."""
    monkeypatch.setattr(Emulator, "ordered", staticmethod(lambda runs, keys: list(runs)))
    server = start(world=World(seed=9), validate=True, token=TOKEN)
    try:
        yield server
    finally:
        server.stop()


def scripted(sandbox: Sandbox, hours_ago: list[float]) -> None:
    """Job "job": ended runs created (and, a second later, started) ``hours_ago`` before now, listed in that order."""
    made = sandbox.world.add_job("job", len(hours_ago), outcome="succeeded", scope=SCOPES["truefoundry"])
    now = sandbox.world.clock()
    runs: list[SimRun] = []
    for run, ago in zip(made, hours_ago, strict=True):
        run.created, run.pending_for, run.running_for = now - ago * HOUR, 1.0, 60.0
        runs.append(run)
    for scope in SCOPES.values():  # the same runs wherever a client made with SETTINGS looks
        sandbox.world.put(scope, "job", runs)


def field(provider: str) -> str:
    return "started_at" if provider == "northflank" else "created_at"


def by_hand(sandbox: Sandbox, provider: str, since: datetime) -> list[str]:
    """The runs a since listing must give: every run of a full scan whose time is at or after since."""
    with connect(provider, sandbox) as runs:
        return [run.id for run in runs.iter_runs("job", page_size=PAGE) if getattr(run, field(provider)) >= since]


SHAPES = {
    # one old run at the end of page 1, newer runs after it: 6 of 15 were lost
    "old-run-ends-page-1": [1, 2, 3, 4, 100, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    # the sort ignored, oldest first: all 15 new runs were lost
    "ignored-sort": [float(h) for h in range(200, 185, -1)] + [float(h) for h in range(15, 0, -1)],
    # one run with a bogus timestamp (epoch 0) in the middle: the 6 behind it were lost
    "bogus-timestamp": [1, 2, 3, 4, 5, 6, 7, 8, 490_000, 9, 10, 11, 12, 13, 14],
    # old runs throughout, newer ones on later pages
    "interleaved": [1, 50, 2, 60, 3, 70, 4, 80, 5, 90, 6, 100, 7, 110, 8],
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_since_listing_gives_every_run_a_full_scan_gives(
    provider: str, shape: str, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    scripted(sandbox, SHAPES[shape])
    since = datetime.now(UTC) - timedelta(hours=20)
    expected = by_hand(sandbox, provider, since)
    with connect(provider, sandbox) as runs:
        listed = [run.id for run in runs.iter_runs("job", since=since, page_size=PAGE)]
    assert listed == expected, "no run dropped, none twice"
    assert "not newest first" in caplog.text, "a broken order is said, in a warning"

    async def walk() -> list[str]:
        async with connect_async(provider, sandbox) as runs:
            return [run.id async for run in runs.iter_runs("job", since=since, page_size=PAGE)]

    assert asyncio.run(walk()) == expected


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_listing_in_order_still_stops_early(
    provider: str, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """Newest first as relied on: the walk stops after the first page wholly older than since, not at the end."""
    scripted(sandbox, [float(h) for h in range(1, 101)])
    since = datetime.now(UTC) - timedelta(hours=7, minutes=30)
    with connect(provider, sandbox) as runs:
        listed = list(runs.iter_runs("job", since=since, page_size=PAGE))
    assert len(listed) == 7
    assert len(sandbox.requests_to(provider, "list")) <= 3, "a page or two past since, not 20 pages"
    assert "not newest first" not in caplog.text


@pytest.mark.fuzz
@pytest.mark.parametrize("provider", PROVIDERS)
def test_any_listing_order_loses_no_run_since_gives(provider: str) -> None:
    """Orders a server lists in by mistake, any page size: a since listing gives what a full scan filtered by hand
    gives."""
    from hypothesis import given
    from hypothesis import strategies as st

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Emulator, "ordered", staticmethod(lambda runs, keys: list(runs)))
        server = start(world=World(seed=9), validate=False, token=TOKEN)
        try:

            @given(
                ages=st.lists(st.floats(0.1, 40), min_size=1, max_size=40, unique=True),
                bogus=st.sets(st.integers(0, 40), max_size=5),
                reverse=st.booleans(),
                size=st.integers(1, 12),
                since_hours=st.floats(0.5, 30),
            )
            def check(ages: list[float], bogus: set[int], reverse: bool, size: int, since_hours: float) -> None:
                """Newest first (or the sort ignored: oldest first), with runs of a bogus old time here and there
                (never two in a row: those would look like the end)."""
                hours = sorted(ages, reverse=reverse)
                for at in sorted(bogus, reverse=True):
                    if at <= len(hours) and at - 1 not in bogus:
                        hours.insert(at, 490_000.0)
                scripted(server, hours)
                since = datetime.now(UTC) - timedelta(hours=since_hours)
                with connect(provider, server) as runs:
                    every = list(runs.iter_runs("job", page_size=size))
                    got = [run.id for run in runs.iter_runs("job", since=since, page_size=size)]
                expected = [run.id for run in every if getattr(run, field(provider)) >= since]
                assert got == expected

            check()
        finally:
            server.stop()
