"""JobRunSensor: wait for a run that exists already (e.g. one a RunJobOperator started: its id from XCom)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import cached_property
from typing import Any

from airflow.providers.common.compat.sdk import AirflowSensorTimeout, BaseSensorOperator, conf

import jobruns

from ._outcome import JobRunFailed, fail
from .hooks import DEFAULT_CONN_ID, JobRunsHook
from .triggers import ERROR, TIMEOUT, JobRunTrigger

__all__ = ["JobRunSensor"]


class JobRunSensor(BaseSensorOperator):
    """Succeeds when run ``run_id`` of ``job_id`` has succeeded, fails when it failed or was cancelled, and keeps
    poking otherwise; ``deferrable=True`` waits in the triggerer. ``job_id`` and ``run_id`` are templated, e.g.
    ``run_id="{{ ti.xcom_pull(task_ids='start', key='run_id') }}"``. It does not cancel the run on its timeout:
    it did not start it."""

    template_fields: Sequence[str] = ("job_id", "run_id", "jobruns_conn_id")

    def __init__(
        self,
        *,
        job_id: str,
        run_id: str,
        jobruns_conn_id: str = DEFAULT_CONN_ID,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.job_id = job_id
        self.run_id = run_id
        self.jobruns_conn_id = jobruns_conn_id
        self.deferrable = deferrable

    @cached_property
    def hook(self) -> JobRunsHook:
        return JobRunsHook(self.jobruns_conn_id)

    def poke(self, context: Any) -> bool:
        with self.hook.get_client() as client:
            run = client.get_run(self.job_id, self.run_id)
            if run.status is jobruns.RunStatus.SUCCEEDED:
                self.log.info("Run %s of %s on %s succeeded", run.id, run.job_id, run.provider)
                return True
            if run.is_terminal:
                raise fail(self.log, client, run.to_dict())
        self.log.info("Run %s of %s is %s", run.id, run.job_id, run.status)
        return False

    def execute(self, context: Any) -> None:
        if not self.deferrable:
            super().execute(context)
            return
        if self.poke(context):
            return
        trigger = JobRunTrigger(
            self.jobruns_conn_id, self.job_id, self.run_id, float(self.poke_interval), time.time() + float(self.timeout)
        )
        self.defer(timeout=self.execution_timeout, trigger=trigger, method_name="execute_complete")

    def execute_complete(self, context: Any, event: dict[str, Any]) -> None:
        """Where the task resumes when the trigger has fired."""
        if event["status"] == jobruns.RunStatus.SUCCEEDED:
            self.log.info("%s", event["message"])
            return
        if event["status"] == TIMEOUT:
            raise AirflowSensorTimeout(event["message"])
        if event["status"] == ERROR:
            raise JobRunFailed(event["message"])
        with self.hook.get_client() as client:
            raise fail(self.log, client, event["run"])
