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
    least: int = 0  # an int setting's smallest value (a float one is always above 0)
    most: float | None = None  # a number setting's largest value

    def env(self, provider: str) -> str:
        return f"JOBRUNS_{provider.upper()}_{self.name.upper()}"


MAX_TIMEOUT = 86_400.0  # a day: longer is no timeout at all, and beyond what sockets and sleeps accept
MAX_RETRIES = 100
MAX_CONCURRENCY = 100  # httpx's pool holds 100 connections
MAX_TEXT_BYTES = 2048  # a text setting (a project, a base URL) goes into URLs, which hold 64 KiB at most

# Every provider accepts these; adapters add their own (workspace, project...).
COMMON_SETTINGS = (
    Setting("token", "API token or key", required=True, secret=True),
    Setting("base_url", "API root; the operation paths are appended to it"),
    Setting(
        "timeout",
        "seconds one request may take, connect to last byte (default 30)",
        kind=float,
        most=MAX_TIMEOUT,
    ),
    Setting(
        "retries",
        "retries of a GET on 429/502/503/504 and connection errors (default 3; 0: none)",
        kind=int,
        most=MAX_RETRIES,
    ),
    Setting(
        "concurrency",
        "pages the async client's iter_runs fetches at once where the provider can address pages (default 4; 1: one "
        "at a time)",
        kind=int,
        least=1,
        most=MAX_CONCURRENCY,
    ),
    Setting(
        "max_response_bytes",
        "the largest answer read, in bytes after decompression; a larger one is a ResponseError (default 64 MiB)",
        kind=int,
        least=1,
    ),
)
NOT_FROM_ENV = ("httpx_client", "allow_insecure")
DEFAULT_TIMEOUT = 30.0
DEFAULT_RETRIES = 3
DEFAULT_CONCURRENCY = 4
DEFAULT_MAX_RESPONSE_BYTES = 64 << 20


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
    defaults = {
        "timeout": DEFAULT_TIMEOUT,
        "retries": DEFAULT_RETRIES,
        "concurrency": DEFAULT_CONCURRENCY,
        "max_response_bytes": DEFAULT_MAX_RESPONSE_BYTES,
    }
    for name, default in defaults.items():
        if values[name] is None:
            values[name] = default
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
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError:
            raise ConfigError(f"{problem} cannot be encoded as UTF-8") from None
        if size > MAX_TEXT_BYTES and not setting.secret:
            raise ConfigError(f"{problem} is {size} bytes long in UTF-8: at most {MAX_TEXT_BYTES} fit in a URL")
        return value.strip()
    shown = _shown(value)
    if isinstance(value, bool) or (setting.kind is int and isinstance(value, float) and not value.is_integer()):
        raise ConfigError(f"{problem} must be a {'whole ' if setting.kind is int else ''}number, got {shown}")
    try:
        number = setting.kind(value)
    except (TypeError, ValueError, OverflowError):
        raise ConfigError(f"{problem} must be a number, got {shown}") from None
    most = math.inf if setting.most is None else setting.most
    up_to = f", at most {most:g}" if most < math.inf else ""
    if setting.kind is float and not (math.isfinite(number) and 0 < number <= most):
        raise ConfigError(f"{problem} must be a positive number of seconds{up_to}, got {shown}")
    if setting.kind is int and not setting.least <= number <= most:
        raise ConfigError(f"{problem} must be {setting.least} or more{up_to}, got {shown}")
    return number


def _shown(value: object) -> str:
    """A value as an error message may show it: short, and never failing (an int of 5,000 digits cannot be printed)."""
    try:
        text = repr(value)
    except ValueError:
        return "a number too long to show"
    return text if len(text) <= 40 else text[:37] + "..."


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
    shown = repr(url) if "@" not in url else "(not shown: it holds an '@')"  # user:password@ is never echoed
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - read for its check: ValueError when out of range
    except ValueError:
        raise ConfigError(f"{provider}: base_url {shown} is not a valid URL (set base_url= or {env})") from None
    if "@" in parts.netloc:
        raise ConfigError(
            f"{provider}: base_url must not hold a user name or password (not shown): jobruns sends the token "
            f"itself (token=...), so pass the URL without them (set base_url= or {env})"
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{provider}: base_url {shown} is not an http(s) URL with a host (set base_url= or {env})")
    if "?" in url or "#" in url:  # even an empty one, which urlsplit drops: the paths would go after it
        raise ConfigError(f"{provider}: base_url {shown} must not have a query or fragment ('?' or '#')")
    import httpx  # here, not at import: the command line's --help does not load httpx

    try:
        httpx.URL(url).host  # noqa: B018 - read for its check: idna's ValueError for a malformed international name
    except (httpx.InvalidURL, ValueError) as exc:
        raise ConfigError(f"{provider}: base_url {shown} is not a usable URL: {exc}") from None
    if parts.scheme == "http" and not allow_insecure and not _is_loopback(parts.hostname):
        raise ConfigError(
            f"{provider}: base_url {shown} is plain http to a non-loopback host, which would send the token "
            f"in clear: use https, or pass allow_insecure=True"
        )
    return url.rstrip("/")
