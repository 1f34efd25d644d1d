"""JobRunTrigger: waits for a run in the triggerer, with jobruns' async client."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseTrigger, TriggerEvent

import jobruns

from .hooks import JobRunsHook

TIMEOUT = "timeout"  # the event's status when end_time came first (the run may still be running)
ERROR = "error"  # the event's status when the run could not be read (the message says why)


def event(status: str, message: str, job_id: str, run_id: str, run: jobruns.JobRun | None) -> dict[str, Any]:
    """A trigger event's payload: JSON values only (the run as ``JobRun.to_dict()``)."""
    return {
        "status": status,
        "message": message,
        "job_id": job_id,
        "run_id": run_id,
        "run": run.to_dict() if run is not None else None,
    }


class JobRunTrigger(BaseTrigger):
    """Polls run ``run_id`` of ``job_id`` until it ends, or until ``end_time`` (epoch seconds; None: no limit),
    and fires one event: ``status`` is the run's (succeeded, failed, cancelled), or ``timeout``, or ``error``;
    ``run`` is the run as last read (``JobRun.to_dict()``). It is serialised with the connection's id, never its
    token: the triggerer reads the connection itself."""

    def __init__(
        self,
        jobruns_conn_id: str,
        job_id: str,
        run_id: str,
        poll_interval: float = 30,
        end_time: float | None = None,
    ) -> None:
        super().__init__()
        self.jobruns_conn_id = jobruns_conn_id
        self.job_id = job_id
        self.run_id = run_id
        self.poll_interval = poll_interval
        self.end_time = end_time

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "jobruns_conn_id": self.jobruns_conn_id,
                "job_id": self.job_id,
                "run_id": self.run_id,
                "poll_interval": self.poll_interval,
                "end_time": self.end_time,
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        try:
            done = await self._wait()
        except jobruns.WaitTimeout as exc:
            last = exc.last
            seen = f"still {last.status}" if last is not None else "not read"
            message = f"run {self.run_id} of {self.job_id} {seen} at the operator's timeout"
            yield TriggerEvent(event(TIMEOUT, message, self.job_id, self.run_id, last))
            return
        except jobruns.JobRunsError as exc:
            message = f"run {self.run_id} of {self.job_id} could not be read: {exc}"
            yield TriggerEvent(event(ERROR, message, self.job_id, self.run_id, None))
            return
        message = f"run {done.id} of {done.job_id} on {done.provider} {done.status}"
        yield TriggerEvent(event(done.status.value, message, self.job_id, self.run_id, done))

    async def _wait(self) -> jobruns.JobRun:
        client = await JobRunsHook(self.jobruns_conn_id).get_async_client()
        async with client:
            timeout = None if self.end_time is None else max(0.0, self.end_time - time.time())
            self.log.info("Waiting for run %s of %s on %s", self.run_id, self.job_id, client.provider)
            return await client.wait_for_run(
                self.job_id,
                self.run_id,
                timeout=timeout,
                poll_interval=self.poll_interval,
                max_poll_interval=self.poll_interval,
            )

    async def on_kill(self) -> None:
        """Airflow 3.3+ calls this when a user kills the deferred task (mark failed or success, clear): the run is
        cancelled, as the operator's on_kill does for a task waiting in a worker."""
        client = await JobRunsHook(self.jobruns_conn_id).get_async_client()
        async with client:
            run = await client.cancel_run(self.job_id, self.run_id)
        self.log.info("Cancelled run %s of %s: it is %s", self.run_id, self.job_id, run.status)
