"""Checks every request the sandbox receives and every answer it sends against the vendored specs.

Uses openapi-core (install ``jobruns[sandbox]``); without it the sandbox serves unchecked and says so.
The specs ship inside the wheel (jobruns/sandbox/specs/) and are read from the repository's specs/ in a
checkout.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from ._messages import Recorded, Reply

_HERE = Path(__file__).resolve().parent


def spec_path(provider: str) -> Path | None:
    for candidate in (_HERE / "specs" / f"{provider}.yaml", _HERE.parents[2] / "specs" / f"{provider}.yaml"):
        if candidate.is_file():
            return candidate
    return None


def available() -> bool:
    try:
        import openapi_core  # noqa: F401
    except ImportError:
        return False
    return True


def _explain(exc: BaseException) -> str:
    """The validator's message with its causes and schema errors, on one line."""
    parts = [str(exc)]
    cause = exc.__cause__ or exc.__context__
    while cause is not None and len(parts) < 4:
        parts.append(str(cause))
        for error in getattr(cause, "schema_errors", []) or []:
            where = "/".join(str(p) for p in getattr(error, "absolute_path", []))
            parts.append(f"{where}: {error.message}" if where else error.message)
        cause = cause.__cause__
    return "; ".join(dict.fromkeys(p for p in parts if p))[:600]


@functools.cache
def check_for(provider: str, path: Path | None = None) -> SpecCheck:
    """One checker per provider and process: loading a spec costs far more than checking a request. ``path``: the
    provider's spec where its emulator says (a provider jobruns does not ship), else jobruns' own."""
    return SpecCheck(provider, path)


class SpecCheck:
    def __init__(self, provider: str, path: Path | None = None) -> None:
        import yaml
        from openapi_core import OpenAPI

        path = path or spec_path(provider)
        if path is None or not path.is_file():
            raise FileNotFoundError(f"no spec for {provider} beside the sandbox or in the repository's specs/")
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        document.pop("servers", None)  # the sandbox serves each provider under /<provider> on 127.0.0.1
        self.name = path.name
        self._openapi = OpenAPI.from_dict(document)

    @functools.cached_property
    def _mock(self) -> tuple[Any, Any, Any]:
        from openapi_core.testing import MockRequest, MockResponse
        from werkzeug.datastructures import ImmutableMultiDict

        return MockRequest, MockResponse, ImmutableMultiDict

    def _request(self, recorded: Recorded, body: bytes) -> Any:
        mock_request, _, multidict = self._mock
        parts = urlsplit(recorded.raw_path)
        args = multidict([(k, v) for k, values in recorded.query.items() for v in values])
        content_type = recorded.headers.get("content-type", "application/json")
        return mock_request(
            "http://sandbox",
            recorded.method.lower(),
            parts.path,
            args=args,
            headers=recorded.headers,
            data=body or None,
            content_type=content_type,
        )

    def request_problem(self, recorded: Recorded, body: bytes = b"") -> str | None:
        try:
            self._openapi.validate_request(self._request(recorded, body))
        except Exception as exc:  # openapi-core raises many kinds; each is a reason to refuse the request
            return f"the request does not match {self.name}: {_explain(exc)}"
        return None

    def response_problem(self, recorded: Recorded, reply: Reply, body: bytes = b"") -> str | None:
        from openapi_core.templating.responses.exceptions import ResponseNotFound

        _, mock_response, _ = self._mock
        try:
            self._openapi.validate_response(
                self._request(recorded, body), mock_response(reply.encoded(), status_code=reply.status)
            )
        except ResponseNotFound:
            return None  # a status the spec does not document (401 on TrueFoundry, 429...): nothing to check
        except Exception as exc:
            if reply.status >= 400 and "content" in str(exc).lower() and "not found" in str(exc).lower():
                return None  # a documented error status without a documented body (Intuned's 5XX)
            sent = json.dumps(reply.body)[:200] if not isinstance(reply.body, bytes) else repr(reply.body[:200])
            return f"the sandbox's answer does not match {self.name}: {_explain(exc)} (body starts {sent})"
        return None
