from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TriggerJobResponse200")
_new = object.__new__


@_attrs_define
class TriggerJobResponse200:
    """
    Attributes:
        job_run_id (str): The ID of the triggered JobRun.
        message (str): A message indicating the result of the trigger action.
    """

    job_run_id: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        job_run_id = self.job_run_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobRunId": job_run_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        job_run_id = d["jobRunId"]

        message = d["message"]

        if cls is TriggerJobResponse200:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            trigger_job_response_200 = _new(cls)
            trigger_job_response_200.job_run_id = job_run_id
            trigger_job_response_200.message = message
        else:  # a subclass may have an __init__ of its own
            trigger_job_response_200 = cls(
                job_run_id,
                message,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2:
            trigger_job_response_200.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return trigger_job_response_200

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
        "jobRunId",
        "message",
    }
)
