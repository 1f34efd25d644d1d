from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobExecutionMetadata")
_new = object.__new__


@_attrs_define
class JobExecutionMetadata:
    """Job execution metadata

    Attributes:
        cluster (str | Unset): Cluster ID
        completed_at (str | Unset): Completion timestamp
        created_at (str | Unset): Creation timestamp
        deleted_at (str | Unset): Deletion timestamp
        expired_at (str | Unset): Expiration timestamp
        id (str | Unset): Execution ID Example: exec-abc123.
        job (str | Unset): Job name Example: data-processing-job.
        started_at (str | Unset): Start timestamp
        updated_at (str | Unset): Last update timestamp
        workspace (str | Unset): Workspace ID Example: my-workspace.
    """

    cluster: str | Unset = UNSET
    completed_at: str | Unset = UNSET
    created_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    expired_at: str | Unset = UNSET
    id: str | Unset = UNSET
    job: str | Unset = UNSET
    started_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    workspace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster

        completed_at = self.completed_at

        created_at = self.created_at

        deleted_at = self.deleted_at

        expired_at = self.expired_at

        id = self.id

        job = self.job

        started_at = self.started_at

        updated_at = self.updated_at

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at
        if id is not UNSET:
            field_dict["id"] = id
        if job is not UNSET:
            field_dict["job"] = job
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        cluster = d.get("cluster", UNSET)

        completed_at = d.get("completedAt", UNSET)

        created_at = d.get("createdAt", UNSET)

        deleted_at = d.get("deletedAt", UNSET)

        expired_at = d.get("expiredAt", UNSET)

        id = d.get("id", UNSET)

        job = d.get("job", UNSET)

        started_at = d.get("startedAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        workspace = d.get("workspace", UNSET)

        if cls is JobExecutionMetadata:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_execution_metadata = _new(cls)
            job_execution_metadata.cluster = cluster
            job_execution_metadata.completed_at = completed_at
            job_execution_metadata.created_at = created_at
            job_execution_metadata.deleted_at = deleted_at
            job_execution_metadata.expired_at = expired_at
            job_execution_metadata.id = id
            job_execution_metadata.job = job
            job_execution_metadata.started_at = started_at
            job_execution_metadata.updated_at = updated_at
            job_execution_metadata.workspace = workspace
        else:  # a subclass may have an __init__ of its own
            job_execution_metadata = cls(
                cluster,
                completed_at,
                created_at,
                deleted_at,
                expired_at,
                id,
                job,
                started_at,
                updated_at,
                workspace,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (cluster is not UNSET) + (completed_at is not UNSET) + (created_at is not UNSET) + (
            deleted_at is not UNSET
        ) + (expired_at is not UNSET) + (id is not UNSET) + (job is not UNSET) + (started_at is not UNSET) + (
            updated_at is not UNSET
        ) + (workspace is not UNSET):
            job_execution_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_execution_metadata

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
        "cluster",
        "completedAt",
        "createdAt",
        "deletedAt",
        "expiredAt",
        "id",
        "job",
        "startedAt",
        "updatedAt",
        "workspace",
    }
)
