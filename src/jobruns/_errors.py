"""The exceptions of jobruns: everything a user can catch derives from JobRunsError."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._words import PYTHON, Words, rendered

if TYPE_CHECKING:
    from ._model import JobRun


class JobRunsError(Exception):
    """Base of every error jobruns raises.

    ``about`` names the argument or setting the error is about, by its Python name (``"page_size"``,
    ``"workspace"``), or is None. ``str(error)`` words the message for Python (keyword arguments, methods);
    ``render(words)`` words it for another interface (the command line: its flags and commands).
    """

    about: str | None = None

    def __init__(self, *args: object, about: str | None = None) -> None:
        super().__init__(*args)
        if about is not None:
            self.about = about

    def render(self, words: Words = PYTHON) -> str:
        """The message, naming what to type in ``words``."""
        if not self.args:
            return ""
        first = self.args[0]
        return rendered(first, words) if isinstance(first, str) else str(self)


class ConfigError(JobRunsError):
    """A setting is missing or malformed, or a provider package is not installed. Raised before any request."""


class InvalidArgument(JobRunsError, ValueError):
    """An argument (an id, a page size, a cursor) cannot be sent; raised before any request."""


class NotSupported(JobRunsError):
    """The provider cannot do what was asked."""


class APIError(JobRunsError):
    """The provider answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int,
        request_id: str | None = None,
        body_excerpt: str = "",
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.status_code = status_code
        self.message = message
        self.request_id = request_id
        self.body_excerpt = body_excerpt

    def __str__(self) -> str:
        return self.render()

    def render(self, words: Words = PYTHON) -> str:
        request = f", request id {self.request_id}" if self.request_id else ""
        return f"{self.provider}: HTTP {self.status_code}: {rendered(self.message, words)}{request}"


class AuthError(APIError):
    """401 or 403: the token is missing, wrong, or lacks access."""


class NotFound(APIError):
    """404: no such job or run (or no access to it)."""


class RateLimited(APIError):
    """429: too many requests; ``retry_after`` is the wait the provider asked for, in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx: the provider failed."""


class ResponseError(JobRunsError):
    """The provider's answer is not JSON, or not what its spec says."""

    def __init__(self, message: str, *, provider: str, status_code: int | None = None, body_excerpt: str = "") -> None:
        super().__init__(message)
        self.provider = provider
        self.status_code = status_code
        self.body_excerpt = body_excerpt

    def __str__(self) -> str:
        return self.render()

    def render(self, words: Words = PYTHON) -> str:
        status = f"HTTP {self.status_code}: " if self.status_code is not None else ""
        excerpt = f" (body starts: {self.body_excerpt!r})" if self.body_excerpt else ""
        return f"{self.provider}: {status}{rendered(self.args[0], words)}{excerpt}"


class TransportError(JobRunsError):
    """The request did not complete: connection refused or reset, DNS failure, timeout."""


class WaitTimeout(JobRunsError):
    """wait_for_run gave up; ``last`` is the run as last seen (None when no answer came in time to see it)."""

    def __init__(self, message: str, *, last: JobRun | None) -> None:
        super().__init__(message)
        self.last = last


SHORT_SECRET = 8  # characters: a secret shorter than this is redacted only where it stands as a word of its own


def redacted(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each secret replaced by ``***``. A long one goes wherever it appears; a short one (a test's
    ``t``) only where no letter or digit touches it, so that ordinary words (``https``) stay readable."""
    for secret in secrets:
        if not secret:
            continue
        if len(secret) >= SHORT_SECRET:
            text = text.replace(secret, "***")
        elif secret in text:
            import re

            text = re.sub(rf"(?<![0-9A-Za-z]){re.escape(secret)}(?![0-9A-Za-z])", "***", text)
    return text
