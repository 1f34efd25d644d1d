"""A run's logs: LogLine, and reading them (``iter_logs``), written once for every provider and both clients.

Reading is a sans-IO plan (``plan``), as a request's exchange is in the clients: it yields what to do next (read the
run, fetch a page of lines, sleep, give lines to the caller) and receives the outcome, so the sync and async clients
(``sync_lines``, ``async_lines``) share every decision. What differs between providers is how a page is asked for and
read (the adapter's mapping) and how a reader goes on from where it was, which is one of two ways:

- from a time (TrueFoundry, Northflank): pages oldest first from the last line's time, that time included, the lines
  already given at exactly that time skipped (by the provider, TrueFoundry's ``numLogsToIgnore``, or here);
- a window (Blaxel): each poll reads every page of a window that overlaps the previous one, newest first, and drops
  the lines already given (by time and text), as Blaxel's CLI does; a line reaches its store late, so a line is held
  back until it is ``logs_settle`` seconds old, and a follow ends that long after the run ended.

No line is given twice or skipped: where a reader is only moves once a page has been read whole, so a failed request
(429, 5xx, a reset, a truncated answer) is asked again from the same place.

Its length is one concern kept whole: the value (LogLine) and the times it is read from, the argument checks, and the
plan with both ways of going on, which share their bounds (deadline, backoff, retries) and would only be harder to
follow apart; the two drivers at the end are the only code repeated for sync and async.
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ._errors import (
    InvalidArgument,
    JobRunsError,
    NotSupported,
    RateLimited,
    ResponseError,
    ServerError,
    TransportError,
    WaitTimeout,
)
from ._model import JobRun
from ._words import Phrase, argument

if TYPE_CHECKING:
    from ._adapter import Adapter, Call

MAX_MESSAGE = 16_384  # characters of one line kept; a longer one is cut, and says so
DEFAULT_LOGS_POLL_INTERVAL = 2.0  # seconds between the polls of a follow, at first and after new lines
DEFAULT_LOGS_MAX_POLL_INTERVAL = 15.0  # what the interval grows to while no line comes (Blaxel's CLI polls every 15 s)
FAILURES_IN_A_ROW = 5  # a read failing this many times in a row (after the client's own retries) ends the reading
NS = 1_000_000_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# a failure that reading again from the same place may get past; an answer the caller could not use (AuthError,
# NotFound, other 4xx) is raised at once
_TRANSIENT = (RateLimited, ServerError, TransportError, ResponseError)


@frozen
class LogLine:
    """One line of a run's output: ``time`` (timezone-aware UTC), ``message`` (one line, no line break),
    ``stream`` (``"stdout"``, ``"stderr"``, a severity name such as ``"ERROR"``, or None when the provider does not
    say), ``source`` (the container or task that wrote it, or None)."""

    time: datetime
    message: str
    stream: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the time as ISO 8601 text."""
        return {"time": self.time.isoformat(), "message": self.message, "stream": self.stream, "source": self.source}


@frozen
class RawLine:
    """A line as an adapter read it: ``at`` is the provider's own time of it in nanoseconds since the epoch, exact
    (a datetime keeps microseconds, TrueFoundry and Blaxel give nanoseconds), which resuming compares."""

    at: int
    message: str
    stream: str | None = None
    source: str | None = None


@frozen
class LogQuery:
    """One page to ask for: the run's lines from ``start`` (nanoseconds, included) to ``end`` (excluded), at most
    ``limit``; ``skip`` lines at exactly ``start`` already read (where the provider skips them); ``offset`` lines
    skipped from the newest (a window's pages)."""

    run_id: str
    start: int
    end: int | None
    limit: int
    skip: int = 0
    offset: int = 0


def nanoseconds(moment: datetime) -> int:
    """An aware datetime as nanoseconds since the epoch, exactly."""
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * NS + delta.microseconds * 1000


