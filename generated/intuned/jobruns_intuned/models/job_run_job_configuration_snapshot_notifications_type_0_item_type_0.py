from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..models.job_run_job_configuration_snapshot_notifications_type_0_item_type_0_type import (
    JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_run_job_configuration_snapshot_notifications_type_0_item_type_0_headers import (
        JobRunJobConfigurationSnapshotNotificationsType0ItemType0Headers,
    )

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type_values = (
    JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type._value2member_map_
)


T = TypeVar("T", bound="JobRunJobConfigurationSnapshotNotificationsType0ItemType0")
_new = object.__new__


@_attrs_define
class JobRunJobConfigurationSnapshotNotificationsType0ItemType0:
    """
    Attributes:
        type_ (JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type):
        url (str): The URL to which the webhook will send the data. Example: https://example.com/webhook.
        headers (JobRunJobConfigurationSnapshotNotificationsType0ItemType0Headers | Unset): Optional headers to be sent
            with the webhook request. Example: {'Content-Type': 'application/json', 'Authorization': 'Bearer token'}.
    """

    type_: JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type
    url: str
    headers: JobRunJobConfigurationSnapshotNotificationsType0ItemType0Headers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobRunJobConfigurationSnapshotNotificationsType0ItemType0Headers = (
                _models.JobRunJobConfigurationSnapshotNotificationsType0ItemType0Headers
            )
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _type_ = d["type"]
        type_: JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type
        try:
            type_ = _JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type_values[_type_]  # type: ignore[assignment]
        except (KeyError, TypeError):
            type_ = JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type(_type_)

        url = d["url"]

        _headers = d.get("headers", UNSET)
        headers: JobRunJobConfigurationSnapshotNotificationsType0ItemType0Headers | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = JobRunJobConfigurationSnapshotNotificationsType0ItemType0Headers.from_dict(_headers)

        if (
            cls is JobRunJobConfigurationSnapshotNotificationsType0ItemType0
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run_job_configuration_snapshot_notifications_type_0_item_type_0 = _new(cls)
            job_run_job_configuration_snapshot_notifications_type_0_item_type_0.type_ = type_
            job_run_job_configuration_snapshot_notifications_type_0_item_type_0.url = url
            job_run_job_configuration_snapshot_notifications_type_0_item_type_0.headers = headers
        else:  # a subclass may have an __init__ of its own
            job_run_job_configuration_snapshot_notifications_type_0_item_type_0 = cls(
                type_,
                url,
                headers,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (headers is not UNSET):
            job_run_job_configuration_snapshot_notifications_type_0_item_type_0.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_run_job_configuration_snapshot_notifications_type_0_item_type_0

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
        "type",
        "url",
        "headers",
    }
)
