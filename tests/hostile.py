"""A loopback HTTP server that misbehaves on purpose, for the bounds a client keeps whatever a server does.

Each connection it accepts is answered by a script: a function that is given the socket (after the request's
head has been read) and writes whatever it likes to it — a slow drip of headers or body, an endless body, a gzip
bomb, JSON nested a hundred thousand deep. Every script gives up after ``GIVE_UP`` seconds, so a client that is
not bounded makes its test fail on the time it took rather than hang the suite.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

GIVE_UP = 20.0  # seconds a script keeps misbehaving before it closes the connection
ENOUGH = 1 << 30  # bytes an "endless" body sends at most: more than any bound, less than the machine has

Script = Callable[[socket.socket, threading.Event], None]


class Hostile:
    """Serves ``script`` on 127.0.0.1 until ``stop()``; ``requests`` holds each request's first line."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[str] = []
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)  # so that accept() sees stop() soon
        self._threads: list[threading.Thread] = []
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        accept = threading.Thread(target=self._accept, daemon=True)
        accept.start()
        self._threads.append(accept)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            worker = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            worker.start()
            self._threads.append(worker)

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            head = b""
            while b"\r\n\r\n" not in head:
                try:
                    data = connection.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                head += data
            self.requests.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
            with contextlib.suppress(OSError):  # the client hung up: what a bounded client does
                self.script(connection, self._stopping)

    def stop(self) -> None:
        self._stopping.set()
        for thread in self._threads:
            thread.join(timeout=GIVE_UP + 5)
        self._listener.close()


@contextmanager
def serving(script: Script) -> Iterator[Hostile]:
    server = Hostile(script)
    try:
        yield server
    finally:
        server.stop()


def head(status: int = 200, headers: dict[str, str] | None = None, reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in (headers or {}).items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(status: int, body: bytes | Any, headers: dict[str, str] | None = None) -> Script:
    """A complete answer (JSON-encoded unless bytes), then the connection is closed."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    extra = {"Content-Type": "application/json", "Content-Length": str(len(data)), "Connection": "close"}

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        connection.sendall(head(status, {**extra, **(headers or {})}) + data)

    return script


def drip(first: bytes, then: bytes, every: float) -> Script:
    """``first`` at once, then ``then`` one byte every ``every`` seconds (over and over) until GIVE_UP."""

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        connection.sendall(first)
        began, index = time.monotonic(), 0
        while not stopping.is_set() and time.monotonic() - began < GIVE_UP:
            if stopping.wait(every):
                return
            connection.sendall(then[index % len(then) : index % len(then) + 1])
            index += 1

    return script


def endless(first: bytes, chunk: bytes) -> Script:
    """``first``, then ``chunk`` as fast as the client reads, until it hangs up (or GIVE_UP, or ENOUGH bytes)."""

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        connection.sendall(first)
        began, sent = time.monotonic(), 0
        while not stopping.is_set() and time.monotonic() - began < GIVE_UP and sent < ENOUGH:
            connection.sendall(chunk)
            sent += len(chunk)

    return script


def endless_chunked(status: int = 200, headers: dict[str, str] | None = None) -> Script:
    piece = b" " * 65536
    return endless(
        head(status, {"Content-Type": "application/json", "Transfer-Encoding": "chunked", **(headers or {})}),
        b"%x\r\n%s\r\n" % (len(piece), piece),
    )


def gzip_bomb(expanded_mib: int) -> bytes:
    """A gzip stream that expands to ``expanded_mib`` MiB of spaces while being about a thousandth of that.

    Each MiB is compressed on its own after a full flush, so its compressed form is the same bytes every time
    and the bomb is built by repetition, not by compressing gigabytes. It has no trailer: a client must stop
    long before the end.
    """
    mib = b" " * (1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = deflate.compress(mib) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(mib) + deflate.flush(zlib.Z_FULL_FLUSH)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + first + again * (expanded_mib - 1)


def deep(depth: int, status: int = 200) -> Script:
    """JSON arrays nested ``depth`` deep."""
    return answer(status, b"[" * depth + b"]" * depth)


def in_turn(*scripts: Script) -> Script:
    """The n-th connection gets the n-th script; the last one serves every connection after."""
    turn = iter(range(len(scripts)))

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        scripts[next(turn, len(scripts) - 1)](connection, stopping)

    return script
