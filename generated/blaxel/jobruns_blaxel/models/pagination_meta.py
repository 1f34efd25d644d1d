from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMeta")
_new = object.__new__


@_attrs_define
class PaginationMeta:
    """Pagination metadata returned alongside a page of listing results. Always present on listing endpoints starting with
    API version 2026-04-28.

        Attributes:
            has_more (bool | Unset): True when more pages are available beyond the current one.
            next_cursor (str | Unset): Opaque cursor to pass back as the `cursor` query param for the next page. Empty when
                there are no more pages.
            total (int | Unset): Total number of items in the workspace, ignoring the current page's filters. Lets the UI
                render "page X of Y" without walking the cursor chain. Computed from the hash-only metadata.workspace GSI count,
                so search (`q`) does not narrow it.
    """

    has_more: bool | Unset = UNSET
    next_cursor: str | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        next_cursor = self.next_cursor

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        has_more = d.get("hasMore", UNSET)

        next_cursor = d.get("nextCursor", UNSET)

        total = d.get("total", UNSET)

        if cls is PaginationMeta:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            pagination_meta = _new(cls)
            pagination_meta.has_more = has_more
            pagination_meta.next_cursor = next_cursor
            pagination_meta.total = total
        else:  # a subclass may have an __init__ of its own
            pagination_meta = cls(
                has_more,
                next_cursor,
                total,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (has_more is not UNSET) + (next_cursor is not UNSET) + (total is not UNSET):
            pagination_meta.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return pagination_meta

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
        "hasMore",
        "nextCursor",
        "total",
    }
)
