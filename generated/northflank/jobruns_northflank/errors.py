"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content starts:\n{content[:200].decode(errors='replace')}"
        )


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


__all__ = ["InvalidPathParameter", "UnexpectedResponse", "UnexpectedStatus"]
