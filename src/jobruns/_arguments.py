"""The checks of a method's arguments, made before any request: an InvalidArgument names what is wrong."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from ._errors import InvalidArgument
from ._model import RunStatus
from ._words import Phrase, Term, argument

MAX_ID_BYTES = 2048  # an id or a page cursor, in UTF-8: it goes into a URL, and a URL holds 64 KiB in all


def url_text_problem(value: str) -> str | None:
    """Why a text cannot go into a URL (an id, a page cursor), or None when it can."""
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError:
        return "cannot be encoded as UTF-8"
    if size > MAX_ID_BYTES:
        return f"is {size} bytes long in UTF-8: at most {MAX_ID_BYTES} fit in a URL"
    return None


def seconds_ok(value: object, *, zero: bool = False, most: float = math.inf) -> bool:
    """Whether an argument is a number of seconds jobruns can wait: a finite real number (not a bool) above 0
    (or 0, when allowed), at most ``most``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        number = float(value)
    except OverflowError:
        return False
    return math.isfinite(number) and (number >= 0 if zero else number > 0) and number <= most


def check_id(which: str, value: object) -> str:
    """An id (or idempotency key) that can go into a URL's path as one segment."""
    name = argument(which)
    if not isinstance(value, str):
        raise InvalidArgument(Phrase(name, f" must be a string, not {type(value).__name__}"), about=which)
    problem = url_text_problem(value)
    if problem:
        raise InvalidArgument(Phrase(name, f" {problem}"), about=which)
    if value in ("", ".", ".."):
        raise InvalidArgument(Phrase(name, f" {value!r} cannot be sent as a path segment"), about=which)
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise InvalidArgument(Phrase(name, f" {value!r} contains a control character"), about=which)
    return value


def statuses(status: Iterable[RunStatus | str] | RunStatus | str | None) -> frozenset[RunStatus] | None:
    """The statuses a listing keeps; None: all."""
    if status is None:
        return None
    items = [status] if isinstance(status, str) else list(status)
    wanted = set()
    for item in items:
        try:
            wanted.add(RunStatus(str(item).lower()))
        except ValueError:
            allowed = ", ".join(s.value for s in RunStatus)
            raise InvalidArgument(
                Phrase(argument("status"), f" {item!r} is not one of {allowed}"), about="status"
            ) from None
    return frozenset(wanted) or None


def check_limit(limit: int | None) -> None:
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        every = Term("unbounded_note", ("limit", "or {} for every run"))
        raise InvalidArgument(Phrase(argument("limit"), " must be 0 or more", every), about="limit")


def params(given: object) -> dict[str, str]:
    """trigger_run's run inputs."""
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        raise InvalidArgument(
            f"params must be a mapping of names to values, not {type(given).__name__}", about="params"
        )
    for name, value in given.items():
        if not isinstance(name, str) or not name or not isinstance(value, str):
            raise InvalidArgument(
                f"params must map non-empty names to strings; {name!r}: {value!r} does not", about="params"
            )
        if any(ord(c) < 32 and c not in "\t\n" or ord(c) == 127 for c in name + value):
            raise InvalidArgument(Phrase(argument("params"), f" {name!r} holds a control character"), about="params")
    return dict(given)
