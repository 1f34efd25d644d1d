from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobRunJobConfigurationSnapshotAuthSessionType0")
_new = object.__new__


@_attrs_define
class JobRunJobConfigurationSnapshotAuthSessionType0:
    """Authentication session information for the job

    Example:
        {'id': 'auth-session-123'}

    Attributes:
        id (str):
        check_attempts (int | Unset): Number of attempts to check the validity of the AuthSession before recreating it.
            Default: 3. Example: 3.
        create_attempts (int | Unset): Number of attempts to create a new AuthSession if the current one is invalid or
            expired. Default: 3. Example: 3.
    """

    id: str
    check_attempts: int | Unset = 3
    create_attempts: int | Unset = 3
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        check_attempts = self.check_attempts

        create_attempts = self.create_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if check_attempts is not UNSET:
            field_dict["checkAttempts"] = check_attempts
        if create_attempts is not UNSET:
            field_dict["createAttempts"] = create_attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        check_attempts = d.get("checkAttempts", UNSET)

        create_attempts = d.get("createAttempts", UNSET)

        if (
            cls is JobRunJobConfigurationSnapshotAuthSessionType0
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run_job_configuration_snapshot_auth_session_type_0 = _new(cls)
            job_run_job_configuration_snapshot_auth_session_type_0.id = id
            job_run_job_configuration_snapshot_auth_session_type_0.check_attempts = check_attempts
            job_run_job_configuration_snapshot_auth_session_type_0.create_attempts = create_attempts
        else:  # a subclass may have an __init__ of its own
            job_run_job_configuration_snapshot_auth_session_type_0 = cls(
                id,
                check_attempts,
                create_attempts,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 1 + (check_attempts is not UNSET) + (create_attempts is not UNSET):
            job_run_job_configuration_snapshot_auth_session_type_0.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_run_job_configuration_snapshot_auth_session_type_0

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
        "id",
        "checkAttempts",
        "createAttempts",
    }
)
