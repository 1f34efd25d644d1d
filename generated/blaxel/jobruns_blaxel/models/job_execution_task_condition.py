from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobExecutionTaskCondition")
_new = object.__new__


@_attrs_define
class JobExecutionTaskCondition:
    """Job execution task condition

    Attributes:
        execution_reason (str | Unset): Execution reason
        message (str | Unset): Condition message
        reason (str | Unset): Condition reason
        severity (str | Unset): Condition severity
        state (str | Unset): Condition state
        type_ (str | Unset): Condition type
    """

    execution_reason: str | Unset = UNSET
    message: str | Unset = UNSET
    reason: str | Unset = UNSET
    severity: str | Unset = UNSET
    state: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        execution_reason = self.execution_reason

        message = self.message

        reason = self.reason

        severity = self.severity

        state = self.state

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_reason is not UNSET:
            field_dict["executionReason"] = execution_reason
        if message is not UNSET:
            field_dict["message"] = message
        if reason is not UNSET:
            field_dict["reason"] = reason
        if severity is not UNSET:
            field_dict["severity"] = severity
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        execution_reason = d.get("executionReason", UNSET)

        message = d.get("message", UNSET)

        reason = d.get("reason", UNSET)

        severity = d.get("severity", UNSET)

        state = d.get("state", UNSET)

        type_ = d.get("type", UNSET)

        if (
            cls is JobExecutionTaskCondition
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_execution_task_condition = _new(cls)
            job_execution_task_condition.execution_reason = execution_reason
            job_execution_task_condition.message = message
            job_execution_task_condition.reason = reason
            job_execution_task_condition.severity = severity
            job_execution_task_condition.state = state
            job_execution_task_condition.type_ = type_
        else:  # a subclass may have an __init__ of its own
            job_execution_task_condition = cls(
                execution_reason,
                message,
                reason,
                severity,
                state,
                type_,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (execution_reason is not UNSET) + (message is not UNSET) + (reason is not UNSET) + (
            severity is not UNSET
        ) + (state is not UNSET) + (type_ is not UNSET):
            job_execution_task_condition.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_execution_task_condition

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
        "executionReason",
        "message",
        "reason",
        "severity",
        "state",
        "type",
    }
)
