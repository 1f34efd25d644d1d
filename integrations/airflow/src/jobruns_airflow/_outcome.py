"""What the operator and the sensor share: how a run that did not succeed fails the task."""

from __future__ import annotations

import logging
from collections import deque
from typing import Any

from airflow.providers.common.compat.sdk import AirflowException

import jobruns

LAST_LINES = 20  # of a failed run's log, written into the task's log
LOGS_TIMEOUT = 60.0  # seconds reading them may take


class JobRunFailed(AirflowException):
    """The run failed, was cancelled, or did not end in time; the message says which, with the run's error."""


def describe(run: dict[str, Any]) -> str:
    """One line about a run (``JobRun.to_dict()``): which run, how it ended, its error."""
    line = f"run {run['id']} of {run['job_id']} on {run['provider']} {run['status']}"
    return f"{line}: {run['error']}" if run.get("error") else line


def last_lines(log: logging.Logger | Any, client: jobruns.Client, job_id: str, run_id: str) -> list[str]:
    """The run's last log lines; none where the provider has no logs to read (NotSupported), or the facade cannot
    read logs (a jobruns without ``iter_logs``); those read before a failure (said in the log) or ``LOGS_TIMEOUT``."""
    read = getattr(client, "iter_logs", None)
    if read is None:
        return []
    last: deque[str] = deque(maxlen=LAST_LINES)
    try:  # followed to its end: a provider may store a run's last lines a little after it ended
        for line in read(job_id, run_id, follow=True, timeout=LOGS_TIMEOUT):
            last.append(line.message)
    except jobruns.NotSupported:
        return []
    except jobruns.JobRunsError as exc:  # what was read is kept
        log.warning("Could not read the logs of run %s of %s: %s", run_id, job_id, exc)
    return list(last)


def fail(log: logging.Logger | Any, client: jobruns.Client, run: dict[str, Any]) -> JobRunFailed:
    """The exception that fails the task for a run that ended without succeeding, after writing what is known of
    why into the task's log: the run's error and, where they can be read, its last log lines."""
    log.error("The %s", describe(run))
    lines = last_lines(log, client, run["job_id"], run["id"])
    if lines:
        log.error("The last %d lines of its log:\n%s", len(lines), "\n".join(lines))
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
