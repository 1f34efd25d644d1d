"""Where every failure a call meets becomes a jobruns error: one table from an HTTP status, or from the kind of
failure (the request never completed, the answer is refused or is not as the spec says), to the exception class.

The exchange, the answer reader, the listing and the writes all raise through a ``Failures`` bound to the client
(its provider and the secrets it must keep out of every message); none of them names an error class itself.
"""

from __future__ import annotations

from typing import Any, Literal

from ._errors import (
    APIError,
    AuthError,
    JobRunsError,
    NotFound,
    RateLimited,
    ResponseError,
    ServerError,
    TransportError,
    redacted,
)
from ._words import Phrase

EXCERPT = 200  # characters of an answer's body that an error keeps
MESSAGE_MOST = 1000  # characters of an error message from a server that an APIError keeps
# What reading a malformed answer into models and runs raises (a RecursionError: JSON nested deep enough to parse)
MALFORMED = (AttributeError, KeyError, TypeError, ValueError, OverflowError, RecursionError)
REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "x-amzn-requestid", "cf-ray")


class OutOfTime(TransportError):
    """A request cut short by the deadline of the wait_for_run it serves, which then ends as a WaitTimeout."""


Kind = Literal["unsent", "cut short", "refused", "malformed"]

BY_STATUS: dict[int, type[APIError]] = {401: AuthError, 403: AuthError, 404: NotFound, 429: RateLimited}
BY_KIND: dict[Kind, type[TransportError | ResponseError]] = {
    "unsent": TransportError,  # the request did not complete (it may have been sent)
    "cut short": OutOfTime,  # by wait_for_run's deadline
    "refused": ResponseError,  # an answer jobruns will not read: too large, encoded as not asked, not JSON, empty
    "malformed": ResponseError,  # JSON, but not as the spec says
}


def status_class(status: int) -> type[APIError]:
    """The error an answer with this (non-2xx) status raises."""
    return BY_STATUS.get(status) or (ServerError if status >= 500 else APIError)


class Failures:
    """Makes the errors of one client: worded for its provider, with its secrets redacted."""

    def __init__(self, provider: str, secrets: list[str], token_from: str = "") -> None:
        self.provider = provider
        self._secrets = secrets
        self.token_from = token_from  # where the token came from, for a 401's or 403's message (never the token)

    def redact(self, text: str) -> str:
        return redacted(text, self._secrets)

    @staticmethod
    def noted(exc: JobRunsError, note: str) -> JobRunsError:
        """``exc`` with ``note`` (what the caller should check after a write that may have taken effect) added to
        its message, once; unchanged without a note."""
        if not note or note in str(exc):
            return exc
        if isinstance(exc, APIError):
            exc.message = Phrase(exc.message, "; ", note)  # a Phrase stays one: the note names what to type
        elif exc.args and isinstance(exc.args[0], str):
            exc.args = (Phrase(exc.args[0], "; ", note), *exc.args[1:])
        else:
            exc.args = (Phrase(note), *exc.args[1:])
        return exc

    def excerpt(self, content: bytes | bytearray) -> str:
        text = bytes(content[: EXCERPT * 4]).decode("utf-8", "replace")
        return self.redact(" ".join(text.split()))[:EXCERPT]

    def of_kind(self, kind: Kind, message: str, **details: Any) -> TransportError | ResponseError:
        cls = BY_KIND[kind]
        if issubclass(cls, ResponseError):
            return cls(message, provider=self.provider, **details)
        return cls(f"{self.provider}: " + message)  # (a Phrase stays one: a write's note names what to type)

    def unsent(self, url: str, what: str, note: str = "") -> TransportError | ResponseError:
        return self.of_kind("unsent", f"request to {self.redact(url)} failed: {what}" + note)

    def cut_short(self, url: str, what: str) -> TransportError | ResponseError:
        return self.of_kind("cut short", f"request to {self.redact(url)} cut short: {what}")

    def refused(
        self, message: str, status_code: int | None = None, content: bytes | bytearray = b""
    ) -> TransportError | ResponseError:
        return self.of_kind("refused", message, status_code=status_code, body_excerpt=self.excerpt(content))

    def malformed(self, message: str, status_code: int | None = 200) -> TransportError | ResponseError:
        return self.of_kind("malformed", message, status_code=status_code)

    def unreadable(self, what: str, exc: Exception) -> TransportError | ResponseError:
        """What reading the ``what`` answer (get, list, trigger, cancel) raised (one of MALFORMED), as the error to
        raise."""
        return self.malformed(
            f"the {what} answer is not as the spec says: {type(exc).__name__}: {self.redact(str(exc))[:200]}"
        )

    def status(
        self,
        status: int,
        reason: str,
        headers: Any,
        content: bytes | bytearray,
        details: tuple[object, object],
        note: str = "",
        retry_after: float | None = None,
    ) -> APIError:
        """The error of an answer with a non-2xx status; ``details``: (message, request id) as the adapter read
        them from its body (either may be missing or of any type); ``note`` is added to the message."""
        message, request_id = details
        if not isinstance(message, str):  # a number, or a list nested too deep to print, says nothing
            message = None
        if not isinstance(request_id, str | int) or isinstance(request_id, bool):
            request_id = None
        for header in REQUEST_ID_HEADERS:
            if request_id is None and header in headers:
                request_id = headers[header]
        cls = status_class(status)
        text = self.redact(message or reason or "error")[:MESSAGE_MOST]
        if note:
            text = text + "; " + note
        extra: dict[str, Any] = {"retry_after": retry_after} if cls is RateLimited else {}
        if cls is AuthError:
            extra = {"token_from": self.token_from or None}
        return cls(
            text,
            provider=self.provider,
            status_code=status,
            request_id=self.redact(str(request_id))[:MESSAGE_MOST] if request_id else None,
            body_excerpt=self.excerpt(content),
            **extra,
        )
