from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.not_found_error_category import NotFoundErrorCategory
from ..models.not_found_error_code import NotFoundErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotFoundError")


@_attrs_define
class NotFoundError:
    """
    Attributes:
        code (NotFoundErrorCode): The requested resource was not found
        category (NotFoundErrorCategory): Errors caused by user actions or input
        message (str):
        retirable (bool):
        correlation_id (str):
        details (Any | Unset):
    """

    code: NotFoundErrorCode
    category: NotFoundErrorCategory
    message: str
    retirable: bool
    correlation_id: str
    details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        code = NotFoundErrorCode(d.pop("code"))

        category = NotFoundErrorCategory(d.pop("category"))

        message = d.pop("message")

        retirable = d.pop("retirable")

        correlation_id = d.pop("correlationId")

        details = d.pop("details", UNSET)

        not_found_error = cls(
            code=code,
            category=category,
            message=message,
            retirable=retirable,
            correlation_id=correlation_id,
            details=details,
        )

        not_found_error.additional_properties = d
        return not_found_error

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
