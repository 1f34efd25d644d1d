"""What the facade does when the network or the provider misbehaves, through the sandbox's fault injection."""

from __future__ import annotations

import logging

import pytest
from conftest import PROVIDERS, TOKEN, connect

import jobruns
from jobruns import RunStatus
from jobruns.sandbox import Sandbox

CREDENTIAL_HEADERS = {"authorization", "x-api-key", "x-blaxel-authorization"}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_unknown_enum_values_parse_and_stay_distinct(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 6)
    sandbox.inject("unknown-enum")
    with connect(provider, sandbox) as runs:
        page = runs.list_runs("job")
        one = runs.get_run("job", page.items[0].id)
    assert [r.status for r in page.items] == [RunStatus.UNKNOWN] * 6
    unknown = [r.provider_status for r in page.items]  # numbered in body order; nested statuses count too
    assert unknown[0] == "NEW_STATE_1" and len(set(unknown)) == 6 and all(s.startswith("NEW_STATE_") for s in unknown)
    assert one.status is RunStatus.UNKNOWN and one.provider_status.startswith("NEW_STATE_")
    assert [r.raw.status.value for r in page.items[:2]] == unknown[:2]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_unknown_extra_fields_are_kept_not_fatal(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 3)
    sandbox.inject("extra-fields")
    with connect(provider, sandbox) as runs:
        page = runs.list_runs("job")
    assert len(page.items) == 3
    assert page.items[0].raw.additional_properties["x_sandbox_extra"] == {"added": True, "n": [1, 2]}


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize(
    ("fault", "error"),
    [("html200", jobruns.ResponseError), ("truncate", jobruns.ResponseError), ("html502", jobruns.ServerError)],
)
def test_broken_bodies_become_typed_errors(provider: str, fault: str, error: type, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 4)
    sandbox.inject(fault)
    with connect(provider, sandbox, retries=0) as runs, pytest.raises(error) as caught:
        runs.list_runs("job")
    assert caught.value.provider == provider
    assert TOKEN not in str(caught.value)


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("fault", ["503x2", "502x1", "504x1", "resetx2", "429=0.01x2"])
def test_transient_failures_are_retried(
    provider: str, fault: str, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox.world.add_job("job", 4)
    sandbox.inject(fault)
    with caplog.at_level(logging.DEBUG, logger="jobruns"), connect(provider, sandbox) as runs:
        assert len(runs.list_runs("job").items) == 4
    attempts = 1 + int(fault.rsplit("x", 1)[1])
    assert len(sandbox.requests_to(provider)) == attempts
    assert sum("retry" in record.getMessage() for record in caplog.records) == attempts - 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_retries_give_up_with_the_last_error(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject("503")
    with connect(provider, sandbox, retries=2) as runs, pytest.raises(jobruns.ServerError) as caught:
        runs.list_runs("job")
    assert caught.value.status_code == 503
    assert len(sandbox.requests_to(provider)) == 3


def test_other_client_errors_are_not_retried(sandbox: Sandbox) -> None:
    with connect("truefoundry", sandbox) as runs, pytest.raises(jobruns.NotFound):
        runs.get_run("no-such-job", "run")
    assert len(sandbox.requests) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_redirect_to_another_origin_carries_no_credentials(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 2)
    sandbox.inject("redirectx1")
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.AuthError):
        runs.list_runs("job")
    first, followed = sandbox.requests
    assert CREDENTIAL_HEADERS & set(first.headers)
    assert followed.headers["host"].startswith("localhost:")
    assert not CREDENTIAL_HEADERS & set(followed.headers), "credentials never go to another origin"
