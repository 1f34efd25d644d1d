from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_job_run_request_deployment_docker_config_type import StartJobRunRequestDeploymentDockerConfigType
from ..types import UNSET, Unset

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_StartJobRunRequestDeploymentDockerConfigType_values = StartJobRunRequestDeploymentDockerConfigType._value2member_map_


T = TypeVar("T", bound="StartJobRunRequestDeploymentDocker")
_new = object.__new__


@_attrs_define
class StartJobRunRequestDeploymentDocker:
    """
    Attributes:
        config_type (StartJobRunRequestDeploymentDockerConfigType): Type of entrypoint & command override configuration
        custom_entrypoint (str | Unset): Custom entrypoint which should be used. Required in case where `configType` is
            `customEntrypoint` or `customEntrypointCustomCommand`
        custom_command (str | Unset): Custom command which should be used. Required in case where `configType` is
            `customCommand` or `customEntrypointCustomCommand`
    """

    config_type: StartJobRunRequestDeploymentDockerConfigType
    custom_entrypoint: str | Unset = UNSET
    custom_command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        config_type = self.config_type.value

        custom_entrypoint = self.custom_entrypoint

        custom_command = self.custom_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configType": config_type,
            }
        )
        if custom_entrypoint is not UNSET:
            field_dict["customEntrypoint"] = custom_entrypoint
        if custom_command is not UNSET:
            field_dict["customCommand"] = custom_command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _config_type = d["configType"]
        config_type: StartJobRunRequestDeploymentDockerConfigType
        try:
            config_type = _StartJobRunRequestDeploymentDockerConfigType_values[_config_type]  # type: ignore[assignment]
        except (KeyError, TypeError):
            config_type = StartJobRunRequestDeploymentDockerConfigType(_config_type)

        custom_entrypoint = d.get("customEntrypoint", UNSET)

        custom_command = d.get("customCommand", UNSET)

        if (
            cls is StartJobRunRequestDeploymentDocker
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            start_job_run_request_deployment_docker = _new(cls)
            start_job_run_request_deployment_docker.config_type = config_type
            start_job_run_request_deployment_docker.custom_entrypoint = custom_entrypoint
            start_job_run_request_deployment_docker.custom_command = custom_command
        else:  # a subclass may have an __init__ of its own
            start_job_run_request_deployment_docker = cls(
                config_type,
                custom_entrypoint,
                custom_command,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 1 + (custom_entrypoint is not UNSET) + (custom_command is not UNSET):
            start_job_run_request_deployment_docker.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return start_job_run_request_deployment_docker

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
        "configType",
        "customEntrypoint",
        "customCommand",
    }
)
