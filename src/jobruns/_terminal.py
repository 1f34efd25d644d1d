"""What the command line shows while it works: one line of progress on stderr, drawn only when stderr is a terminal
(and not ``--quiet``), and cleared before anything else is printed, so no output lands on it."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import IO

REDRAW_EVERY = 0.1  # seconds: a line that changes faster is drawn at this pace, not at each change
CLEAR = "\r\x1b[K"  # back to the line's start, and erase it


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
