from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it

if TYPE_CHECKING:
    from ..models.workload_log_lines import WorkloadLogLines


T = TypeVar("T", bound="WorkloadLogs")
_new = object.__new__


@_attrs_define
class WorkloadLogs:
    """The lines of each workload asked for, keyed by its name"""

    additional_properties: dict[str, WorkloadLogLines] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            WorkloadLogLines = _models.WorkloadLogLines
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        workload_logs = _new(cls) if cls is WorkloadLogs else cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = WorkloadLogLines.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        workload_logs.additional_properties = additional_properties
        return workload_logs

    if not TYPE_CHECKING:  # hidden from type checkers, which keep checking attribute names

        def __getattr__(self, name: str) -> Any:
            # additional_properties is made on first use: most answers have no unknown keys, and an empty dict
            # per model counted towards the garbage collector's thresholds, which then ran far more often
            if name == "additional_properties":
                additional_properties: dict[str, WorkloadLogLines] = {}
                self.additional_properties = additional_properties
                return additional_properties
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WorkloadLogLines:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WorkloadLogLines) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
