"""Provider settings: keyword arguments first, then JOBRUNS_<PROVIDER>_<SETTING> environment variables."""

from __future__ import annotations

import ipaddress
import math
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from attrs import frozen

from ._errors import ConfigError


@frozen
class Setting:
    name: str
    description: str
    required: bool = False
    secret: bool = False
    kind: type = str  # str, float or int: environment values are converted to it

    def env(self, provider: str) -> str:
        return f"JOBRUNS_{provider.upper()}_{self.name.upper()}"


# Every provider accepts these; adapters add their own (workspace, project...).
COMMON_SETTINGS = (
    Setting("token", "API token or key", required=True, secret=True),
    Setting("base_url", "API root; the operation paths are appended to it"),
    Setting("timeout", "seconds to connect and to wait for each read (default 30)", kind=float),
    Setting("retries", "retries of a GET on 429/502/503/504 and connection errors (default 3; 0: none)", kind=int),
    Setting(
        "concurrency",
        "pages the async client's iter_runs fetches at once where the provider can address pages (default 4; 1: one "
        "at a time)",
        kind=int,
    ),
)
NOT_FROM_ENV = ("httpx_client", "allow_insecure")
DEFAULT_TIMEOUT = 30.0
DEFAULT_RETRIES = 3
DEFAULT_CONCURRENCY = 4


def resolve(
    provider: str,
    own: tuple[Setting, ...],
    given: Mapping[str, Any],
    default_base_url: str | None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Validated settings, or ConfigError naming the setting and its environment variable."""
    environ = os.environ if environ is None else environ
    known = {s.name: s for s in (*own, *COMMON_SETTINGS)}
    unknown = sorted(set(given) - set(known) - set(NOT_FROM_ENV))
    if unknown:
        raise ConfigError(
            f"{provider}: unknown setting(s) {', '.join(unknown)}; {provider} takes {', '.join(sorted(known))}"
            f", httpx_client and allow_insecure"
        )
    values: dict[str, Any] = {name: given.get(name) for name in NOT_FROM_ENV}
    for name, setting in known.items():
        value = given.get(name)
        source = f"{name}="
        if value is None and setting.env(provider) in environ:
            value, source = environ[setting.env(provider)], setting.env(provider)
        if value is None and name == "base_url":
            value, source = default_base_url, "the default"
        if value is None or (isinstance(value, str) and not value.strip()):
            if setting.required:
                raise ConfigError(
                    f"{provider}: missing setting {name!r} ({setting.description}): "
                    f"pass {name}=... to connect() or set {setting.env(provider)}"
                )
            values[name] = None
            continue
        values[name] = _convert(provider, setting, value, source)
    values["base_url"] = _check_base_url(provider, values["base_url"], bool(values["allow_insecure"]))
    if values["timeout"] is None:
        values["timeout"] = DEFAULT_TIMEOUT
    if values["retries"] is None:
        values["retries"] = DEFAULT_RETRIES
    if values["concurrency"] is None:
        values["concurrency"] = DEFAULT_CONCURRENCY
    elif values["concurrency"] < 1:
        raise ConfigError(
            f"{provider}: setting 'concurrency' must be 1 or more, got {values['concurrency']!r} "
            f"(pass concurrency=... or set JOBRUNS_{provider.upper()}_CONCURRENCY)"
        )
    return values


def _convert(provider: str, setting: Setting, value: Any, source: str) -> Any:
    problem = f"{provider}: setting {setting.name!r} from {source}"
    if setting.kind is str:
        if not isinstance(value, str):
            raise ConfigError(f"{problem} must be a string, not {type(value).__name__}")
        if any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise ConfigError(f"{problem} contains a control character")
        if setting.secret and not value.isascii():
            raise ConfigError(f"{problem} contains non-ASCII characters, which cannot be sent in an HTTP header")
        return value.strip()
    try:
        number = setting.kind(value)
    except (TypeError, ValueError):
        shown = "<hidden>" if setting.secret else repr(value)
        raise ConfigError(f"{problem} must be a number, got {shown}") from None
    if setting.kind is float and (not math.isfinite(number) or number <= 0):
        raise ConfigError(f"{problem} must be a positive number of seconds, got {value!r}")
    if setting.kind is int and number < 0:
        raise ConfigError(f"{problem} must be 0 or more, got {value!r}")
    return number


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_base_url(provider: str, url: str | None, allow_insecure: bool) -> str:
    env = f"JOBRUNS_{provider.upper()}_BASE_URL"
    if url is None:
        raise ConfigError(f"{provider}: missing setting 'base_url': pass base_url=... to connect() or set {env}")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{provider}: base_url {url!r} is not an http(s) URL with a host (set base_url= or {env})")
    if parts.query or parts.fragment:
        raise ConfigError(f"{provider}: base_url {url!r} must not have a query or fragment")
    if parts.scheme == "http" and not allow_insecure and not _is_loopback(parts.hostname):
        raise ConfigError(
            f"{provider}: base_url {url!r} is plain http to a non-loopback host, which would send the token "
            f"in clear: use https, or pass allow_insecure=True"
        )
    return url.rstrip("/")
