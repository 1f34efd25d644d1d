from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")
_new = object.__new__


@_attrs_define
class Error:
    """Standard error response returned by the API when a request fails

    Attributes:
        error (str): Error type or code identifying the kind of error Example: Resource already exists.
        code (int | Unset): HTTP status code of the error Example: 409.
        message (str | Unset): Human-readable error message describing what went wrong Example: Invalid request body.
    """

    error: str
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        error = d["error"]

        code = d.get("code", UNSET)

        message = d.get("message", UNSET)

        if cls is Error:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            error_ = _new(cls)
            error_.error = error
            error_.code = code
            error_.message = message
        else:  # a subclass may have an __init__ of its own
            error_ = cls(
                error,
                code,
                message,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 1 + (code is not UNSET) + (message is not UNSET):
            error_.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return error_

    if not TYPE_CHECKING:  # hidden from type checkers, which keep checking attribute names

        def __getattr__(self, name: str) -> Any:
            # additional_properties is made on first use: most answers have no unknown keys, and an empty dict
            # per model counted towards the garbage collector's thresholds, which then ran far more often
            if name == "additional_properties":
                additional_properties: dict[str, Any] = {}
                self.additional_properties = additional_properties
                return additional_properties
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KNOWN_KEYS = frozenset(
    {
        "error",
        "code",
        "message",
    }
)
