"""One request-response exchange, sans-IO: send a call, retrying and following redirects as policy says.

``exchange`` is a generator: it yields what to do next (``Send`` a request, ``Sleep``) and receives the outcome,
so the sync and async clients share every decision and differ only in how they perform I/O. Every operation
(get, list, trigger, cancel, wait) is a generator of the same steps, built on it with ``yield from``.

Whatever a server does, a call stays bounded: each try (a request and its redirects) ends by its deadline,
``timeout`` seconds after it began, connect to last byte (the clients apply it through ``_deadline``); inside
``wait_for_run`` every try and retry sleep ends by the wait's own deadline.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

import httpx
from attrs import frozen

from ._adapter import Call
from ._answer import ACCEPT_ENCODING, Answer, retry_after

if TYPE_CHECKING:
    from ._core import Core

log = logging.getLogger("jobruns")

RETRY_STATUSES = frozenset({429, 502, 503, 504})
BACKOFF_BASE = 0.5  # seconds; the n-th retry waits up to BACKOFF_BASE * 2**n (full jitter)
BACKOFF_CAP = 8.0
RETRY_AFTER_CAP = 60.0  # a longer Retry-After is not waited for: RateLimited/ServerError is raised
RETRY_BUDGET = 60.0  # total seconds one call may spend sleeping between retries
MAX_REDIRECTS = 5
# A write is retried after a transport error only when the request never left: no connection was made (or none was
# free in the pool). Any later failure may have come after the provider acted on it.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# What sending a request can raise: httpx's errors, and two it does not wrap: InvalidURL for a URL it cannot build,
# idna's UnicodeError for a malformed international host name (in a redirect's location, which httpx reads)
SEND_ERRORS = (httpx.HTTPError, httpx.InvalidURL, UnicodeError)


@frozen
class Send:
    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str]
    deadline: float  # time.monotonic() by which the answer must be in, body and all
    content: bytes | None = None  # a write's JSON body

    def seconds_left(self) -> float:
        return max(self.deadline - time.monotonic(), 0.001)  # never 0, which a socket reads as "do not wait"


@frozen
class Sleep:
    seconds: float


Step = Send | Sleep
# An operation: yields steps, receives an Answer for a Send (or has the send's exception thrown in), None for a
# Sleep, and returns its result
Steps = Generator[Step, Answer | None, Any]


@frozen
class Write:
    """A call that changes something at the provider: whether it may be sent again after it may have taken effect,
    and what to tell the caller when it failed after that (how to find out, or how to repeat it safely)."""

    repeatable: bool
    note: str


def same_origin(a: str, b: str) -> bool:
    x, y = httpx.URL(a), httpx.URL(b)
    return (x.scheme, x.host, x.port) == (y.scheme, y.host, y.port)


def exchange(core: Core, call: Call, write: Write | None = None, deadline: float | None = None) -> Steps:
    """Send one call, retrying and following redirects as policy says; return the decoded JSON body.

    A ``write`` that is not ``repeatable`` (a trigger without an idempotency key) is retried only when it was
    never sent or on 429; a write's ``note`` (what the caller should check) is added to the error of a failure
    after the provider may have acted on it. Each try (a request and the redirects it leads to) has ``timeout``
    seconds, and every try and retry sleep ends by ``deadline`` when one is given (wait_for_run's): a try that
    it cuts short raises OutOfTime.
    """
    failures = core.failures
    once = write is not None and not write.repeatable
    kwargs = call.operation.request_kwargs(**call.kwargs)
    url = core.base_url + kwargs["url"]
    params = {k: v for k, v in kwargs.get("params", {}).items()}
    headers = {**kwargs.get("headers", {}), **core.credentials, "Accept-Encoding": ACCEPT_ENCODING}
    content = json.dumps(kwargs["json"], separators=(",", ":")).encode() if "json" in kwargs else None
    origin = url
    attempt = redirects = 0
    slept = 0.0
    ends = _try_ends(core, deadline)
    while True:
        delay: float | None
        try:
            if time.monotonic() >= ends:  # redirects (or the wait) used the time up: as if it could not connect
                raise httpx.ConnectTimeout("no time was left to send it")
            answer = yield Send(kwargs["method"].upper(), url, params, headers, ends, content)
            assert answer is not None
        except SEND_ERRORS as exc:
            what = failures.redact(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
            if isinstance(exc, httpx.TimeoutException) and ends == deadline:
                raise failures.cut_short(url, what) from None
            sent = isinstance(exc, httpx.HTTPError) and not isinstance(exc, NOT_SENT)  # (it may have been)
            retryable = isinstance(exc, httpx.HTTPError) and not (once and sent)
            delay = _backoff(core, attempt, slept, None, deadline) if retryable else None
            if delay is None:
                raise failures.unsent(url, what, f"; {write.note}" if write is not None and sent else "") from None
            log.debug("%s: %s; retry %d in %.2fs", core.provider, what, attempt + 1, delay)
        else:
            if answer.is_redirect and redirects < MAX_REDIRECTS:
                redirects += 1
                url, params = _redirect(core, answer), {}
                if not same_origin(url, origin):  # never hand credentials to another origin
                    headers = {k: v for k, v in headers.items() if k not in core.credentials}
                continue
            retried = answer.status_code == 429 if once else answer.status_code in RETRY_STATUSES
            delay = _backoff(core, attempt, slept, answer, deadline) if retried else None
            if delay is None:
                return core.decode(answer, write.note if write is not None else "")
            log.debug("%s: HTTP %d; retry %d in %.2fs", core.provider, answer.status_code, attempt + 1, delay)
        yield Sleep(delay)
        attempt += 1
        slept += delay
        ends = _try_ends(core, deadline)


def _try_ends(core: Core, deadline: float | None) -> float:
    """When a try that starts now must be answered by: ``timeout`` from now, or the call's deadline if sooner."""
    ends = time.monotonic() + core.timeout
    return ends if deadline is None else min(ends, deadline)


def _backoff(core: Core, attempt: int, slept: float, answer: Answer | None, deadline: float | None) -> float | None:
    """Seconds to wait before the next try, or None when the answer is final."""
    if attempt >= core.retries:
        return None
    asked = retry_after(answer) if answer is not None else None
    if asked is not None and asked > RETRY_AFTER_CAP:
        return None
    delay = asked if asked is not None else random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))
    if slept + delay > RETRY_BUDGET:
        return None
    if deadline is not None and time.monotonic() + delay >= deadline:  # the retry could not be answered in time
        return None
    return delay


def _redirect(core: Core, answer: Answer) -> str:
    """Where a redirect leads; ResponseError when its location is no http(s) URL jobruns can send to (or holds
    a user name or password, which httpx would send as Basic auth)."""
    try:
        target = httpx.URL(answer.url).join(answer.headers["location"])
        usable = target.scheme in ("http", "https") and bool(target.host) and not target.userinfo
    except (httpx.InvalidURL, ValueError):  # idna's errors for a host name are ValueErrors
        usable = False
    if not usable:
        raise core.failures.refused("the answer redirects to a location jobruns cannot follow", answer.status_code)
    return str(target)
