"""A deadline for a whole request, connect to last byte, in the connection pools jobruns makes.

httpcore applies a timeout to each connect, read and write on its own, so a server that drips its headers or body
(a byte a second) never lets one time out, and the request never ends. The pools of the clients jobruns makes get a
network backend that gives each of those operations at most the time left before the request's deadline (set with
``applied`` around the request) and fails it once none is left. The request then fails as a timed-out one does and
httpcore closes the connection itself: nothing is cancelled half-way, so no connection is left busy.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

_deadline: ContextVar[float | None] = ContextVar("jobruns_deadline", default=None)


@contextmanager
def applied(deadline: float) -> Iterator[None]:
    """Network operations of this thread or task, in pools with the backend below, end by ``deadline``
    (a ``time.monotonic()`` value)."""
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


def _left(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """The timeout an operation gets: its own, or the time left before the deadline when that is shorter."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


def install(client: httpx.Client | httpx.AsyncClient) -> None:
    """Give every connection pool of a client jobruns made (its own, and those for proxies from the environment)
    the deadline-aware backend; ConfigError where httpx or httpcore is of a version this was not checked against
    (``_compat``, where the reach into httpx's transports lives)."""
    from ._compat import set_network_backend

    def wrap(backend: Any) -> Any:
        return _Backend(backend) if isinstance(backend, httpcore.NetworkBackend) else _AsyncBackend(backend)

    set_network_backend(client, wrap)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        if timeout is None or _is_address(host):
            return _Stream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))
        # The socket timeout does not bound the name's lookup (getaddrinfo blocks as long as the resolver takes:
        # 10 s and more when a name server does not answer), so it is done here, waited for at most the time left
        ends = time.monotonic() + timeout
        failure: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in _resolve(host, port, timeout):
            left = ends - time.monotonic()
            if left <= 0:
                raise httpcore.ConnectTimeout(f"could not connect to {host} in time")
            try:
                return _Stream(self._backend.connect_tcp(address, port, left, local_address, socket_options))
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:  # the next address, as create_connection
                failure = exc
        assert failure is not None  # _resolve returns one address at least
        raise failure

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._backend.connect_unix_socket(path, _left(timeout, httpcore.ConnectTimeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _resolve(host: str, port: int, seconds: float) -> list[str]:
    """The addresses of ``host``, looked up in a thread of its own and waited for at most ``seconds``:
    ConnectTimeout when no answer came by then (the lookup goes on until the resolver gives up, and is dropped),
    ConnectError when the name has none."""
    outcome: list[Any] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=look_up, name="jobruns-resolve", daemon=True).start()
    if not done.wait(seconds):
        raise httpcore.ConnectTimeout(f"the name {host} was not resolved in time")
    if isinstance(outcome[0], Exception):
        raise httpcore.ConnectError(f"{host}: {outcome[0]}")
    addresses = list(dict.fromkeys(str(info[4][0]) for info in outcome[0]))
    if not addresses:
        raise httpcore.ConnectError(f"{host}: no address")
    return addresses


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)
