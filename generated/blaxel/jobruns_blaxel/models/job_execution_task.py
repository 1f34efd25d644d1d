from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..models.job_execution_task_status import JobExecutionTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_execution_task_condition import JobExecutionTaskCondition
    from ..models.job_execution_task_metadata import JobExecutionTaskMetadata
    from ..models.job_execution_task_spec import JobExecutionTaskSpec

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobExecutionTaskStatus_values = JobExecutionTaskStatus._value2member_map_


T = TypeVar("T", bound="JobExecutionTask")
_new = object.__new__


@_attrs_define
class JobExecutionTask:
    """Job execution task

    Attributes:
        conditions (list[JobExecutionTaskCondition] | Unset): Task conditions
        metadata (JobExecutionTaskMetadata | Unset): Job execution task metadata
        spec (JobExecutionTaskSpec | Unset): Job execution task specification
        status (JobExecutionTaskStatus | Unset): Job execution task status
    """

    conditions: list[JobExecutionTaskCondition] | Unset = UNSET
    metadata: JobExecutionTaskMetadata | Unset = UNSET
    spec: JobExecutionTaskSpec | Unset = UNSET
    status: JobExecutionTaskStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if spec is not UNSET:
            field_dict["spec"] = spec
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobExecutionTaskCondition = _models.JobExecutionTaskCondition
            JobExecutionTaskMetadata = _models.JobExecutionTaskMetadata
            JobExecutionTaskSpec = _models.JobExecutionTaskSpec
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _conditions = d.get("conditions", UNSET)
        conditions: list[JobExecutionTaskCondition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = JobExecutionTaskCondition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _metadata = d.get("metadata", UNSET)
        metadata: JobExecutionTaskMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JobExecutionTaskMetadata.from_dict(_metadata)

        _spec = d.get("spec", UNSET)
        spec: JobExecutionTaskSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = JobExecutionTaskSpec.from_dict(_spec)

        _status = d.get("status", UNSET)
        status: JobExecutionTaskStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = _JobExecutionTaskStatus_values[_status]  # type: ignore[assignment]
            except (KeyError, TypeError):
                status = JobExecutionTaskStatus(_status)

        if cls is JobExecutionTask:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_execution_task = _new(cls)
            job_execution_task.conditions = conditions
            job_execution_task.metadata = metadata
            job_execution_task.spec = spec
            job_execution_task.status = status
        else:  # a subclass may have an __init__ of its own
            job_execution_task = cls(
                conditions,
                metadata,
                spec,
                status,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (conditions is not UNSET) + (metadata is not UNSET) + (spec is not UNSET) + (status is not UNSET):
            job_execution_task.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_execution_task

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
        "conditions",
        "metadata",
        "spec",
        "status",
    }
)
