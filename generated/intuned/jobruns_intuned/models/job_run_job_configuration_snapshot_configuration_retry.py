from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobRunJobConfigurationSnapshotConfigurationRetry")
_new = object.__new__


@_attrs_define
class JobRunJobConfigurationSnapshotConfigurationRetry:
    """The retry policy of the job. Configure how many retries and the delay between them for each payload.

    Example:
        {'maximumAttempts': 3}

    Attributes:
        maximum_attempts (int | Unset): Maximum number of attempts to retry the run in case of failure Default: 3.
            Example: 3.
    """

    maximum_attempts: int | Unset = 3
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        maximum_attempts = self.maximum_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if maximum_attempts is not UNSET:
            field_dict["maximumAttempts"] = maximum_attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        maximum_attempts = d.get("maximumAttempts", UNSET)

        if (
            cls is JobRunJobConfigurationSnapshotConfigurationRetry
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run_job_configuration_snapshot_configuration_retry = _new(cls)
            job_run_job_configuration_snapshot_configuration_retry.maximum_attempts = maximum_attempts
        else:  # a subclass may have an __init__ of its own
            job_run_job_configuration_snapshot_configuration_retry = cls(
                maximum_attempts,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (maximum_attempts is not UNSET):
            job_run_job_configuration_snapshot_configuration_retry.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_run_job_configuration_snapshot_configuration_retry

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
        "maximumAttempts",
    }
)
