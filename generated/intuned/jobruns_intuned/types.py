"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from functools import lru_cache
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

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


class AdditionalFromSource:
    """Base of the models that keep unknown keys in ``additional_properties``.

    ``from_dict`` leaves the mapping it read in ``_source`` rather than comparing its keys with the schema's:
    most answers have none the schema does not name, and that comparison cost a quarter of a flat model's
    ``from_dict``. ``additional_properties`` is collected from it when first read (then the mapping is let go),
    so a mapping passed to ``from_dict`` should not be changed afterwards.
    """

    __slots__ = ("_source",)
    _source: Mapping[str, Any]

    def _additional_from_source(self, known: frozenset[str]) -> dict[str, Any]:
        try:
            source = self._source
        except AttributeError:  # made by the constructor, not by from_dict
            return {}
        del self._source
        return {key: value for key, value in source.items() if key not in known}


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


__all__ = [
    "UNSET",
    "AdditionalFromSource",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "encode_path_segment",
    "parse_uuid",
]
