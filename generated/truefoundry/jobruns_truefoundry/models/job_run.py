from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_status import JobRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject import Subject


T = TypeVar("T", bound="JobRun")


@_attrs_define
class JobRun:
    """
    Attributes:
        id (str): System-generated job run ID. Example: jqfwg345gi25n5ju2yz5iz6m.
        name (str): JobRun Name
        application_name (str): Application Name
        deployment_version (str): Deployment Version
        created_at (float): Created At
        command (str): Command
        total_retries (int): Total Retries
        status (JobRunStatus):
        end_time (float | None | Unset): End Time of JobRun
        duration (int | None | Unset): Duration of JobRun
        error (None | str | Unset): Error
        triggered_by (None | str | Unset): Triggered By
        triggered_by_subject (None | Subject | Unset): Triggered By Subject
        exit_code (int | None | Unset): Exit Code
        spark_ui (None | str | Unset): Spark UI Url
        application_id (None | str | Unset): Application ID
        deployment_id (None | str | Unset): Deployment ID
        tenant_name (None | str | Unset): Tenant Name
    """

    id: str
    name: str
    application_name: str
    deployment_version: str
    created_at: float
    command: str
    total_retries: int
    status: JobRunStatus
    end_time: float | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    triggered_by: None | str | Unset = UNSET
    triggered_by_subject: None | Subject | Unset = UNSET
    exit_code: int | None | Unset = UNSET
    spark_ui: None | str | Unset = UNSET
    application_id: None | str | Unset = UNSET
    deployment_id: None | str | Unset = UNSET
    tenant_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subject import Subject  # noqa: PLC0415

        id = self.id

        name = self.name

        application_name = self.application_name

        deployment_version = self.deployment_version

        created_at = self.created_at

        command = self.command

        total_retries = self.total_retries

        status = self.status.value

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        triggered_by: None | str | Unset
        if isinstance(self.triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = self.triggered_by

        triggered_by_subject: dict[str, Any] | None | Unset
        if isinstance(self.triggered_by_subject, Unset):
            triggered_by_subject = UNSET
        elif isinstance(self.triggered_by_subject, Subject):
            triggered_by_subject = self.triggered_by_subject.to_dict()
        else:
            triggered_by_subject = self.triggered_by_subject

        exit_code: int | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        spark_ui: None | str | Unset
        if isinstance(self.spark_ui, Unset):
            spark_ui = UNSET
        else:
            spark_ui = self.spark_ui

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        deployment_id: None | str | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        else:
            deployment_id = self.deployment_id

        tenant_name: None | str | Unset
        if isinstance(self.tenant_name, Unset):
            tenant_name = UNSET
        else:
            tenant_name = self.tenant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "applicationName": application_name,
                "deploymentVersion": deployment_version,
                "createdAt": created_at,
                "command": command,
                "totalRetries": total_retries,
                "status": status,
            }
        )
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error is not UNSET:
            field_dict["error"] = error
        if triggered_by is not UNSET:
            field_dict["triggeredBy"] = triggered_by
        if triggered_by_subject is not UNSET:
            field_dict["triggeredBySubject"] = triggered_by_subject
        if exit_code is not UNSET:
            field_dict["exitCode"] = exit_code
        if spark_ui is not UNSET:
            field_dict["sparkUi"] = spark_ui
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if deployment_id is not UNSET:
            field_dict["deploymentId"] = deployment_id
        if tenant_name is not UNSET:
            field_dict["tenantName"] = tenant_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject import Subject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        application_name = d.pop("applicationName")

        deployment_version = d.pop("deploymentVersion")

        created_at = d.pop("createdAt")

        command = d.pop("command")

        total_retries = d.pop("totalRetries")

        status = JobRunStatus(d.pop("status"))

        def _parse_end_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_triggered_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        triggered_by = _parse_triggered_by(d.pop("triggeredBy", UNSET))

        def _parse_triggered_by_subject(data: object) -> None | Subject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triggered_by_subject_type_0 = Subject.from_dict(data)

                return triggered_by_subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Subject | Unset, data)

        triggered_by_subject = _parse_triggered_by_subject(d.pop("triggeredBySubject", UNSET))

        def _parse_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exit_code = _parse_exit_code(d.pop("exitCode", UNSET))

        def _parse_spark_ui(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        spark_ui = _parse_spark_ui(d.pop("sparkUi", UNSET))

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        def _parse_deployment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deployment_id = _parse_deployment_id(d.pop("deploymentId", UNSET))

        def _parse_tenant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_name = _parse_tenant_name(d.pop("tenantName", UNSET))

        job_run = cls(
            id=id,
            name=name,
            application_name=application_name,
            deployment_version=deployment_version,
            created_at=created_at,
            command=command,
            total_retries=total_retries,
            status=status,
            end_time=end_time,
            duration=duration,
            error=error,
            triggered_by=triggered_by,
            triggered_by_subject=triggered_by_subject,
            exit_code=exit_code,
            spark_ui=spark_ui,
            application_id=application_id,
            deployment_id=deployment_id,
            tenant_name=tenant_name,
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
