from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetJobRunResponse200Results")
_new = object.__new__


@_attrs_define
class GetJobRunResponse200Results:
    """
    Attributes:
        signed_url (str):
        format_ (str):
        signed_url_expiration (str | Unset):
        size (float | Unset):
        key (str | Unset):
    """

    signed_url: str
    format_: str
    signed_url_expiration: str | Unset = UNSET
    size: float | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        signed_url = self.signed_url

        format_ = self.format_

        signed_url_expiration = self.signed_url_expiration

        size = self.size

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signed_url": signed_url,
                "format": format_,
            }
        )
        if signed_url_expiration is not UNSET:
            field_dict["signed_url_expiration"] = signed_url_expiration
        if size is not UNSET:
            field_dict["size"] = size
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        signed_url = d["signed_url"]

        format_ = d["format"]

        signed_url_expiration = d.get("signed_url_expiration", UNSET)

        size = d.get("size", UNSET)

        key = d.get("key", UNSET)

        if (
            cls is GetJobRunResponse200Results
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            get_job_run_response_200_results = _new(cls)
            get_job_run_response_200_results.signed_url = signed_url
            get_job_run_response_200_results.format_ = format_
            get_job_run_response_200_results.signed_url_expiration = signed_url_expiration
            get_job_run_response_200_results.size = size
            get_job_run_response_200_results.key = key
        else:  # a subclass may have an __init__ of its own
            get_job_run_response_200_results = cls(
                signed_url,
                format_,
                signed_url_expiration,
                size,
                key,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (signed_url_expiration is not UNSET) + (size is not UNSET) + (key is not UNSET):
            get_job_run_response_200_results.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return get_job_run_response_200_results

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
        "signed_url",
        "format",
        "signed_url_expiration",
        "size",
        "key",
    }
)
