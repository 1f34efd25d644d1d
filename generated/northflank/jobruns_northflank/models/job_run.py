from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_active import JobRunActive
from ..models.job_run_failed import JobRunFailed
from ..models.job_run_status import JobRunStatus
from ..models.job_run_succeeded import JobRunSucceeded
from ..types import UNSET, Unset

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobRunActive_values = JobRunActive._value2member_map_
_JobRunFailed_values = JobRunFailed._value2member_map_
_JobRunStatus_values = JobRunStatus._value2member_map_
_JobRunSucceeded_values = JobRunSucceeded._value2member_map_


T = TypeVar("T", bound="JobRun")
_new = object.__new__


@_attrs_define
class JobRun:
    """
    Attributes:
        id (str): The ID of the job run
        active (JobRunActive): Whether the run is currently in progress
        backoff_limit (int): The number of attempts to retry this job run before it is marked as failed.
        completions (int): The number of times this job run has concluded successfully or with an error.
        concluded (bool): Has the job run finished?
        failed (JobRunFailed): Whether this job run failed to complete successfully
        run_name (str): The name of the job run
        status (JobRunStatus): A string representing the status of the job. Either SUCCESS, RUNNING or FAILED.
        succeeded (JobRunSucceeded): Whether this job run completed successfully
        started_at (None | str | Unset): The timestamp when the job run started.
        concluded_at (None | str | Unset): The timestamp when the job run concluded.
    """

    id: str
    active: JobRunActive
    backoff_limit: int
    completions: int
    concluded: bool
    failed: JobRunFailed
    run_name: str
    status: JobRunStatus
    succeeded: JobRunSucceeded
    started_at: None | str | Unset = UNSET
    concluded_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        active = self.active.value

        backoff_limit = self.backoff_limit

        completions = self.completions

        concluded = self.concluded

        failed = self.failed.value

        run_name = self.run_name

        status = self.status.value

        succeeded = self.succeeded.value

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        concluded_at: None | str | Unset
        if isinstance(self.concluded_at, Unset):
            concluded_at = UNSET
        else:
            concluded_at = self.concluded_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "active": active,
                "backoffLimit": backoff_limit,
                "completions": completions,
                "concluded": concluded,
                "failed": failed,
                "runName": run_name,
                "status": status,
                "succeeded": succeeded,
            }
        )
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if concluded_at is not UNSET:
            field_dict["concludedAt"] = concluded_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        _active = d["active"]
        active: JobRunActive
        try:
            active = _JobRunActive_values[_active]  # type: ignore[assignment]
        except (KeyError, TypeError):
            active = JobRunActive(_active)

        backoff_limit = d["backoffLimit"]

        completions = d["completions"]

        concluded = d["concluded"]

        _failed = d["failed"]
        failed: JobRunFailed
        try:
            failed = _JobRunFailed_values[_failed]  # type: ignore[assignment]
        except (KeyError, TypeError):
            failed = JobRunFailed(_failed)

        run_name = d["runName"]

        _status = d["status"]
        status: JobRunStatus
        try:
            status = _JobRunStatus_values[_status]  # type: ignore[assignment]
        except (KeyError, TypeError):
            status = JobRunStatus(_status)

        _succeeded = d["succeeded"]
        succeeded: JobRunSucceeded
        try:
            succeeded = _JobRunSucceeded_values[_succeeded]  # type: ignore[assignment]
        except (KeyError, TypeError):
            succeeded = JobRunSucceeded(_succeeded)

        started_at = d.get("startedAt", UNSET)

        concluded_at = d.get("concludedAt", UNSET)

        if cls is JobRun:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run = _new(cls)
            job_run.id = id
            job_run.active = active
            job_run.backoff_limit = backoff_limit
            job_run.completions = completions
            job_run.concluded = concluded
            job_run.failed = failed
            job_run.run_name = run_name
            job_run.status = status
            job_run.succeeded = succeeded
            job_run.started_at = started_at
            job_run.concluded_at = concluded_at
        else:  # a subclass may have an __init__ of its own
            job_run = cls(
                id,
                active,
                backoff_limit,
                completions,
                concluded,
                failed,
                run_name,
                status,
                succeeded,
                started_at,
                concluded_at,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 9 + (started_at is not UNSET) + (concluded_at is not UNSET):
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
        "active",
        "backoffLimit",
        "completions",
        "concluded",
        "failed",
        "runName",
        "status",
        "succeeded",
        "startedAt",
        "concludedAt",
    }
)
