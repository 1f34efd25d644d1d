"""How an error names what to type, in the words of the interface in use.

The Python API's words are its keyword arguments and methods (``pass workspace=... to connect()``); the command
line has its own (its flags: ``pass --workspace``), in force while it runs a command (``speaking``). Errors are
worded where they are raised, through ``words()``, so each reads right where it is seen; nothing rewrites them after.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from contextvars import ContextVar

# Settings a client takes that no environment variable can give (objects, and a switch kept explicit)
NOT_FROM_ENV = ("httpx_client", "allow_insecure")


def env_name(provider: str, setting: str) -> str:
    return f"JOBRUNS_{provider.upper()}_{setting.upper()}"


class Words:
    """The Python API's words: keyword names, ``None`` for "no limit", method calls."""

    def setting(self, provider: str, name: str) -> str:
        """A setting, as an error names it."""
        return repr(name)

    def setting_from(self, provider: str, name: str, where: str) -> str:
        """A setting and where its value came from, as an error about that value names them."""
        return f"setting {self.setting(provider, name)} from {where}"

    def given(self, name: str) -> str:
        """Where a setting given directly came from."""
        return f"{name}="

    def give(self, provider: str, name: str, value: str = "...") -> str:
        """How to give a setting: a keyword (or flag), or its environment variable."""
        variable = "" if name in NOT_FROM_ENV else f" or set {env_name(provider, name)}"
        return f"pass {name}={value} to connect(){variable}"

    def unknown_settings(self, provider: str, unknown: Sequence[str], known: Sequence[str]) -> str:
        """Settings given that ``provider`` does not take, and those it takes (``known``) with what every client
        takes besides."""
        takes = ", ".join([*known, *NOT_FROM_ENV, "profile"])
        return f"unknown setting(s) {', '.join(unknown)}; {provider} takes {takes}"

    def argument(self, name: str) -> str:
        """An argument of a method (``job_id``, ``limit``)."""
        return name

    def unbounded(self, name: str) -> str | None:
        """What stands for "no limit" for an argument (``limit``, ``timeout``); None when nothing does."""
        return "None"

    def assign(self, name: str, value: str) -> str:
        """An argument with its value, as it is typed."""
        return f"{name}={value!r}"

    def call(self, provider: str, method: str, *args: str) -> str:
        """A call of a client method (``list_runs('job')``), or of the module (``providers()``)."""
        owner = "jobruns." if method == "providers" else ""
        return f"{owner}{method}({', '.join(repr(arg) for arg in args)})"


PYTHON = Words()
_current: ContextVar[Words] = ContextVar("jobruns_words", default=PYTHON)


def words() -> Words:
    """The words of the interface in use."""
    return _current.get()


@contextlib.contextmanager
def speaking(spoken: Words) -> Iterator[None]:
    """Word the errors raised inside the block with ``spoken``."""
    token = _current.set(spoken)
    try:
        yield
    finally:
        _current.reset(token)
