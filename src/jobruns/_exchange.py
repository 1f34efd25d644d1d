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
from ._errors import ResponseError

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
# What a client throws into the steps from performing a Send: those, and the ResponseError of an answer refused as
# it came in (larger than max_response_bytes, corrupt), which the exchange words as it words the rest
THROWN = (*SEND_ERRORS, ResponseError)


@frozen
class Send:
    method: str
    url: str
    params: dict[str, Any] | None  # None: the URL's own query (a redirect's Location), as it is
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
    retry_429: bool = False  # a 429 answer is retried: the provider documents that it started nothing


def same_origin(a: str, b: str) -> bool:
    x, y = httpx.URL(a), httpx.URL(b)
    return (x.scheme, x.host, x.port) == (y.scheme, y.host, y.port)


def exchange(core: Core, call: Call, write: Write | None = None, deadline: float | None = None) -> Steps:
    """Send one call, retrying and following redirects as policy says; return the decoded JSON body.

    A ``write`` that is not ``repeatable`` (a trigger without an idempotency key) is retried only when it was
    never sent (or on a 429 that its provider documents as starting nothing); a write's ``note`` (what the caller
    should check) is added to the error of every failure after the provider may have acted on it: a 5xx or 429, a
    2xx it cannot read, a redirect it does not follow, any answer after a redirect, a transport error after sending.
    Redirects are followed to exactly their Location, query and all; 301/302/303 turn a write into a GET without a
    body; a 307/308 is not followed for a write that may not be repeated, nor to another origin for any write (its
    body stays here), and credentials never go to another origin. Each try (a request and the redirects it leads
    to) has ``timeout`` seconds, and every try and retry sleep ends by ``deadline`` when one is given
    (wait_for_run's): a try that it cuts short raises OutOfTime.
    """
    failures = core.failures
    once = write is not None and not write.repeatable
    note = write.note if write is not None else ""
    kwargs = call.operation.request_kwargs(**call.kwargs)
    method = kwargs["method"].upper()
    url = core.base_url + kwargs["url"]
    params: dict[str, Any] | None = {k: v for k, v in kwargs.get("params", {}).items()}
    headers = {**kwargs.get("headers", {}), **core.credentials, "Accept-Encoding": ACCEPT_ENCODING}
    content = json.dumps(kwargs["json"], separators=(",", ":")).encode() if "json" in kwargs else None
    origin = url
    redirected = False  # a write was answered with a redirect: the provider has seen it, and may have acted
    attempt = redirects = 0
    slept = 0.0
    ends = _try_ends(core, deadline)
    while True:
        delay: float | None
        try:
            if time.monotonic() >= ends:  # redirects (or the wait) used the time up: as if it could not connect
                raise httpx.ConnectTimeout("no time was left to send it")
            answer = yield Send(method, url, params, headers, ends, content)
            assert answer is not None
        except ResponseError as exc:  # an answer refused as it came in (too large, corrupt): sent, maybe acted on
            raise failures.noted(exc, note) from None
        except SEND_ERRORS as exc:
            what = failures.redact(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
            if isinstance(exc, httpx.TimeoutException) and ends == deadline:
                raise failures.cut_short(url, what) from None
            sent = redirected or (isinstance(exc, httpx.HTTPError) and not isinstance(exc, NOT_SENT))  # (maybe)
            retryable = isinstance(exc, httpx.HTTPError) and not (once and sent)
            delay = _backoff(core, attempt, slept, None, deadline) if retryable else None
            if delay is None:
                raise failures.unsent(url, what, "; " + note if note and sent else "") from None
            log.debug("%s: %s; retry %d in %.2fs", core.provider, what, attempt + 1, delay)
        else:
            status = answer.status_code
            if answer.is_redirect and redirects < MAX_REDIRECTS:
                redirects += 1
                try:
                    target = _redirect(core, answer)
                    method, content = _followed(core, answer, method, content, once, same_origin(target, origin))
                except ResponseError as exc:
                    raise failures.noted(exc, note) from None
                redirected = redirected or write is not None
                url, params = target, None  # exactly the Location: its query is the request's
                if content is None:
                    headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
                if not same_origin(url, origin):  # never hand credentials to another origin
                    headers = {k: v for k, v in headers.items() if k not in core.credentials}
                continue
            if once:  # sent again only where the provider says such an answer started nothing
                retried = status == 429 and write is not None and write.retry_429 and not redirected
            else:
                retried = status in RETRY_STATUSES
            delay = _backoff(core, attempt, slept, answer, deadline) if retried else None
            if delay is None:
                acted = redirected or status >= 500 or status == 429 or 200 <= status < 300
                return core.decode(answer, note if acted else "")
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


def _followed(
    core: Core, answer: Answer, method: str, content: bytes | None, once: bool, same: bool
) -> tuple[str, bytes | None]:
    """The method and body a redirect is followed with: 301, 302 and 303 turn a write into a GET without a body (as
    browsers and httpx do); 307 and 308 keep both, so a write is not followed where it may not be sent again, nor to
    another origin (its body stays here). ResponseError for a redirect not followed."""
    status = answer.status_code
    if status in (301, 302, 303):
        return ("GET" if method not in ("GET", "HEAD") else method), None
    if method in ("GET", "HEAD"):
        return method, content
    if once or not same:
        why = "it could start a second run" if once else "its body would go to another origin"
        raise core.failures.refused(
            f"the answer redirects the {method} (to {core.failures.redact(answer.headers['location'])[:200]}) "
            f"and jobruns does not send it again: {why}",
            status,
        )
    return method, content


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
