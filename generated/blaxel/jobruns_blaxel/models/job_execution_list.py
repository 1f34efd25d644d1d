from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_execution import JobExecution
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="JobExecutionList")
_new = object.__new__


@_attrs_define
class JobExecutionList:
    """Cursor-paginated list of job executions. Returned starting with API version 2026-04-28; older API versions keep the
    legacy offset-based contract and return a bare array.

        Attributes:
            data (list[JobExecution] | Unset): Page of job executions.
            meta (PaginationMeta | Unset): Pagination metadata returned alongside a page of listing results. Always present
                on listing endpoints starting with API version 2026-04-28.
    """

    data: list[JobExecution] | Unset = UNSET
    meta: PaginationMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobExecution = _models.JobExecution
            PaginationMeta = _models.PaginationMeta
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _data = d.get("data", UNSET)
        data: list[JobExecution] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = JobExecution.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.get("meta", UNSET)
        meta: PaginationMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PaginationMeta.from_dict(_meta)

        if cls is JobExecutionList:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_execution_list = _new(cls)
            job_execution_list.data = data
            job_execution_list.meta = meta
        else:  # a subclass may have an __init__ of its own
            job_execution_list = cls(
                data,
                meta,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (data is not UNSET) + (meta is not UNSET):
            job_execution_list.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_execution_list

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
        "data",
        "meta",
    }
)
