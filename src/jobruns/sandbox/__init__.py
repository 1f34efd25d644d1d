"""The sandbox: a local simulation of every provider's job-run API, for demos, tests and benchmarks.

    with jobruns.sandbox.serve() as urls:
        runs = jobruns.connect("blaxel", base_url=urls["blaxel"], token="sandbox-token", workspace="any")

It serves every operation in specs/ on 127.0.0.1, each provider under /<provider>, from seeded jobs whose
runs move through their states; it accepts the token ``sandbox-token`` unless told otherwise, and any
workspace, project or team id, each with runs of its own (``World.add_job``, ``World.runs``, ``Scope``). The job
``nightly-report`` exists on every provider. The providers are those of jobruns' registry, each answered by its
emulator (a subclass of ``Emulator``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .. import _registry
from ._emulator import Emulator
from ._faults import KINDS as FAULT_KINDS
from ._faults import Fault, FaultSpecError, parse_faults
from ._messages import Recorded, Reply
from ._server import DEFAULT_TOKEN, Sandbox
from ._world import DEMO_JOB, Scope, SimRun, World, demo_world

__all__ = [
    "DEFAULT_TOKEN",
    "DEMO_JOB",
    "FAULT_KINDS",
    "Emulator",
    "Fault",
    "FaultSpecError",
    "Recorded",
    "Reply",
    "Sandbox",
    "Scope",
    "SimRun",
    "World",
    "demo_world",
    "provider_emulators",
    "parse_faults",
    "serve",
    "start",
]


def provider_emulators() -> dict[str, type[Emulator]]:
    """Every registered provider's emulator, by provider name."""
    return {name: _registry.emulator_class(name) for name in _registry.names()}


def start(
    *,
    port: int = 0,
    token: str = DEFAULT_TOKEN,
    seed: int = 0,
    world: World | None = None,
    faults: str | list[Fault] | None = None,
    validate: bool | None = None,
) -> Sandbox:
    """A running sandbox (call ``.stop()``). ``world`` defaults to the demo world; ``faults`` is a list of
    Fault or a --faults string; ``validate`` checks requests and answers against the specs (default: when
    openapi-core is installed)."""
    if isinstance(faults, str):
        faults = parse_faults(faults, _registry.names())
    sandbox = Sandbox(
        world or demo_world(seed),
        provider_emulators(),
        port=port,
        token=token,
        seed=seed,
        faults=faults,
        validate=validate,
    )
    return sandbox.start()


@contextmanager
def serve(
    *,
    port: int = 0,
    token: str = DEFAULT_TOKEN,
    seed: int = 0,
    world: World | None = None,
    faults: str | list[Fault] | None = None,
    validate: bool | None = None,
) -> Iterator[dict[str, str]]:
    """Run a sandbox for the ``with`` block; yields each provider's base URL."""
    sandbox = start(port=port, token=token, seed=seed, world=world, faults=faults, validate=validate)
    try:
        yield sandbox.urls
    finally:
        sandbox.stop()
