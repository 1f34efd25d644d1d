"""jobruns for Dagster: a resource that starts a job's run on TrueFoundry, Intuned, Northflank or Blaxel and waits
for it, from an asset or an op.

    @asset
    def report(jobruns: JobRunsResource) -> None:
        jobruns.run_job("nightly-report")
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from dagster import (
    ConfigurableResource,
    DagsterExecutionInterruptedError,
    Failure,
    MetadataValue,
    get_dagster_logger,
)
from pydantic import Field

import jobruns

__version__ = "0.1.0"
LAST_LINES = 20  # of a failed run's log, written into Dagster's event log
LOGS_TIMEOUT = 60.0  # seconds reading them may take

__all__ = ["JobRunsResource", "__version__"]


class JobRunsResource(ConfigurableResource):
    """One provider's job runs.

    ``provider`` is truefoundry, intuned, northflank or blaxel; ``token`` its token (``EnvVar("...")``, so that no
    run's config holds it; None: ``JOBRUNS_<PROVIDER>_TOKEN``); ``base_url`` where its API is when not its default;
    ``settings`` the provider's other settings under the names ``jobruns.connect`` takes (``{"workspace": "acme"}``).
    ``run_job`` waits ``poll_interval`` seconds between reads, at most ``timeout`` seconds in all (None: no limit),
    and cancels the run when the step is interrupted (``cancel_on_interrupt``) or runs past ``timeout``.
    """

    provider: str
    token: str | None = None
    base_url: str | None = None
    settings: dict[str, str] = Field(default_factory=dict)
    poll_interval: float = 10
    timeout: float | None = None
    cancel_on_interrupt: bool = True

    @contextmanager
    def get_client(self) -> Iterator[jobruns.Client]:
        """A ``jobruns.Client`` of the provider, closed when the block ends."""
        settings: dict[str, Any] = dict(self.settings)
        if self.token is not None:
            settings["token"] = self.token
        if self.base_url is not None:
            settings["base_url"] = self.base_url
        with jobruns.connect(self.provider, **settings) as client:
            yield client

    def run_job(
        self,
        job_id: str,
        params: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        wait: bool = True,
    ) -> jobruns.JobRun:
        """Start a run of ``job_id`` (``trigger_run``), log its id and, with ``wait``, wait for it to end and return
        it. A run that fails or is cancelled, or that runs past ``timeout`` (then cancelled), raises
        ``dagster.Failure`` whose metadata holds provider, job_id, run_id, status and error; an interrupt of the step
        cancels the run, then goes on."""
        log = get_dagster_logger()
        with self.get_client() as client:
            run = client.trigger_run(job_id, params=params, idempotency_key=idempotency_key)
            log.info(f"Started run {run.id} of {job_id} on {run.provider}: it is {run.status}")
            if not wait:
                return run
            try:
                done = client.wait_for_run(
                    job_id,
                    run.id,
                    timeout=self.timeout,
                    poll_interval=self.poll_interval,
                    max_poll_interval=self.poll_interval,
                    on_poll=lambda seen: log.debug(f"Run {seen.id} is {seen.status}"),
                )
            except (DagsterExecutionInterruptedError, KeyboardInterrupt):
                if self.cancel_on_interrupt:
                    self._cancel(client, job_id, run.id, "the step was interrupted")
                raise
            except jobruns.WaitTimeout as exc:
                now = self._cancel(client, job_id, run.id, f"it did not end within {self.timeout}s") or exc.last
                raise _failure(f"did not end within {self.timeout}s: cancelled it", now or run) from None
            if done.status is not jobruns.RunStatus.SUCCEEDED:
                failure = _failure(str(done.status), done)
                log.error(failure.description)
                lines = _last_lines(client, job_id, done.id)
                if lines:
                    log.error(f"The last {len(lines)} lines of its log:\n" + "\n".join(lines))
                raise failure
            log.info(f"Run {done.id} of {job_id} on {done.provider} succeeded")
            return done

    def _cancel(self, client: jobruns.Client, job_id: str, run_id: str, why: str) -> jobruns.JobRun | None:
        log = get_dagster_logger()
        try:
            run = client.cancel_run(job_id, run_id)
        except jobruns.JobRunsError as exc:
            log.error(f"Could not cancel run {run_id} of {job_id} ({why}): {exc}")
            return None
        log.warning(f"Cancelled run {run_id} of {job_id} ({why}): it is {run.status}")
        return run


def _last_lines(client: jobruns.Client, job_id: str, run_id: str) -> list[str]:
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
        get_dagster_logger().warning(f"Could not read the logs of run {run_id} of {job_id}: {exc}")
    return list(last)
    try:
        return [line.message for line in deque(read(job_id, run_id), maxlen=LAST_LINES)]
    except jobruns.NotSupported:
        return []
    except jobruns.JobRunsError as exc:
        get_dagster_logger().warning(f"Could not read the logs of run {run_id} of {job_id}: {exc}")
        return []


def _failure(how: str, run: jobruns.JobRun) -> Failure:
    line = f"Run {run.id} of {run.job_id} on {run.provider} {how}"
    return Failure(
        description=f"{line}: {run.error}" if run.error else line,
        metadata={
            "provider": run.provider,
            "job_id": run.job_id,
            "run_id": run.id,
            "status": str(run.status),
            "error": MetadataValue.text(run.error) if run.error else MetadataValue.null(),
        },
    )
