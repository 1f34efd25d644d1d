from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_job_run_request_deployment_storage_ephemeral_storage import (
        StartJobRunRequestDeploymentStorageEphemeralStorage,
    )


T = TypeVar("T", bound="StartJobRunRequestDeploymentStorage")
_new = object.__new__


@_attrs_define
class StartJobRunRequestDeploymentStorage:
    """
    Attributes:
        use_hdb_storage (bool | Unset):
        use_pd_ssd_storage (bool | Unset):
        ephemeral_storage (StartJobRunRequestDeploymentStorageEphemeralStorage | Unset):
        shm_size (int | Unset): Configures the amount of available memory-backed disk space available to /dev/shm
    """

    use_hdb_storage: bool | Unset = UNSET
    use_pd_ssd_storage: bool | Unset = UNSET
    ephemeral_storage: StartJobRunRequestDeploymentStorageEphemeralStorage | Unset = UNSET
    shm_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        use_hdb_storage = self.use_hdb_storage

        use_pd_ssd_storage = self.use_pd_ssd_storage

        ephemeral_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ephemeral_storage, Unset):
            ephemeral_storage = self.ephemeral_storage.to_dict()

        shm_size = self.shm_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_hdb_storage is not UNSET:
            field_dict["useHdbStorage"] = use_hdb_storage
        if use_pd_ssd_storage is not UNSET:
            field_dict["usePdSsdStorage"] = use_pd_ssd_storage
        if ephemeral_storage is not UNSET:
            field_dict["ephemeralStorage"] = ephemeral_storage
        if shm_size is not UNSET:
            field_dict["shmSize"] = shm_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            StartJobRunRequestDeploymentStorageEphemeralStorage = (
                _models.StartJobRunRequestDeploymentStorageEphemeralStorage
            )
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        use_hdb_storage = d.get("useHdbStorage", UNSET)

        use_pd_ssd_storage = d.get("usePdSsdStorage", UNSET)

        _ephemeral_storage = d.get("ephemeralStorage", UNSET)
        ephemeral_storage: StartJobRunRequestDeploymentStorageEphemeralStorage | Unset
        if isinstance(_ephemeral_storage, Unset):
            ephemeral_storage = UNSET
        else:
            ephemeral_storage = StartJobRunRequestDeploymentStorageEphemeralStorage.from_dict(_ephemeral_storage)

        shm_size = d.get("shmSize", UNSET)

        if (
            cls is StartJobRunRequestDeploymentStorage
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            start_job_run_request_deployment_storage = _new(cls)
            start_job_run_request_deployment_storage.use_hdb_storage = use_hdb_storage
            start_job_run_request_deployment_storage.use_pd_ssd_storage = use_pd_ssd_storage
            start_job_run_request_deployment_storage.ephemeral_storage = ephemeral_storage
            start_job_run_request_deployment_storage.shm_size = shm_size
        else:  # a subclass may have an __init__ of its own
            start_job_run_request_deployment_storage = cls(
                use_hdb_storage,
                use_pd_ssd_storage,
                ephemeral_storage,
                shm_size,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (use_hdb_storage is not UNSET) + (use_pd_ssd_storage is not UNSET) + (
            ephemeral_storage is not UNSET
        ) + (shm_size is not UNSET):
            start_job_run_request_deployment_storage.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return start_job_run_request_deployment_storage

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
        "useHdbStorage",
        "usePdSsdStorage",
        "ephemeralStorage",
        "shmSize",
    }
)
