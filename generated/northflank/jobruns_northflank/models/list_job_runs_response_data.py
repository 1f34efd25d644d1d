from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it

if TYPE_CHECKING:
    from ..models.job_run import JobRun


T = TypeVar("T", bound="ListJobRunsResponseData")


@_attrs_define
class ListJobRunsResponseData:
    """
    Attributes:
        runs (list[JobRun]):
    """

    runs: list[JobRun]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runs": runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobRun = _models.JobRun
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        runs = []
        _runs = d["runs"]
        for runs_item_data in _runs:
            runs_item = JobRun.from_dict(runs_item_data)

            runs.append(runs_item)

        list_job_runs_response_data = cls(
            runs,
        )

        if not d.keys() <= _KNOWN_KEYS:  # else the empty dict from __init__ stays
            list_job_runs_response_data.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return list_job_runs_response_data

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
        "runs",
    }
)
