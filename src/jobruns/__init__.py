"""jobruns: one typed interface to the job runs of TrueFoundry, Intuned, Northflank and Blaxel.

runs = jobruns.connect("blaxel", workspace="my-workspace", token="...")
with runs:
    run = runs.get_run("job-id", "run-id")
    for run in runs.iter_runs("job-id", limit=100): ...
    done = runs.wait_for_run("job-id", "run-id", timeout=3600)
    for line in runs.iter_logs("job-id", "run-id", follow=True): print(line.message)
"""

from __future__ import annotations

import sys

if sys.argv and sys.argv[0].replace("\\", "/").rpartition("/")[2] in ("jobruns", "jobruns.exe", "jobruns-script.py"):
    # The jobruns command is starting (its script imports this package first): until its main() takes over the
    # signals, Ctrl-C or SIGTERM ends it at once and quietly, never with a traceback of an import it interrupted.
    # The built-in _signal and os, as both are loaded already: importing anything here would widen the window.
    import _signal  # type: ignore[import-not-found]  # (no stubs: it is signal.py's own C module)
    import os

    def _leave(signum: int, frame: object) -> None:
        os.write(2, b"jobruns: interrupted\n" if signum == _signal.SIGINT else b"jobruns: terminated\n")
        os._exit(128 + signum)

    _signal.signal(_signal.SIGINT, _leave)
    _signal.signal(_signal.SIGTERM, _leave)

import importlib
from typing import TYPE_CHECKING, Any

# The errors cost nothing to import; everything else loads on first use (PEP 562 ``__getattr__`` below),
# so `import jobruns` stays cheap and the CLI's --help never loads httpx or the provider packages.
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

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._logs import LogLine
    from ._model import JobRun, Page, RunStatus
    from ._registry import providers

__version__ = "0.2.0"

__all__ = [
    "APIError",
    "AsyncClient",
    "AuthError",
    "Client",
    "ConfigError",
    "InvalidArgument",
    "JobRun",
    "JobRunsError",
    "LogLine",
    "NotFound",
    "NotSupported",
    "Page",
    "RateLimited",
    "ResponseError",
    "RunStatus",
    "ServerError",
    "TransportError",
    "WaitTimeout",
    "connect",
    "connect_async",
    "jobrun_json_schema",
    "providers",
]


_LAZY = {
    "AsyncClient": "._client",
    "Client": "._client",
    "JOBRUN_JSON_SCHEMA": "._model",
    "JobRun": "._model",
    "LogLine": "._logs",
    "Page": "._model",
    "RunStatus": "._model",
    "providers": "._registry",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def connect(provider: str, *, profile: str | None = None, **settings: Any) -> Client:
    """A blocking client for ``provider``; settings fall back to JOBRUNS_<PROVIDER>_<SETTING> variables, then to
    ``profile`` (default: JOBRUNS_PROFILE), a profile of ``provider`` in the config file (README: Profiles).

    Raises ConfigError, naming the setting and its variable, before any request when one is missing or bad
    (a number that is not finite or out of range, a base_url with a user name, password, '?' or '#').

    Limits that hold whatever a server does:

    - ``timeout`` (default 30 s) bounds each request as a whole, connect to last byte, so an answer that drips
      in a byte at a time is cut there too; a call with its retries never runs past ``timeout * (retries + 1)``
      plus the retry budget (60 s of sleeps).
    - ``wait_for_run(timeout=T)``: nothing runs past T. Each request gets at most what is left of T, retry sleeps
      end before it, and a request cut short by it ends the wait as WaitTimeout (``last`` is the run as last
      seen, None if none was), or as the RateLimited met if no run was seen.
    - ``max_response_bytes`` (default 64 MiB, JOBRUNS_<PROVIDER>_MAX_RESPONSE_BYTES) bounds every answer, error
      answers too, counted after decompression while it is read: a larger one is a ResponseError, and is not
      held in memory.
    - Only JobRunsError subclasses leave a client: a body nested too deep, a non-finite Retry-After (ignored;
      one above a day counts as a day), an id too long for a URL (more than 2048 bytes in UTF-8:
      InvalidArgument, before any request).

    With your own ``httpx_client=`` these hold too but for one: the sync client cannot cut a server that drips
    its headers, as their reads run in your client's connection pool, which jobruns does not change (each read
    is bounded, by the time left when the request began, but not their sum). The async client cancels such a
    request at its deadline.
    """
    from ._client import Client

    return Client(provider, profile=profile, **settings)


def connect_async(provider: str, *, profile: str | None = None, **settings: Any) -> AsyncClient:
    """Like ``connect``, for asyncio: every method is awaitable and ``iter_runs`` is an async iterator.

    The limits of ``connect`` hold as they are written there: each request ends by its deadline (``timeout``,
    or what is left of ``wait_for_run``'s), and each answer is capped by ``max_response_bytes``.
    """
    from ._client import AsyncClient

    return AsyncClient(provider, profile=profile, **settings)


def jobrun_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``JobRun.to_dict()`` (what ``jobruns schema`` prints), for downstream code generation; its
    ``provider`` enum lists every registered provider."""
    import copy

    from ._model import JOBRUN_JSON_SCHEMA
    from ._registry import names

    schema = copy.deepcopy(JOBRUN_JSON_SCHEMA)
    schema["properties"]["provider"]["enum"] = names()
    return schema
