"""How the jobruns command meets SIGINT (Ctrl-C) and SIGTERM: it ends with exit 130 or 143, never with a traceback,
and says on stderr what it leaves behind (a started run, a trigger whose answer never came)."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as shells report a process Ctrl-C ended
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the command is, so that it ends as Ctrl-C does: with what it must say said."""


def _leave(signum: int, frame: FrameType | None) -> None:
    os.write(2, b"jobruns: interrupted\n" if signum == signal.SIGINT else b"jobruns: terminated\n")
    os._exit(128 + signum)


def quiet_until_main() -> None:
    """While the command starts (imports, parsing), a signal ends it at once: there is nothing to say yet."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _leave)


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated


@contextlib.contextmanager
def raising() -> Iterator[None]:
    """SIGINT raises KeyboardInterrupt and SIGTERM Terminated inside this block (in the main thread; elsewhere
    signals cannot be handled); the handlers found are put back after it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
