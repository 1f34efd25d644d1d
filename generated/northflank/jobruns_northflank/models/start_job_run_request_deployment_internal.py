from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartJobRunRequestDeploymentInternal")
_new = object.__new__


@_attrs_define
class StartJobRunRequestDeploymentInternal:
    """A build of a Northflank service or job to deploy

    Attributes:
        id (str | Unset): ID of the service or job whose build is deployed
        branch (str | Unset): Branch to deploy
        build_sha (str | Unset): A commit sha, or `latest` for the latest commit.
        build_id (str | Unset): ID of the build that should be deployed
    """

    id: str | Unset = UNSET
    branch: str | Unset = UNSET
    build_sha: str | Unset = UNSET
    build_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        branch = self.branch

        build_sha = self.build_sha

        build_id = self.build_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if branch is not UNSET:
            field_dict["branch"] = branch
        if build_sha is not UNSET:
            field_dict["buildSHA"] = build_sha
        if build_id is not UNSET:
            field_dict["buildId"] = build_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d.get("id", UNSET)

        branch = d.get("branch", UNSET)

        build_sha = d.get("buildSHA", UNSET)

        build_id = d.get("buildId", UNSET)

        if (
            cls is StartJobRunRequestDeploymentInternal
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            start_job_run_request_deployment_internal = _new(cls)
            start_job_run_request_deployment_internal.id = id
            start_job_run_request_deployment_internal.branch = branch
            start_job_run_request_deployment_internal.build_sha = build_sha
            start_job_run_request_deployment_internal.build_id = build_id
        else:  # a subclass may have an __init__ of its own
            start_job_run_request_deployment_internal = cls(
                id,
                branch,
                build_sha,
                build_id,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (id is not UNSET) + (branch is not UNSET) + (build_sha is not UNSET) + (build_id is not UNSET):
            start_job_run_request_deployment_internal.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return start_job_run_request_deployment_internal

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
        "branch",
        "buildSHA",
        "buildId",
    }
)
