"""Provider settings: keyword arguments (or flags) first, then JOBRUNS_<PROVIDER>_<SETTING> environment variables, then
the profile asked for (``profile=``, ``--profile``, JOBRUNS_PROFILE), then the defaults."""

from __future__ import annotations

import ipaddress
import math
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from attrs import frozen

from . import _profiles, _words
from ._errors import ConfigError
from ._words import NOT_FROM_ENV, Phrase, Term, env_name


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
        return env_name(provider, self.name)


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
DEFAULT_TIMEOUT = 30.0
DEFAULT_RETRIES = 3
DEFAULT_CONCURRENCY = 4
DEFAULT_MAX_RESPONSE_BYTES = 64 << 20
DEFAULTS = {
    "timeout": DEFAULT_TIMEOUT,
    "retries": DEFAULT_RETRIES,
    "concurrency": DEFAULT_CONCURRENCY,
    "max_response_bytes": DEFAULT_MAX_RESPONSE_BYTES,
}


@frozen
class Source:
    """A setting's value as given (before it is checked), and where it came from: ``workspace=`` (or the flag), an
    environment variable, ``PATH:LINE (profile NAME)`` or ``the default``; "" when it has none."""

    value: Any
    where: str


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def sources(
    provider: str,
    own: tuple[Setting, ...],
    given: Mapping[str, Any],
    default_base_url: str | None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Source]:
    """Every setting's value and where it came from: given (a keyword, or a flag), else its environment variable,
    else the profile (``given["profile"]``, else JOBRUNS_PROFILE), else the default. ConfigError for a setting the
    provider does not take, and for a profile that cannot be used."""
    environ = os.environ if environ is None else environ
    known = {s.name: s for s in (*own, *COMMON_SETTINGS)}
    given = dict(given)
    profile_name, asked = _profiles.chosen(given.pop("profile", None), _words.given("profile"), environ)
    unknown = sorted(set(given) - set(known) - set(NOT_FROM_ENV))
    if unknown:
        about = unknown[0]
        raise ConfigError(
            Phrase(f"{provider}: ", Term("unknown_settings", (provider, tuple(unknown), tuple(known)))), about=about
        )
    profile = None
    if profile_name is not None:
        profile = _profiles.load(profile_name, asked, provider, [*known, "allow_insecure"], environ)
    found: dict[str, Source] = {}
    for name in (*known, *NOT_FROM_ENV):
        where: str  # a Phrase where the value was given: the flag on the command line, the keyword in Python
        value, where = given.get(name), _words.given(name)
        if _blank(value) and name not in NOT_FROM_ENV and not _blank(environ.get(env_name(provider, name))):
            value, where = environ[env_name(provider, name)], env_name(provider, name)
        if _blank(value) and profile is not None and name in profile.values:
            value, where = profile.values[name], profile.where(name)
        if _blank(value) and name == "base_url" and default_base_url:
            value, where = default_base_url, "the default"
        found[name] = Source(None, "") if _blank(value) else Source(value, where)
    return found


