"""Shared fixtures: a sandbox per test (real HTTP on 127.0.0.1) and per-provider connection settings."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from payloads import SETTINGS, WORKSPACE  # noqa: F401 - WORKSPACE: tests import it from here

import jobruns
from jobruns import _registry
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

PROVIDERS = _registry.names()  # every registered provider, in the registry's order
# A canary: every test that talks to the sandbox uses it, and no output, log or error may ever show it.
TOKEN = "canary-5e1f0c2b-token"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A sandbox with an empty world: each test adds the jobs it needs (world.add_job)."""
    server = start(world=World(seed=7), validate=True, token=TOKEN)
    try:
        yield server
    finally:
        server.stop()
    assert server.spec_errors == [], "the sandbox sent answers its own specs do not allow"


@pytest.fixture(autouse=True)
def no_token_in_any_output(caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> Iterator[None]:
    """The canary token appears in no log record (DEBUG included), stdout or stderr of any test."""
    caplog.set_level(logging.DEBUG, logger="jobruns")
    yield
    captured = capsys.readouterr()
    for where, text in (("logs", caplog.text), ("stdout", captured.out), ("stderr", captured.err)):
        assert TOKEN not in text, f"the token leaked into {where}"
    for record in caplog.records:
        assert TOKEN not in repr(record.args), "the token leaked into a log record's arguments"


def connect(provider: str, sandbox: Sandbox, **overrides: Any) -> jobruns.Client:
    settings: dict[str, Any] = {"base_url": sandbox.urls[provider], "token": TOKEN, **SETTINGS[provider]}
    return jobruns.connect(provider, **{**settings, **overrides})


def connect_async(provider: str, sandbox: Sandbox, **overrides: Any) -> jobruns.AsyncClient:
    settings: dict[str, Any] = {"base_url": sandbox.urls[provider], "token": TOKEN, **SETTINGS[provider]}
    return jobruns.connect_async(provider, **{**settings, **overrides})
