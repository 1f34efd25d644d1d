from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """
    Attributes:
        has_next_page (bool): Is there another page of results available?
        count (float): The number of results returned by this request.
        cursor (str | Unset): The cursor to access the next page of results.
    """

    has_next_page: bool
    count: float
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_next_page = self.has_next_page

        count = self.count

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasNextPage": has_next_page,
                "count": count,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        has_next_page = d["hasNextPage"]

        count = d["count"]

        cursor = d.get("cursor", UNSET)

        pagination = cls(
            has_next_page,
            count,
            cursor,
        )

        if not d.keys() <= _KNOWN_KEYS:  # else the empty dict from __init__ stays
            pagination.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return pagination

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
        "hasNextPage",
        "count",
        "cursor",
    }
)
