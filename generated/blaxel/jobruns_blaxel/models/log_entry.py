from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogEntry")
_new = object.__new__


@_attrs_define
class LogEntry:
    """
    Attributes:
        timestamp (str): When the line was written (RFC 3339, nanoseconds)
        message (str): The line
        severity (int | Unset): OpenTelemetry severity number (1-4 TRACE, 5-8 DEBUG, 9-12 INFO, 13-16 WARN, 17-20 ERROR,
            21-24 FATAL; 0 unspecified)
        trace_id (str | Unset): The trace the line belongs to
    """

    timestamp: str
    message: str
    severity: int | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        message = self.message

        severity = self.severity

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "message": message,
            }
        )
        if severity is not UNSET:
            field_dict["severity"] = severity
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        timestamp = d["timestamp"]

        message = d["message"]

        severity = d.get("severity", UNSET)

        trace_id = d.get("trace_id", UNSET)

        if cls is LogEntry:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            log_entry = _new(cls)
            log_entry.timestamp = timestamp
            log_entry.message = message
            log_entry.severity = severity
            log_entry.trace_id = trace_id
        else:  # a subclass may have an __init__ of its own
            log_entry = cls(
                timestamp,
                message,
                severity,
                trace_id,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (severity is not UNSET) + (trace_id is not UNSET):
            log_entry.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return log_entry

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
        "timestamp",
        "message",
        "severity",
        "trace_id",
    }
)
