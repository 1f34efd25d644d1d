from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_job_runs_response_data import ListJobRunsResponseData
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListJobRunsResponse")


@_attrs_define
class ListJobRunsResponse:
    """
    Attributes:
        data (ListJobRunsResponseData):
        pagination (Pagination):
    """

    data: ListJobRunsResponseData
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

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
        from ..models.list_job_runs_response_data import ListJobRunsResponseData  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        data = ListJobRunsResponseData.from_dict(d.pop("data"))

        pagination = Pagination.from_dict(d.pop("pagination"))

        list_job_runs_response = cls(
            data=data,
            pagination=pagination,
        )

        list_job_runs_response.additional_properties = d
        return list_job_runs_response

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
