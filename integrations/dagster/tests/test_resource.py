"""JobRunsResource under a real Dagster: materialize() of assets (and an op's job) that run jobs on the sandbox,
over real HTTP on loopback; what the sandbox, the step's events and every log line show."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import dagster
import pytest
from conftest import BLAXEL, SETTINGS, TOKEN
from dagster import EnvVar, asset, materialize
from jobruns_dagster import LAST_LINES, JobRunsResource

import jobruns


def blaxel(sandbox: Any, **fields: Any) -> JobRunsResource:
    """The resource for the sandbox's Blaxel, its token from the environment (SANDBOX_TOKEN)."""
    return JobRunsResource(
        provider="blaxel", token=EnvVar("SANDBOX_TOKEN"), base_url=sandbox.urls["blaxel"], settings=SETTINGS["blaxel"],
        poll_interval=0.2, **fields,
    )  # fmt: skip


@pytest.fixture
def resource(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> JobRunsResource:
    monkeypatch.setenv("SANDBOX_TOKEN", TOKEN)
    return blaxel(sandbox)


@pytest.fixture
def said(capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> Any:
    """Every event of a Dagster run and every line written (stdout, stderr, log records), once checked that the
    token is in none."""

    def read(result: Any) -> str:
        captured = capfd.readouterr()
        text = "\n".join([*(str(event) for event in result.all_events), captured.out, captured.err, caplog.text])
        assert TOKEN not in text
        return text

    return read


@pytest.mark.parametrize("provider", list(SETTINGS))
def test_an_asset_runs_a_job_to_success(sandbox: Any, provider: str, said: Any) -> None:
    @asset
    def report(jobruns: JobRunsResource) -> dagster.MaterializeResult:
        run = jobruns.run_job("nightly-report")
        return dagster.MaterializeResult(metadata={"run_id": run.id, "status": str(run.status)})

    jobruns = JobRunsResource(
        provider=provider, token=TOKEN, base_url=sandbox.urls[provider], settings=SETTINGS[provider], poll_interval=0.2
    )
    result = materialize([report], resources={"jobruns": jobruns})
    assert result.success
    (materialized,) = result.asset_materializations_for_node("report")
    assert materialized.metadata["status"].value == "succeeded"
    run_id = materialized.metadata["run_id"].value
    assert f"Started run {run_id} of nightly-report on {provider}" in said(result)


def test_a_failed_run_raises_failure_with_its_metadata(
    sandbox: Any, resource: JobRunsResource, client: Any, said: Any
) -> None:
    @asset
    def report(jobruns: JobRunsResource) -> None:
        jobruns.run_job("failing-report")

    result = materialize([report], resources={"jobruns": resource}, raise_on_error=False)
    assert not result.success
    (failed,) = result.get_step_failure_events()
    failure = failed.step_failure_data.user_failure_data
    metadata = {key: value.value for key, value in failure.metadata.items()}
    runs = sandbox.world.runs(BLAXEL, "failing-report")
    run = next(run for run in runs if run.manual and run.id == metadata["run_id"])
    assert metadata == {
        "provider": "blaxel",
        "job_id": "failing-report",
        "run_id": run.id,
        "status": "failed",
        "error": metadata["error"],
    }
    assert run.error and run.error in metadata["error"] and metadata["error"] in failure.description
    logged = said(result)
    assert run.error in logged  # the run's error in the event log
    if hasattr(jobruns.Client, "iter_logs"):  # where the facade reads logs: the run's last lines too
        lines = [line.message for line in client.iter_logs("failing-report", run.id)]
        assert lines and "\n".join(lines[-LAST_LINES:]) in logged


def test_an_interrupted_step_cancels_its_run(
    sandbox: Any, resource: JobRunsResource, client: Any, said: Any
) -> None:
    """SIGINT while the step waits, as when Dagster terminates a run: the run is cancelled, then the step ends."""
    runs = sandbox.world.runs(BLAXEL, "nightly-report")
    before = len(runs)

    def interrupt_once_started() -> None:
        deadline = time.monotonic() + 30
        while len(runs) == before and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # into the wait
        os.kill(os.getpid(), signal.SIGINT)

    @asset
    def report(jobruns: JobRunsResource) -> None:
        jobruns.run_job("nightly-report")

    sandbox.world.run_seconds = 600.0
    interrupter = threading.Thread(target=interrupt_once_started)
    interrupter.start()
    try:
        result = materialize([report], resources={"jobruns": resource}, raise_on_error=False)
    finally:
        interrupter.join()
        sandbox.world.run_seconds = 1.0
    assert not result.success
    started = runs[0]
    assert len(runs) == before + 1 and started.manual
    assert client.get_run("nightly-report", started.id).status in ("cancelling", "cancelled")
    assert f"Cancelled run {started.id} of nightly-report (the step was interrupted)" in said(result)


def test_past_its_timeout_the_run_is_cancelled_and_the_step_fails(
    sandbox: Any, resource: JobRunsResource, client: Any, said: Any
) -> None:
    @asset
    def report(jobruns: JobRunsResource) -> None:
        jobruns.run_job("nightly-report")

    sandbox.world.run_seconds = 600.0
    try:
        result = materialize([report], resources={"jobruns": blaxel(sandbox, timeout=1.0)}, raise_on_error=False)
    finally:
        sandbox.world.run_seconds = 1.0
    (failed,) = result.get_step_failure_events()
    metadata = failed.step_failure_data.user_failure_data.metadata
    assert client.get_run("nightly-report", metadata["run_id"].value).status in ("cancelling", "cancelled")
    assert "did not end within 1.0s: cancelled it" in said(result)


def readme_definitions() -> dict[str, Any]:
    """The README's Dagster example, as written there (its first line names the file), run as a module."""
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```python\n# definitions.py\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {"__name__": "definitions"}
    exec(compile(block, "definitions.py", "exec"), namespace)
    return namespace


def test_the_readmes_asset_and_op_run_against_the_sandbox(
    sandbox: Any, client: Any, monkeypatch: pytest.MonkeyPatch, said: Any
) -> None:
    # as the README runs it against the sandbox: the settings it leaves out come from jobruns' variables
    monkeypatch.setenv("JOBRUNS_BLAXEL_TOKEN", TOKEN)
    monkeypatch.setenv("JOBRUNS_BLAXEL_BASE_URL", sandbox.urls["blaxel"])
    module = readme_definitions()
    defs = module["defs"]
    result = materialize([module["nightly_report"]], resources=defs.resources)
    assert result.success
    said(result)
    job = defs.get_job_def("start_report_job").execute_in_process()
    assert job.success
    started = job.output_for_node("start_report")
    # the README's resource names the workspace acme, which has runs of its own in the sandbox
    with jobruns.connect("blaxel", base_url=sandbox.urls["blaxel"], token=TOKEN, workspace="acme") as acme:
        assert acme.get_run("nightly-report", started).job_id == "nightly-report"
    said(job)
