from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_job_configuration_snapshot_proxy_type_0_version import (
    JobRunJobConfigurationSnapshotProxyType0Version,
)

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobRunJobConfigurationSnapshotProxyType0Version_values = (
    JobRunJobConfigurationSnapshotProxyType0Version._value2member_map_
)


T = TypeVar("T", bound="JobRunJobConfigurationSnapshotProxyType0")
_new = object.__new__


@_attrs_define
class JobRunJobConfigurationSnapshotProxyType0:
    """Proxy configuration for the job, stored as JSONB

    Attributes:
        version (JobRunJobConfigurationSnapshotProxyType0Version):
        url (str):
    """

    version: JobRunJobConfigurationSnapshotProxyType0Version
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        version = self.version.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _version = d["version"]
        version: JobRunJobConfigurationSnapshotProxyType0Version
        try:
            version = _JobRunJobConfigurationSnapshotProxyType0Version_values[_version]  # type: ignore[assignment]
        except (KeyError, TypeError):
            version = JobRunJobConfigurationSnapshotProxyType0Version(_version)

        url = d["url"]

        if (
            cls is JobRunJobConfigurationSnapshotProxyType0
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run_job_configuration_snapshot_proxy_type_0 = _new(cls)
            job_run_job_configuration_snapshot_proxy_type_0.version = version
            job_run_job_configuration_snapshot_proxy_type_0.url = url
        else:  # a subclass may have an __init__ of its own
            job_run_job_configuration_snapshot_proxy_type_0 = cls(
                version,
                url,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2:
            job_run_job_configuration_snapshot_proxy_type_0.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_run_job_configuration_snapshot_proxy_type_0

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
        "version",
        "url",
    }
)
