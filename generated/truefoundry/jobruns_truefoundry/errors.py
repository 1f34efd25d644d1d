"""Contains shared errors types that can be raised from API functions"""

from typing import Any


class StatusError(Exception):
    """The server answered with an error status (>= 400), or with a status the spec does not declare.

    sync() and asyncio() raise it for every error status; ``parsed`` is then the error model the spec declares
    for that status (None when it declares none). ``content`` is the whole body; the message shows its start.
    """

    headline = "Error status"

    def __init__(self, status_code: int, content: bytes, parsed: Any = None):
        self.status_code = status_code
        self.content = content
        self.parsed = parsed

        super().__init__(
            f"{self.headline}: {status_code}\n\nResponse content starts:\n{content[:200].decode(errors='replace')}"
        )


class UnexpectedStatus(StatusError):
    """Raised by api functions when the response status is one the spec does not declare, unless
    Client.raise_on_unexpected_status is False"""

    headline = "Unexpected status code"

    def __init__(self, status_code: int, content: bytes):
        super().__init__(status_code, content)


class UnexpectedResponse(Exception):
    """Raised by api functions when the body of a documented status is not what the spec says (not JSON, wrong shape)"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Response with status {status_code} is not as the spec says; content starts:\n"
            f"{content[:200].decode(errors='replace')}"
        )


class InvalidPathParameter(ValueError):
    """Raised before any request for a path parameter that cannot be sent as one path segment"""


__all__ = ["InvalidPathParameter", "StatusError", "UnexpectedResponse", "UnexpectedStatus"]
