"""Profiles: named sets of one provider's settings in a TOML file, so that ``--profile acme`` (or
``JOBRUNS_PROFILE=acme``, or ``connect("blaxel", profile="acme")``) stands for a workspace's settings.

    [profiles.acme]
    provider = "blaxel"
    workspace = "acme"
    token = "..."          # only in a file that no one else may read or write (chmod 600)

The file is JOBRUNS_CONFIG when set; otherwise ``jobruns/config.toml`` in the user's configuration directory:
``$XDG_CONFIG_HOME`` (``~/.config`` when unset) on Linux, macOS and other POSIX systems, ``%APPDATA%`` on Windows.
A profile's settings come after keywords (or flags) and environment variables, before the defaults.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from ._errors import ConfigError
from ._words import Phrase

PROFILE_ENV = "JOBRUNS_PROFILE"
CONFIG_ENV = "JOBRUNS_CONFIG"
SECRET_KEYS = ("token",)
MAX_CONFIG_BYTES = 1 << 20  # a few profiles take a few KiB; /dev/zero or a log file named by mistake take more


@frozen
class Profile:
    name: str
    provider: str
    path: Path
    values: dict[str, Any]  # setting name -> value, as the file gives it
    lines: dict[str, int]  # setting name -> its line in the file (0: not found)

    def where(self, key: str) -> str:
        """Where a setting of this profile is written: ``PATH:LINE (profile NAME)``."""
        line = self.lines.get(key, 0)
        return f"{self.path}{f':{line}' if line else ''} (profile {self.name})"


def config_path(environ: Mapping[str, str]) -> Path:
    """Where the profiles are read from."""
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV]).expanduser()
    if os.name == "nt" and environ.get("APPDATA"):
        return Path(environ["APPDATA"]) / "jobruns" / "config.toml"
    base = environ.get("XDG_CONFIG_HOME") or ""
    root = Path(base) if Path(base).is_absolute() else Path.home() / ".config"  # XDG: a relative one is ignored
    return root / "jobruns" / "config.toml"


def chosen(given: object, given_as: str, environ: Mapping[str, str]) -> tuple[str | None, str]:
    """The profile asked for (``given`` as ``given_as``, a keyword or a flag; else JOBRUNS_PROFILE), and how."""
    if given is not None:
        if not isinstance(given, str) or not given.strip():
            raise ConfigError(Phrase(given_as, f" must be a profile's name, not {given!r}"), about="profile")
        return given.strip(), given_as
    named = environ.get(PROFILE_ENV, "").strip()
    return (named or None), PROFILE_ENV


def load(name: str, asked: str, provider: str, known: Collection[str], environ: Mapping[str, str]) -> Profile:
    """Profile ``name`` (``asked`` for by ``asked``: a keyword, flag or variable) of the config file, for ``provider``
    (whose settings are ``known``); ConfigError, naming the file and line, when the file is missing, malformed or
    readable by others while it holds a token, when there is no such profile, or when it is another provider's or
    names a setting ``provider`` does not take."""
    import difflib  # here: a client made without a profile need not load these
    import tomllib

    path = config_path(environ)
    try:
        text = read_config(path)
    except FileNotFoundError:
        raise ConfigError(
            Phrase(
                f"profile {name!r} (from ",
                asked,
                f"): there is no config file at {path} (write the profile there, or set {CONFIG_ENV} to the file "
                "that holds it)",
            ),
            about="profile",
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        raise ConfigError(f"{path}{f':{at[1]}' if at else ''}: not valid TOML: {exc}") from None
    lines = text.splitlines()
    for key in data:
        if key != "profiles":
            raise ConfigError(
                f"{_at(path, lines, None, key)}: unknown key {key!r}: the file holds [profiles.NAME] tables"
            )
    profiles = data.get("profiles", {})
    if not isinstance(profiles, dict) or not all(isinstance(p, dict) for p in profiles.values()):
        raise ConfigError(f"{_at(path, lines, None, 'profiles')}: each profile is a table: [profiles.NAME]")
    if any(key in profile for profile in profiles.values() for key in SECRET_KEYS):
        _check_private(path)
    if name not in profiles:
        near = difflib.get_close_matches(name, list(profiles), n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        there = ", ".join(profiles) or "none"
        raise ConfigError(
            Phrase(f"{path}: no profile {name!r} (from ", asked, f"; profiles there: {there}){hint}"), about="profile"
        )
    entries = profiles[name]
    header = _line(lines, name, None)
    own = entries.get("provider")
    if not isinstance(own, str) or not own:
        raise ConfigError(f'{path}:{header}: profile {name!r} names no provider (provider = "blaxel", ...)')
    if own.lower() != provider:
        raise ConfigError(
            Phrase(
                f"{_at(path, lines, name, 'provider')}: profile {name!r} (from ",
                asked,
                f") is for {own}, not {provider}: name a {provider} profile, or the provider the profile is for",
            ),
            about="profile",
        )
    values = {key: value for key, value in entries.items() if key != "provider"}
    for key in values:
        if key not in known:
            near = difflib.get_close_matches(key, list(known), n=1)
            hint = f"did you mean {near[0]!r}? " if near else ""
            raise ConfigError(
                f"{_at(path, lines, name, key)}: profile {name!r}: {provider} has no setting {key!r} ({hint}it takes "
                f"{', '.join(known)})"
            )
    return Profile(name, provider, path, values, {key: _line(lines, name, key) for key in entries})


def read_config(path: Path) -> str:
    """The config file's text; FileNotFoundError when there is none, ConfigError naming the path when it is not a
    regular file (a FIFO would block, /dev/zero never end) or holds more than MAX_CONFIG_BYTES."""
    try:
        info = path.stat()  # stat, not open: opening a FIFO waits for a writer
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"{path}: the config file must be a regular file, not {_kind(info.st_mode)}")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        descriptor = os.open(path, flags)  # O_NONBLOCK: should it have become a FIFO since, opening does not wait
        with os.fdopen(descriptor, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise ConfigError(f"{path}: the config file must be a regular file")
            data = file.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: the config file is larger than {MAX_CONFIG_BYTES >> 20} MiB (profiles take KiB)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None


def _kind(mode: int) -> str:
    kinds = [(stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "not a file")


def _check_private(path: Path) -> None:
    """A file that holds a token must be the user's alone: owned by them, no access for group or others."""
    if os.name == "nt":  # no POSIX modes: %APPDATA% is the user's own
        return
    try:
        info = path.stat()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    if info.st_uid != os.getuid():
        raise ConfigError(
            f"{path} holds a token but belongs to another user (uid {info.st_uid}): jobruns reads tokens only from "
            f"a file of your own (copy it to a file you own, then chmod 600 {path})"
        )
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"{path} holds a token but others may read or change it (mode {stat.filemode(info.st_mode)}): "
            f"chmod 600 {path}"
        )


def _line(lines: list[str], profile: str | None, key: str | None) -> int:
    """The line (from 1) of a profile's table header (``key`` None), of a key in that table, or of a top-level key
    (``profile`` None: ``key = ...`` before the first table, or a table ``[key...]``); 0 when not found."""
    tables = 0
    inside = False
    for number, text in enumerate(lines, 1):
        if text.lstrip().startswith("["):
            tables += 1
            if profile is None and re.match(rf"\s*\[+\s*{_word(key or '')}\s*[.\]]", text):
                return number
            inside = profile is not None and bool(re.match(rf"\s*\[\s*profiles\s*\.\s*{_word(profile)}\s*\]", text))
            if inside and key is None:
                return number
        elif (
            key is not None and (inside or (profile is None and not tables)) and re.match(rf"\s*{_word(key)}\s*=", text)
        ):
            return number
    return 0


def _word(word: str) -> str:
    """A TOML key as a pattern: bare, or quoted."""
    bare = re.escape(word)
    return rf"(?:{bare}|\"{bare}\"|'{bare}')"


def _at(path: Path, lines: list[str], profile: str | None, key: str) -> str:
    line = _line(lines, profile, key)
    return f"{path}:{line}" if line else str(path)
