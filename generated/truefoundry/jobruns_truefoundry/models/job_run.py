from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..models.job_run_status import JobRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject import Subject

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobRunStatus_values = JobRunStatus._value2member_map_


T = TypeVar("T", bound="JobRun")
_new = object.__new__


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
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

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
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            Subject = _models.Subject
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        name = d["name"]

        application_name = d["applicationName"]

        deployment_version = d["deploymentVersion"]

        created_at = d["createdAt"]

        command = d["command"]

        total_retries = d["totalRetries"]

        _status = d["status"]
        status: JobRunStatus
        try:
            status = _JobRunStatus_values[_status]  # type: ignore[assignment]
        except (KeyError, TypeError):
            status = JobRunStatus(_status)

        end_time = d.get("endTime", UNSET)

        duration = d.get("duration", UNSET)

        error = d.get("error", UNSET)

        triggered_by = d.get("triggeredBy", UNSET)

        _triggered_by_subject = d.get("triggeredBySubject", UNSET)
        triggered_by_subject: None | Subject | Unset
        if _triggered_by_subject is None or _triggered_by_subject is UNSET:
            triggered_by_subject = _triggered_by_subject
        else:
            try:
                if not isinstance(_triggered_by_subject, dict):
                    raise TypeError()
                triggered_by_subject_type_0 = Subject.from_dict(_triggered_by_subject)

                triggered_by_subject = triggered_by_subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                triggered_by_subject = _triggered_by_subject

        exit_code = d.get("exitCode", UNSET)

        spark_ui = d.get("sparkUi", UNSET)

        application_id = d.get("applicationId", UNSET)

        deployment_id = d.get("deploymentId", UNSET)

        tenant_name = d.get("tenantName", UNSET)

        if cls is JobRun:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run = _new(cls)
            job_run.id = id
            job_run.name = name
            job_run.application_name = application_name
            job_run.deployment_version = deployment_version
            job_run.created_at = created_at
            job_run.command = command
            job_run.total_retries = total_retries
            job_run.status = status
            job_run.end_time = end_time
            job_run.duration = duration
            job_run.error = error
            job_run.triggered_by = triggered_by
            job_run.triggered_by_subject = triggered_by_subject
            job_run.exit_code = exit_code
            job_run.spark_ui = spark_ui
            job_run.application_id = application_id
            job_run.deployment_id = deployment_id
            job_run.tenant_name = tenant_name
        else:  # a subclass may have an __init__ of its own
            job_run = cls(
                id,
                name,
                application_name,
                deployment_version,
                created_at,
                command,
                total_retries,
                status,
                end_time,
                duration,
                error,
                triggered_by,
                triggered_by_subject,
                exit_code,
                spark_ui,
                application_id,
                deployment_id,
                tenant_name,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 8 + (end_time is not UNSET) + (duration is not UNSET) + (error is not UNSET) + (
            triggered_by is not UNSET
        ) + (triggered_by_subject is not UNSET) + (exit_code is not UNSET) + (spark_ui is not UNSET) + (
            application_id is not UNSET
        ) + (deployment_id is not UNSET) + (tenant_name is not UNSET):
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
        "name",
        "applicationName",
        "deploymentVersion",
        "createdAt",
        "command",
        "totalRetries",
        "status",
        "endTime",
        "duration",
        "error",
        "triggeredBy",
        "triggeredBySubject",
        "exitCode",
        "sparkUi",
        "applicationId",
        "deploymentId",
        "tenantName",
    }
)
