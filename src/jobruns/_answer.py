"""Reading an answer: its body as it comes in, decompressed a bounded step at a time and counted against
``max_response_bytes`` (``Answer``), then decoded from JSON, or turned into the error its status means (``decode``).
"""

from __future__ import annotations

import contextlib
import math
import time
import zlib
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

import httpx

from . import _json
from ._failures import MALFORMED, Failures

ACCEPT_ENCODING = "gzip, deflate"  # what Answer decodes, a bounded step at a time
DECODE_STEP = 1 << 20  # bytes a compressed answer may expand to at once while it is decoded
RETRY_AFTER_MOST = 86_400.0  # a Retry-After read as more than a day is read as a day


def number(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def retry_after(answer: Any) -> float | None:
    """Seconds from Retry-After (seconds or HTTP-date) or retry-after-ms, at most a day; None when absent,
    unreadable or not a finite number (inf, nan, 1e400)."""
    headers = answer.headers
    seconds = number(headers.get("retry-after-ms"))
    if seconds is not None:
        seconds /= 1000
    elif "retry-after" in headers:
        seconds = number(headers["retry-after"])
        if seconds is None:
            try:
                seconds = parsedate_to_datetime(headers["retry-after"]).timestamp() - time.time()
            except (TypeError, ValueError, IndexError, OverflowError):
                return None
    if seconds is None or not math.isfinite(seconds):
        return None
    return min(max(0.0, seconds), RETRY_AFTER_MOST)


class Answer:
    """An answer as it comes in (``feed`` it the body's bytes as they arrive, then ``finish``), then as the exchange
    reads it: ``content`` is the body decoded from gzip or deflate a bounded step at a time, so a small compressed
    answer cannot expand into gigabytes at once, and counted after decoding against max_response_bytes.

    ``feed`` also gives up at the request's deadline. The pools jobruns makes enforce it on every read anyway; for a
    client passed as httpx_client this check between the body's chunks is the deadline's only hold on the body.
    """

    def __init__(self, failures: Failures, most: int, response: httpx.Response, deadline: float) -> None:
        self.status_code = response.status_code
        self.reason_phrase = response.reason_phrase
        self.headers = response.headers
        self.url = str(response.url)
        self.content = bytearray()
        self._failures, self._deadline, self._most = failures, deadline, most
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
        elif (number(response.headers.get("content-length")) or 0) > self._most:
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

    def finish(self) -> Answer:
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

    def _refused(self, message: str) -> Exception:
        content, self.content = self.content, bytearray()  # let it go now, not when the error is collected
        return self._failures.refused(message, self.status_code, content)


class Read(Protocol):
    """What ``decode`` reads of an answer (an ``Answer``, or an httpx.Response in the decode benchmark)."""

    status_code: int
    reason_phrase: str
    headers: Any

    @property
    def content(self) -> bytes | bytearray: ...


class ErrorDetails(Protocol):
    def __call__(self, body: Any) -> tuple[str | None, str | None]: ...


def decode(
    failures: Failures,
    answer: Read,
    error_details: ErrorDetails,
    note: str = "",
) -> Any:
    """The JSON body of a 2xx answer; otherwise raises the error its status means (``error_details`` reads the
    provider's message and request id from the body; ``note``, what to check after a write that may have taken
    effect, is added to the message of every error it raises)."""
    status = answer.status_code
    body: Any = None
    try:
        body = _json.loads(answer.content) if answer.content else None
    except (ValueError, UnicodeDecodeError):
        if 200 <= status < 300:
            raise failures.noted(failures.refused("the answer is not JSON", status, answer.content), note) from None
    if 200 <= status < 300:
        if body is None:
            raise failures.noted(failures.refused("the answer is empty", status), note)
        return body
    details: tuple[object, object] = (None, None)
    with contextlib.suppress(*MALFORMED):
        details = error_details(body)
    waited = retry_after(answer) if status == 429 else None
    raise failures.status(status, answer.reason_phrase, answer.headers, answer.content, details, note, waited)
