"""The sandbox: a local simulation of all four providers' job-run APIs, for demos, tests and benchmarks.

    with jobruns.sandbox.serve() as urls:
        runs = jobruns.connect("blaxel", base_url=urls["blaxel"], token="sandbox-token", workspace="any")

It serves every operation in specs/ on 127.0.0.1, each provider under /<provider>, from seeded jobs whose
runs move through their states; it accepts the token ``sandbox-token`` unless told otherwise, and any
workspace, project or team id. The job ``nightly-report`` exists on every provider.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._server import DEFAULT_TOKEN, Emulator, Recorded, Reply, Sandbox
from ._world import DEMO_JOB, SimRun, World, demo_world
from .emulators.blaxel import Blaxel
from .emulators.intuned import Intuned
from .emulators.northflank import Northflank
from .emulators.truefoundry import TrueFoundry

EMULATORS: dict[str, type[Emulator]] = {
    "truefoundry": TrueFoundry,
    "intuned": Intuned,
    "northflank": Northflank,
    "blaxel": Blaxel,
}

__all__ = [
    "DEFAULT_TOKEN",
    "DEMO_JOB",
    "Recorded",
    "Reply",
    "Sandbox",
    "SimRun",
    "World",
    "demo_world",
    "serve",
    "start",
]


def start(*, port: int = 0, token: str = DEFAULT_TOKEN, seed: int = 0, world: World | None = None) -> Sandbox:
    """A running sandbox (call ``.stop()``); ``world`` defaults to the demo world."""
    return Sandbox(world or demo_world(seed), EMULATORS, port=port, token=token).start()


@contextmanager
def serve(
    *, port: int = 0, token: str = DEFAULT_TOKEN, seed: int = 0, world: World | None = None
) -> Iterator[dict[str, str]]:
    """Run a sandbox for the ``with`` block; yields each provider's base URL."""
    sandbox = start(port=port, token=token, seed=seed, world=world)
    try:
        yield sandbox.urls
    finally:
        sandbox.stop()
