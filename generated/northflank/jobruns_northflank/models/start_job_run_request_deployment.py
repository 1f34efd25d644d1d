from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_job_run_request_deployment_buildpack import StartJobRunRequestDeploymentBuildpack
    from ..models.start_job_run_request_deployment_docker import StartJobRunRequestDeploymentDocker
    from ..models.start_job_run_request_deployment_external import StartJobRunRequestDeploymentExternal
    from ..models.start_job_run_request_deployment_internal import StartJobRunRequestDeploymentInternal
    from ..models.start_job_run_request_deployment_storage import StartJobRunRequestDeploymentStorage


T = TypeVar("T", bound="StartJobRunRequestDeployment")
_new = object.__new__


@_attrs_define
class StartJobRunRequestDeployment:
    """Overrides of the job's deployment for this run: what to deploy (`internal`, a build, or `external`, an image) and
    how to run it

        Attributes:
            docker (StartJobRunRequestDeploymentDocker | Unset):
            buildpack (StartJobRunRequestDeploymentBuildpack | Unset):
            storage (StartJobRunRequestDeploymentStorage | Unset):
            internal (StartJobRunRequestDeploymentInternal | Unset): A build of a Northflank service or job to deploy
            external (StartJobRunRequestDeploymentExternal | Unset): An image to deploy
    """

    docker: StartJobRunRequestDeploymentDocker | Unset = UNSET
    buildpack: StartJobRunRequestDeploymentBuildpack | Unset = UNSET
    storage: StartJobRunRequestDeploymentStorage | Unset = UNSET
    internal: StartJobRunRequestDeploymentInternal | Unset = UNSET
    external: StartJobRunRequestDeploymentExternal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        docker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.docker, Unset):
            docker = self.docker.to_dict()

        buildpack: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buildpack, Unset):
            buildpack = self.buildpack.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        internal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internal, Unset):
            internal = self.internal.to_dict()

        external: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external, Unset):
            external = self.external.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if docker is not UNSET:
            field_dict["docker"] = docker
        if buildpack is not UNSET:
            field_dict["buildpack"] = buildpack
        if storage is not UNSET:
            field_dict["storage"] = storage
        if internal is not UNSET:
            field_dict["internal"] = internal
        if external is not UNSET:
            field_dict["external"] = external

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            StartJobRunRequestDeploymentBuildpack = _models.StartJobRunRequestDeploymentBuildpack
            StartJobRunRequestDeploymentDocker = _models.StartJobRunRequestDeploymentDocker
            StartJobRunRequestDeploymentExternal = _models.StartJobRunRequestDeploymentExternal
            StartJobRunRequestDeploymentInternal = _models.StartJobRunRequestDeploymentInternal
            StartJobRunRequestDeploymentStorage = _models.StartJobRunRequestDeploymentStorage
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _docker = d.get("docker", UNSET)
        docker: StartJobRunRequestDeploymentDocker | Unset
        if isinstance(_docker, Unset):
            docker = UNSET
        else:
            docker = StartJobRunRequestDeploymentDocker.from_dict(_docker)

        _buildpack = d.get("buildpack", UNSET)
        buildpack: StartJobRunRequestDeploymentBuildpack | Unset
        if isinstance(_buildpack, Unset):
            buildpack = UNSET
        else:
            buildpack = StartJobRunRequestDeploymentBuildpack.from_dict(_buildpack)

        _storage = d.get("storage", UNSET)
        storage: StartJobRunRequestDeploymentStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = StartJobRunRequestDeploymentStorage.from_dict(_storage)

        _internal = d.get("internal", UNSET)
        internal: StartJobRunRequestDeploymentInternal | Unset
        if isinstance(_internal, Unset):
            internal = UNSET
        else:
            internal = StartJobRunRequestDeploymentInternal.from_dict(_internal)

        _external = d.get("external", UNSET)
        external: StartJobRunRequestDeploymentExternal | Unset
        if isinstance(_external, Unset):
            external = UNSET
        else:
            external = StartJobRunRequestDeploymentExternal.from_dict(_external)

        if (
            cls is StartJobRunRequestDeployment
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            start_job_run_request_deployment = _new(cls)
            start_job_run_request_deployment.docker = docker
            start_job_run_request_deployment.buildpack = buildpack
            start_job_run_request_deployment.storage = storage
            start_job_run_request_deployment.internal = internal
            start_job_run_request_deployment.external = external
        else:  # a subclass may have an __init__ of its own
            start_job_run_request_deployment = cls(
                docker,
                buildpack,
                storage,
                internal,
                external,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (docker is not UNSET) + (buildpack is not UNSET) + (storage is not UNSET) + (
            internal is not UNSET
        ) + (external is not UNSET):
            start_job_run_request_deployment.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return start_job_run_request_deployment

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
        "docker",
        "buildpack",
        "storage",
        "internal",
        "external",
    }
)
