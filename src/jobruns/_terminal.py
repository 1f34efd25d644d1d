"""What the command line shows while it works: one line of progress on stderr, drawn only when stderr is a terminal
(and not ``--quiet``), and cleared before anything else is printed, so no output lands on it."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import IO, Any

REDRAW_EVERY = 0.1  # seconds: a line that changes faster is drawn at this pace, not at each change
CLEAR = "\r\x1b[K"  # back to the line's start, and erase it
_COLOURS = {"succeeded": "32", "failed": "31", "cancelled": "33", "cancelling": "33", "running": "36"}


def plural(count: int, noun: str) -> str:
    """``1 run``, ``3 runs``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


class StatusLine:
    """One line of progress. ``show`` replaces it; ``clear`` erases it, and must come before any other output."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self._stream = stream
        self._enabled = enabled
        self._lock = threading.Lock()  # the ticker's thread draws too
        self._showing = False
        self._drawn_at = 0.0

    def show(self, text: str, *, now: bool = False) -> None:
        """Draw ``text`` as the line (at most every REDRAW_EVERY seconds, unless ``now``)."""
        if not self._enabled:
            return
        with self._lock:
            moment = time.monotonic()
            if self._showing and not now and moment - self._drawn_at < REDRAW_EVERY:
                return
            self._stream.write(CLEAR + text)
            self._stream.flush()
            self._showing, self._drawn_at = True, moment

    def clear(self) -> None:
        if not self._showing:  # the common case (and always, off a terminal): no lock to take
            return
        with self._lock:
            if self._showing:
                self._stream.write(CLEAR)
                self._stream.flush()
                self._showing = False

    @contextlib.contextmanager
    def ticking(self, text: Callable[[], str], every: float = 1.0) -> Iterator[None]:
        """Draw ``text()`` now and every ``every`` seconds until the block ends (then the line is cleared): a clock
        that moves while the block waits."""
        if not self._enabled:
            yield
            return
        done = threading.Event()

        def tick() -> None:
            while not done.wait(every):
                self.show(text(), now=True)

        self.show(text(), now=True)
        ticker = threading.Thread(target=tick, name="jobruns-progress", daemon=True)
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()
            self.clear()


def printable(text: str) -> str:
    """Text from a server as it may be shown: every character that is not printable (control characters such as
    ESC, which would let an answer clear the screen, retitle the window or plant a link; line breaks; lone
    surrogates) escaped as \\xNN, \\uNNNN or \\UNNNNNNNN."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escaped(c) for c in text)


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _colour(status: str, stream: IO[str]) -> str:
    code = _COLOURS.get(status)
    if code and stream.isatty() and not os.environ.get("NO_COLOR"):
        return f"\x1b[{code}m{status}\x1b[0m"
    return status


def _age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "-"
    seconds = (now - moment).total_seconds()
    ago = span(timedelta(seconds=abs(seconds))) + (" ago" if seconds >= 0 else " from now")
    return f"{moment.astimezone().strftime('%Y-%m-%d %H:%M:%S')} ({ago})"


def span(span: timedelta | None) -> str:
    if span is None:
        return "-"
    seconds = int(span.total_seconds())
    if seconds >= 86400:
        return f"{seconds // 86400}d {seconds % 86400 // 3600}h"
    if seconds >= 3600:
        return f"{seconds // 3600}h {seconds % 3600 // 60}m"
    if seconds >= 60:
        return f"{seconds // 60}m {seconds % 60}s"
    return f"{seconds}s"


def table(runs: Iterable[Any], out: IO[str], status: StatusLine | None = None) -> int:
    """Print runs as an aligned table (the progress line, cleared first); returns how many."""
    status = status or StatusLine(out, enabled=False)
    now = datetime.now(UTC)
    rows = []
    for run in runs:
        rows.append(
            (
                printable(run.id),
                run.status.value,
                printable(run.provider_status),
                _age(run.created_at or run.started_at, now),
                span(run.duration),
                printable((run.error or "")[:60]),
            )
        )
        status.show(f"fetched {plural(len(rows), 'run')}...")
    status.clear()
    header = ("ID", "STATUS", "PROVIDER STATUS", "CREATED", "DURATION", "ERROR")
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)]
        if row is not header:
            cells[1] = _colour(row[1], out) + " " * (widths[1] - len(row[1]))
        print("  ".join(cells).rstrip(), file=out)
    return len(rows)
