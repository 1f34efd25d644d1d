from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_job_execution_request_env import CreateJobExecutionRequestEnv
    from ..models.create_job_execution_request_tasks_item import CreateJobExecutionRequestTasksItem


T = TypeVar("T", bound="CreateJobExecutionRequest")
_new = object.__new__


@_attrs_define
class CreateJobExecutionRequest:
    """Request to create a job execution

    Attributes:
        allow_queue (bool | Unset): When false, capacity is checked synchronously and the request is rejected
            immediately with a 429 error if the execution cannot start right now, instead of being queued and retried in the
            background. No execution is created on rejection. Defaults to true (queue and retry).
        env (CreateJobExecutionRequestEnv | Unset): Environment variable overrides (optional, will merge with job's
            environment variables) Example: {'MY_VAR': 'custom_value', 'BATCH_SIZE': '100'}.
        execution_id (str | Unset): Execution ID (optional, will be generated if not provided)
        id (str | Unset): Unique message ID
        job_id (str | Unset): Job ID Example: data-processing-job.
        memory (int | Unset): Memory override in megabytes (optional, must be lower than or equal to job's configured
            memory) Example: 2048.
        tasks (list[CreateJobExecutionRequestTasksItem] | Unset): Array of task parameters for parallel execution
        workspace_id (str | Unset): Workspace ID
    """

    allow_queue: bool | Unset = UNSET
    env: CreateJobExecutionRequestEnv | Unset = UNSET
    execution_id: str | Unset = UNSET
    id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    memory: int | Unset = UNSET
    tasks: list[CreateJobExecutionRequestTasksItem] | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        allow_queue = self.allow_queue

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        execution_id = self.execution_id

        id = self.id

        job_id = self.job_id

        memory = self.memory

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
        if allow_queue is not UNSET:
            field_dict["allowQueue"] = allow_queue
        if env is not UNSET:
            field_dict["env"] = env
        if execution_id is not UNSET:
            field_dict["executionId"] = execution_id
        if id is not UNSET:
            field_dict["id"] = id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if memory is not UNSET:
            field_dict["memory"] = memory
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            CreateJobExecutionRequestEnv = _models.CreateJobExecutionRequestEnv
            CreateJobExecutionRequestTasksItem = _models.CreateJobExecutionRequestTasksItem
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        allow_queue = d.get("allowQueue", UNSET)

        _env = d.get("env", UNSET)
        env: CreateJobExecutionRequestEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = CreateJobExecutionRequestEnv.from_dict(_env)

        execution_id = d.get("executionId", UNSET)

        id = d.get("id", UNSET)

        job_id = d.get("jobId", UNSET)

        memory = d.get("memory", UNSET)

        _tasks = d.get("tasks", UNSET)
        tasks: list[CreateJobExecutionRequestTasksItem] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = CreateJobExecutionRequestTasksItem.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        workspace_id = d.get("workspaceId", UNSET)

        if (
            cls is CreateJobExecutionRequest
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            create_job_execution_request = _new(cls)
            create_job_execution_request.allow_queue = allow_queue
            create_job_execution_request.env = env
            create_job_execution_request.execution_id = execution_id
            create_job_execution_request.id = id
            create_job_execution_request.job_id = job_id
            create_job_execution_request.memory = memory
            create_job_execution_request.tasks = tasks
            create_job_execution_request.workspace_id = workspace_id
        else:  # a subclass may have an __init__ of its own
            create_job_execution_request = cls(
                allow_queue,
                env,
                execution_id,
                id,
                job_id,
                memory,
                tasks,
                workspace_id,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (allow_queue is not UNSET) + (env is not UNSET) + (execution_id is not UNSET) + (
            id is not UNSET
        ) + (job_id is not UNSET) + (memory is not UNSET) + (tasks is not UNSET) + (workspace_id is not UNSET):
            create_job_execution_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_job_execution_request

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
        "allowQueue",
        "env",
        "executionId",
        "id",
        "jobId",
        "memory",
        "tasks",
        "workspaceId",
    }
)
