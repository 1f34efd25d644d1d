"""Shared fixtures: a sandbox per test (real HTTP on 127.0.0.1) and per-provider connection settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import jobruns
from jobruns.sandbox import Sandbox, World, start

# Contract and property tests: a modest count in the test suite, thousands under `nox -s fuzz`.
settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.register_profile("fuzz", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("JOBRUNS_HYPOTHESIS_PROFILE", "ci"))

PROVIDERS = ["truefoundry", "intuned", "northflank", "blaxel"]
WORKSPACE = "3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40"
SETTINGS: dict[str, dict[str, str]] = {
    "truefoundry": {},
    "intuned": {"workspace_id": WORKSPACE, "project": "demo"},
    "northflank": {"project_id": "demo"},
    "blaxel": {"workspace": "demo"},
}
TOKEN = "sandbox-token"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A sandbox with an empty world: each test adds the jobs it needs (world.add_job)."""
    server = start(world=World(seed=7), validate=True)
    try:
        yield server
    finally:
        server.stop()
    assert server.spec_errors == [], "the sandbox sent answers its own specs do not allow"


def connect(provider: str, sandbox: Sandbox, **overrides: Any) -> jobruns.Client:
    settings: dict[str, Any] = {"base_url": sandbox.urls[provider], "token": TOKEN, **SETTINGS[provider]}
    return jobruns.connect(provider, **{**settings, **overrides})


def connect_async(provider: str, sandbox: Sandbox, **overrides: Any) -> jobruns.AsyncClient:
    settings: dict[str, Any] = {"base_url": sandbox.urls[provider], "token": TOKEN, **SETTINGS[provider]}
    return jobruns.connect_async(provider, **{**settings, **overrides})
