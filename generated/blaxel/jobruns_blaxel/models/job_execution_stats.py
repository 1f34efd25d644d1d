from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobExecutionStats")
_new = object.__new__


@_attrs_define
class JobExecutionStats:
    """Job execution statistics

    Attributes:
        cancelled (int | Unset): Number of cancelled tasks Example: 0.
        failure (int | Unset): Number of failed tasks Example: 1.
        retried (int | Unset): Number of retried tasks Example: 2.
        running (int | Unset): Number of running tasks Example: 1.
        success (int | Unset): Number of successful tasks Example: 8.
        total (int | Unset): Total number of tasks Example: 10.
    """

    cancelled: int | Unset = UNSET
    failure: int | Unset = UNSET
    retried: int | Unset = UNSET
    running: int | Unset = UNSET
    success: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        cancelled = self.cancelled

        failure = self.failure

        retried = self.retried

        running = self.running

        success = self.success

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if failure is not UNSET:
            field_dict["failure"] = failure
        if retried is not UNSET:
            field_dict["retried"] = retried
        if running is not UNSET:
            field_dict["running"] = running
        if success is not UNSET:
            field_dict["success"] = success
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        cancelled = d.get("cancelled", UNSET)

        failure = d.get("failure", UNSET)

        retried = d.get("retried", UNSET)

        running = d.get("running", UNSET)

        success = d.get("success", UNSET)

        total = d.get("total", UNSET)

        if cls is JobExecutionStats:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_execution_stats = _new(cls)
            job_execution_stats.cancelled = cancelled
            job_execution_stats.failure = failure
            job_execution_stats.retried = retried
            job_execution_stats.running = running
            job_execution_stats.success = success
            job_execution_stats.total = total
        else:  # a subclass may have an __init__ of its own
            job_execution_stats = cls(
                cancelled,
                failure,
                retried,
                running,
                success,
                total,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (cancelled is not UNSET) + (failure is not UNSET) + (retried is not UNSET) + (
            running is not UNSET
        ) + (success is not UNSET) + (total is not UNSET):
            job_execution_stats.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_execution_stats

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
        "cancelled",
        "failure",
        "retried",
        "running",
        "success",
        "total",
    }
)