def moment_of(at: int) -> datetime:
    """Nanoseconds since the epoch as an aware UTC datetime (to the microsecond)."""
    return _EPOCH + timedelta(microseconds=at // 1000)


def rfc3339_nanoseconds(text: str) -> int:
    """``2026-12-01T08:00:01.123456789Z`` (any fraction, Z or an offset) as nanoseconds since the epoch, exactly."""
    head, dot, rest = text.partition(".")
    fraction, zone = "", ""
    if dot:
        digits = len(rest) - len(rest.lstrip("0123456789"))
        fraction, zone = rest[:digits], rest[digits:]
    else:
        for sign in ("Z", "z", "+", "-"):
            where = head.rfind(sign, 10)
            if where != -1:
                head, zone = head[:where], head[where:]
                break
    moment = datetime.fromisoformat(head + (zone if zone not in ("Z", "z") else "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if not fraction.isdigit() and fraction:
        raise ValueError(f"not a time: {text!r}")
    return nanoseconds(moment.replace(microsecond=0)) + int((fraction + "0" * 9)[:9] or 0)


def lines_of(raw: RawLine) -> list[LogLine]:
    """A provider's line as LogLines: one per line of its text (a trailing line break dropped), each cut at
    MAX_MESSAGE characters with a note saying how much was cut."""
    text = raw.message
    if text.endswith("\n"):
        text = text[:-1]
    moment = moment_of(raw.at)
    lines = []
    for part in text.split("\n"):
        part = part.removesuffix("\r")
        if len(part) > MAX_MESSAGE:
            part = f"{part[:MAX_MESSAGE]} [jobruns: line cut, {len(part) - MAX_MESSAGE} more characters]"
        lines.append(LogLine(moment, part, raw.stream, raw.source))
    return lines


# --- the plan ---------------------------------------------------------------------------------------------------


@frozen
class GetRun:
    """Read the run now, answered by ``deadline`` (None: no limit); the outcome is the JobRun or the error."""

    deadline: float | None


@frozen
class Fetch:
    """Send ``call``, answered by ``deadline``; the outcome is the decoded body or the error."""

    call: Call
    deadline: float | None


@frozen
class Emit:
    """Give these lines to the caller."""

    lines: list[LogLine]


Step = GetRun | Fetch | Emit | float  # a float: sleep that many seconds
Outcome = JobRun | JobRunsError | Any


def _seconds(name: str, value: object, zero: bool = False) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgument(
            Phrase(argument(name), f" must be a number of seconds, not {type(value).__name__}"), about=name
        )
    if not math.isfinite(value) or value > 86_400 * 365:
        raise InvalidArgument(Phrase(argument(name), " must be a finite number of seconds, at most a year"), about=name)
    if not (value >= 0 if zero else value > 0):
        above = " above 0 or 0" if zero else " above 0"
        raise InvalidArgument(Phrase(argument(name), f" must be a number of seconds{above}"), about=name)
    return float(value)


def check(
    adapter: Adapter,
    provider: str,
    since: datetime | None,
    until: datetime | None,
    limit: int | None,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float | None,
) -> None:
    """Refuse, before any request, a provider without logs and arguments that cannot be used."""
    from ._arguments import check_limit

    if adapter.logs is None:
        raise NotSupported(f"{provider} has no public logs API: {adapter.no_logs}")
    for name, moment in (("since", since), ("until", until)):
        if moment is not None and not (isinstance(moment, datetime) and moment.utcoffset() is not None):
            raise InvalidArgument(
                Phrase(argument(name), f" must be a timezone-aware datetime, not {moment!r}"), about=name
            )
    if since is not None and until is not None and since > until:
        raise InvalidArgument(Phrase(argument("since"), " is after ", argument("until")), about="since")
    check_limit(limit)
    _seconds("timeout", timeout, zero=True)
    _seconds("poll_interval", poll_interval)
    _seconds("max_poll_interval", max_poll_interval)


def plan(
    adapter: Adapter,
    provider: str,
    job_id: str,
    run_id: str,
    since: datetime | None,
    until: datetime | None,
    follow: bool,
    limit: int | None,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float | None,
) -> Generator[Step, Outcome, None]:
    """The reading's steps, its arguments checked now (a provider without logs first): NotSupported or
    InvalidArgument before any request."""
    from ._arguments import check_id

    check(adapter, provider, since, until, limit, timeout, poll_interval, max_poll_interval)
    job_id, run_id = check_id("job_id", job_id), check_id("run_id", run_id)
    return _steps(
        adapter, provider, job_id, run_id, since, until, bool(follow), limit, timeout, poll_interval, max_poll_interval
    )


def _steps(
    adapter: Adapter,
    provider: str,
    job_id: str,
    run_id: str,
    since: datetime | None,
    until: datetime | None,
    follow: bool,
    limit: int | None,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float | None,
) -> Generator[Step, Outcome, None]:
    """The reading, step by step (arguments checked by ``check``). Ends when the lines are read (with ``follow``:
    once the run has ended and its last lines are read) or ``limit`` lines were given; WaitTimeout at ``timeout``."""
    if limit == 0:  # no line wanted: nothing to ask for
        return
    deadline = None if timeout is None else time.monotonic() + timeout
    cap = max(poll_interval, DEFAULT_LOGS_MAX_POLL_INTERVAL if max_poll_interval is None else max_poll_interval)
    failures = 0
    run: JobRun | None = None

    def out_of_time() -> bool:
        return deadline is not None and time.monotonic() >= deadline

    def timed_out() -> WaitTimeout:
        seen = f"still {run.status}" if run is not None else "not read"
        return WaitTimeout(f"{provider}: run {run_id} {seen} after {timeout}s of reading its logs", last=run)

    def pause(seconds: float) -> float:
        return float(seconds if deadline is None else max(0.0, min(seconds, deadline - time.monotonic())))

    def outcome_of(step: GetRun | Fetch) -> Generator[Step, Outcome, Any]:
        """The step's outcome; a transient failure is waited out and the step sent again (FAILURES_IN_A_ROW at
        most), by the deadline."""
        nonlocal failures
        while True:
            if out_of_time():
                raise timed_out()
            got = yield step
            if not isinstance(got, JobRunsError):
                failures = 0
                return got
            if isinstance(got, WaitTimeout) or (isinstance(got, TransportError) and out_of_time()):
                raise timed_out() from None
            failures += 1
            if not isinstance(got, _TRANSIENT) or failures >= FAILURES_IN_A_ROW:
                raise got
            wait = got.retry_after if isinstance(got, RateLimited) and got.retry_after else poll_interval
            yield pause(max(wait, poll_interval))

    # where the run's lines start: since, else the run's own start (a line cannot come before the run)
    got = yield from outcome_of(GetRun(deadline))
    run = got
    first = since or run.created_at or run.started_at or datetime.now(UTC) - timedelta(hours=1)
    start = nanoseconds(first)
    end = None if until is None else nanoseconds(until)
    given = 0
    page = adapter.logs_page_size
    windowed = adapter.logs_window is not None
    seen: dict[tuple[int, str], None] = {}  # (time, text) of the lines given, for a window's overlap
    held: list[RawLine] = []  # a window's lines not yet logs_settle seconds old
    skip = 0  # lines at exactly ``start`` given already (resuming from a time)
    ended_at: float | None = None  # when the run ended, on time.monotonic()'s clock, once it is seen ended
    passed_end = False  # the lines read reach ``until``: no later one can be kept
    interval = poll_interval

    while True:
        new: list[RawLine] = []
        if windowed:
            assert adapter.logs_window is not None
            low = start if not seen else max(start, max(at for at, _ in seen) - int(adapter.logs_window * NS))
            offset, collected = 0, []
            while True:
                body = yield from outcome_of(
                    Fetch(adapter.logs_call(job_id, run_id, LogQuery(run_id, low, end, page, 0, offset)), deadline)
                )
                lines, total = _read(adapter, provider, job_id, body, oldest_first=False)
                collected += lines
                offset += len(lines)
                if len(lines) < page or (total is not None and offset >= total):
                    break
            collected.reverse()  # the window's pages come newest first: lines of one time then keep their order
            for line in sorted(collected, key=lambda line: line.at):
                key = (line.at, line.message)
                if key not in seen and line.at >= start and (end is None or line.at < end):
                    seen[key] = None
                    new.append(line)
            for key in [key for key in seen if key[0] < low]:  # out of every later window
                del seen[key]
            passed_end = end is not None and end <= nanoseconds(datetime.now(UTC)) - int(adapter.logs_settle * NS)
        else:
            while True:
                query = LogQuery(run_id, start, end, page, skip if adapter.logs_skips else 0)
                body = yield from outcome_of(Fetch(adapter.logs_call(job_id, run_id, query), deadline))
                lines, _ = _read(adapter, provider, job_id, body)
                count = len(lines)
                if not adapter.logs_skips:  # the lines at ``start`` given already come again: drop them here
                    at_start = 0
                    while at_start < len(lines) and at_start < skip and lines[at_start].at == start:
                        at_start += 1
                    lines = lines[at_start:]
                    if count == page and not lines:
                        raise ResponseError(
                            f"more than {page} log lines share one time, which {provider}'s logs cannot page past",
                            provider=provider,
                        )
                kept = [line for line in lines if line.at >= start and (end is None or line.at < end)]
                for line in kept:
                    if line.at == start:
                        skip += 1
                    else:
                        start, skip = line.at, 1
                new += kept
                if len(kept) < len(lines):  # the lines passed ``until``
                    passed_end = True
                    break
                if count < page:  # the last page
                    break

        settled = ended_at is not None and time.monotonic() - ended_at >= adapter.logs_settle
        if windowed and follow and not settled:
            held = sorted(held + new, key=lambda line: line.at)
            ripe = nanoseconds(datetime.now(UTC)) - int(adapter.logs_settle * NS)
            new = [line for line in held if line.at <= ripe]
            held = held[len(new) :]
        elif held:
            new, held = sorted(held + new, key=lambda line: line.at), []
        if new:
            emitted = [log for raw in new for log in lines_of(raw)]
            if limit is not None:
                emitted = emitted[: limit - given]
            given += len(emitted)
            yield Emit(emitted)
            if limit is not None and given >= limit:
                return
        if not follow or settled or passed_end:
            return
        if ended_at is None:
            got = yield from outcome_of(GetRun(deadline))
            run = got
            if run.is_terminal:  # its last lines are read by the next round (after logs_settle, for a window)
                age = (datetime.now(UTC) - run.ended_at).total_seconds() if run.ended_at is not None else 0.0
                ended_at = time.monotonic() - max(0.0, age)
                if adapter.logs_settle > age:
                    yield pause(adapter.logs_settle - age)
                continue
        if out_of_time():
            raise timed_out()
        yield pause(interval)
        interval = poll_interval if new else min(interval * 1.5, cap)


def _read(
    adapter: Adapter, provider: str, job_id: str, body: Any, oldest_first: bool = True
) -> tuple[list[RawLine], int | None]:
    """A page's lines (sorted oldest first when ``oldest_first``; a window's stay as they came), and the total its
    window holds when the provider says."""
    try:
        lines, total = adapter.read_logs(job_id, body)
        if oldest_first:
            lines.sort(key=lambda line: line.at)  # stable: lines of one time keep the answer's order
    except JobRunsError:
        raise
    except (AttributeError, KeyError, TypeError, ValueError, OverflowError, RecursionError) as exc:
        raise ResponseError(
            f"the logs answer is not as the spec says: {type(exc).__name__}: {str(exc)[:200]}",
            provider=provider,
            status_code=200,
        ) from None
    return lines, total


# --- the drivers: the plan's steps done by a client ------------------------------------------------------------
# ``get_run(deadline)`` reads the run, ``fetch(call, deadline)`` sends a call and returns its decoded body: each
# with the client's own sending, retries and bounds


def sync_lines(
    steps: Generator[Step, Outcome, None],
    get_run: Callable[[float | None], JobRun],
    fetch: Callable[[Call, float | None], Any],
) -> Iterator[LogLine]:
    """The plan run by a sync Client: its lines as an iterator."""
    outcome: Outcome = None
    try:
        while True:
            try:
                step = steps.send(outcome)
            except StopIteration:
                return
            outcome = None
            if isinstance(step, Emit):
                yield from step.lines
            elif isinstance(step, float):
                time.sleep(step)
            else:
                try:
                    outcome = get_run(step.deadline) if isinstance(step, GetRun) else fetch(step.call, step.deadline)
                except JobRunsError as exc:
                    outcome = exc
    finally:
        steps.close()


async def async_lines(
    steps: Generator[Step, Outcome, None],
    get_run: Callable[[float | None], Awaitable[JobRun]],
    fetch: Callable[[Call, float | None], Awaitable[Any]],
) -> AsyncIterator[LogLine]:
    """The plan run by an AsyncClient: its lines as an async iterator."""
    import asyncio

    outcome: Outcome = None
    try:
        while True:
            try:
                step = steps.send(outcome)
            except StopIteration:
                return
            outcome = None
            if isinstance(step, Emit):
                for line in step.lines:
                    yield line
            elif isinstance(step, float):
                await asyncio.sleep(step)
            else:
                try:
                    if isinstance(step, GetRun):
                        outcome = await get_run(step.deadline)
                    else:
                        outcome = await fetch(step.call, step.deadline)
                except JobRunsError as exc:
                    outcome = exc
    finally:
        steps.close()
