"""A run's logs (iter_logs, LogLine) against the sandbox over real HTTP: every line of a run once and in order, across
pages and windows; since/until; following a run while it runs; faults mid-follow; Intuned's NotSupported."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from conftest import TOKEN, connect, connect_async

import jobruns
from jobruns import LogLine, NotSupported
from jobruns._logs import MAX_MESSAGE, moment_of, nanoseconds
from jobruns.sandbox import Reply, Sandbox, SimRun, start
from jobruns.sandbox._logs import written
from jobruns.sandbox._world import OUTCOMES, World

LOGGED = ["truefoundry", "northflank", "blaxel"]
JOB = "nightly-report"
FAST = {"poll_interval": 0.1, "max_poll_interval": 0.5, "timeout": 120}


def seen(lines: list[LogLine], provider: str) -> list[tuple[int, str | None, str]]:
    """(time in nanoseconds, to the microsecond a datetime keeps; stream; text) of each line given."""
    return [(nanoseconds(line.time), line.stream, line.message) for line in lines]


def written_as(sandbox: Sandbox, run: SimRun, provider: str) -> list[tuple[int, str | None, str]]:
    """What iter_logs should give for ``run``: Blaxel names a line's severity, the others its stream."""
    step = 1_000_000 if provider == "northflank" else 1000  # its times are to the millisecond; a datetime's to the µs
    return [
        (line.time_ns // step * step, line.level if provider == "blaxel" else line.stream, line.text)
        for line in written(sandbox.world, run)
    ]


def public(sandbox: Sandbox, provider: str, run: SimRun) -> str:
    return sandbox.emulators[provider].public_id(run)


@pytest.fixture
def long_runs(sandbox: Sandbox) -> list[SimRun]:
    """Ended runs of 2,500 lines each: pages of 1,000 lines, a third of the lines written at one instant."""
    sandbox.world.log_lines = 2500
    return sandbox.world.add_job(JOB, 3)


@pytest.mark.parametrize("provider", LOGGED)
def test_every_line_of_an_ended_run_once_in_order_across_pages(
    sandbox: Sandbox, long_runs: list[SimRun], provider: str
) -> None:
    run = long_runs[1]
    with connect(provider, sandbox) as runs:
        lines = list(runs.iter_logs(JOB, public(sandbox, provider, run)))
    assert seen(lines, provider) == written_as(sandbox, run, provider)
    assert len(sandbox.requests_to(provider, "logs")) >= 3  # several pages
    assert all(line.time.tzinfo is UTC or line.time.utcoffset() == timedelta(0) for line in lines)
    if provider == "truefoundry":  # the burst: hundreds of lines at one nanosecond, read past with numLogsToIgnore
        skipped = [int(r.query["numLogsToIgnore"][0]) for r in sandbox.requests_to(provider, "logs")
                   if "numLogsToIgnore" in r.query]  # fmt: skip
        assert max(skipped) > 1
    if provider == "northflank":
        assert {line.source for line in lines} == {f"{run.name}-{run.id[:5]}"}


@pytest.mark.parametrize("provider", LOGGED)
def test_the_async_client_gives_the_same_lines(sandbox: Sandbox, long_runs: list[SimRun], provider: str) -> None:
    run = long_runs[0]

    async def read() -> list[LogLine]:
        async with connect_async(provider, sandbox) as runs:
            return [line async for line in runs.iter_logs(JOB, public(sandbox, provider, run))]

    assert seen(asyncio.run(read()), provider) == written_as(sandbox, run, provider)


@pytest.mark.parametrize("provider", LOGGED)
def test_since_and_until_keep_the_lines_between(sandbox: Sandbox, long_runs: list[SimRun], provider: str) -> None:
    run = long_runs[2]
    everything = written_as(sandbox, run, provider)
    since, until = moment_of(everything[300][0]), moment_of(everything[-400][0])
    with connect(provider, sandbox) as runs:
        lines = list(runs.iter_logs(JOB, public(sandbox, provider, run), since=since, until=until))
        first = list(runs.iter_logs(JOB, public(sandbox, provider, run), limit=7))
    low, high = nanoseconds(since), nanoseconds(until)
    assert seen(lines, provider) == [line for line in everything if low <= line[0] < high]
    assert 0 < len(lines) < len(everything)
    assert seen(first, provider) == everything[:7]
    asked = len(sandbox.requests)
    with connect(provider, sandbox) as runs:
        assert list(runs.iter_logs(JOB, public(sandbox, provider, run), limit=0)) == []
    assert len(sandbox.requests) == asked


@pytest.mark.parametrize("provider", LOGGED)
def test_follow_gives_each_line_as_it_comes_and_stops_after_the_run_ended(sandbox: Sandbox, provider: str) -> None:
    sandbox.world.log_lines = 60
    sandbox.world.add_job(JOB, 1, outcome="failed", run_seconds=4.0)
    run = sandbox.world.trigger(JOB)
    assert run is not None
    phases = []
    with connect(provider, sandbox) as runs:
        lines = []
        for line in runs.iter_logs(JOB, public(sandbox, provider, run), follow=True, **FAST):
            phases.append(run.phase(sandbox.world.clock()))
            lines.append(line)
    assert run.phase(sandbox.world.clock()) in OUTCOMES
    assert seen(lines, provider) == written_as(sandbox, run, provider)
    assert lines[-1].message == f"error: {run.error}"  # a failed run ends with its error
    if provider != "blaxel":  # Blaxel's lines are held until they are logs_settle (5 s) old: after this run ended
        assert phases[0] not in OUTCOMES  # the first lines came while the run was running


@pytest.mark.parametrize("provider", LOGGED)
def test_follow_with_the_async_client(sandbox: Sandbox, provider: str) -> None:
    sandbox.world.log_lines = 30
    sandbox.world.add_job(JOB, 1, run_seconds=2.0)
    run = sandbox.world.trigger(JOB)
    assert run is not None

    async def follow() -> list[LogLine]:
        async with connect_async(provider, sandbox) as runs:
            return [line async for line in runs.iter_logs(JOB, public(sandbox, provider, run), follow=True, **FAST)]

    assert seen(asyncio.run(follow()), provider) == written_as(sandbox, run, provider)


@pytest.mark.parametrize("provider", LOGGED)
def test_faults_mid_follow_lose_and_repeat_no_line(provider: str) -> None:
    world = World(seed=5, log_lines=150)
    world.add_job(JOB, 1, run_seconds=3.0)
    faults = "429=0.05@0.15,500@0.1,503@0.1,reset@0.1,truncate@0.1,html502@0.05"
    server = start(world=world, validate=True, token=TOKEN, faults=faults, seed=3)
    try:
        run = world.trigger(JOB)
        assert run is not None
        with connect(provider, server) as runs:
            lines = list(runs.iter_logs(JOB, public(server, provider, run), follow=True, **FAST))
        assert seen(lines, provider) == written_as(server, run, provider)
        assert len(server.requests_to(provider, "logs")) > 3
    finally:
        server.stop()
    assert server.spec_errors == []


def test_intuned_has_no_logs_api_and_says_so_before_any_request(sandbox: Sandbox) -> None:
    sandbox.world.add_job(JOB, 2)
    with connect("intuned", sandbox) as runs, pytest.raises(NotSupported, match="intuned has no public logs API"):
        runs.iter_logs(JOB, "any-run")
    assert sandbox.requests == []

    async def read() -> None:
        async with connect_async("intuned", sandbox) as runs:
            runs.iter_logs(JOB, "any-run")

    with pytest.raises(NotSupported):
        asyncio.run(read())
    assert sandbox.requests == []


def test_providers_say_which_have_logs_and_which_are_experimental() -> None:
    logs = {p["name"]: p["capabilities"]["logs"] for p in jobruns.providers()}
    assert logs == {"truefoundry": "documented", "intuned": None, "northflank": "documented", "blaxel": "experimental"}


def test_a_log_line_is_a_frozen_typed_value() -> None:
    moment = datetime(2026, 12, 1, 8, 0, 1, 250000, tzinfo=UTC)
    line = LogLine(moment, "hello", "stdout", "main")
    assert line.to_dict() == {"time": "2026-12-01T08:00:01.250000+00:00", "message": "hello", "stream": "stdout",
                              "source": "main"}  # fmt: skip
    with pytest.raises(AttributeError):
        line.message = "changed"  # type: ignore[misc]
    assert "LogLine" in jobruns.__all__


def test_a_line_breaks_into_one_line_each_and_an_overlong_one_is_cut_saying_so(sandbox: Sandbox) -> None:
    (run,) = sandbox.world.add_job(JOB, 1)
    long = "x" * (MAX_MESSAGE + 500)

    def answer(recorded: Any) -> Reply | None:
        if recorded.operation != "logs":
            return None
        at = int(run.started * 1e9)
        data = [{"log": "two\nlines\n", "stream": "stdout", "time": str(at)},
                {"log": long, "stream": "stderr", "time": str(at + 1)}]  # fmt: skip
        return Reply(200, {"data": data})

    sandbox.hooks.append(answer)
    with connect("truefoundry", sandbox) as runs:
        lines = list(runs.iter_logs(JOB, run.name))
    assert [line.message for line in lines[:2]] == ["two", "lines"]
    assert lines[2].message == "x" * MAX_MESSAGE + " [jobruns: line cut, 500 more characters]"
    assert lines[2].stream == "stderr"


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ({"since": datetime(2026, 12, 1)}, "since must be a timezone-aware datetime"),
        ({"limit": -1}, "limit must be 0 or more"),
        ({"timeout": float("nan")}, "timeout must be a finite number"),
        ({"poll_interval": 0}, "poll_interval must be a number of seconds above 0"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    sandbox: Sandbox, arguments: dict[str, Any], problem: str
) -> None:
    with connect("truefoundry", sandbox) as runs, pytest.raises(jobruns.InvalidArgument, match=problem):
        runs.iter_logs(JOB, "run", **arguments)
    assert sandbox.requests == []


def test_a_follow_never_runs_past_its_timeout(sandbox: Sandbox) -> None:
    (run,) = sandbox.world.add_job(JOB, 0, in_flight=1, run_seconds=600.0)
    with connect("northflank", sandbox) as runs, pytest.raises(jobruns.WaitTimeout) as caught:
        list(runs.iter_logs(JOB, run.id, follow=True, timeout=1.0, poll_interval=0.2))
    assert caught.value.last is not None and not caught.value.last.is_terminal
