"""wait_for_run, written once as steps (see _exchange) that both clients drive: poll with a growing interval,
respect a 429's Retry-After, and let nothing run past the wait's deadline (each request gets the time left)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._arguments import seconds_ok
from ._core import get_call
from ._errors import InvalidArgument, RateLimited, WaitTimeout
from ._exchange import Sleep, Steps, exchange
from ._failures import OutOfTime
from ._model import JobRun
from ._words import Phrase, Term, argument

if TYPE_CHECKING:
    from ._core import Core

DEFAULT_POLL_INTERVAL = 5.0
DEFAULT_MAX_POLL_INTERVAL = 60.0
DEFAULT_WAIT_TIMEOUT = 3600.0
MAX_POLL_INTERVAL = 86_400.0


def check(timeout: float | None, poll_interval: float, max_poll_interval: float | None) -> None:
    if timeout is not None and not seconds_ok(timeout, zero=True):
        without = Term("unbounded_note", ("timeout", "{}: wait without limit"))
        raise InvalidArgument(
            Phrase(argument("timeout"), " must be a finite number of seconds, 0 or more", without), about="timeout"
        )
    for name, value in (("poll_interval", poll_interval), ("max_poll_interval", max_poll_interval)):
        if value is not None and not seconds_ok(value, most=MAX_POLL_INTERVAL):
            raise InvalidArgument(
                Phrase(argument(name), f" must be a number of seconds above 0 and at most {MAX_POLL_INTERVAL:g}"),
                about=name,
            )


def wait_for_run(
    core: Core,
    job_id: str,
    run_id: str,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float | None,
    on_poll: Callable[[JobRun], object] | None,
) -> Steps:
    """wait_for_run's steps: returns the terminal run, or raises WaitTimeout once the deadline has come (or, when
    no run was seen, the RateLimited met). ``on_poll`` is called with each run read; what it raises ends the wait."""
    check(timeout, poll_interval, max_poll_interval)
    call = get_call(core, job_id, run_id)  # the same for every poll (and its imports not on the wait's time)
    cap = max(poll_interval, DEFAULT_MAX_POLL_INTERVAL if max_poll_interval is None else max_poll_interval)
    deadline = None if timeout is None else time.monotonic() + timeout
    interval: float = poll_interval
    last: JobRun | None = None
    limited: RateLimited | None = None
    while True:
        if deadline is not None and time.monotonic() >= deadline:
            if last is None and limited is not None:
                raise limited
            seen = f"still {last.status}" if last is not None else "not read"
            raise WaitTimeout(f"{core.provider}: run {run_id} {seen} after {timeout}s", last=last)
        pause = interval
        try:
            run = core.run(job_id, (yield from exchange(core, call, deadline=deadline)))
        except OutOfTime:
            continue  # the deadline has come
        except RateLimited as exc:
            limited, pause = exc, max(interval, exc.retry_after or 0.0)
        else:
            last = run
            if on_poll is not None:
                on_poll(run)
            if run.is_terminal:
                return run
        remaining = None if deadline is None else deadline - time.monotonic()
        yield Sleep(pause if remaining is None else max(0.0, min(pause, remaining)))
        interval = min(interval * 1.5, cap)
