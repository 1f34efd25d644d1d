from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_execution_spec_env_override import JobExecutionSpecEnvOverride
    from ..models.job_execution_task import JobExecutionTask


T = TypeVar("T", bound="JobExecutionSpec")
_new = object.__new__


@_attrs_define
class JobExecutionSpec:
    """Job execution specification

    Attributes:
        env_override (JobExecutionSpecEnvOverride | Unset): Environment variable overrides (if provided for this
            execution, values are masked with ***) Example: {"MY_VAR": "***", "BATCH_SIZE": "***"}.
        memory_override (int | Unset): Memory override in megabytes (if provided for this execution) Example: 2048.
        parallelism (int | Unset): Number of parallel tasks Example: 5.
        tasks (list[JobExecutionTask] | Unset): List of execution tasks
        timeout (int | Unset): Job timeout in seconds (captured at execution creation time) Example: 3600.
    """

    env_override: JobExecutionSpecEnvOverride | Unset = UNSET
    memory_override: int | Unset = UNSET
    parallelism: int | Unset = UNSET
    tasks: list[JobExecutionTask] | Unset = UNSET
    timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        env_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_override, Unset):
            env_override = self.env_override.to_dict()

        memory_override = self.memory_override

        parallelism = self.parallelism

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env_override is not UNSET:
            field_dict["envOverride"] = env_override
        if memory_override is not UNSET:
            field_dict["memoryOverride"] = memory_override
        if parallelism is not UNSET:
            field_dict["parallelism"] = parallelism
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobExecutionSpecEnvOverride = _models.JobExecutionSpecEnvOverride
            JobExecutionTask = _models.JobExecutionTask
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _env_override = d.get("envOverride", UNSET)
        env_override: JobExecutionSpecEnvOverride | Unset
        if isinstance(_env_override, Unset):
            env_override = UNSET
        else:
            env_override = JobExecutionSpecEnvOverride.from_dict(_env_override)

        memory_override = d.get("memoryOverride", UNSET)

        parallelism = d.get("parallelism", UNSET)

        _tasks = d.get("tasks", UNSET)
        tasks: list[JobExecutionTask] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = JobExecutionTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        timeout = d.get("timeout", UNSET)

        if cls is JobExecutionSpec:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_execution_spec = _new(cls)
            job_execution_spec.env_override = env_override
            job_execution_spec.memory_override = memory_override
            job_execution_spec.parallelism = parallelism
            job_execution_spec.tasks = tasks
            job_execution_spec.timeout = timeout
        else:  # a subclass may have an __init__ of its own
            job_execution_spec = cls(
                env_override,
                memory_override,
                parallelism,
                tasks,
                timeout,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (env_override is not UNSET) + (memory_override is not UNSET) + (parallelism is not UNSET) + (
            tasks is not UNSET
        ) + (timeout is not UNSET):
            job_execution_spec.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_execution_spec

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
        "envOverride",
        "memoryOverride",
        "parallelism",
        "tasks",
        "timeout",
    }
)
