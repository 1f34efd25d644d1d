from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_trigger_input_params import JobTriggerInputParams


T = TypeVar("T", bound="JobTriggerInput")
_new = object.__new__


@_attrs_define
class JobTriggerInput:
    """
    Attributes:
        command (list[str] | str | Unset): Command
        params (JobTriggerInputParams | Unset): Parameters used to populate template command
    """

    command: list[str] | str | Unset = UNSET
    params: JobTriggerInputParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        command: list[str] | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        elif isinstance(self.command, list):
            command = self.command

        else:
            command = self.command

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobTriggerInputParams = _models.JobTriggerInputParams
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _command = d.get("command", UNSET)
        command: list[str] | str | Unset
        if _command is UNSET:
            command = _command
        else:
            try:
                if not isinstance(_command, list):
                    raise TypeError()
                command_type_1: list[str] = _command

                command = command_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                command = _command

        _params = d.get("params", UNSET)
        params: JobTriggerInputParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = JobTriggerInputParams.from_dict(_params)

        if cls is JobTriggerInput:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_trigger_input = _new(cls)
            job_trigger_input.command = command
            job_trigger_input.params = params
        else:  # a subclass may have an __init__ of its own
            job_trigger_input = cls(
                command,
                params,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (command is not UNSET) + (params is not UNSET):
            job_trigger_input.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return job_trigger_input

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
        "command",
        "params",
    }
)
