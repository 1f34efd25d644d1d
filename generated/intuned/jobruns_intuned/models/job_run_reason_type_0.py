from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_reason_type_0_type import JobRunReasonType0Type
from ..types import UNSET, Unset

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobRunReasonType0Type_values = JobRunReasonType0Type._value2member_map_


T = TypeVar("T", bound="JobRunReasonType0")
_new = object.__new__


@_attrs_define
class JobRunReasonType0:
    """Reason for JobRun state change., stored as JSONB

    Attributes:
        type_ (JobRunReasonType0Type):
        message (str):
        details (Any | Unset):
        doc_url (str | Unset): Optional documentation URL for more information Example:
            https://intunedhq.com/docs/main/support/reasons#no-valid-output-received.
    """

    type_: JobRunReasonType0Type
    message: str
    details: Any | Unset = UNSET
    doc_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message = self.message

        details = self.details

        doc_url = self.doc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if doc_url is not UNSET:
            field_dict["doc_url"] = doc_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _type_ = d["type"]
        type_: JobRunReasonType0Type
        try:
            type_ = _JobRunReasonType0Type_values[_type_]  # type: ignore[assignment]
        except (KeyError, TypeError):
            type_ = JobRunReasonType0Type(_type_)

        message = d["message"]

        details = d.get("details", UNSET)

        doc_url = d.get("doc_url", UNSET)

        if cls is JobRunReasonType0:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run_reason_type_0 = _new(cls)
            job_run_reason_type_0.type_ = type_
            job_run_reason_type_0.message = message
            job_run_reason_type_0.details = details
            job_run_reason_type_0.doc_url = doc_url
        else:  # a subclass may have an __init__ of its own
            job_run_reason_type_0 = cls(
                type_,
                message,
                details,
                doc_url,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (details is not UNSET) + (doc_url is not UNSET):
            job_run_reason_type_0.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_run_reason_type_0

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
        "type",
        "message",
        "details",
        "doc_url",
    }
)
