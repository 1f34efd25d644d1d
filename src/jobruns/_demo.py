"""``jobruns demo``: the four simulated providers through the facade — list, get, and wait on a live run."""

from __future__ import annotations

import time
from typing import IO, Any

import jobruns
from jobruns.sandbox import DEFAULT_TOKEN, DEMO_JOB, start
from jobruns.sandbox._world import demo_world

SETTINGS: dict[str, dict[str, str]] = {
    "truefoundry": {},
    "intuned": {"workspace_id": "3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40", "project": "demo"},
    "northflank": {"project_id": "demo"},
    "blaxel": {"workspace": "demo"},
}


def run_demo(out: IO[str], *, shown: int = 8, run_seconds: float = 2.0) -> int:
    from .cli import _table

    began = time.monotonic()
    sandbox = start(world=demo_world(seed=0, run_seconds=run_seconds))
    summary: list[str] = []
    try:
        print(f"jobruns demo: the sandbox serves all four providers on 127.0.0.1:{sandbox.port}\n", file=out)
        for provider, settings in SETTINGS.items():
            client: Any
            with jobruns.connect(provider, base_url=sandbox.urls[provider], token=DEFAULT_TOKEN, **settings) as client:
                page = client.list_runs(DEMO_JOB, page_size=shown)
                total = page.total if page.total is not None else sum(1 for _ in client.iter_runs(DEMO_JOB))
                print(f"== {provider}: {DEMO_JOB}, {total} runs, newest {len(page.items)} ==", file=out)
                _table(page.items, out)
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
    finally:
        sandbox.stop()
    print(f"demo ok: {', '.join(summary)}; {time.monotonic() - began:.1f}s", file=out)
    return 0
