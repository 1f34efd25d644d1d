"""How an error names what to type, in the words of the interface that shows it.

An error's message is written once, in the core, as a ``Phrase``: text with ``Term``s where it names something
the user types (an argument, a setting, a call). A Phrase *is* its Python wording (a str: keyword arguments and
methods, ``pass workspace=... to connect()``), so Python code reads errors as before; the command line renders
the same phrase with its own ``Words`` (its flags: ``pass --workspace``). Nothing in the core asks which interface
is in use.
"""

from __future__ import annotations

from collections.abc import Sequence

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

    def unbounded_note(self, name: str, template: str) -> str:
        """`` (template)`` with what stands for "no limit" put in at ``{}``; "" where nothing does."""
        unbounded = self.unbounded(name)
        return f" ({template.format(unbounded)})" if unbounded else ""

    def assign(self, name: str, value: str) -> str:
        """An argument with its value, as it is typed."""
        return f"{name}={value!r}"

    def call(self, provider: str, method: str, *args: str) -> str:
        """A call of a client method (``list_runs('job')``), or of the module (``providers()``)."""
        owner = "jobruns." if method == "providers" else ""
        return f"{owner}{method}({', '.join(repr(arg) for arg in args)})"


PYTHON = Words()


class Term:
    """Something an error names that the user types: ``kind`` is the Words method that words it, with ``args``."""

    __slots__ = ("kind", "args")

    def __init__(self, kind: str, args: tuple[object, ...]) -> None:
        self.kind, self.args = kind, args

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Term) and (self.kind, self.args) == (other.kind, other.args)

    def __hash__(self) -> int:
        return hash((self.kind, self.args))

    def __repr__(self) -> str:
        return f"Term({self.kind!r}, {self.args!r})"

    def render(self, words: Words) -> str:
        args = (arg.render(words) if isinstance(arg, Phrase) else arg for arg in self.args)
        text: str = getattr(words, self.kind)(*args)
        return text


class Phrase(str):
    """A message in the Python API's words (this str), that ``render`` words for another interface."""

    parts: tuple[str | Term, ...]

    def __new__(cls, *parts: str | Term) -> Phrase:
        flat: list[str | Term] = []
        for part in parts:
            flat.extend(part.parts if isinstance(part, Phrase) else [part])
        self = super().__new__(cls, "".join(part if isinstance(part, str) else part.render(PYTHON) for part in flat))
        self.parts = tuple(flat)
        return self

    def render(self, words: Words) -> str:
        return "".join(part if isinstance(part, str) else part.render(words) for part in self.parts)

    def __add__(self, other: str) -> Phrase:
        return Phrase(self, other)

    def __radd__(self, other: str) -> Phrase:
        return Phrase(other, self)


def rendered(text: str, words: Words) -> str:
    """``text`` in ``words``: a Phrase re-worded, any other text as it is."""
    return text.render(words) if isinstance(text, Phrase) else text


def argument(name: str) -> Term:
    return Term("argument", (name,))


def setting(provider: str, name: str) -> Term:
    return Term("setting", (provider, name))


def given(name: str) -> Phrase:
    return Phrase(Term("given", (name,)))


def give(provider: str, name: str, value: str = "...") -> Term:
    return Term("give", (provider, name, value))


def call(provider: str, method: str, *args: str) -> Term:
    return Term("call", (provider, method, *args))


def assign(name: str, value: str) -> Term:
    return Term("assign", (name, value))
