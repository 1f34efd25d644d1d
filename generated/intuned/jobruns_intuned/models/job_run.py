from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..models.job_run_status import JobRunStatus
from ..models.job_run_type import JobRunType
from ..types import UNSET, Unset, parse_uuid

if TYPE_CHECKING:
    from ..models.job_run_error_type_0 import JobRunErrorType0
    from ..models.job_run_job_configuration_snapshot import JobRunJobConfigurationSnapshot
    from ..models.job_run_reason_type_0 import JobRunReasonType0

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobRunStatus_values = JobRunStatus._value2member_map_
_JobRunType_values = JobRunType._value2member_map_


T = TypeVar("T", bound="JobRun")
_new = object.__new__


@_attrs_define
class JobRun:
    """
    Attributes:
        id (str): Unique identifier for the JobRun (jr_...). Example: jr_abc123def456ghi789xyz.
        start_time (str): Timestamp when the JobRun started. Example: 2024-01-01T00:00:00Z.
        end_time (None | str): Timestamp when the job run ended (null if still running) Example: 2024-01-01T00:30:00Z.
        workspace_id (UUID): UUID of the workspace this JobRun belongs to. Example:
            123e4567-e89b-12d3-a456-426614174000.
        project_id (UUID): UUID of the project this JobRun belongs to. Example: 123e4567-e89b-12d3-a456-426614174000.
        job_id (str): ID of the job this run belongs to Example: job-123e4567-e89b-12d3.
        created_at (str): Timestamp when the JobRun was created. Example: 2024-01-01T00:00:00Z.
        updated_at (str): Timestamp when the JobRun was last updated. Example: 2024-01-01T00:00:00Z.
        type_ (JobRunType): Type of the JobRun. Example: SCHEDULED.
        status (JobRunStatus): Current status of the JobRun. Example: SUCCESS.
        payloads (int | None): Total number of payloads in the JobRun. Example: 100.
        successful_runs (int | None): Number of successful API calls in the JobRun. Example: 95.
        failed_runs (int | None): Number of failed API calls in the JobRun. Example: 5.
        job_configuration_snapshot (JobRunJobConfigurationSnapshot): Snapshot of job configuration at the time of the
            job run
        error (JobRunErrorType0 | None | Unset): Error information if the job run failed, stored as JSONB
        reason (JobRunReasonType0 | None | Unset): Reason for JobRun state change., stored as JSONB
    """

    id: str
    start_time: str
    end_time: None | str
    workspace_id: UUID
    project_id: UUID
    job_id: str
    created_at: str
    updated_at: str
    type_: JobRunType
    status: JobRunStatus
    payloads: int | None
    successful_runs: int | None
    failed_runs: int | None
    job_configuration_snapshot: JobRunJobConfigurationSnapshot
    error: JobRunErrorType0 | None | Unset = UNSET
    reason: JobRunReasonType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_run_error_type_0 import JobRunErrorType0  # noqa: PLC0415
        from ..models.job_run_reason_type_0 import JobRunReasonType0  # noqa: PLC0415

        id = self.id

        start_time = self.start_time

        end_time: None | str
        end_time = self.end_time

        workspace_id = str(self.workspace_id)

        project_id = str(self.project_id)

        job_id = self.job_id

        created_at = self.created_at

        updated_at = self.updated_at

        type_ = self.type_.value

        status = self.status.value

        payloads: int | None
        payloads = self.payloads

        successful_runs: int | None
        successful_runs = self.successful_runs

        failed_runs: int | None
        failed_runs = self.failed_runs

        job_configuration_snapshot = self.job_configuration_snapshot.to_dict()

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, JobRunErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        reason: dict[str, Any] | None | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, JobRunReasonType0):
            reason = self.reason.to_dict()
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "start_time": start_time,
                "end_time": end_time,
                "workspace_id": workspace_id,
                "project_id": project_id,
                "job_id": job_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "type": type_,
                "status": status,
                "payloads": payloads,
                "successful_runs": successful_runs,
                "failed_runs": failed_runs,
                "job_configuration_snapshot": job_configuration_snapshot,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobRunErrorType0 = _models.JobRunErrorType0
            JobRunJobConfigurationSnapshot = _models.JobRunJobConfigurationSnapshot
            JobRunReasonType0 = _models.JobRunReasonType0
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        start_time = d["start_time"]

        end_time = d["end_time"]

        workspace_id = parse_uuid(d["workspace_id"])

        project_id = parse_uuid(d["project_id"])

        job_id = d["job_id"]

        created_at = d["created_at"]

        updated_at = d["updated_at"]

        _type_ = d["type"]
        type_: JobRunType
        try:
            type_ = _JobRunType_values[_type_]  # type: ignore[assignment]
        except (KeyError, TypeError):
            type_ = JobRunType(_type_)

        _status = d["status"]
        status: JobRunStatus
        try:
            status = _JobRunStatus_values[_status]  # type: ignore[assignment]
        except (KeyError, TypeError):
            status = JobRunStatus(_status)

        payloads = d["payloads"]

        successful_runs = d["successful_runs"]

        failed_runs = d["failed_runs"]

        job_configuration_snapshot = JobRunJobConfigurationSnapshot.from_dict(d["job_configuration_snapshot"])

        _error = d.get("error", UNSET)
        error: JobRunErrorType0 | None | Unset
        if _error is None or _error is UNSET:
            error = _error
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = JobRunErrorType0.from_dict(_error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = _error

        _reason = d.get("reason", UNSET)
        reason: JobRunReasonType0 | None | Unset
        if _reason is None or _reason is UNSET:
            reason = _reason
        else:
            try:
                if not isinstance(_reason, dict):
                    raise TypeError()
                reason_type_0 = JobRunReasonType0.from_dict(_reason)

                reason = reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                reason = _reason

        if cls is JobRun:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run = _new(cls)
            job_run.id = id
            job_run.start_time = start_time
            job_run.end_time = end_time
            job_run.workspace_id = workspace_id
            job_run.project_id = project_id
            job_run.job_id = job_id
            job_run.created_at = created_at
            job_run.updated_at = updated_at
            job_run.type_ = type_
            job_run.status = status
            job_run.payloads = payloads
            job_run.successful_runs = successful_runs
            job_run.failed_runs = failed_runs
            job_run.job_configuration_snapshot = job_configuration_snapshot
            job_run.error = error
            job_run.reason = reason
        else:  # a subclass may have an __init__ of its own
            job_run = cls(
                id,
                start_time,
                end_time,
                workspace_id,
                project_id,
                job_id,
                created_at,
                updated_at,
                type_,
                status,
                payloads,
                successful_runs,
                failed_runs,
                job_configuration_snapshot,
                error,
                reason,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 14 + (error is not UNSET) + (reason is not UNSET):
            job_run.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return job_run

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
        "id",
        "start_time",
        "end_time",
        "workspace_id",
        "project_id",
        "job_id",
        "created_at",
        "updated_at",
        "type",
        "status",
        "payloads",
        "successful_runs",
        "failed_runs",
        "job_configuration_snapshot",
        "error",
        "reason",
    }
)
