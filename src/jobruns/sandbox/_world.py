"""The sandbox's simulated jobs and runs, shared by every provider's emulator.

A run has a life: pending, then running, then an outcome (succeeded, failed or cancelled, with a
cancelling moment before cancelled). Its phase follows the clock, or the number of times it was
fetched (``polls=``), so tests can make a run end after exactly k polls. Runs can be started
(``World.trigger``) and cancelled (``World.cancel``) as the providers' write operations do.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from attrs import define, field

PENDING, RUNNING, CANCELLING = "pending", "running", "cancelling"
SUCCEEDED, FAILED, CANCELLED = "succeeded", "failed", "cancelled"
OUTCOMES = (SUCCEEDED, FAILED, CANCELLED)
DEMO_JOB = "nightly-report"


@define
class SimRun:
    id: str
    name: str
    job: str
    created: float  # epoch seconds
    pending_for: float
    running_for: float
    outcome: str
    error: str | None = None
    polls_left: int | None = None  # when set, the phase follows fetches instead of the clock
    attempt: int = 0
    manual: bool = False  # started by a trigger (not by the job's schedule)
    params: dict[str, str] = field(factory=dict)  # what the trigger that started it passed as run inputs
    key: str | None = None  # the idempotency key of the trigger that started it
    cancelled_at: float | None = None  # when a cancel was asked for (World.cancel)
    # its answers once ended, by provider (World.rendered)
    bodies: dict[tuple[str, ...], dict[str, Any]] = field(factory=dict, init=False, eq=False, repr=False)

    @property
    def started(self) -> float:
        return self.created + self.pending_for

    @property
    def ended(self) -> float:
        return self.started + self.running_for

    def phase(self, now: float) -> str:
        if self.polls_left is not None:
            return RUNNING if self.polls_left > 0 else self.outcome
        if now < self.started:
            return PENDING
        if now < self.ended:
            if self.cancelled_at is not None and now >= self.cancelled_at:
                return CANCELLING
            if self.outcome == CANCELLED and now >= self.ended - min(1.0, self.running_for / 4):
                return CANCELLING
            return RUNNING
        return self.outcome


@define
class World:
    seed: int = 0
    clock: Callable[[], float] = time.time
    jobs: dict[str, list[SimRun]] = field(factory=dict)  # newest run first, as the providers list them
    run_seconds: float = 3.0  # how long a triggered run runs
    outcomes: dict[str, str] = field(factory=dict)  # how a job's runs triggered from now on end (default: succeeded)
    log_lines: int = 40  # how many lines each run writes while it runs (sandbox/_logs.py), besides its last one
    _lock: threading.Lock = field(factory=threading.Lock)
    _triggered: int = 0

    def job(self, job_id: str) -> list[SimRun] | None:
        return self.jobs.get(job_id)

    def rendered(self, run: SimRun, render: Callable[[SimRun], dict[str, Any]], *key: str) -> dict[str, Any]:
        """``render(run)``, remembered (under ``key``: the provider and what else the body depends on) once the run
        has ended by the clock, as its body cannot change any more: listing a job of 100,000 runs must cost the
        sandbox little more than slicing. Callers must not change the body."""
        if run.polls_left is not None or self.clock() < run.ended:
            return render(run)
        body = run.bodies.get(key)
        if body is None:
            body = run.bodies[key] = render(run)
        return body

    def fetched(self, run: SimRun) -> None:
        """Count a fetch of a poll-driven run."""
        with self._lock:
            if run.polls_left:
                run.polls_left -= 1

    def trigger(self, job_id: str, params: dict[str, str] | None = None, key: str | None = None) -> SimRun | None:
        """Start a run of ``job_id`` (None when there is no such job), at the head of its list; a ``key`` seen
        before on that job gives back the run it started instead of a new one."""
        with self._lock:
            runs = self.jobs.get(job_id)
            if runs is None:
                return None
            if key is not None:
                earlier = next((run for run in runs if run.key == key), None)
                if earlier is not None:
                    return earlier
            self._triggered += 1
            rng = random.Random(f"{self.seed}:{job_id}:triggered:{self._triggered}")
            outcome = self.outcomes.get(job_id, SUCCEEDED)
            run = self._make(rng, job_id, len(runs), self.clock(), 0.2, self.run_seconds, outcome)
            run.manual, run.params, run.key = True, dict(params or {}), key
            runs.insert(0, run)
            return run

    def cancel(self, run: SimRun, cancelling_for: float) -> bool:
        """Stop a run: it is cancelling for ``cancelling_for`` seconds, then cancelled. False (and nothing changes)
        when it had already ended."""
        with self._lock:
            now = self.clock()
            if run.phase(now) in OUTCOMES:
                return False
            if now < run.started:  # it never started: cancelled while pending
                run.pending_for = max(0.0, now - run.created)
            run.running_for = max(0.0, now + cancelling_for - run.started)
            run.outcome, run.error, run.polls_left, run.cancelled_at = CANCELLED, None, None, now
            return True

    def add_job(
        self,
        job_id: str,
        count: int,
        *,
        in_flight: int = 0,
        run_seconds: float = 3.0,
        outcome: str | None = None,
        polls: int | None = None,
    ) -> list[SimRun]:
        """A job with ``count`` finished runs (mixed outcomes unless ``outcome``) and ``in_flight`` live ones.

        Live runs end ``run_seconds`` apart from now (or after ``polls`` fetches each). ``outcome`` is also how the
        runs triggered later end.
        """
        rng = random.Random(f"{self.seed}:{job_id}")
        now = self.clock()
        runs: list[SimRun] = []
        for i in range(count):
            created = now - 3600 * (count - i) - rng.uniform(0, 600)
            result = outcome or rng.choices(OUTCOMES, weights=(7, 2, 1))[0]
            runs.append(self._make(rng, job_id, i, created, rng.uniform(1, 20), rng.uniform(30, 900), result))
        for j in range(in_flight):
            result = outcome or (SUCCEEDED, FAILED)[j % 2]
            run = self._make(rng, job_id, count + j, now - 0.5, 0.5 + 0.25 * j, run_seconds * (j + 1), result)
            run.polls_left = polls
            runs.append(run)
        with self._lock:
            self.jobs[job_id] = list(reversed(runs))
            if outcome is not None:
                self.outcomes[job_id] = outcome
        return runs

    @staticmethod
    def _make(
        rng: random.Random, job: str, i: int, created: float, pending: float, running: float, outcome: str
    ) -> SimRun:
        error = None
        if outcome == FAILED:
            error = rng.choice(["exit code 1: report.py crashed", "OOMKilled: memory limit 2Gi", "deadline exceeded"])
        return SimRun(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            name=f"{job}-{i + 1}",
            job=job,
            created=created,
            pending_for=pending,
            running_for=running,
            outcome=outcome,
            error=error,
            attempt=rng.randint(0, 2),
        )


def demo_world(seed: int = 0, run_seconds: float = 3.0) -> World:
    """What ``jobruns sandbox`` serves: the job nightly-report with 26 finished runs and 4 live ones, which end
    ``run_seconds`` apart."""
    world = World(seed=seed, run_seconds=run_seconds)
    world.add_job(DEMO_JOB, 26, in_flight=4, run_seconds=run_seconds)
    return world


def big_world(runs: int, seed: int = 0, job: str = DEMO_JOB) -> World:
    """One job with ``runs`` finished runs, for benchmarks (100,000 take about a second to make)."""
    world = World(seed=seed)
    world.add_job(job, runs)
    return world
