"""Listing by time: since/until keep the runs a full listing filtered by hand keeps, sync and async, and the walk
stops at the first page that proves no later one can match: all its runs older than since, the order newest first
as seen (the sandbox counts the list requests; tests/test_since_order.py breaks the order)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from conftest import PROVIDERS, connect, connect_async
from test_cli import jobruns_cli, provider_flags

import jobruns
from jobruns.sandbox import Sandbox

RUNS = 300  # finished runs an hour apart (World.add_job), newest first
SIZE = 10
FIELD = {"truefoundry": "created_at", "intuned": "created_at", "northflank": "started_at", "blaxel": "created_at"}
SORT = {  # what each provider is asked for where it can sort newest first
    "truefoundry": {"sortBy": ["startTime"], "order": ["desc"]},
    "intuned": {"sortBy": ["created_at,desc"]},
    "northflank": {},
    "blaxel": {"sort": ["createdAt:desc"]},
}


def by_hand(runs: list[jobruns.JobRun], field: str, since: datetime | None, until: datetime | None) -> list[str]:
    kept = []
    for run in runs:
        moment = getattr(run, field)
        if moment is None:
            if until is None:
                kept.append(run.id)
        elif (since is None or moment >= since) and (until is None or moment < until):
            kept.append(run.id)
    return kept


def list_requests(sandbox: Sandbox, provider: str) -> int:
    return len(sandbox.requests_to(provider, "list"))


@pytest.mark.parametrize(
    ("since_hours", "until_hours"),
    [(30, None), (30, 5), (None, 290), (0.1, None)],
    ids=["since", "both", "until", "none"],
)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_since_and_until_keep_what_a_full_listing_filtered_by_hand_keeps(
    provider: str, since_hours: float | None, until_hours: float | None, sandbox: Sandbox
) -> None:
    sandbox.world.add_job("job", RUNS, in_flight=2)
    now = datetime.now(UTC)
    since = None if since_hours is None else now - timedelta(hours=since_hours)
    until = None if until_hours is None else now - timedelta(hours=until_hours)
    with connect(provider, sandbox) as runs:
        every = list(runs.iter_runs("job"))
        expected = by_hand(every, FIELD[provider], since, until)
        before = list_requests(sandbox, provider)
        got = [run.id for run in runs.iter_runs("job", page_size=SIZE, since=since, until=until)]
        fetched = list_requests(sandbox, provider) - before
    assert got == expected
    assert len(every) == RUNS + 2
    if since is not None:  # the walk stopped at the first page all older than since
        matching = len([run for run in every if getattr(run, FIELD[provider]) is None or
                        getattr(run, FIELD[provider]) >= since])  # fmt: skip
        assert fetched == -(-matching // SIZE) + 1
    else:  # until alone: every page is read
        assert fetched == -(-len(every) // SIZE)
    for recorded in sandbox.requests_to(provider, "list")[before:]:
        assert {name: recorded.query[name] for name in SORT[provider]} == SORT[provider]

    async def listed() -> tuple[list[str], int]:
        async with connect_async(provider, sandbox, concurrency=4) as aruns:
            start = list_requests(sandbox, provider)
            ids = [run.id async for run in aruns.iter_runs("job", page_size=SIZE, since=since, until=until)]
            return ids, list_requests(sandbox, provider) - start

    async_ids, async_fetched = asyncio.run(listed())
    assert async_ids == expected
    assert async_fetched == fetched if since is not None else fetched <= async_fetched <= fetched + 4


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_page_holds_only_matching_runs_and_no_cursor_once_the_walk_is_over(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", RUNS)
    since = datetime.now(UTC) - timedelta(hours=25)
    with connect(provider, sandbox) as runs:
        pages = []
        cursor = None
        while True:
            page = runs.list_runs("job", page_size=SIZE, cursor=cursor, since=since)
            pages.append(page)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    assert [len(page.items) for page in pages] == [10, 10, 4, 0], "the walk ends at the first page all older"
    assert all(getattr(run, FIELD[provider]) >= since for page in pages for run in page.items)


def test_a_northflank_run_not_yet_started_counts_as_newer_than_any(sandbox: Sandbox) -> None:
    created = sandbox.world.add_job("job", 5)
    queued = created[-1]
    queued.created, queued.pending_for = datetime.now(UTC).timestamp(), 3600  # pending for the next hour
    since = datetime.now(UTC) - timedelta(minutes=1)
    with connect("northflank", sandbox) as runs:
        assert [run.id for run in runs.iter_runs("job", since=since)] == [queued.id]
        assert queued.id not in [run.id for run in runs.iter_runs("job", until=datetime.now(UTC))]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"since": datetime(2026, 1, 1)},  # noqa: DTZ001 - naive on purpose
        {"until": "2026-01-01T00:00:00Z"},
        {"since": datetime(2026, 1, 2, tzinfo=UTC), "until": datetime(2026, 1, 1, tzinfo=UTC)},
    ],
    ids=["naive", "not-a-datetime", "since-after-until"],
)
def test_bad_times_are_invalid_arguments_before_any_request(kwargs: dict[str, Any], sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 3)
    with connect("blaxel", sandbox) as runs:
        with pytest.raises(jobruns.InvalidArgument, match="since|until"):
            runs.list_runs("job", **kwargs)
        with pytest.raises(jobruns.InvalidArgument, match="since|until"):
            runs.iter_runs("job", **kwargs)
    assert sandbox.requests_to("blaxel", "list") == []


def test_a_cursor_carries_the_order_it_was_asked_in(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 30)
    since = datetime.now(UTC) - timedelta(hours=100)
    with connect("truefoundry", sandbox) as runs:
        plain = runs.list_runs("job", page_size=SIZE)
        with pytest.raises(jobruns.InvalidArgument, match="without since or until"):
            runs.list_runs("job", cursor=plain.next_cursor, since=since)
        sorted_page = runs.list_runs("job", page_size=SIZE, since=since)
        runs.list_runs("job", cursor=sorted_page.next_cursor)  # asked for newest first again, though not filtered
    assert sandbox.requests_to("truefoundry", "list")[-1].query["sortBy"] == ["startTime"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_cli_since_lists_what_the_full_listing_filtered_by_hand_holds(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", RUNS, in_flight=1)
    flags = provider_flags(provider, sandbox)
    every = [
        json.loads(line) for line in jobruns_cli("list", provider, "job", *flags, "--all", "--json").stdout.splitlines()
    ]
    assert len(every) == RUNS + 1
    since = datetime.now(UTC) - timedelta(hours=48)
    field = {"created_at": "created_at", "started_at": "started_at"}[FIELD[provider]]
    expected = [run["id"] for run in every if run[field] is None or datetime.fromisoformat(run[field]) >= since]
    before = list_requests(sandbox, provider)
    recent = jobruns_cli(
        "list", provider, "job", *flags, "--since", since.isoformat(), "--all", "--json", "--page-size", str(SIZE)
    )
    assert recent.returncode == 0, recent.stderr
    assert [json.loads(line)["id"] for line in recent.stdout.splitlines()] == expected
    assert list_requests(sandbox, provider) - before == -(-len(expected) // SIZE) + 1, "none past the first old page"
    until = jobruns_cli("list", provider, "job", *flags, "--until", since.isoformat(), "--all", "--json")
    assert [json.loads(line)["id"] for line in until.stdout.splitlines()] == [
        r["id"] for r in every if r["id"] not in expected
    ]
    table = jobruns_cli("list", provider, "job", *flags, "--since", "2d", "--all")  # no run within an hour of 2d ago
    assert table.stdout.splitlines()[0].split()[:2] == ["ID", "STATUS"]
    assert [line.split()[0] for line in table.stdout.splitlines()[1:]] == expected