def resolve(
    provider: str,
    own: tuple[Setting, ...],
    given: Mapping[str, Any],
    default_base_url: str | None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Validated settings, or ConfigError naming the setting (``about``) and how to give it."""
    found = sources(provider, own, given, default_base_url, environ)
    insecure = found["allow_insecure"]
    if insecure.where not in ("", _words.given("allow_insecure")) and not isinstance(insecure.value, bool):
        raise ConfigError(
            f"{provider}: setting 'allow_insecure' from {insecure.where} must be true or false", about="allow_insecure"
        )
    values: dict[str, Any] = {"httpx_client": found["httpx_client"].value, "allow_insecure": bool(insecure.value)}
    for setting in (*own, *COMMON_SETTINGS):
        name, value = setting.name, found[setting.name].value
        if value is None:
            if setting.required:
                raise ConfigError(
                    Phrase(
                        f"{provider}: missing setting ",
                        _words.setting(provider, name),
                        f" ({setting.description}): ",
                        _words.give(provider, name),
                    ),
                    about=name,
                )
            values[name] = None
            continue
        values[name] = _convert(provider, setting, value, found[name].where)
    values["base_url"] = _check_base_url(provider, values["base_url"], values["allow_insecure"])
    for name, default in DEFAULTS.items():
        if values[name] is None:
            values[name] = default
    return values


def _convert(provider: str, setting: Setting, value: Any, source: str) -> Any:
    problem = Phrase(f"{provider}: ", Term("setting_from", (provider, setting.name, source)))
    about = setting.name
    if setting.kind is str:
        if not isinstance(value, str):
            raise ConfigError(problem + f" must be a string, not {type(value).__name__}", about=about)
        if any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise ConfigError(problem + " contains a control character", about=about)
        if setting.secret and not value.isascii():
            raise ConfigError(
                problem + " contains non-ASCII characters, which cannot be sent in an HTTP header", about=about
            )
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError:
            raise ConfigError(problem + " cannot be encoded as UTF-8", about=about) from None
        if size > MAX_TEXT_BYTES and not setting.secret:
            raise ConfigError(
                problem + f" is {size} bytes long in UTF-8: at most {MAX_TEXT_BYTES} fit in a URL", about=about
            )
        return value.strip()
    shown = _shown(value)
    if isinstance(value, bool) or (setting.kind is int and isinstance(value, float) and not value.is_integer()):
        raise ConfigError(
            problem + f" must be a {'whole ' if setting.kind is int else ''}number, got {shown}", about=about
        )
    try:
        number = setting.kind(value)
    except (TypeError, ValueError, OverflowError):
        raise ConfigError(problem + f" must be a number, got {shown}", about=about) from None
    most = math.inf if setting.most is None else setting.most
    up_to = f", at most {most:g}" if most < math.inf else ""
    if setting.kind is float and not (math.isfinite(number) and 0 < number <= most):
        raise ConfigError(problem + f" must be a positive number of seconds{up_to}, got {shown}", about=about)
    if setting.kind is int and not setting.least <= number <= most:
        raise ConfigError(problem + f" must be {setting.least} or more{up_to}, got {shown}", about=about)
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
    give = _words.give(provider, "base_url")
    if url is None:
        raise ConfigError(
            Phrase(f"{provider}: missing setting ", _words.setting(provider, "base_url"), ": ", give), about="base_url"
        )
    shown = repr(url) if "@" not in url else "(not shown: it holds an '@')"  # user:password@ is never echoed
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - read for its check: ValueError when out of range
    except ValueError:
        raise ConfigError(
            Phrase(f"{provider}: base_url {shown} is not a valid URL (", give, ")"), about="base_url"
        ) from None
    if "@" in parts.netloc:
        raise ConfigError(
            Phrase(
                f"{provider}: base_url must not hold a user name or password (not shown): jobruns sends the token "
                "itself (",
                _words.setting(provider, "token"),
                "), so pass the URL without them (",
                give,
                ")",
            ),
            about="base_url",
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            Phrase(f"{provider}: base_url {shown} is not an http(s) URL with a host (", give, ")"), about="base_url"
        )
    if "?" in url or "#" in url:  # even an empty one, which urlsplit drops: the paths would go after it
        raise ConfigError(
            f"{provider}: base_url {shown} must not have a query or fragment ('?' or '#')", about="base_url"
        )
    import httpx  # here, not at import: the command line's --help does not load httpx

    try:
        httpx.URL(url).host  # noqa: B018 - read for its check: idna's ValueError for a malformed international name
    except (httpx.InvalidURL, ValueError) as exc:
        raise ConfigError(f"{provider}: base_url {shown} is not a usable URL: {exc}", about="base_url") from None
    if parts.scheme == "http" and not allow_insecure and not _is_loopback(parts.hostname):
        raise ConfigError(
            Phrase(
                f"{provider}: base_url {shown} is plain http to a non-loopback host, which would send the token "
                "in clear: use https, or ",
                _words.give(provider, "allow_insecure", "True"),
            ),
            about="base_url",
        )
    return url.rstrip("/")
