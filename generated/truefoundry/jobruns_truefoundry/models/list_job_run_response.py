from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListJobRunResponse")


@_attrs_define
class ListJobRunResponse:
    """
    Attributes:
        data (list[JobRun]): JobRun History
        pagination (Pagination):
    """

    data: list[JobRun]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobRun = _models.JobRun
            Pagination = _models.Pagination
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        data = []
        _data = d["data"]
        for data_item_data in _data:
            data_item = JobRun.from_dict(data_item_data)

            data.append(data_item)

        pagination = Pagination.from_dict(d["pagination"])

        list_job_run_response = cls(
            data,
            pagination,
        )

        if not d.keys() <= _KNOWN_KEYS:  # else the empty dict from __init__ stays
            list_job_run_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return list_job_run_response

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
        "pagination",
    }
)
