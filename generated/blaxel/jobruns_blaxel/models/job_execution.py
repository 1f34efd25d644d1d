from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..models.job_execution_status import JobExecutionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_execution_metadata import JobExecutionMetadata
    from ..models.job_execution_spec import JobExecutionSpec
    from ..models.job_execution_stats import JobExecutionStats
    from ..models.job_execution_task import JobExecutionTask

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobExecutionStatus_values = JobExecutionStatus._value2member_map_


T = TypeVar("T", bound="JobExecution")
_new = object.__new__


@_attrs_define
class JobExecution:
    """Job execution

    Attributes:
        metadata (JobExecutionMetadata): Job execution metadata
        spec (JobExecutionSpec): Job execution specification
        stats (JobExecutionStats | Unset): Job execution statistics
        status (JobExecutionStatus | Unset): Job execution status
        tasks (list[JobExecutionTask] | Unset): List of execution tasks
    """

    metadata: JobExecutionMetadata
    spec: JobExecutionSpec
    stats: JobExecutionStats | Unset = UNSET
    status: JobExecutionStatus | Unset = UNSET
    tasks: list[JobExecutionTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "spec": spec,
            }
        )
        if stats is not UNSET:
            field_dict["stats"] = stats
        if status is not UNSET:
            field_dict["status"] = status
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobExecutionMetadata = _models.JobExecutionMetadata
            JobExecutionSpec = _models.JobExecutionSpec
            JobExecutionStats = _models.JobExecutionStats
            JobExecutionTask = _models.JobExecutionTask
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        metadata = JobExecutionMetadata.from_dict(d["metadata"])

        spec = JobExecutionSpec.from_dict(d["spec"])

        _stats = d.get("stats", UNSET)
        stats: JobExecutionStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = JobExecutionStats.from_dict(_stats)

        _status = d.get("status", UNSET)
        status: JobExecutionStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = _JobExecutionStatus_values[_status]  # type: ignore[assignment]
            except (KeyError, TypeError):
                status = JobExecutionStatus(_status)

        _tasks = d.get("tasks", UNSET)
        tasks: list[JobExecutionTask] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = JobExecutionTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        if cls is JobExecution:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_execution = _new(cls)
            job_execution.metadata = metadata
            job_execution.spec = spec
            job_execution.stats = stats
            job_execution.status = status
            job_execution.tasks = tasks
        else:  # a subclass may have an __init__ of its own
            job_execution = cls(
                metadata,
                spec,
                stats,
                status,
                tasks,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (stats is not UNSET) + (status is not UNSET) + (tasks is not UNSET):
            job_execution.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return job_execution

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
        "metadata",
        "spec",
        "stats",
        "status",
        "tasks",
    }
)
