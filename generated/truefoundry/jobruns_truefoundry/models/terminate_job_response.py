from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_status import JobRunStatus

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobRunStatus_values = JobRunStatus._value2member_map_


T = TypeVar("T", bound="TerminateJobResponse")
_new = object.__new__


@_attrs_define
class TerminateJobResponse:
    """
    Attributes:
        message (str): Terminate Job Message
        job_run_status (JobRunStatus):
    """

    message: str
    job_run_status: JobRunStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        job_run_status = self.job_run_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "jobRunStatus": job_run_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        message = d["message"]

        _job_run_status = d["jobRunStatus"]
        job_run_status: JobRunStatus
        try:
            job_run_status = _JobRunStatus_values[_job_run_status]  # type: ignore[assignment]
        except (KeyError, TypeError):
            job_run_status = JobRunStatus(_job_run_status)

        if cls is TerminateJobResponse:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            terminate_job_response = _new(cls)
            terminate_job_response.message = message
            terminate_job_response.job_run_status = job_run_status
        else:  # a subclass may have an __init__ of its own
            terminate_job_response = cls(
                message,
                job_run_status,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2:
            terminate_job_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return terminate_job_response

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
        "message",
        "jobRunStatus",
    }
)
