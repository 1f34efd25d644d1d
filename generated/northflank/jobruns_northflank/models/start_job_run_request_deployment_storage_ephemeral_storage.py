from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartJobRunRequestDeploymentStorageEphemeralStorage")
_new = object.__new__


@_attrs_define
class StartJobRunRequestDeploymentStorageEphemeralStorage:
    """
    Attributes:
        storage_size (int | Unset): Ephemeral storage per container in MB
    """

    storage_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        storage_size = self.storage_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage_size is not UNSET:
            field_dict["storageSize"] = storage_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        storage_size = d.get("storageSize", UNSET)

        if (
            cls is StartJobRunRequestDeploymentStorageEphemeralStorage
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            start_job_run_request_deployment_storage_ephemeral_storage = _new(cls)
            start_job_run_request_deployment_storage_ephemeral_storage.storage_size = storage_size
        else:  # a subclass may have an __init__ of its own
            start_job_run_request_deployment_storage_ephemeral_storage = cls(
                storage_size,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (storage_size is not UNSET):
            start_job_run_request_deployment_storage_ephemeral_storage.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return start_job_run_request_deployment_storage_ephemeral_storage

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
        "storageSize",
    }
)
