from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bad_request_error_category import BadRequestErrorCategory
from ..models.bad_request_error_code import BadRequestErrorCode
from ..types import UNSET, Unset

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_BadRequestErrorCategory_values = BadRequestErrorCategory._value2member_map_
_BadRequestErrorCode_values = BadRequestErrorCode._value2member_map_


T = TypeVar("T", bound="BadRequestError")
_new = object.__new__


@_attrs_define
class BadRequestError:
    """
    Attributes:
        code (BadRequestErrorCode): The request is invalid or malformed
        category (BadRequestErrorCategory): Errors caused by user actions or input
        message (str):
        retirable (bool):
        correlation_id (str):
        details (Any | Unset):
    """

    code: BadRequestErrorCode
    category: BadRequestErrorCategory
    message: str
    retirable: bool
    correlation_id: str
    details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        category = self.category.value

        message = self.message

        retirable = self.retirable

        correlation_id = self.correlation_id

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "category": category,
                "message": message,
                "retirable": retirable,
                "correlationId": correlation_id,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _code = d["code"]
        code: BadRequestErrorCode
        try:
            code = _BadRequestErrorCode_values[_code]  # type: ignore[assignment]
        except (KeyError, TypeError):
            code = BadRequestErrorCode(_code)

        _category = d["category"]
        category: BadRequestErrorCategory
        try:
            category = _BadRequestErrorCategory_values[_category]  # type: ignore[assignment]
        except (KeyError, TypeError):
            category = BadRequestErrorCategory(_category)

        message = d["message"]

        retirable = d["retirable"]

        correlation_id = d["correlationId"]

        details = d.get("details", UNSET)

        if cls is BadRequestError:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            bad_request_error = _new(cls)
            bad_request_error.code = code
            bad_request_error.category = category
            bad_request_error.message = message
            bad_request_error.retirable = retirable
            bad_request_error.correlation_id = correlation_id
            bad_request_error.details = details
        else:  # a subclass may have an __init__ of its own
            bad_request_error = cls(
                code,
                category,
                message,
                retirable,
                correlation_id,
                details,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 5 + (details is not UNSET):
            bad_request_error.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return bad_request_error

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
        "code",
        "category",
        "message",
        "retirable",
        "correlationId",
        "details",
    }
)
