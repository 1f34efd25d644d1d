"""The sandbox on loopback, with a job whose runs fail, for the resource's tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from jobruns.sandbox import Scope

TOKEN = "sk-jobruns-dagster-secret-7c2e51"  # the sandbox's token: no log line or event may show it
SETTINGS = {  # each provider's settings besides the token and the base URL
    "truefoundry": {},
    "intuned": {"workspace_id": "0b7c6c6e-4a57-4f4e-9a51-1f1f5f3a2c10", "project": "demo"},
    "northflank": {"project_id": "demo"},
    "blaxel": {"workspace": "demo"},
}
# where the sandbox keeps the Blaxel runs these settings read (each workspace has runs of its own)
BLAXEL = Scope("blaxel", workspace=SETTINGS["blaxel"]["workspace"])


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Any]:
    import jobruns.sandbox

    world = jobruns.sandbox.demo_world()
    world.add_job("failing-report", 1, outcome="failed")
    world.run_seconds = 1.0
    running = jobruns.sandbox.start(token=TOKEN, world=world)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def client(sandbox: Any) -> Iterator[Any]:
    """A jobruns client of the sandbox's Blaxel, to see what the assets did."""
    import jobruns

    with jobruns.connect("blaxel", base_url=sandbox.urls["blaxel"], token=TOKEN, workspace="demo") as runs:
        yield runs
