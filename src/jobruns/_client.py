"""The clients: sending, retrying, redirects, paging, polling and error mapping, written once for all providers.

One request-response exchange is a sans-IO generator (``_Core._exchange``): it yields what to do next
(send a request, sleep) and receives the outcome, so the sync and async clients share every decision
and differ only in how they perform I/O.

Whatever a server does, a call stays bounded: each try (a request and its redirects) ends by its deadline,
``timeout`` seconds after it began, connect to last byte (``_deadline``); an answer is read as it comes in, decoded
a bounded step at a time and counted against ``max_response_bytes`` (``_Answer``); inside ``wait_for_run`` every
request and retry sleep ends by the wait's own deadline.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import math
import random
import threading
import time
import uuid
import zlib
from collections import deque
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx
from attrs import frozen

from . import _json, _registry
from ._adapter import Adapter, Call, Position
from ._errors import (
    APIError,
    AuthError,
    ConfigError,
    InvalidArgument,
    JobRunsError,
    NotFound,
    NotSupported,
    RateLimited,
    ResponseError,
    ServerError,
    TransportError,
    WaitTimeout,
)
from ._model import JobRun, Page, RunStatus
from ._settings import resolve
from ._words import words

if TYPE_CHECKING:
    import asyncio  # imported where used: sync users need not pay for it at start-up

log = logging.getLogger("jobruns")

RETRY_STATUSES = frozenset({429, 502, 503, 504})
BACKOFF_BASE = 0.5  # seconds; the n-th retry waits up to BACKOFF_BASE * 2**n (full jitter)
BACKOFF_CAP = 8.0
RETRY_AFTER_CAP = 60.0  # a longer Retry-After is not waited for: RateLimited/ServerError is raised
RETRY_AFTER_MOST = 86_400.0  # a Retry-After read as more than a day is read as a day
RETRY_BUDGET = 60.0  # total seconds one call may spend sleeping between retries
MAX_REDIRECTS = 5
EXCERPT = 200
MESSAGE_MOST = 1000  # characters of an error message from a server that an APIError keeps
MAX_ID_BYTES = 2048  # an id or a page cursor, in UTF-8: it goes into a URL, and a URL holds 64 KiB in all
ACCEPT_ENCODING = "gzip, deflate"  # what _Answer decodes, a bounded step at a time
DECODE_STEP = 1 << 20  # bytes a compressed answer may expand to at once while it is decoded
DEFAULT_POLL_INTERVAL = 5.0
DEFAULT_MAX_POLL_INTERVAL = 60.0
DEFAULT_WAIT_TIMEOUT = 3600.0
MAX_POLL_INTERVAL = 86_400.0
# A write is retried after a transport error only when the request never left: no connection was made (or none was
# free in the pool). Any later failure may have come after the provider acted on it.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
RUNS_PER_PASS = 128  # runs of a list answer read into models, then mapped to JobRuns, at a time (Client._page)


# What reading a malformed answer into models and runs raises (a RecursionError: JSON nested deep enough to parse)
_MALFORMED = (AttributeError, KeyError, TypeError, ValueError, OverflowError, RecursionError)
# What sending a request can raise: httpx's errors, and two it does not wrap: InvalidURL for a URL it cannot build,
# idna's UnicodeError for a malformed international host name (in a redirect's location, which httpx reads)
_SEND_ERRORS = (httpx.HTTPError, httpx.InvalidURL, UnicodeError)


@frozen
class _Send:
    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str]
    deadline: float  # time.monotonic() by which the answer must be in, body and all
    content: bytes | None = None  # a write's JSON body

    def seconds_left(self) -> float:
        return max(self.deadline - time.monotonic(), 0.001)  # never 0, which a socket reads as "do not wait"


@frozen
class Write:
    """A call that changes something at the provider: whether it may be sent again after it may have taken effect,
    and what to tell the caller when it failed after that (how to find out, or how to repeat it safely)."""

    repeatable: bool
    note: str


@frozen
class _Sleep:
    seconds: float


_Step = _Send | _Sleep
NEWEST = "newest"  # a cursor's mark: its listing was asked for newest first (list_runs with since or until)


@frozen
class _Window:
    """list_runs' since/until: the runs kept (``since`` <= the run's ``field`` < ``until``), and when a listing
    sorted newest first can hold no later match."""

    since: datetime | None
    until: datetime | None
    field: str  # the JobRun time compared: created_at, or started_at where runs carry no creation time

    def keeps(self, run: JobRun) -> bool:
        moment: datetime | None = getattr(run, self.field)
        if moment is None:  # not started yet (Northflank): newer than every run that has
            return self.until is None
        return (self.since is None or moment >= self.since) and (self.until is None or moment < self.until)

    def ends(self, runs: Iterable[JobRun]) -> bool:
        """Whether no page after these runs can match: one of them is older than ``since``."""
        if self.since is None:
            return False
        return any((moment := getattr(run, self.field)) is not None and moment < self.since for run in runs)


@frozen
class _Listing:
    """One list_runs call, planned: the request, and what to keep of its answer."""

    call: Call
    wanted: frozenset[RunStatus] | None  # statuses kept (the answer is filtered here where the server cannot)
    size: int
    position: Position
    newest: bool  # asked for newest first: the next page's cursor says so, and its request asks the same
    window: _Window | None


@frozen
class _Poll:
    """wait_for_run's "get the run now", to be answered by ``deadline`` (the wait's; None: no limit)."""

    deadline: float | None


class _OutOfTime(TransportError):
    """A request cut short by the deadline of the wait_for_run it serves, which then ends as a WaitTimeout."""


class _Answer:
    """An answer as it comes in (``feed`` it the body's bytes as they arrive, then ``finish``), then as the exchange
    reads it: ``content`` is the body decoded from gzip or deflate a bounded step at a time, so a small compressed
    answer cannot expand into gigabytes at once, and counted after decoding against max_response_bytes.

    ``feed`` also gives up at the request's deadline. The pools jobruns makes enforce it on every read anyway; for a
    client passed as httpx_client this check between the body's chunks is the deadline's only hold on the body.
    """

    def __init__(self, core: _Core, response: httpx.Response, deadline: float) -> None:
        self.status_code = response.status_code
        self.reason_phrase = response.reason_phrase
        self.headers = response.headers
        self.url = str(response.url)
        self.content = bytearray()
        self._core, self._deadline, self._most = core, deadline, core._max_response_bytes
        self._inflate: Any = None  # a zlib decompressor, for a compressed answer
        self._maybe_raw = False  # "deflate" that may be a raw stream (no zlib header), as some servers send it
        encodings = [e.lower() for e in response.headers.get_list("content-encoding", split_commas=True)]
        encodings = [e for e in encodings if e not in ("", "identity")]
        if encodings in (["gzip"], ["x-gzip"]):
            self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encodings == ["deflate"]:
            self._inflate, self._maybe_raw = zlib.decompressobj(), True
        elif encodings:
            raise self._refused(f"the answer is encoded as {', '.join(encodings)}, which jobruns did not ask for")
        elif (_number(response.headers.get("content-length")) or 0) > self._most:
            raise self._refused(f"the answer is larger than max_response_bytes ({self._most} bytes)")

    @property
    def is_redirect(self) -> bool:
        return self.status_code in (301, 302, 303, 307, 308) and "location" in self.headers

    def feed(self, data: bytes) -> None:
        if time.monotonic() >= self._deadline:
            raise httpx.ReadTimeout("the answer was not in by the request's deadline")
        if self._inflate is None:
            self._keep(data)
            return
        while data:
            try:
                piece = self._inflate.decompress(data, DECODE_STEP)
            except zlib.error as exc:
                if not self._maybe_raw:
                    raise self._refused(f"the answer's compression is corrupt ({exc})") from None
                self._inflate, self._maybe_raw = zlib.decompressobj(-zlib.MAX_WBITS), False
                continue
            self._maybe_raw = False
            data = self._inflate.unconsumed_tail  # what is left after DECODE_STEP bytes came out
            self._keep(piece)

    def finish(self) -> _Answer:
        if self._inflate is not None:
            try:
                self._keep(self._inflate.flush())
            except zlib.error as exc:
                raise self._refused(f"the answer's compression is corrupt ({exc})") from None
        return self

    def _keep(self, piece: bytes) -> None:
        if len(self.content) + len(piece) > self._most:
            raise self._refused(f"the answer is larger than max_response_bytes ({self._most} bytes)")
        self.content += piece

    def _refused(self, message: str) -> ResponseError:
        excerpt = self._core._excerpt(self.content)
        self.content = bytearray()  # let it go now, not when the error (and this, in its traceback) is collected
        return ResponseError(message, provider=self._core.provider, status_code=self.status_code, body_excerpt=excerpt)


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def _retry_after(answer: Any) -> float | None:
    """Seconds from Retry-After (seconds or HTTP-date) or retry-after-ms, at most a day; None when absent,
    unreadable or not a finite number (inf, nan, 1e400)."""
    headers = answer.headers
    seconds = _number(headers.get("retry-after-ms"))
    if seconds is not None:
        seconds /= 1000
    elif "retry-after" in headers:
        seconds = _number(headers["retry-after"])
        if seconds is None:
            try:
                seconds = parsedate_to_datetime(headers["retry-after"]).timestamp() - time.time()
            except (TypeError, ValueError, IndexError, OverflowError):
                return None
    if seconds is None or not math.isfinite(seconds):
        return None
    return min(max(0.0, seconds), RETRY_AFTER_MOST)


def _same_origin(a: str, b: str) -> bool:
    x, y = httpx.URL(a), httpx.URL(b)
    return (x.scheme, x.host, x.port) == (y.scheme, y.host, y.port)


def _url_text_problem(value: str) -> str | None:
    """Why a text cannot go into a URL (an id, a page cursor), or None when it can."""
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError:
        return "cannot be encoded as UTF-8"
    if size > MAX_ID_BYTES:
        return f"is {size} bytes long in UTF-8: at most {MAX_ID_BYTES} fit in a URL"
    return None


def _seconds_ok(value: object, *, zero: bool = False, most: float = math.inf) -> bool:
    """Whether an argument is a number of seconds jobruns can wait: a finite real number (not a bool) above 0
    (or 0, when allowed), at most ``most``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        number = float(value)
    except OverflowError:
        return False
    return math.isfinite(number) and (number >= 0 if zero else number > 0) and number <= most


class _Core:
    """Configuration and every decision shared by Client and AsyncClient."""

    def __init__(self, provider: str, settings: dict[str, Any]) -> None:
        adapter_class = _registry.adapter_class(provider)
        config = resolve(provider, adapter_class.settings, settings, adapter_class.default_base_url)
        adapter_class.load()
        self.provider = provider
        self._adapter: Adapter = adapter_class(config)
        self._base_url: str = config["base_url"]
        self._credentials = self._adapter.auth_headers(config["token"])
        for header, value in self._credentials.items():
            if not value.isascii():  # a setting sent as a header, such as Blaxel's workspace
                raise ConfigError(f"{provider}: the {header} header, made from a setting, cannot hold non-ASCII text")
        token: str = config["token"]
        self._secrets = [token, *(v for v in self._credentials.values() if token in v and v != token)]
        self._retries: int = config["retries"]
        self._concurrency: int = config["concurrency"]
        self._timeout: float = config["timeout"]  # seconds one try may take, connect to last byte
        self._max_response_bytes: int = config["max_response_bytes"]
        self._user_client = config["httpx_client"]
        self._closed = False  # close()d before the connection pool was made (it is made on first request)

    def _refuse_if_closed(self) -> None:
        if self._closed:  # what httpx says when a closed client is used
            raise RuntimeError("Cannot send a request, as the client has been closed.")

    def __repr__(self) -> str:
        return f"<jobruns.{type(self).__name__} provider={self.provider!r} base_url={self._base_url!r}>"

    # --- requests and answers -----------------------------------------------------------------------

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def _excerpt(self, content: bytes | bytearray) -> str:
        text = bytes(content[: EXCERPT * 4]).decode("utf-8", "replace")
        return self._redact(" ".join(text.split()))[:EXCERPT]

    def _exchange(
        self, call: Call, write: Write | None = None, deadline: float | None = None
    ) -> Generator[_Step, _Answer | None, Any]:
        """Send one call, retrying and following redirects as policy says; return the decoded JSON body.

        A ``write`` that is not ``repeatable`` (a trigger without an idempotency key) is retried only when it was
        never sent or on 429; a write's ``note`` (what the caller should check) is added to the error of a failure
        after the provider may have acted on it. Each try (a request and the redirects it leads to) has ``timeout``
        seconds, and every try and retry sleep ends by ``deadline`` when one is given (wait_for_run's): a try that
        it cuts short raises _OutOfTime. Sends receive the answer (or have the transport exception thrown in);
        sleeps receive None.
        """
        once = write is not None and not write.repeatable
        kwargs = call.operation.request_kwargs(**call.kwargs)
        url = self._base_url + kwargs["url"]
        params = {k: v for k, v in kwargs.get("params", {}).items()}
        headers = {**kwargs.get("headers", {}), **self._credentials, "Accept-Encoding": ACCEPT_ENCODING}
        content = json.dumps(kwargs["json"], separators=(",", ":")).encode() if "json" in kwargs else None
        origin = url
        attempt = redirects = 0
        slept = 0.0
        ends = self._try_ends(deadline)
        while True:
            delay: float | None
            try:
                if time.monotonic() >= ends:  # redirects (or the wait) used the time up: as if it could not connect
                    raise httpx.ConnectTimeout("no time was left to send it")
                answer = yield _Send(kwargs["method"].upper(), url, params, headers, ends, content)
                assert answer is not None
            except _SEND_ERRORS as exc:
                what = self._redact(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
                if isinstance(exc, httpx.TimeoutException) and ends == deadline:
                    raise _OutOfTime(f"{self.provider}: request to {self._redact(url)} cut short: {what}") from None
                sent = isinstance(exc, httpx.HTTPError) and not isinstance(exc, _NOT_SENT)  # (it may have been)
                retryable = isinstance(exc, httpx.HTTPError) and not (once and sent)
                delay = self._backoff(attempt, slept, None, deadline) if retryable else None
                if delay is None:
                    after = f"; {write.note}" if write is not None and sent else ""
                    raise TransportError(
                        f"{self.provider}: request to {self._redact(url)} failed: {what}{after}"
                    ) from None
                log.debug("%s: %s; retry %d in %.2fs", self.provider, what, attempt + 1, delay)
            else:
                if answer.is_redirect and redirects < MAX_REDIRECTS:
                    redirects += 1
                    url, params = self._redirect(answer), {}
                    if not _same_origin(url, origin):  # never hand credentials to another origin
                        headers = {k: v for k, v in headers.items() if k not in self._credentials}
                    continue
                retried = answer.status_code == 429 if once else answer.status_code in RETRY_STATUSES
                delay = self._backoff(attempt, slept, answer, deadline) if retried else None
                if delay is None:
                    return self._decode(answer, write)
                log.debug("%s: HTTP %d; retry %d in %.2fs", self.provider, answer.status_code, attempt + 1, delay)
            yield _Sleep(delay)
            attempt += 1
            slept += delay
            ends = self._try_ends(deadline)

    def _try_ends(self, deadline: float | None) -> float:
        """When a try that starts now must be answered by: ``timeout`` from now, or the call's deadline if sooner."""
        ends = time.monotonic() + self._timeout
        return ends if deadline is None else min(ends, deadline)

    def _backoff(self, attempt: int, slept: float, answer: _Answer | None, deadline: float | None) -> float | None:
        """Seconds to wait before the next try, or None when the answer is final."""
        if attempt >= self._retries:
            return None
        asked = _retry_after(answer) if answer is not None else None
        if asked is not None and asked > RETRY_AFTER_CAP:
            return None
        delay = asked if asked is not None else random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))
        if slept + delay > RETRY_BUDGET:
            return None
        if deadline is not None and time.monotonic() + delay >= deadline:  # the retry could not be answered in time
            return None
        return delay

    def _redirect(self, answer: _Answer) -> str:
        """Where a redirect leads; ResponseError when its location is no http(s) URL jobruns can send to (or holds
        a user name or password, which httpx would send as Basic auth)."""
        try:
            target = httpx.URL(answer.url).join(answer.headers["location"])
            usable = target.scheme in ("http", "https") and bool(target.host) and not target.userinfo
        except (httpx.InvalidURL, ValueError):  # idna's errors for a host name are ValueErrors
            usable = False
        if not usable:
            raise ResponseError(
                "the answer redirects to a location jobruns cannot follow",
                provider=self.provider,
                status_code=answer.status_code,
            )
        return str(target)

    def _decode(self, answer: _Answer, write: Write | None = None) -> Any:
        status = answer.status_code
        body: Any = None
        try:
            body = _json.loads(answer.content) if answer.content else None
        except (ValueError, UnicodeDecodeError):
            if 200 <= status < 300:
                raise ResponseError(
                    "the answer is not JSON",
                    provider=self.provider,
                    status_code=status,
                    body_excerpt=self._excerpt(answer.content),
                ) from None
        if 200 <= status < 300:
            if body is None:
                raise ResponseError("the answer is empty", provider=self.provider, status_code=status)
            return body
        message, request_id = (None, None)
        with contextlib.suppress(*_MALFORMED):
            message, request_id = self._adapter.error_details(body)
        if not isinstance(message, str):  # a number, or a list nested too deep to print, says nothing
            message = None
        if not isinstance(request_id, str | int) or isinstance(request_id, bool):
            request_id = None
        for header in ("x-request-id", "x-correlation-id", "request-id", "x-amzn-requestid", "cf-ray"):
            if request_id is None and header in answer.headers:
                request_id = answer.headers[header]
        details: dict[str, Any] = {
            "provider": self.provider,
            "status_code": status,
            "request_id": self._redact(str(request_id))[:MESSAGE_MOST] if request_id else None,
            "body_excerpt": self._excerpt(answer.content),
        }
        message = self._redact(message or answer.reason_phrase or "error")[:MESSAGE_MOST]
        if status >= 500 and write is not None:
            message = f"{message}; {write.note}"
        if status in (401, 403):
            raise AuthError(message, **details)
        if status == 404:
            raise NotFound(message, **details)
        if status == 429:
            raise RateLimited(message, retry_after=_retry_after(answer), **details)
        if status >= 500:
            raise ServerError(message, **details)
        raise APIError(message, **details)

    def _to_run(self, job_id: str, model: Any) -> JobRun:
        try:
            return self._adapter.to_run(job_id, model)
        except _MALFORMED as exc:
            raise ResponseError(f"a run is not as the spec says ({exc})", provider=self.provider) from None

    def _read(self, what: str, read: Any, *args: Any) -> Any:
        try:
            return read(*args)
        except JobRunsError:
            raise
        except _MALFORMED as exc:
            raise ResponseError(
                f"the {what} answer is not as the spec says: {type(exc).__name__}: {self._redact(str(exc))[:200]}",
                provider=self.provider,
                status_code=200,
            ) from None

    # --- arguments ----------------------------------------------------------------------------------

    @staticmethod
    def _check_id(argument: str, value: object) -> str:
        name = words().argument(argument)
        if not isinstance(value, str):
            raise InvalidArgument(f"{name} must be a string, not {type(value).__name__}")
        problem = _url_text_problem(value)
        if problem:
            raise InvalidArgument(f"{name} {problem}")
        if value in ("", ".", ".."):
            raise InvalidArgument(f"{name} {value!r} cannot be sent as a path segment")
        if any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise InvalidArgument(f"{name} {value!r} contains a control character")
        return value

    def _get_call(self, job_id: str, run_id: str) -> Call:
        return self._adapter.get_call(self._check_id("job_id", job_id), self._check_id("run_id", run_id))

    @staticmethod
    def _statuses(status: Iterable[RunStatus | str] | RunStatus | str | None) -> frozenset[RunStatus] | None:
        if status is None:
            return None
        items = [status] if isinstance(status, str) else list(status)
        wanted = set()
        for item in items:
            try:
                wanted.add(RunStatus(str(item).lower()))
            except ValueError:
                allowed = ", ".join(s.value for s in RunStatus)
                raise InvalidArgument(f"{words().argument('status')} {item!r} is not one of {allowed}") from None
        return frozenset(wanted) or None

    def _window(self, since: datetime | None, until: datetime | None) -> _Window | None:
        spoken = words()
        for name, moment in (("since", since), ("until", until)):
            if moment is not None and not (isinstance(moment, datetime) and moment.utcoffset() is not None):
                raise InvalidArgument(
                    f"{spoken.argument(name)} must be a timezone-aware datetime (e.g. datetime.now(UTC) - "
                    f"timedelta(hours=2)), not {moment!r}"
                )
        if since is None and until is None:
            return None
        if since is not None and until is not None and since > until:
            raise InvalidArgument(
                f"{spoken.argument('since')} ({since.isoformat()}) is after {spoken.argument('until')} "
                f"({until.isoformat()})"
            )
        return _Window(since, until, self._adapter.listed_by)

    def _encode_cursor(self, job_id: str, page_size: int, position: Position, newest: bool = False) -> str:
        raw = json.dumps(
            [self.provider, job_id, page_size, position, *([NEWEST] if newest else [])], separators=(",", ":")
        )
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def _decode_cursor(self, job_id: str, cursor: str) -> tuple[int, Position, bool]:
        """(page size, position, newest first) from a cursor list_runs returned."""
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            provider, cursor_job, page_size, position, *order = json.loads(raw)
            assert isinstance(page_size, int) and (
                position is None
                or (isinstance(position, int) and 0 <= position < 2**63)
                or (isinstance(position, str) and _url_text_problem(position) is None)
            )
            assert order in ([], [NEWEST])
        except (binascii.Error, ValueError, TypeError, AssertionError, RecursionError):
            raise InvalidArgument("cursor is not one that list_runs returned") from None
        if provider != self.provider or cursor_job != job_id:
            raise InvalidArgument(f"cursor belongs to {provider}/{cursor_job}, not {self.provider}/{job_id}")
        return page_size, position, bool(order)

    def _list_plan(
        self,
        job_id: str,
        status: Any,
        page_size: int | None,
        cursor: str | None,
        since: datetime | None,
        until: datetime | None,
    ) -> _Listing:
        job_id = self._check_id("job_id", job_id)
        wanted = self._statuses(status)
        window = self._window(since, until)
        position: Position = None
        newest = window is not None
        if cursor is not None:
            cursor_size, position, newest = self._decode_cursor(job_id, cursor)
            page_size = cursor_size if page_size is None else page_size
            if window is not None and not newest:
                raise InvalidArgument("cursor comes from a listing without since or until: start again without cursor")
        size = self._adapter.default_page_size if page_size is None else page_size
        if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= self._adapter.max_page_size:
            raise InvalidArgument(
                f"{words().argument('page_size')} must be 1 to {self._adapter.max_page_size} for {self.provider}"
            )
        server_side = (
            self._adapter.provider_statuses(wanted) if wanted and self._adapter.filters_status_server_side else None
        )
        call = self._adapter.list_call(job_id, position, size, server_side, newest)
        return _Listing(call, wanted, size, position, newest, window)

    def _page(
        self,
        job_id: str,
        body: Any,
        wanted: frozenset[RunStatus] | None,
        size: int,
        position: Position,
        newest: bool = False,
        window: _Window | None = None,
    ) -> Page[JobRun]:
        read = self._read("list", self._adapter.read_page, body, position, size)
        items, read_model, to_run = read.items, read.read, self._adapter.to_run
        runs: list[JobRun] = []
        index = 0
        # A slice at a time: each run's JSON leaves the answer (ours) once its model is built, and a slice's models
        # become JobRuns while still in the CPU's cache (one pass per run, or all models first, measured slower)
        for start in range(0, len(items), RUNS_PER_PASS):
            models = []
            try:
                for index in range(start, min(start + RUNS_PER_PASS, len(items))):
                    models.append(read_model(items[index]))
                    items[index] = None
            except _MALFORMED as exc:
                raise ResponseError(
                    f"the list answer's run at index {index} is not as the spec says: "
                    f"{type(exc).__name__}: {self._redact(str(exc))[:200]}",
                    provider=self.provider,
                    status_code=200,
                ) from None
            try:  # one try for the slice, not a call of _to_run per run
                runs += [to_run(job_id, model) for model in models]
            except _MALFORMED as exc:
                raise ResponseError(f"a run is not as the spec says ({exc})", provider=self.provider) from None
        following = read.next_position
        if window is not None:
            if window.ends(runs):  # newest first: every later page is older still
                following = None
            runs = [run for run in runs if window.keeps(run)]
        if wanted is not None:
            runs = [run for run in runs if run.status in wanted]
        problem = _url_text_problem(following) if isinstance(following, str) else None
        if problem:
            raise ResponseError(f"the next page's cursor {problem}", provider=self.provider, status_code=200)
        cursor = None if following is None else self._encode_cursor(job_id, size, following, newest)
        return Page(items=runs, next_cursor=cursor, total=read.total)

    def _run(self, job_id: str, body: Any) -> JobRun:
        return self._to_run(job_id, self._read("get", self._adapter.read_run, body))

    # --- writes -------------------------------------------------------------------------------------------

    def _trigger_plan(self, job_id: str, params: object, idempotency_key: object) -> tuple[Call, Write]:
        """The trigger's call, repeatable when it carries an idempotency key. Refuses what the provider cannot take
        before any request."""
        job_id = self._check_id("job_id", job_id)
        given = self._params(params)
        spoken = words()
        if given and self._adapter.params is None:
            raise NotSupported(
                f"{self.provider}: its trigger takes no run inputs, so {spoken.argument('params')} cannot be passed: "
                f"start the run without them ({spoken.call(self.provider, 'providers')} says where each provider "
                "takes them)"
            )
        key: str | None = None
        if idempotency_key is not None:
            if self._adapter.idempotency_key is None:
                raise NotSupported(
                    f"{self.provider} de-duplicates no triggers, so it takes no {spoken.argument('idempotency_key')}"
                )
            key = self._check_id("idempotency_key", idempotency_key)
        elif self._adapter.idempotency_key is not None:
            key = str(uuid.uuid4())  # one per trigger call, as Stripe's SDKs make theirs: its retries stay safe
        call = self._adapter.trigger_call(job_id, given, key)
        look = f"look for it with {spoken.call(self.provider, 'list_runs', job_id)}"
        if key is not None:
            again = spoken.assign("idempotency_key", key)
            return call, Write(True, f"the run may have started: {look}, or trigger with {again} again")
        return call, Write(False, f"the run may have started: {look} before triggering again")

    @staticmethod
    def _params(params: object) -> dict[str, str]:
        if params is None:
            return {}
        if not isinstance(params, Mapping):
            raise InvalidArgument(f"params must be a mapping of names to values, not {type(params).__name__}")
        for name, value in params.items():
            if not isinstance(name, str) or not name or not isinstance(value, str):
                raise InvalidArgument(f"params must map non-empty names to strings; {name!r}: {value!r} does not")
            if any(ord(c) < 32 and c not in "\t\n" or ord(c) == 127 for c in name + value):
                raise InvalidArgument(f"{words().argument('params')} {name!r} holds a control character")
        return dict(params)

    def _triggered(self, body: Any) -> tuple[str, Any | None]:
        return self._read("trigger", self._adapter.read_trigger, body)  # type: ignore[no-any-return]

    @staticmethod
    def _started(exc: JobRunsError, provider: str, job_id: str, run_id: str) -> JobRunsError:
        """``exc``, from reading a run just started, saying that it was."""
        again = words().call(provider, "get_run", job_id, run_id)
        note = f" (run {run_id} of {job_id} was started; read it again with {again})"
        if isinstance(exc, APIError):
            exc.message += note
        else:
            exc.args = (f"{exc.args[0]}{note}" if exc.args else note.strip(" ()"), *exc.args[1:])
        return exc

    @staticmethod
    def _cancel_refused(exc: APIError) -> bool:
        """A cancel the provider refused for the run's state (it may have ended meanwhile), not for the caller."""
        return exc.status_code in (400, 409, 412, 417, 422)

    def _polling(
        self, run_id: str, timeout: float | None, poll_interval: float, max_poll_interval: float | None
    ) -> Generator[float | _Poll, JobRun | RateLimited | _OutOfTime | None, JobRun]:
        """wait_for_run's plan: yields a _Poll for "get the run now, by the wait's deadline" (and receives the run,
        the RateLimited met, or the _OutOfTime that cut the request short), or seconds to sleep; returns the terminal
        run, or raises WaitTimeout once the deadline has come (or, when no run was seen, the RateLimited met)."""
        spoken = words()
        if timeout is not None and not _seconds_ok(timeout, zero=True):
            unbounded = spoken.unbounded("timeout")
            raise InvalidArgument(
                f"{spoken.argument('timeout')} must be a finite number of seconds, 0 or more"
                + (f" ({unbounded}: wait without limit)" if unbounded else "")
            )
        for name, value in (("poll_interval", poll_interval), ("max_poll_interval", max_poll_interval)):
            if value is not None and not _seconds_ok(value, most=MAX_POLL_INTERVAL):
                raise InvalidArgument(
                    f"{spoken.argument(name)} must be a number of seconds above 0 and at most {MAX_POLL_INTERVAL:g}"
                )
        cap = max(poll_interval, DEFAULT_MAX_POLL_INTERVAL if max_poll_interval is None else max_poll_interval)
        deadline = None if timeout is None else time.monotonic() + timeout
        interval, last, limited = poll_interval, None, None
        while True:
            if deadline is not None and time.monotonic() >= deadline:
                if last is None and limited is not None:
                    raise limited
                seen = f"still {last.status}" if last is not None else "not read"
                raise WaitTimeout(f"{self.provider}: run {run_id} {seen} after {timeout}s", last=last)
            outcome = yield _Poll(deadline)
            pause = interval
            if isinstance(outcome, _OutOfTime):
                continue  # the deadline has come
            if isinstance(outcome, RateLimited):
                limited, pause = outcome, max(interval, outcome.retry_after or 0.0)
            elif outcome is not None:
                last = outcome
                if last.is_terminal:
                    return last
            remaining = None if deadline is None else deadline - time.monotonic()
            yield pause if remaining is None else max(0.0, min(pause, remaining))
            interval = min(interval * 1.5, cap)


