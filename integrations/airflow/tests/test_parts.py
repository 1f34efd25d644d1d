"""The provider's parts outside a DAG: registration, the connection, the trigger (serialised, run, killed), the
operator's on_kill; real HTTP to the sandbox."""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import TOKEN

import jobruns


def test_the_provider_registers_its_connection_type_hook_and_trigger() -> None:
    from airflow.providers_manager import ProvidersManager

    airflow = Path(sys.executable).parent / "airflow"
    listed = subprocess.run([str(airflow), "providers", "list", "-o", "json"], capture_output=True, text=True)
    assert "jobruns-airflow" in [p["package_name"] for p in json.loads(listed.stdout)], listed.stderr

    manager = ProvidersManager()
    assert "jobruns-airflow" in manager.providers
    hook = manager.hooks["jobruns"]
    assert hook is not None and hook.hook_class_name == "jobruns_airflow.hooks.JobRunsHook"
    assert "jobruns_airflow.triggers" in [t.trigger_class_name for t in manager.trigger]  # modules, named


def test_the_hook_builds_clients_from_the_connection(sandbox: Any) -> None:
    from jobruns_airflow.hooks import JobRunsHook

    hook = JobRunsHook()
    with hook.get_client() as runs:
        assert runs.provider == "blaxel"
        assert runs.get_run("nightly-report", runs.trigger_run("nightly-report").id).job_id == "nightly-report"

    async def read() -> str:
        async with await JobRunsHook("jobruns_northflank").get_async_client() as runs:
            started = await runs.trigger_run("nightly-report")
            return (await runs.get_run("nightly-report", started.id)).provider

    assert asyncio.run(read()) == "northflank"


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ({"workspace": "demo"}, "its extra names no provider"),
        ({"provider": "blaxel"}, "missing setting 'workspace'"),
        ({"provider": "blaxel", "workspace": "demo", "wrkspace": "x"}, "unknown setting(s) wrkspace"),
        ({"provider": "nope"}, "unknown provider 'nope'"),
    ],
)
def test_a_bad_connection_is_a_config_error_naming_it(
    sandbox: Any, monkeypatch: pytest.MonkeyPatch, extra: dict[str, str], says: str
) -> None:
    from jobruns_airflow.hooks import JobRunsHook

    conn = {"conn_type": "jobruns", "password": TOKEN, "host": sandbox.urls["blaxel"], "extra": extra}
    monkeypatch.setenv("AIRFLOW_CONN_JOBRUNS_BAD", json.dumps(conn))
    with pytest.raises(jobruns.ConfigError) as raised:
        JobRunsHook("jobruns_bad").get_client()
    assert str(raised.value).startswith("connection 'jobruns_bad': ") and says in str(raised.value)
    assert TOKEN not in str(raised.value)


def test_the_trigger_serialises_to_json_without_the_token_and_back() -> None:
    from jobruns_airflow.triggers import JobRunTrigger

    trigger = JobRunTrigger("jobruns_default", "nightly-report", "run-1", poll_interval=5.0, end_time=1_900_000_000.0)
    classpath, kwargs = trigger.serialize()
    text = json.dumps(kwargs)  # JSON values only
    assert TOKEN not in text and "jobruns_default" in text
    module, name = classpath.rsplit(".", 1)
    again = getattr(importlib.import_module(module), name)(**json.loads(text))
    assert again.serialize() == (classpath, kwargs)


def events(trigger: Any) -> list[dict[str, Any]]:
    async def collect() -> list[dict[str, Any]]:
        return [event.payload async for event in trigger.run()]

    return asyncio.run(collect())


def test_the_trigger_fires_once_with_the_runs_outcome(sandbox: Any, client: Any) -> None:
    from jobruns_airflow.triggers import JobRunTrigger

    started = client.trigger_run("nightly-report")
    (fired,) = events(JobRunTrigger("jobruns_default", "nightly-report", started.id, poll_interval=0.2))
    assert fired["status"] == "succeeded" and fired["run_id"] == started.id
    assert fired["run"]["id"] == started.id and fired["run"]["status"] == "succeeded"
    json.dumps(fired)  # an event holds JSON values only

    failing = client.trigger_run("failing-report")
    (fired,) = events(JobRunTrigger("jobruns_default", "failing-report", failing.id, poll_interval=0.2))
    assert fired["status"] == "failed" and fired["run"]["error"]


def test_the_trigger_fires_timeout_at_end_time_and_error_when_it_cannot_read(sandbox: Any, client: Any) -> None:
    from jobruns_airflow.triggers import JobRunTrigger

    started = client.trigger_run("nightly-report")
    (fired,) = events(JobRunTrigger("jobruns_default", "nightly-report", started.id, 0.2, end_time=time.time() - 1))
    assert fired["status"] == "timeout"
    (fired,) = events(JobRunTrigger("jobruns_default", "nightly-report", "no-such-run", 0.2))
    assert fired["status"] == "error" and "no-such-run" in fired["message"]


def test_a_killed_deferred_task_cancels_its_run_in_the_trigger(sandbox: Any, client: Any) -> None:
    from jobruns_airflow.triggers import JobRunTrigger

    sandbox.world.run_seconds = 600.0
    try:
        started = client.trigger_run("nightly-report")
    finally:
        sandbox.world.run_seconds = 1.0
    asyncio.run(JobRunTrigger("jobruns_default", "nightly-report", started.id, 0.2).on_kill())
    assert client.get_run("nightly-report", started.id).status in ("cancelling", "cancelled")


@pytest.mark.parametrize("cancel_on_kill", [True, False])
def test_a_killed_task_cancels_its_run(sandbox: Any, client: Any, cancel_on_kill: bool) -> None:
    from jobruns_airflow.operators import RunJobOperator

    sandbox.world.run_seconds = 600.0
    try:
        started = client.trigger_run("nightly-report")
    finally:
        sandbox.world.run_seconds = 1.0
    operator = RunJobOperator(task_id="report", job_id="nightly-report", cancel_on_kill=cancel_on_kill)
    operator.run_id = started.id  # as execute() sets it once the run has started
    operator.on_kill()
    status = client.get_run("nightly-report", started.id).status
    assert status in (("cancelling", "cancelled") if cancel_on_kill else ("pending", "running"))
