"""What the operator and the sensor share: how a run that did not succeed fails the task."""

from __future__ import annotations

import logging
from typing import Any

from airflow.providers.common.compat.sdk import AirflowException

import jobruns


class JobRunFailed(AirflowException):
    """The run failed, was cancelled, or did not end in time; the message says which, with the run's error."""


def describe(run: dict[str, Any]) -> str:
    """One line about a run (``JobRun.to_dict()``): which run, how it ended, its error."""
    line = f"run {run['id']} of {run['job_id']} on {run['provider']} {run['status']}"
    return f"{line}: {run['error']}" if run.get("error") else line


def fail(log: logging.Logger | Any, client: jobruns.Client, run: dict[str, Any]) -> JobRunFailed:
    """The exception that fails the task for a run that ended without succeeding, after writing what is known of
    why into the task's log."""
    log.error("The %s", describe(run))
    return JobRunFailed(f"The {describe(run)}")


def cancel_after_timeout(log: logging.Logger | Any, client: jobruns.Client, job_id: str, run_id: str,
                         timeout: float | None) -> JobRunFailed:
    """Cancel a run the task waited on for longer than ``timeout``; the exception that fails the task."""
    try:
        run = client.cancel_run(job_id, run_id)
    except jobruns.JobRunsError as exc:
        log.error("Run %s of %s did not end within %ss and could not be cancelled: %s", run_id, job_id, timeout, exc)
        return JobRunFailed(f"run {run_id} of {job_id} did not end within {timeout}s and could not be cancelled: {exc}")
    log.warning("Run %s of %s did not end within %ss: cancelled it, it is %s", run_id, job_id, timeout, run.status)
    return JobRunFailed(f"run {run_id} of {job_id} did not end within {timeout}s: cancelled it (it is {run.status})")
