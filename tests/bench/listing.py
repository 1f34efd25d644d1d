"""Listing cost: ``iter_runs`` over a big job served by the sandbox, in a separate process, validation off.

- sync ``iter_runs`` against a hand-written loop of ``httpx.Client.get`` + ``json.loads`` over the same pages
  (same page size, same server; at 100 runs a page, and at 1,000 where the provider allows it): ≤ 1.5×;
- async ``iter_runs`` against sync with 20 ms of latency per request, for the providers whose pages can be
  fetched concurrently (offset or page number with a total): ≥ 2× faster;
- peak RSS of a fresh process listing 100,000 runs against one listing 10,000: ≤ 1.2×.

    python -m tests.bench.listing [--quick]
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

import jobruns
from jobruns._registry import adapter_class

from ..payloads import SETTINGS, WORKSPACE
from .common import Figure, ratio

PROVIDERS = ("truefoundry", "intuned", "northflank", "blaxel")
CONCURRENT = ("truefoundry", "intuned")  # offset / page number with a total: pages addressable up front
TOKEN = "sandbox-token"
PAGE = 100  # the largest page every provider allows
BIG_PAGE = 1000  # and the largest any allows (TrueFoundry): per-run costs weigh most there
SYNC_LIMIT, ASYNC_LIMIT, RSS_LIMIT = 1.5, 2.0, 1.2
LATENCY = 0.02

# The sandbox process: one job "runs-N" per size given, no spec validation; stops when stdin closes.
SERVER = """
import json, sys
from jobruns.sandbox import start
from jobruns.sandbox._world import big_world
first, *more = map(int, sys.argv[2:])
world = big_world(first, job=f"runs-{first}")
for n in more:
    world.add_job(f"runs-{n}", n)
sandbox = start(world=world, faults=sys.argv[1] or None, validate=False)
print(json.dumps(sandbox.urls), flush=True)
sys.stdin.read()
sandbox.stop()
"""

# A fresh process listing every run of a job; prints its peak RSS (KiB).
LISTER = """
import asyncio, json, resource, sys
import jobruns
provider, url, job, mode, expected = sys.argv[1:6]
settings = json.loads(sys.argv[6])
if mode == "sync":
    with jobruns.connect(provider, base_url=url, **settings) as client:
        count = sum(1 for _ in client.iter_runs(job, page_size=100))
else:
    async def main():
        async with jobruns.connect_async(provider, base_url=url, **settings) as client:
            return sum([1 async for _ in client.iter_runs(job, page_size=100)])
    count = asyncio.run(main())
