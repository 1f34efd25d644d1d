from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_job_run_response_200_results import GetJobRunResponse200Results
    from ..models.job_run import JobRun


T = TypeVar("T", bound="GetJobRunResponse200")
_new = object.__new__


@_attrs_define
class GetJobRunResponse200:
    """
    Attributes:
        job_run (JobRun):
        results (GetJobRunResponse200Results | Unset):
    """

    job_run: JobRun
    results: GetJobRunResponse200Results | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        job_run = self.job_run.to_dict()

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobRun": job_run,
            }
        )
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            GetJobRunResponse200Results = _models.GetJobRunResponse200Results
            JobRun = _models.JobRun
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        job_run = JobRun.from_dict(d["jobRun"])

        _results = d.get("results", UNSET)
        results: GetJobRunResponse200Results | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = GetJobRunResponse200Results.from_dict(_results)

        if cls is GetJobRunResponse200:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            get_job_run_response_200 = _new(cls)
            get_job_run_response_200.job_run = job_run
            get_job_run_response_200.results = results
        else:  # a subclass may have an __init__ of its own
            get_job_run_response_200 = cls(
                job_run,
                results,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 1 + (results is not UNSET):
            get_job_run_response_200.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return get_job_run_response_200

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
        "jobRun",
        "results",
    }
)
