from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_job_run_request_billing import StartJobRunRequestBilling
    from ..models.start_job_run_request_deployment import StartJobRunRequestDeployment
    from ..models.start_job_run_request_docker_secret_mounts import StartJobRunRequestDockerSecretMounts
    from ..models.start_job_run_request_runtime_environment import StartJobRunRequestRuntimeEnvironment
    from ..models.start_job_run_request_runtime_files import StartJobRunRequestRuntimeFiles


T = TypeVar("T", bound="StartJobRunRequest")
_new = object.__new__


@_attrs_define
class StartJobRunRequest:
    """
    Attributes:
        runtime_environment (StartJobRunRequestRuntimeEnvironment | Unset): Environment variables for this run, by name
            (added to the job's runtime environment) Example: {'VARIABLE_1': 'abcdef', 'VARIABLE_2': '12345'}.
        runtime_files (StartJobRunRequestRuntimeFiles | Unset): Files for this run, by path: {data (base64), encoding}
        docker_secret_mounts (StartJobRunRequestDockerSecretMounts | Unset): Docker secret mounts for this run, by name:
            {data (base64), encoding}
        billing (StartJobRunRequestBilling | Unset):
        deployment (StartJobRunRequestDeployment | Unset): Overrides of the job's deployment for this run: what to
            deploy (`internal`, a build, or `external`, an image) and how to run it
    """

    runtime_environment: StartJobRunRequestRuntimeEnvironment | Unset = UNSET
    runtime_files: StartJobRunRequestRuntimeFiles | Unset = UNSET
    docker_secret_mounts: StartJobRunRequestDockerSecretMounts | Unset = UNSET
    billing: StartJobRunRequestBilling | Unset = UNSET
    deployment: StartJobRunRequestDeployment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        runtime_environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_environment, Unset):
            runtime_environment = self.runtime_environment.to_dict()

        runtime_files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_files, Unset):
            runtime_files = self.runtime_files.to_dict()

        docker_secret_mounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.docker_secret_mounts, Unset):
            docker_secret_mounts = self.docker_secret_mounts.to_dict()

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment, Unset):
            deployment = self.deployment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if runtime_environment is not UNSET:
            field_dict["runtimeEnvironment"] = runtime_environment
        if runtime_files is not UNSET:
            field_dict["runtimeFiles"] = runtime_files
        if docker_secret_mounts is not UNSET:
            field_dict["dockerSecretMounts"] = docker_secret_mounts
        if billing is not UNSET:
            field_dict["billing"] = billing
        if deployment is not UNSET:
            field_dict["deployment"] = deployment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            StartJobRunRequestBilling = _models.StartJobRunRequestBilling
            StartJobRunRequestDeployment = _models.StartJobRunRequestDeployment
            StartJobRunRequestDockerSecretMounts = _models.StartJobRunRequestDockerSecretMounts
            StartJobRunRequestRuntimeEnvironment = _models.StartJobRunRequestRuntimeEnvironment
            StartJobRunRequestRuntimeFiles = _models.StartJobRunRequestRuntimeFiles
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _runtime_environment = d.get("runtimeEnvironment", UNSET)
        runtime_environment: StartJobRunRequestRuntimeEnvironment | Unset
        if isinstance(_runtime_environment, Unset):
            runtime_environment = UNSET
        else:
            runtime_environment = StartJobRunRequestRuntimeEnvironment.from_dict(_runtime_environment)

        _runtime_files = d.get("runtimeFiles", UNSET)
        runtime_files: StartJobRunRequestRuntimeFiles | Unset
        if isinstance(_runtime_files, Unset):
            runtime_files = UNSET
        else:
            runtime_files = StartJobRunRequestRuntimeFiles.from_dict(_runtime_files)

        _docker_secret_mounts = d.get("dockerSecretMounts", UNSET)
        docker_secret_mounts: StartJobRunRequestDockerSecretMounts | Unset
        if isinstance(_docker_secret_mounts, Unset):
            docker_secret_mounts = UNSET
        else:
            docker_secret_mounts = StartJobRunRequestDockerSecretMounts.from_dict(_docker_secret_mounts)

        _billing = d.get("billing", UNSET)
        billing: StartJobRunRequestBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = StartJobRunRequestBilling.from_dict(_billing)

        _deployment = d.get("deployment", UNSET)
        deployment: StartJobRunRequestDeployment | Unset
        if isinstance(_deployment, Unset):
            deployment = UNSET
        else:
            deployment = StartJobRunRequestDeployment.from_dict(_deployment)

        if cls is StartJobRunRequest:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            start_job_run_request = _new(cls)
            start_job_run_request.runtime_environment = runtime_environment
            start_job_run_request.runtime_files = runtime_files
            start_job_run_request.docker_secret_mounts = docker_secret_mounts
            start_job_run_request.billing = billing
            start_job_run_request.deployment = deployment
        else:  # a subclass may have an __init__ of its own
            start_job_run_request = cls(
                runtime_environment,
                runtime_files,
                docker_secret_mounts,
                billing,
                deployment,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (runtime_environment is not UNSET) + (runtime_files is not UNSET) + (
            docker_secret_mounts is not UNSET
        ) + (billing is not UNSET) + (deployment is not UNSET):
            start_job_run_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return start_job_run_request

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
        "runtimeEnvironment",
        "runtimeFiles",
        "dockerSecretMounts",
        "billing",
        "deployment",
    }
)
