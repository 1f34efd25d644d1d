"""What the sandbox's server and its spec checks both speak of: a request as recorded, and a reply to send.

In a module of their own so that the spec checks (_spec) need not import the server, which imports them.
"""

from __future__ import annotations

import json
from typing import Any

from attrs import define, field


@define
class Reply:
    status: int = 200
    body: Any = None  # JSON-able, or bytes sent as they are
    headers: dict[str, str] = field(factory=dict)
    reset: bool = False  # send half the body, then reset the connection (a fault)

    def encoded(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return b"" if self.body is None else json.dumps(self.body, separators=(",", ":")).encode()


@define
class Recorded:
    """A request as the sandbox received it."""

    provider: str
    method: str
    raw_path: str  # exactly as sent, percent-encoding included, without the /<provider> prefix
    path_params: dict[str, str]  # decoded
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    operation: str | None  # "get", "list", "trigger", "cancel" or "logs"; None when no route matched
    body: Any = None  # the decoded JSON body of a POST or DELETE, None when it had none
