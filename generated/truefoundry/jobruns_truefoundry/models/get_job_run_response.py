from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it

if TYPE_CHECKING:
    from ..models.job_run import JobRun


T = TypeVar("T", bound="GetJobRunResponse")


@_attrs_define
class GetJobRunResponse:
    """
    Attributes:
        data (JobRun):
    """

    data: JobRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobRun = _models.JobRun
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        data = JobRun.from_dict(d["data"])

        get_job_run_response = cls(
            data,
        )

        if not d.keys() <= _KNOWN_KEYS:  # else the empty dict from __init__ stays
            get_job_run_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return get_job_run_response

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
        "data",
    }
)
