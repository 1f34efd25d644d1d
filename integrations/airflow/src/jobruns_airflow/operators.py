"""RunJobOperator: start a run of a job and wait for it, in the worker or deferred to the triggerer."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

from airflow.providers.common.compat.sdk import BaseOperator, conf

import jobruns

from ._outcome import JobRunFailed, cancel_after_timeout, fail
from .hooks import DEFAULT_CONN_ID, JobRunsHook
from .triggers import ERROR, TIMEOUT, JobRunTrigger

__all__ = ["JobRunFailed", "RunJobOperator"]


class RunJobOperator(BaseOperator):
    """Start a run of ``job_id`` (``trigger_run``) and, with ``wait_for_termination``, wait until it ends.

    :param job_id: the job to run (templated).
    :param job_params: the run's inputs, names to strings: ``trigger_run``'s ``params`` (templated); Airflow's own
        ``params`` keeps its meaning.
    :param idempotency_key: where the provider de-duplicates triggers (Blaxel), the key (templated).
    :param jobruns_conn_id: the ``jobruns`` connection.
    :param wait_for_termination: wait for the run to end (else the task ends once it has started).
    :param deferrable: wait in the triggerer, freeing the worker slot (default: ``[operators] default_deferrable``).
    :param poll_interval: seconds between two reads of the run.
    :param timeout: seconds the whole wait may take; past it the run is cancelled and the task fails.
    :param cancel_on_kill: cancel the run when the task is killed (marked failed or success, cleared, timed out).

    The run's id is pushed to XCom (key ``run_id``, and returned), with ``provider`` and ``job_id``, before any wait.
    The task fails when the run fails or is cancelled, with its status and error in the message.
    """

    template_fields: Sequence[str] = ("job_id", "job_params", "idempotency_key")

    def __init__(
        self,
        *,
        job_id: str,
        job_params: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        jobruns_conn_id: str = DEFAULT_CONN_ID,
        wait_for_termination: bool = True,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        poll_interval: float = 30,
        timeout: float | None = None,
        cancel_on_kill: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.job_id = job_id
        self.job_params = job_params
        self.idempotency_key = idempotency_key
        self.jobruns_conn_id = jobruns_conn_id
        self.wait_for_termination = wait_for_termination
        self.deferrable = deferrable
        self.poll_interval = poll_interval
        self.timeout = timeout
        self.cancel_on_kill = cancel_on_kill
        self.run_id: str | None = None

    @cached_property
    def hook(self) -> JobRunsHook:
        return JobRunsHook(self.jobruns_conn_id)

    def execute(self, context: Any) -> str:
        with self.hook.get_client() as client:
            run = client.trigger_run(self.job_id, params=self.job_params, idempotency_key=self.idempotency_key)
            self.run_id = run.id
            ti = context["ti"]
            ti.xcom_push(key="run_id", value=run.id)
            ti.xcom_push(key="provider", value=run.provider)
            ti.xcom_push(key="job_id", value=self.job_id)
            self.log.info("Started run %s of %s on %s: it is %s", run.id, self.job_id, run.provider, run.status)
            if not self.wait_for_termination:
                return run.id
            if self.deferrable and not run.is_terminal:
                end_time = None if self.timeout is None else time.time() + self.timeout
                trigger = JobRunTrigger(self.jobruns_conn_id, self.job_id, run.id, self.poll_interval, end_time)
                self.defer(trigger=trigger, method_name="execute_complete")
            try:
                done = client.wait_for_run(
                    self.job_id,
                    run.id,
                    timeout=self.timeout,
                    poll_interval=self.poll_interval,
                    max_poll_interval=self.poll_interval,
                    on_poll=lambda seen: self.log.info("Run %s is %s", seen.id, seen.status),
                )
            except jobruns.WaitTimeout:
                raise cancel_after_timeout(self.log, client, self.job_id, run.id, self.timeout) from None
            return self._ended(client, done.to_dict())

    def execute_complete(self, context: Any, event: dict[str, Any]) -> str:
        """Where the task resumes when the trigger has fired."""
        self.run_id = event["run_id"]
        if event["status"] == ERROR:
            raise JobRunFailed(event["message"])
        with self.hook.get_client() as client:
            if event["status"] == TIMEOUT:
                raise cancel_after_timeout(self.log, client, self.job_id, event["run_id"], self.timeout)
            return self._ended(client, event["run"])

    def _ended(self, client: jobruns.Client, run: dict[str, Any]) -> str:
        if run["status"] != jobruns.RunStatus.SUCCEEDED:
            raise fail(self.log, client, run)
        self.log.info("Run %s of %s on %s succeeded", run["id"], run["job_id"], run["provider"])
        return str(run["id"])

    def on_kill(self) -> None:
        """Cancel the run (with ``cancel_on_kill``), so that killing or clearing the task leaves no run behind."""
        if not self.cancel_on_kill or self.run_id is None:
            return
        try:
            with self.hook.get_client() as client:
                run = client.cancel_run(self.job_id, self.run_id)
        except jobruns.JobRunsError as exc:
            self.log.warning("Could not cancel run %s of %s: %s", self.run_id, self.job_id, exc)
            return
        self.log.info("Cancelled run %s of %s: it is %s", self.run_id, self.job_id, run.status)