assert count == int(expected), (count, expected)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@contextmanager
def serve(sizes: tuple[int, ...], faults: str = "") -> Iterator[dict[str, str]]:
    """A sandbox in its own process (so neither its CPU nor its memory counts as the client's)."""
    command = [sys.executable, "-c", SERVER, faults, *map(str, sizes)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdin is not None
        yield json.loads(process.stdout.readline())
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _settings(provider: str) -> dict[str, Any]:
    return {"token": TOKEN, **SETTINGS[provider]}


def hand_written(provider: str, http: httpx.Client, url: str, job: str, size: int = PAGE) -> Callable[[], int]:
    """The baseline: GET every page as the provider's API documents it, json.loads each; returns the run count."""

    def truefoundry() -> int:
        count = offset = 0
        while True:
            params = {"limit": size, "offset": offset}
            r = http.get(
                f"{url}/api/svc/v1/jobs/{job}/runs", params=params, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            body = json.loads(r.content)
            count += len(body["data"])
            offset += len(body["data"])
            if not body["data"] or offset >= body["pagination"]["total"]:
                return count

    def intuned() -> int:
        count = page = 0
        while True:
            params = {"pageSize": str(size), "pageNumber": str(page)}
            r = http.get(
                f"{url}/{WORKSPACE}/projects/demo/jobs/{job}/runs", params=params, headers={"x-api-key": TOKEN}
            )
            body = json.loads(r.content)
            count += len(body["jobRuns"])
            page += 1
            if not body["jobRuns"] or page * size >= body["totalCount"]:
                return count

    def northflank() -> int:
        count, params = 0, {"per_page": size}
        while True:
            r = http.get(
                f"{url}/v1/projects/demo/jobs/{job}/runs", params=params, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            body = json.loads(r.content)
            count += len(body["data"]["runs"])
            if not body["pagination"]["hasNextPage"]:
                return count
            params = {"per_page": size, "cursor": body["pagination"]["cursor"]}

    def blaxel() -> int:
        count, params = 0, {"limit": size}
        headers = {"X-Blaxel-Authorization": f"Bearer {TOKEN}", "X-Blaxel-Workspace": "demo",
                   "Blaxel-Version": "2026-04-28"}  # fmt: skip
        while True:
            r = http.get(f"{url}/jobs/{job}/executions", params=params, headers=headers)
            body = json.loads(r.content)
            count += len(body["data"])
            if not body["meta"]["hasMore"]:
                return count
            params = {"limit": size, "cursor": body["meta"]["nextCursor"]}

    loops: dict[str, Callable[[], int]] = {
        "truefoundry": truefoundry, "intuned": intuned, "northflank": northflank, "blaxel": blaxel,
    }  # fmt: skip
    return loops[provider]


def _sync_lister(client: jobruns.Client, job: str, size: int = PAGE) -> Callable[[], int]:
    return lambda: sum(1 for _ in client.iter_runs(job, page_size=size))


@contextmanager
def _async_lister(provider: str, url: str, job: str) -> Iterator[Callable[[], int]]:
    """One event loop and client for every repeat, as the sync client is kept (warm connections)."""
    with asyncio.Runner() as runner:
        client = jobruns.connect_async(provider, base_url=url, **_settings(provider))

        async def listing() -> int:
            return sum([1 async for _ in client.iter_runs(job, page_size=PAGE)])

        try:
            yield lambda: runner.run(listing())
        finally:
            runner.run(client.aclose())


def _ratio(fn: Callable[[], int], baseline: Callable[[], int], expected: int, repeats: int) -> float:
    """Time of fn / time of baseline (interleaved repeats), after a warm-up run that checks every run came."""
    for listing in (baseline, fn):
        count = listing()
        assert count == expected, f"listed {count} runs, expected {expected}"
    return ratio(fn, baseline, repeats)


def sync_figures(n: int, repeats: int) -> list[Figure]:
    found = []
    with serve((n,)) as urls, httpx.Client() as http:
        for provider in PROVIDERS:
            job, url = f"runs-{n}", urls[provider]
            sizes = (PAGE, BIG_PAGE) if adapter_class(provider).max_page_size >= BIG_PAGE else (PAGE,)
            for size in sizes:
                with jobruns.connect(provider, base_url=url, **_settings(provider)) as client:
                    lister, baseline = _sync_lister(client, job, size), hand_written(provider, http, url, job, size)
                    measured = _ratio(lister, baseline, n, repeats)
                found.append(
                    Figure(
                        f"iter_runs sync {provider} N={n:,} page={size}",
                        f"≤ {SYNC_LIMIT}× hand-written httpx.get + json.loads",
                        measured,
                        SYNC_LIMIT,
                    )
                )
    return found


def async_figures(n: int, repeats: int) -> list[Figure]:
    found = []
    with serve((n,), faults=f"latency={LATENCY}") as urls:
        for provider in CONCURRENT:
            job, url = f"runs-{n}", urls[provider]
            with (
                jobruns.connect(provider, base_url=url, **_settings(provider)) as client,
                _async_lister(provider, url, job) as concurrent,
            ):
                speedup = 1 / _ratio(concurrent, _sync_lister(client, job), n, repeats)
            found.append(
                Figure(
                    f"iter_runs async/sync {provider} N={n:,} page={PAGE} latency={LATENCY * 1000:g}ms",
                    f"≥ {ASYNC_LIMIT}× faster than sync (default concurrency)",
                    speedup,
                    ASYNC_LIMIT,
                    higher_is_better=True,
                )
            )
    return found


def peak_rss(provider: str, url: str, job: str, mode: str, expected: int) -> int:
    """Peak RSS (KiB) of a fresh process that lists every run of ``job``."""
    args = [provider, url, job, mode, str(expected), json.dumps(_settings(provider))]
    out = subprocess.run([sys.executable, "-c", LISTER, *args], capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1])


def memory_figures(small: int, big: int) -> list[Figure]:
    found = []
    with serve((small, big)) as urls:
        for mode, providers in (("sync", PROVIDERS), ("async", CONCURRENT)):
            for provider in providers:
                url = urls[provider]
                ratio = peak_rss(provider, url, f"runs-{big}", mode, big) / peak_rss(
                    provider, url, f"runs-{small}", mode, small
                )
                found.append(
                    Figure(
                        f"peak RSS iter_runs {mode} {provider} N={big:,} / N={small:,}",
                        f"≤ {RSS_LIMIT}×",
                        ratio,
                        RSS_LIMIT,
                    )
                )
    return found


def figures(quick: bool = False) -> list[Figure]:
    if quick:
        return [*sync_figures(250, 1), *async_figures(250, 1), *memory_figures(100, 1_000)]
    return [*sync_figures(10_000, 5), *async_figures(10_000, 3), *memory_figures(10_000, 100_000)]


if __name__ == "__main__":
    for figure in figures(quick="--quick" in sys.argv[1:]):
        print(figure, flush=True)
