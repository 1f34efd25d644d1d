from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_job_execution_output_tasks_item import CreateJobExecutionOutputTasksItem


T = TypeVar("T", bound="CreateJobExecutionOutput")
_new = object.__new__


@_attrs_define
class CreateJobExecutionOutput:
    """Response returned when a job execution is successfully created. Contains identifiers and the tasks that will be
    executed.

        Attributes:
            execution_id (str | Unset): Unique identifier for the created execution. Use this ID to track execution status,
                retrieve logs, or cancel the execution. Example: exec-abc123.
            id (str | Unset): Unique identifier for this request, used for idempotency and tracking. Auto-generated if not
                provided in the request. Example: 550e8400-e29b-41d4-a716-446655440000.
            job_id (str | Unset): Name of the job that this execution belongs to Example: data-processing-job.
            tasks (list[CreateJobExecutionOutputTasksItem] | Unset): Array of task configurations that will be executed in
                parallel according to the job's concurrency settings. Each task can have custom parameters.
            workspace_id (str | Unset): Name of the workspace where the job execution was created Example: my-workspace.
    """

    execution_id: str | Unset = UNSET
    id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    tasks: list[CreateJobExecutionOutputTasksItem] | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        id = self.id

        job_id = self.job_id

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_id is not UNSET:
            field_dict["executionId"] = execution_id
        if id is not UNSET:
            field_dict["id"] = id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            CreateJobExecutionOutputTasksItem = _models.CreateJobExecutionOutputTasksItem
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        execution_id = d.get("executionId", UNSET)

        id = d.get("id", UNSET)

        job_id = d.get("jobId", UNSET)

        _tasks = d.get("tasks", UNSET)
        tasks: list[CreateJobExecutionOutputTasksItem] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = CreateJobExecutionOutputTasksItem.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        workspace_id = d.get("workspaceId", UNSET)

        if (
            cls is CreateJobExecutionOutput
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            create_job_execution_output = _new(cls)
            create_job_execution_output.execution_id = execution_id
            create_job_execution_output.id = id
            create_job_execution_output.job_id = job_id
            create_job_execution_output.tasks = tasks
            create_job_execution_output.workspace_id = workspace_id
        else:  # a subclass may have an __init__ of its own
            create_job_execution_output = cls(
                execution_id,
                id,
                job_id,
                tasks,
                workspace_id,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (execution_id is not UNSET) + (id is not UNSET) + (job_id is not UNSET) + (tasks is not UNSET) + (
            workspace_id is not UNSET
        ):
            create_job_execution_output.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_job_execution_output

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
        "executionId",
        "id",
        "jobId",
        "tasks",
        "workspaceId",
    }
)
