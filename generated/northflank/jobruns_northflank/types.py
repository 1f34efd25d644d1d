"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from functools import lru_cache
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from uuid import UUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"  # pickle and copy give back the one UNSET, so `is UNSET` and model equality still hold


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def encode_path_segment(name: str, value: object) -> str:
    """The value as exactly one percent-encoded path segment, or InvalidPathParameter"""
    from urllib.parse import quote

    from .errors import InvalidPathParameter

    text = str(value)
    if text in ("", ".", ".."):
        raise InvalidPathParameter(f"{name} {text!r} cannot be sent as a path segment")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise InvalidPathParameter(f"{name} {text!r} contains a control character")
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise InvalidPathParameter(f"{name} {text!r} is not encodable as UTF-8") from None


def parse_uuid(value: str) -> "UUID":
    """UUID(value), with its errors; the same object for a string seen lately (UUIDs are immutable)"""
    if type(value) is str:
        return _parse_uuid(value)
    from uuid import UUID

    return UUID(value)


@lru_cache(maxsize=1024)
def _parse_uuid(value: str) -> "UUID":
    from uuid import UUID

    return UUID(value)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "encode_path_segment", "parse_uuid"]
