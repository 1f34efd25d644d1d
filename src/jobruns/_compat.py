"""Where jobruns reaches beyond httpx's public API, all in one place, with the versions it was checked against.

The pools of the clients jobruns makes get a deadline-aware network backend (``_deadline``). httpcore's
ConnectionPool takes a network backend as a public argument, but httpx builds its transport's pool itself and
offers no way to pass one, so the backend is set on the pool httpx made: ``client._transport._pool`` (and the
pools of the transports mounted for proxies) and their ``_network_backend``. Those names are checked against
the httpx and httpcore versions below; outside them (or when a name is gone) the first request fails with a
ConfigError saying which versions to install, rather than running without its deadline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpcore
import httpx

from ._errors import ConfigError

# [lowest, above the highest) of each, as pyproject.toml pins them
SUPPORTED = {"httpx": ((0, 27), (0, 29)), "httpcore": ((1, 0), (2, 0))}


def _version(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split(".")[:2]:
        digits = "".join(c for c in part if c.isdigit()) if part[:1].isdigit() else ""
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def _unsupported(found: str) -> ConfigError:
    ranges = [f"{name}>={_dotted(low)},<{_dotted(high)}" for name, (low, high) in SUPPORTED.items()]
    return ConfigError(
        "jobruns gives its connection pools a deadline through httpx's and httpcore's internals, which it supports "
        f"in {' and '.join(ranges)}; {found}: install supported versions "
        f"(pip install {' '.join(repr(r) for r in ranges)})"
    )


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(map(str, version))


def check_versions(installed: dict[str, str] | None = None) -> None:
    """ConfigError unless the installed httpx and httpcore (``installed``: name -> version, for tests) are ones
    whose internals ``set_network_backend`` was checked against."""
    installed = installed or {"httpx": httpx.__version__, "httpcore": httpcore.__version__}
    for name, (low, high) in SUPPORTED.items():
        version = installed[name]
        if not low <= _version(version) < high:
            raise _unsupported(f"found {name} {version}")


def set_network_backend(client: httpx.Client | httpx.AsyncClient, wrap: Callable[[Any], Any]) -> None:
    """Give every connection pool of ``client`` (one jobruns made: its own, and those for proxies from the
    environment) the network backend ``wrap(its backend)``."""
    check_versions()
    for transport in (client._transport, *client._mounts.values()):
        if transport is None:  # a mount that routes nothing through a proxy
            continue
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if not isinstance(backend, httpcore.NetworkBackend | httpcore.AsyncNetworkBackend):
            raise _unsupported(f"httpx {httpx.__version__}'s transport has no pool with a network backend where it was")
        pool._network_backend = wrap(backend)  # type: ignore[union-attr]
