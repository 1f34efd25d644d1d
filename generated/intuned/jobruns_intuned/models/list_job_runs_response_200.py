from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it

if TYPE_CHECKING:
    from ..models.job_run import JobRun


T = TypeVar("T", bound="ListJobRunsResponse200")
_new = object.__new__


@_attrs_define
class ListJobRunsResponse200:
    """
    Attributes:
        job_runs (list[JobRun]):
        total_count (int): Total number of JobRuns available. Example: 150.
    """

    job_runs: list[JobRun]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        job_runs = []
        for job_runs_item_data in self.job_runs:
            job_runs_item = job_runs_item_data.to_dict()
            job_runs.append(job_runs_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobRuns": job_runs,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobRun = _models.JobRun
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        job_runs = []
        _job_runs = d["jobRuns"]
        for job_runs_item_data in _job_runs:
            job_runs_item = JobRun.from_dict(job_runs_item_data)

            job_runs.append(job_runs_item)

        total_count = d["totalCount"]

        if (
            cls is ListJobRunsResponse200
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            list_job_runs_response_200 = _new(cls)
            list_job_runs_response_200.job_runs = job_runs
            list_job_runs_response_200.total_count = total_count
        else:  # a subclass may have an __init__ of its own
            list_job_runs_response_200 = cls(
                job_runs,
                total_count,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2:
            list_job_runs_response_200.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return list_job_runs_response_200

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
        "jobRuns",
        "totalCount",
    }
)
