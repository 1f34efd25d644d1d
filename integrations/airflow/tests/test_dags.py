"""The provider under a real Airflow: each DAG of dags/jobruns_dags.py run by dag.test() on SQLite against the
sandbox on loopback (deferred tasks' triggers run inline), then what the sandbox, the task instances, XCom and
every log line show."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from typing import Any

import pytest
from conftest import BLAXEL, DAGS, HOME, SETTINGS, TOKEN
from jobruns_airflow._outcome import LAST_LINES

import jobruns


def dag(dag_id: str, file: str = "jobruns_dags") -> Any:
    """The DAG from its file in the dags folder (imported once), as the DAG processor would read it."""
    import sys

    module = sys.modules.get(file)
    if module is None:
        spec = importlib.util.spec_from_file_location(file, DAGS / f"{file}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[file] = module
        spec.loader.exec_module(module)
    return next(d for d in vars(module).values() if getattr(d, "dag_id", None) == dag_id)


def run_dag(dag_id: str, file: str = "jobruns_dags") -> dict[str, str]:
    """dag.test() the DAG; each task's final state."""
    run = dag(dag_id, file).test()
    return {ti.task_id: str(ti.state) for ti in run.get_task_instances()}


def xcoms(dag_id: str) -> dict[tuple[str, str], Any]:
    """(task_id, key) -> value of every XCom the DAG's last run pushed, read from the database itself."""
    with sqlite3.connect(HOME / "airflow.db") as db:
        rows = db.execute("SELECT task_id, key, value FROM xcom WHERE dag_id = ?", (dag_id,)).fetchall()
    values = {}
    for task_id, key, value in rows:
        decoded = json.loads(value)
        values[task_id, key] = json.loads(decoded) if isinstance(decoded, str) and decoded[:1] in '"{[' else decoded
    return values


def assert_no_token(output: str) -> None:
    """The token is in no line the runs wrote (captured stdout and stderr, the task log files) nor anywhere in
    the metadata database (XCom, rendered fields, serialised triggers)."""
    assert TOKEN not in output
    for path in (HOME / "logs").rglob("*"):
        if path.is_file():
            assert TOKEN not in path.read_text(errors="replace"), path
    assert TOKEN.encode() not in (HOME / "airflow.db").read_bytes()


def test_a_run_per_provider_succeeds_and_its_id_is_in_xcom(sandbox: Any, capfd: pytest.CaptureFixture[str]) -> None:
    states = run_dag("jobruns_success")
    assert states == {f"report_{p}": "success" for p in ("blaxel", "truefoundry", "intuned", "northflank")}
    pushed = xcoms("jobruns_success")
    run_id = pushed["report_blaxel", "run_id"]
    assert pushed["report_blaxel", "return_value"] == run_id
    assert pushed["report_blaxel", "provider"] == "blaxel"
    assert pushed["report_blaxel", "job_id"] == "nightly-report"
    runs = sandbox.world.runs(BLAXEL, "nightly-report")
    started = next(run for run in runs if run.id == run_id or run.name == run_id)
    assert started.params["REPORT_DATE"][:2] == "20"  # the templated input, rendered ({{ ds }})
    for provider in ("truefoundry", "intuned", "northflank"):
        assert pushed[f"report_{provider}", "provider"] == provider
    output = capfd.readouterr()
    assert "Started run" in output.out + output.err  # the capture holds the task logs
    assert_no_token(output.out + output.err)


def test_a_failed_run_fails_its_task_with_the_runs_error_and_last_log_lines(
    sandbox: Any, client: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    assert run_dag("jobruns_failed") == {"report": "failed", "report_intuned": "failed"}
    pushed = xcoms("jobruns_failed")  # pushed before the wait
    output = capfd.readouterr()
    logged = output.out + output.err
    for task_id, provider in (("report", "blaxel"), ("report_intuned", "intuned")):
        run_id = pushed[task_id, "run_id"]
        assert f"run {run_id} of failing-report on {provider} failed" in logged
        with jobruns.connect(provider, base_url=sandbox.urls[provider], token=TOKEN, **SETTINGS[provider]) as runs:
            error = runs.get_run("failing-report", run_id).error
        assert error and error in logged
    if hasattr(jobruns.Client, "iter_logs"):  # where the facade reads logs: the run's last lines (Intuned has none)
        lines = [line.message for line in client.iter_logs("failing-report", pushed["report", "run_id"])]
        assert lines and "\n".join(lines[-LAST_LINES:]) in logged
        assert "lines of its log:" in logged
    assert_no_token(logged)


def test_deferred_waits_in_the_trigger(sandbox: Any, capfd: pytest.CaptureFixture[str]) -> None:
    assert run_dag("jobruns_deferred") == {"report": "success", "report_failing": "failed"}
    output = capfd.readouterr()
    logged = output.out + output.err
    assert "Waiting for run" in logged  # the trigger's line: it ran
    assert "of failing-report on blaxel failed" in logged
    assert_no_token(logged)


def test_past_its_timeout_the_run_is_cancelled_and_the_task_fails(
    sandbox: Any, client: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    sandbox.world.run_seconds = 600.0
    try:
        assert run_dag("jobruns_timeout") == {"in_worker": "failed", "in_triggerer": "failed"}
    finally:
        sandbox.world.run_seconds = 1.0
    pushed = xcoms("jobruns_timeout")
    for task_id in ("in_worker", "in_triggerer"):
        run = client.get_run("nightly-report", pushed[task_id, "run_id"])
        assert run.status in ("cancelling", "cancelled"), task_id
    output = capfd.readouterr()
    logged = output.out + output.err
    assert "did not end within 1s: cancelled it" in logged
    assert_no_token(logged)


def test_a_sensor_fed_by_xcom_waits_for_the_run(sandbox: Any, client: Any, capfd: pytest.CaptureFixture[str]) -> None:
    assert run_dag("jobruns_sensor") == {"start": "success", "watch": "success", "watch_deferred": "success"}
    run = client.get_run("nightly-report", xcoms("jobruns_sensor")["start", "run_id"])
    assert run.status == "succeeded"
    output = capfd.readouterr()
    assert_no_token(output.out + output.err)


def test_the_readmes_dag_runs_against_the_sandbox(sandbox: Any, capfd: pytest.CaptureFixture[str]) -> None:
    states = run_dag("nightly_report", file="nightly_report")
    assert states == {"report": "success", "start": "success", "watch": "success"}
    output = capfd.readouterr()
    assert_no_token(output.out + output.err)
