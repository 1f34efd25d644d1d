"""JSON parsing: orjson when installed (``pip install 'jobruns[fast]'``), else the standard library.

orjson is imported on the first answer, not at ``import jobruns`` (it pulls in dataclasses, inspect, uuid).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_loads: Callable[[bytes | bytearray], Any] | None = None


def _parser() -> Callable[[bytes | bytearray], Any]:
    global _loads
    if _loads is None:
        try:
            import orjson
        except ImportError:
            _loads = json.loads
        else:
            _loads = orjson.loads
    return _loads


def loads(data: bytes | bytearray) -> Any:
    """Parse JSON bytes; ValueError (orjson's JSONDecodeError is one, as is UnicodeDecodeError) when not JSON,
    also when it nests deeper than the parser goes (orjson stops at 1024 levels, the standard library at Python's
    recursion limit, with a RecursionError)."""
    try:
        return (_loads or _parser())(data)
    except RecursionError:
        raise ValueError("the JSON nests too deep to read") from None


def using_orjson() -> bool:
    return _parser() is not json.loads
