from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogLine")
_new = object.__new__


@_attrs_define
class LogLine:
    """
    Attributes:
        log (Any): The line: usually a string, which may begin with its stream (`stdout F ...`); a structured line may
            be another JSON value.
        ts (str): When the line was written (ISO 8601).
        container_id (str | Unset): The container that wrote the line.
    """

    log: Any
    ts: str
    container_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        log = self.log

        ts = self.ts

        container_id = self.container_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log": log,
                "ts": ts,
            }
        )
        if container_id is not UNSET:
            field_dict["containerId"] = container_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        log = d["log"]

        ts = d["ts"]

        container_id = d.get("containerId", UNSET)

        if cls is LogLine:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            log_line = _new(cls)
            log_line.log = log
            log_line.ts = ts
            log_line.container_id = container_id
        else:  # a subclass may have an __init__ of its own
            log_line = cls(
                log,
                ts,
                container_id,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (container_id is not UNSET):
            log_line.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return log_line

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
        "log",
        "ts",
        "containerId",
    }
)
