from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_error_details import ErrorResponseErrorDetails


T = TypeVar("T", bound="ErrorResponseError")
_new = object.__new__


@_attrs_define
class ErrorResponseError:
    """
    Attributes:
        status (int):
        message (str):
        id (str | Unset):
        details (ErrorResponseErrorDetails | Unset):
    """

    status: int
    message: str
    id: str | Unset = UNSET
    details: ErrorResponseErrorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        id = self.id

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            ErrorResponseErrorDetails = _models.ErrorResponseErrorDetails
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        status = d["status"]

        message = d["message"]

        id = d.get("id", UNSET)

        _details = d.get("details", UNSET)
        details: ErrorResponseErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ErrorResponseErrorDetails.from_dict(_details)

        if cls is ErrorResponseError:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            error_response_error = _new(cls)
            error_response_error.status = status
            error_response_error.message = message
            error_response_error.id = id
            error_response_error.details = details
        else:  # a subclass may have an __init__ of its own
            error_response_error = cls(
                status,
                message,
                id,
                details,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (id is not UNSET) + (details is not UNSET):
            error_response_error.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return error_response_error

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
        "status",
        "message",
        "id",
        "details",
    }
)
