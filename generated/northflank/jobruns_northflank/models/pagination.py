from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")
_new = object.__new__


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
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

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

        if cls is Pagination:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            pagination = _new(cls)
            pagination.has_next_page = has_next_page
            pagination.count = count
            pagination.cursor = cursor
        else:  # a subclass may have an __init__ of its own
            pagination = cls(
                has_next_page,
                count,
                cursor,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (cursor is not UNSET):
            pagination.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return pagination

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
        "hasNextPage",
        "count",
        "cursor",
    }
)
