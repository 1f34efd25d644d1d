from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_status import JobRunStatus
from ..models.job_run_type import JobRunType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_run_error_type_0 import JobRunErrorType0
    from ..models.job_run_job_configuration_snapshot import JobRunJobConfigurationSnapshot
    from ..models.job_run_reason_type_0 import JobRunReasonType0


T = TypeVar("T", bound="JobRun")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.job_run_error_type_0 import JobRunErrorType0  # noqa: PLC0415
        from ..models.job_run_job_configuration_snapshot import JobRunJobConfigurationSnapshot  # noqa: PLC0415
        from ..models.job_run_reason_type_0 import JobRunReasonType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        start_time = d.pop("start_time")

        def _parse_end_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_time = _parse_end_time(d.pop("end_time"))

        workspace_id = UUID(d.pop("workspace_id"))

        project_id = UUID(d.pop("project_id"))

        job_id = d.pop("job_id")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        type_ = JobRunType(d.pop("type"))

        status = JobRunStatus(d.pop("status"))

        def _parse_payloads(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        payloads = _parse_payloads(d.pop("payloads"))

        def _parse_successful_runs(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        successful_runs = _parse_successful_runs(d.pop("successful_runs"))

        def _parse_failed_runs(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        failed_runs = _parse_failed_runs(d.pop("failed_runs"))

        job_configuration_snapshot = JobRunJobConfigurationSnapshot.from_dict(d.pop("job_configuration_snapshot"))

        def _parse_error(data: object) -> JobRunErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = JobRunErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobRunErrorType0 | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_reason(data: object) -> JobRunReasonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_type_0 = JobRunReasonType0.from_dict(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobRunReasonType0 | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        job_run = cls(
            id=id,
            start_time=start_time,
            end_time=end_time,
            workspace_id=workspace_id,
            project_id=project_id,
            job_id=job_id,
            created_at=created_at,
            updated_at=updated_at,
            type_=type_,
            status=status,
            payloads=payloads,
            successful_runs=successful_runs,
            failed_runs=failed_runs,
            job_configuration_snapshot=job_configuration_snapshot,
            error=error,
            reason=reason,
        )

        job_run.additional_properties = d
        return job_run

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