def _check_limit(limit: int | None) -> None:
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        spoken = words()
        unbounded = spoken.unbounded("limit")
        every = f" (or {unbounded} for every run)" if unbounded else ""
        raise InvalidArgument(f"{spoken.argument('limit')} must be 0 or more{every}")


class Client(_Core):
    """Blocking client for one provider; make one with ``jobruns.connect``."""

    def __init__(self, provider: str, **settings: Any) -> None:
        super().__init__(provider, settings)
        if self._user_client is not None and not isinstance(self._user_client, httpx.Client):
            raise ConfigError(f"{provider}: httpx_client must be an httpx.Client (connect_async takes an AsyncClient)")
        self._own: httpx.Client | None = None
        self._lock = threading.Lock()

    @property
    def _http(self) -> httpx.Client:
        if self._user_client is not None:
            user: httpx.Client = self._user_client
            return user
        if self._own is None:  # made on first request: building it costs more than importing httpx
            self._refuse_if_closed()
            from . import _deadline  # with the pool: httpcore costs start-up time

            with self._lock:
                if self._own is None:
                    own = httpx.Client(timeout=self._timeout, follow_redirects=False)
                    _deadline.install(own)
                    self._own = own
        return self._own

    def _call(self, call: Call, write: Write | None = None, deadline: float | None = None) -> Any:
        steps = self._exchange(call, write, deadline)
        try:
            step = steps.send(None)
            while True:
                if isinstance(step, _Sleep):
                    time.sleep(step.seconds)
                    step = steps.send(None)
                    continue
                try:
                    answer = self._send(step)
                except _SEND_ERRORS as exc:
                    step = steps.throw(exc)
                else:
                    step = steps.send(answer)
        except StopIteration as done:
            return done.value

    def _send(self, step: _Send) -> _Answer:
        """One request, its answer read in full by the step's deadline. A client passed as httpx_client has no
        deadline-aware pool: its connect and each read of the headers get only the time left when it starts."""
        from . import _deadline

        with (
            _deadline.applied(step.deadline),
            self._http.stream(
                step.method,
                step.url,
                params=step.params,
                headers=step.headers,
                content=step.content,
                timeout=step.seconds_left(),
            ) as response,
        ):
            answer = _Answer(self, response, step.deadline)
            for chunk in response.iter_raw():
                answer.feed(chunk)
            return answer.finish()

    def get_run(self, job_id: str, run_id: str) -> JobRun:
        """One run of a job."""
        return self._run(job_id, self._call(self._get_call(job_id, run_id)))

    def trigger_run(
        self, job_id: str, params: Mapping[str, str] | None = None, idempotency_key: str | None = None
    ) -> JobRun:
        """Start a run of the job and return it as the provider reports it right after the start.

        ``params`` go where the provider takes run inputs (``jobruns.providers()`` says where; NotSupported where
        nowhere), ``idempotency_key`` where it de-duplicates triggers (NotSupported elsewhere). A trigger is repeated
        only where no run can have started (no connection made, 429) or with an idempotency key; otherwise a failure
        after sending raises at once, saying that the run may have started.
        """
        call, write = self._trigger_plan(job_id, params, idempotency_key)
        run_id, model = self._triggered(self._call(call, write))
        if model is not None:
            return self._to_run(job_id, model)
        try:
            return self.get_run(job_id, run_id)
        except JobRunsError as exc:
            raise self._started(exc, self.provider, job_id, run_id) from None

    def cancel_run(self, job_id: str, run_id: str) -> JobRun:
        """Ask the provider to stop the run; returns it as it then is (cancelling, cancelled, or ended as the provider
        reports an aborted run). A run that had already ended is returned unchanged, without a cancel."""
        run = self.get_run(job_id, run_id)
        if run.is_terminal:
            return run
        try:
            body = self._call(self._adapter.cancel_call(job_id, run))
        except APIError as exc:
            if self._cancel_refused(exc) and (again := self.get_run(job_id, run_id)).is_terminal:
                return again
            raise
        model = self._read("cancel", self._adapter.read_cancel, body)
        return self._to_run(job_id, model) if model is not None else self.get_run(job_id, run_id)

    def list_runs(
        self,
        job_id: str,
        *,
        status: Iterable[RunStatus | str] | RunStatus | str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Page[JobRun]:
        """One page of a job's runs; pass ``page.next_cursor`` back as ``cursor`` for the next.

        ``since``/``until`` (timezone-aware) keep the runs created in [since, until) (Northflank: started), asking
        for them newest first where the provider can sort; a page then holds only those, and its ``next_cursor`` is
        None once no later page can hold one. Pass the same ``since``/``until`` with each cursor.
        """
        plan = self._list_plan(job_id, status, page_size, cursor, since, until)
        return self._page(
            job_id, self._call(plan.call), plan.wanted, plan.size, plan.position, plan.newest, plan.window
        )

    def iter_runs(
        self,
        job_id: str,
        *,
        status: Iterable[RunStatus | str] | RunStatus | str | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Iterator[JobRun]:
        """Every run of a job (or the first ``limit``), fetching pages lazily; ``since``/``until`` as for
        ``list_runs``: the walk stops at the first page that proves no later one can match."""
        _check_limit(limit)
        self._window(since, until)  # checked now, not at the first next()
        return self._iter(job_id, status, limit, page_size, since, until)

    def _iter(
        self,
        job_id: str,
        status: Any,
        limit: int | None,
        page_size: int | None,
        since: datetime | None,
        until: datetime | None,
    ) -> Iterator[JobRun]:
        cursor: str | None = None
        count = 0
        while limit is None or count < limit:
            page = self.list_runs(job_id, status=status, page_size=page_size, cursor=cursor, since=since, until=until)
            for run in page.items[: None if limit is None else limit - count]:
                yield run
                count += 1
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def wait_for_run(
        self,
        job_id: str,
        run_id: str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float | None = None,
        on_poll: Callable[[JobRun], object] | None = None,
    ) -> JobRun:
        """Poll until the run is terminal; WaitTimeout (with ``.last``) after ``timeout`` seconds.

        The poll interval grows by half each time up to ``max_poll_interval`` (default 60 s), and a 429's
        Retry-After is respected. Nothing runs past ``timeout``: each request gets at most the time left.
        ``on_poll``, when given, is called with the run as each poll reads it (the last one too; not for a poll
        answered 429), to show progress; what it raises ends the wait.
        """
        plan = self._polling(run_id, timeout, poll_interval, max_poll_interval)
        outcome: JobRun | RateLimited | _OutOfTime | None = None
        try:
            while True:
                step = plan.send(outcome)
                outcome = None
                if not isinstance(step, _Poll):
                    time.sleep(step)
                    continue
                try:
                    outcome = self._run(job_id, self._call(self._get_call(job_id, run_id), deadline=step.deadline))
                except (RateLimited, _OutOfTime) as exc:
                    outcome = exc
                else:
                    if on_poll is not None:
                        on_poll(outcome)
        except StopIteration as done:
            result: JobRun = done.value
            return result

    def close(self) -> None:
        """Close the connection pool (not a client you passed as httpx_client: that stays yours)."""
        if self._user_client is None:
            self._closed = True
            if self._own is not None:
                self._own.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


async def _cancel(ahead: deque[asyncio.Task[Page[JobRun]]]) -> None:
    """Cancel the pages fetched ahead and wait for them, so no task or connection outlives the iteration.

    A task is cancelled while it waits on a future (the network, a retry's sleep), never while it is about to
    run again: then the cancellation would strike at its next await, which may be httpcore's unshielded close
    of an answer it has read in full, and that connection would stay busy in the pool for good
    (encode/httpcore#1115). Such a task runs on until it waits again or ends. anyio decides the same way.
    """
    import asyncio

    pending = set(ahead)
    cancelled: set[asyncio.Task[Page[JobRun]]] = set()
    while pending:
        for task in pending - cancelled:
            waiter = getattr(task, "_fut_waiter", _UNKNOWN)  # what the task awaits; not public API, so:
            if waiter is _UNKNOWN or (isinstance(waiter, asyncio.Future) and not waiter.done()):
                task.cancel()
                cancelled.add(task)
        await asyncio.sleep(0)
        pending = {task for task in pending if not task.done()}
    await asyncio.gather(*ahead, return_exceptions=True)  # their outcomes, so none is reported as unretrieved
    ahead.clear()


_UNKNOWN = object()


class AsyncClient(_Core):
    """Asyncio client for one provider; make one with ``jobruns.connect_async``."""

    def __init__(self, provider: str, **settings: Any) -> None:
        super().__init__(provider, settings)
        if self._user_client is not None and not isinstance(self._user_client, httpx.AsyncClient):
            raise ConfigError(f"{provider}: httpx_client must be an httpx.AsyncClient (connect takes an httpx.Client)")
        self._own: httpx.AsyncClient | None = None

    @property
    def _http(self) -> httpx.AsyncClient:
        if self._user_client is not None:
            user: httpx.AsyncClient = self._user_client
            return user
        if self._own is None:  # made on first request, as Client's
            self._refuse_if_closed()
            from . import _deadline

            own = httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)
            _deadline.install(own)
            self._own = own
        return self._own

    async def _call(self, call: Call, write: Write | None = None, deadline: float | None = None) -> Any:
        import asyncio

        steps = self._exchange(call, write, deadline)
        try:
            step = steps.send(None)
            while True:
                if isinstance(step, _Sleep):
                    await asyncio.sleep(step.seconds)
                    step = steps.send(None)
                    continue
                try:
                    answer = await self._send(step)
                except _SEND_ERRORS as exc:
                    step = steps.throw(exc)
                else:
                    step = steps.send(answer)
        except StopIteration as done:
            return done.value

    async def _send(self, step: _Send) -> _Answer:
        """One request, its answer read in full by the step's deadline. A client passed as httpx_client has no
        deadline-aware pool, so the request is cancelled at the deadline instead."""
        import asyncio

        from . import _deadline

        with _deadline.applied(step.deadline):
            if self._user_client is None:
                return await self._receive(step)
            try:
                async with asyncio.timeout(step.seconds_left()):
                    return await self._receive(step)
            except TimeoutError:
                raise httpx.ReadTimeout("the answer was not in by the request's deadline") from None

    async def _receive(self, step: _Send) -> _Answer:
        async with self._http.stream(
            step.method,
            step.url,
            params=step.params,
            headers=step.headers,
            content=step.content,
            timeout=step.seconds_left(),
        ) as response:
            answer = _Answer(self, response, step.deadline)
            async for chunk in response.aiter_raw():
                answer.feed(chunk)
            return answer.finish()

    async def get_run(self, job_id: str, run_id: str) -> JobRun:
        """One run of a job."""
        return self._run(job_id, await self._call(self._get_call(job_id, run_id)))

    async def trigger_run(
        self, job_id: str, params: Mapping[str, str] | None = None, idempotency_key: str | None = None
    ) -> JobRun:
        """Start a run of the job; as the sync client's ``trigger_run``."""
        call, write = self._trigger_plan(job_id, params, idempotency_key)
        run_id, model = self._triggered(await self._call(call, write))
        if model is not None:
            return self._to_run(job_id, model)
        try:
            return await self.get_run(job_id, run_id)
        except JobRunsError as exc:
            raise self._started(exc, self.provider, job_id, run_id) from None

    async def cancel_run(self, job_id: str, run_id: str) -> JobRun:
        """Ask the provider to stop the run; as the sync client's ``cancel_run``."""
        run = await self.get_run(job_id, run_id)
        if run.is_terminal:
            return run
        try:
            body = await self._call(self._adapter.cancel_call(job_id, run))
        except APIError as exc:
            if self._cancel_refused(exc) and (again := await self.get_run(job_id, run_id)).is_terminal:
                return again
            raise
        model = self._read("cancel", self._adapter.read_cancel, body)
        return self._to_run(job_id, model) if model is not None else await self.get_run(job_id, run_id)

    async def list_runs(
        self,
        job_id: str,
        *,
        status: Iterable[RunStatus | str] | RunStatus | str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Page[JobRun]:
        """One page of a job's runs; as the sync client's ``list_runs``."""
        plan = self._list_plan(job_id, status, page_size, cursor, since, until)
        body = await self._call(plan.call)
        return self._page(job_id, body, plan.wanted, plan.size, plan.position, plan.newest, plan.window)

    def iter_runs(
        self,
        job_id: str,
        *,
        status: Iterable[RunStatus | str] | RunStatus | str | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> AsyncIterator[JobRun]:
        """Every run of a job (or the first ``limit``), fetching pages lazily: ``async for run in ...``;
        ``since``/``until`` as for the sync client's."""
        _check_limit(limit)
        self._window(since, until)
        return self._iter(job_id, status, limit, page_size, since, until)

    async def _iter(
        self,
        job_id: str,
        status: Any,
        limit: int | None,
        page_size: int | None,
        since: datetime | None,
        until: datetime | None,
    ) -> AsyncIterator[JobRun]:
        """As the sync client's, but where the provider can address pages (``Adapter.page_position``) and the
        first page tells the total, the next ``concurrency`` pages are fetched while the caller reads this one.
        With ``since``, a page that ends the walk ends it here too: the pages fetched ahead of it are cancelled,
        and none is asked for after it."""
        import asyncio

        size = self._adapter.default_page_size if page_size is None else page_size
        wanted = self._statuses(status)
        windowed = since is not None or until is not None
        filters_locally = windowed or (wanted is not None and not self._adapter.filters_status_server_side)
        addressable = self._concurrency > 1 and self._adapter.page_position(1, size) is not None

        def cursor_of(index: int) -> str:
            return self._encode_cursor(job_id, size, self._adapter.page_position(index, size), windowed)

        ahead: deque[asyncio.Task[Page[JobRun]]] = deque()  # the pages after the one being read, in order
        cursor: str | None = None
        index = count = 0  # index: the next page to read
        try:
            while limit is None or count < limit:
                if ahead:
                    page = await ahead.popleft()
                else:
                    page = await self.list_runs(
                        job_id, status=status, page_size=page_size, cursor=cursor, since=since, until=until
                    )
                take = page.items[: None if limit is None else limit - count]
                if page.next_cursor is None or (limit is not None and count + len(take) >= limit):
                    for run in take:
                        yield run
                    return
                cursor, index = page.next_cursor, index + 1
                if addressable and cursor != cursor_of(index):  # the list changed under us (a short page)
                    addressable = False  # so follow each page's own cursor, as the sync client does
                    await _cancel(ahead)
                if addressable and page.total is not None:
                    pages = -(-page.total // size)
                    if limit is not None and not filters_locally:
                        pages = min(pages, -(-limit // size))
                    while len(ahead) < self._concurrency and index + len(ahead) < pages:
                        fetch = self.list_runs(
                            job_id,
                            status=status,
                            page_size=page_size,
                            cursor=cursor_of(index + len(ahead)),
                            since=since,
                            until=until,
                        )
                        ahead.append(asyncio.create_task(fetch))
                for run in take:
                    yield run
                count += len(take)
        finally:
            await _cancel(ahead)

    async def wait_for_run(
        self,
        job_id: str,
        run_id: str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float | None = None,
        on_poll: Callable[[JobRun], object] | None = None,
    ) -> JobRun:
        """Poll until the run is terminal; WaitTimeout (with ``.last``) after ``timeout`` seconds, as the sync one;
        ``on_poll`` is a plain function, called with each run read."""
        import asyncio

        plan = self._polling(run_id, timeout, poll_interval, max_poll_interval)
        outcome: JobRun | RateLimited | _OutOfTime | None = None
        try:
            while True:
                step = plan.send(outcome)
                outcome = None
                if not isinstance(step, _Poll):
                    await asyncio.sleep(step)
                    continue
                try:
                    body = await self._call(self._get_call(job_id, run_id), deadline=step.deadline)
                    outcome = self._run(job_id, body)
                except (RateLimited, _OutOfTime) as exc:
                    outcome = exc
                else:
                    if on_poll is not None:
                        on_poll(outcome)
        except StopIteration as done:
            result: JobRun = done.value
            return result

    async def aclose(self) -> None:
        """Close the connection pool (not a client you passed as httpx_client: that stays yours)."""
        if self._user_client is None:
            self._closed = True
            if self._own is not None:
                await self._own.aclose()

    close = aclose

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
