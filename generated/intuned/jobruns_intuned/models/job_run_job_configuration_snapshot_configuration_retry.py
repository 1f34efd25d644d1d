from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobRunJobConfigurationSnapshotConfigurationRetry")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        job_run_job_configuration_snapshot_configuration_retry = cls(
            maximum_attempts,
        )

        if not d.keys() <= _KNOWN_KEYS:  # else the empty dict from __init__ stays
            job_run_job_configuration_snapshot_configuration_retry.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return job_run_job_configuration_snapshot_configuration_retry

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
