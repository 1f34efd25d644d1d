from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_error_type_0_category import JobRunErrorType0Category
from ..models.job_run_error_type_0_code import JobRunErrorType0Code
from ..types import UNSET, Unset

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobRunErrorType0Category_values = JobRunErrorType0Category._value2member_map_
_JobRunErrorType0Code_values = JobRunErrorType0Code._value2member_map_


T = TypeVar("T", bound="JobRunErrorType0")
_new = object.__new__


@_attrs_define
class JobRunErrorType0:
    """Error information if the job run failed, stored as JSONB

    Attributes:
        message (str): Error message describing the failure Example: An error occurred while executing the job.
        code (JobRunErrorType0Code): Optional error code for more specific error identification Example: internal-
            server-error.
        category (JobRunErrorType0Category):
        details (Any | Unset):
        correlation_id (str | Unset): Optional correlation ID for tracking the error Example:
            123e4567-e89b-12d3-a456-426614174000.
        retirable (bool | Unset):  Default: False.
        doc_url (str | Unset): Optional documentation URL for more information Example:
            https://intunedhq.com/docs/main/support/errors.
    """

    message: str
    code: JobRunErrorType0Code
    category: JobRunErrorType0Category
    details: Any | Unset = UNSET
    correlation_id: str | Unset = UNSET
    retirable: bool | Unset = False
    doc_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code.value

        category = self.category.value

        details = self.details

        correlation_id = self.correlation_id

        retirable = self.retirable

        doc_url = self.doc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "code": code,
                "category": category,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if retirable is not UNSET:
            field_dict["retirable"] = retirable
        if doc_url is not UNSET:
            field_dict["doc_url"] = doc_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        message = d["message"]

        _code = d["code"]
        code: JobRunErrorType0Code
        try:
            code = _JobRunErrorType0Code_values[_code]  # type: ignore[assignment]
        except (KeyError, TypeError):
            code = JobRunErrorType0Code(_code)

        _category = d["category"]
        category: JobRunErrorType0Category
        try:
            category = _JobRunErrorType0Category_values[_category]  # type: ignore[assignment]
        except (KeyError, TypeError):
            category = JobRunErrorType0Category(_category)

        details = d.get("details", UNSET)

        correlation_id = d.get("correlationId", UNSET)

        retirable = d.get("retirable", UNSET)

        doc_url = d.get("doc_url", UNSET)

        if cls is JobRunErrorType0:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run_error_type_0 = _new(cls)
            job_run_error_type_0.message = message
            job_run_error_type_0.code = code
            job_run_error_type_0.category = category
            job_run_error_type_0.details = details
            job_run_error_type_0.correlation_id = correlation_id
            job_run_error_type_0.retirable = retirable
            job_run_error_type_0.doc_url = doc_url
        else:  # a subclass may have an __init__ of its own
            job_run_error_type_0 = cls(
                message,
                code,
                category,
                details,
                correlation_id,
                retirable,
                doc_url,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 3 + (details is not UNSET) + (correlation_id is not UNSET) + (retirable is not UNSET) + (
            doc_url is not UNSET
        ):
            job_run_error_type_0.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_run_error_type_0

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
        "message",
        "code",
        "category",
        "details",
        "correlationId",
        "retirable",
        "doc_url",
    }
)
