"""``jobruns demo``: the simulated providers through the facade — list, get, wait on a live run, and start a run
and wait for it to end — for each provider whose package is installed; the others are named with their install
line."""

from __future__ import annotations

import contextlib
import time
from typing import IO, Any

import jobruns
from jobruns import _registry
from jobruns.sandbox import DEFAULT_TOKEN, DEMO_JOB, start
from jobruns.sandbox._world import World, demo_world

from ._terminal import table


def run_demo(out: IO[str], *, shown: int = 8, run_seconds: float = 2.0) -> int:
    began = time.monotonic()
    described = {item["name"]: item for item in jobruns.providers()}
    missing = [name for name in described if not described[name]["installed"]]
    for name in missing:
        print(f"jobruns demo: {name} is not installed, so it is left out: {described[name]['install']}", file=out)
    installed = {name: entry.demo_settings for name, entry in _registry.registered().items() if name not in missing}
    if not installed:
        print("jobruns demo: no provider package is installed: nothing to show", file=out)
        return 3  # the CLI's configuration exit code
    sandbox = start(world=World(seed=0, run_seconds=run_seconds))
    # its runs are made once it is up: building its spec validators takes seconds on a busy machine, which the live
    # runs (they end run_seconds apart) would spend before anyone waits on them
    sandbox.world.jobs.update(demo_world(seed=0, run_seconds=run_seconds).jobs)
    summary: list[str] = []
    try:
        print(f"jobruns demo: the sandbox serves every provider on 127.0.0.1:{sandbox.port}\n", file=out)
        for provider, settings in installed.items():
            client: Any
            with jobruns.connect(provider, base_url=sandbox.urls[provider], token=DEFAULT_TOKEN, **settings) as client:
                page = client.list_runs(DEMO_JOB, page_size=shown)
                total = page.total if page.total is not None else sum(1 for _ in client.iter_runs(DEMO_JOB))
                print(f"== {provider}: {DEMO_JOB}, {total} runs, newest {len(page.items)} ==", file=out)
                table(page.items, out)
                one = client.get_run(DEMO_JOB, page.items[-1].id)
                # newest first: the last live run listed is the one that ends soonest
                live = [run for run in client.iter_runs(DEMO_JOB) if not run.is_terminal]
                waited = "no run was still going"
                if live:
                    done = client.wait_for_run(
                        DEMO_JOB, live[-1].id, timeout=60, poll_interval=0.25, max_poll_interval=1
                    )
                    waited = f"waited for {done.id}: {done.status.value}"
                print(f"get {one.id}: {one.status.value} ({one.provider_status}); {waited}\n", file=out)
                summary.append(f"{provider} {total} runs")
        # then start a run on each that can (after the listings: every provider's job is the same simulated one)
        print("== a new run on each provider, until it ends ==", file=out)
        with contextlib.ExitStack() as open_clients:
            clients = {
                provider: open_clients.enter_context(
                    jobruns.connect(provider, base_url=sandbox.urls[provider], token=DEFAULT_TOKEN, **settings)
                )
                for provider, settings in installed.items()
                if described[provider]["capabilities"]["trigger_run"]
            }
            started = {provider: client.trigger_run(DEMO_JOB) for provider, client in clients.items()}
            for provider, client in clients.items():
                run = started[provider]
                ended = client.wait_for_run(DEMO_JOB, run.id, timeout=60, poll_interval=0.25, max_poll_interval=1)
                print(f"{provider}: started {run.id} ({run.status.value}); it ended {ended.status.value}", file=out)
        print(file=out)
    finally:
        sandbox.stop()
    print(f"demo ok: {', '.join(summary)}; {time.monotonic() - began:.1f}s", file=out)
    return 0
