from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_trigger_input import JobTriggerInput
    from ..models.spark_job_trigger_input import SparkJobTriggerInput
    from ..models.trigger_job_metadata import TriggerJobMetadata


T = TypeVar("T", bound="TriggerJobRequest")
_new = object.__new__


@_attrs_define
class TriggerJobRequest:
    """Which job to run (one of deploymentId or applicationId) and the run's input

    Attributes:
        deployment_id (str | Unset): Deployment Id of the job
        application_id (str | Unset): Application Id of the job
        input_ (JobTriggerInput | SparkJobTriggerInput | Unset): Job trigger input
        metadata (TriggerJobMetadata | Unset):
    """

    deployment_id: str | Unset = UNSET
    application_id: str | Unset = UNSET
    input_: JobTriggerInput | SparkJobTriggerInput | Unset = UNSET
    metadata: TriggerJobMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_trigger_input import JobTriggerInput  # noqa: PLC0415

        deployment_id = self.deployment_id

        application_id = self.application_id

        input_: dict[str, Any] | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, JobTriggerInput):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployment_id is not UNSET:
            field_dict["deploymentId"] = deployment_id
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobTriggerInput = _models.JobTriggerInput
            SparkJobTriggerInput = _models.SparkJobTriggerInput
            TriggerJobMetadata = _models.TriggerJobMetadata
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        deployment_id = d.get("deploymentId", UNSET)

        application_id = d.get("applicationId", UNSET)

        _input_ = d.get("input", UNSET)
        input_: JobTriggerInput | SparkJobTriggerInput | Unset
        if _input_ is UNSET:
            input_ = _input_
        else:
            try:
                if not isinstance(_input_, dict):
                    raise TypeError()
                input_type_0 = JobTriggerInput.from_dict(_input_)

                input_ = input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_input_, dict):
                    raise TypeError()
                input_type_1 = SparkJobTriggerInput.from_dict(_input_)

                input_ = input_type_1

        _metadata = d.get("metadata", UNSET)
        metadata: TriggerJobMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TriggerJobMetadata.from_dict(_metadata)

        if cls is TriggerJobRequest:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            trigger_job_request = _new(cls)
            trigger_job_request.deployment_id = deployment_id
            trigger_job_request.application_id = application_id
            trigger_job_request.input_ = input_
            trigger_job_request.metadata = metadata
        else:  # a subclass may have an __init__ of its own
            trigger_job_request = cls(
                deployment_id,
                application_id,
                input_,
                metadata,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (deployment_id is not UNSET) + (application_id is not UNSET) + (input_ is not UNSET) + (
            metadata is not UNSET
        ):
            trigger_job_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return trigger_job_request

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
        "deploymentId",
        "applicationId",
        "input",
        "metadata",
    }
)
