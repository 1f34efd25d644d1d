from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobExecutionTaskMetadata")
_new = object.__new__


@_attrs_define
class JobExecutionTaskMetadata:
    """Job execution task metadata

    Attributes:
        completed_at (str | Unset): Completion timestamp
        created_at (str | Unset): Creation timestamp
        name (str | Unset): Task name Example: task-0.
        scheduled_at (str | Unset): Scheduled timestamp
        started_at (str | Unset): Start timestamp
        updated_at (str | Unset): Last update timestamp
    """

    completed_at: str | Unset = UNSET
    created_at: str | Unset = UNSET
    name: str | Unset = UNSET
    scheduled_at: str | Unset = UNSET
    started_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        completed_at = self.completed_at

        created_at = self.created_at

        name = self.name

        scheduled_at = self.scheduled_at

        started_at = self.started_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        completed_at = d.get("completedAt", UNSET)

        created_at = d.get("createdAt", UNSET)

        name = d.get("name", UNSET)

        scheduled_at = d.get("scheduledAt", UNSET)

        started_at = d.get("startedAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        if (
            cls is JobExecutionTaskMetadata
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_execution_task_metadata = _new(cls)
            job_execution_task_metadata.completed_at = completed_at
            job_execution_task_metadata.created_at = created_at
            job_execution_task_metadata.name = name
            job_execution_task_metadata.scheduled_at = scheduled_at
            job_execution_task_metadata.started_at = started_at
            job_execution_task_metadata.updated_at = updated_at
        else:  # a subclass may have an __init__ of its own
            job_execution_task_metadata = cls(
                completed_at,
                created_at,
                name,
                scheduled_at,
                started_at,
                updated_at,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (completed_at is not UNSET) + (created_at is not UNSET) + (name is not UNSET) + (
            scheduled_at is not UNSET
        ) + (started_at is not UNSET) + (updated_at is not UNSET):
            job_execution_task_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_execution_task_metadata

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
        "completedAt",
        "createdAt",
        "name",
        "scheduledAt",
        "startedAt",
        "updatedAt",
    }
)
