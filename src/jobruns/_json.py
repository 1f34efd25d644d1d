"""JSON parsing: orjson when installed (``pip install 'jobruns[fast]'``), else the standard library.

orjson is imported on the first answer, not at ``import jobruns`` (it pulls in dataclasses, inspect, uuid).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_loads: Callable[[bytes], Any] | None = None


def _parser() -> Callable[[bytes], Any]:
    global _loads
    if _loads is None:
        try:
            import orjson
        except ImportError:
            _loads = json.loads
        else:
            _loads = orjson.loads
    return _loads


def loads(data: bytes) -> Any:
    """Parse JSON bytes; ValueError (orjson's JSONDecodeError is one, as is UnicodeDecodeError) when not JSON."""
    return (_loads or _parser())(data)


def using_orjson() -> bool:
    return _parser() is not json.loads
