from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_type import SubjectType
from ..types import UNSET, Unset

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_SubjectType_values = SubjectType._value2member_map_


T = TypeVar("T", bound="Subject")
_new = object.__new__


@_attrs_define
class Subject:
    """
    Attributes:
        subject_id (str): Subject ID
        subject_type (SubjectType): Type of the authenticated subject. "user" for human users, "serviceaccount" (also
            known as virtual account) for programmatic access.
        subject_slug (None | str | Unset): Subject slug
        subject_display_name (None | str | Unset): Subject display name
        subject_pat_name (None | str | Unset): Subject PAT name
        subject_controller_name (None | str | Unset):
        subject_external_identity_slug (None | str | Unset): External identity slug (external_identity_id:sub:email)
    """

    subject_id: str
    subject_type: SubjectType
    subject_slug: None | str | Unset = UNSET
    subject_display_name: None | str | Unset = UNSET
    subject_pat_name: None | str | Unset = UNSET
    subject_controller_name: None | str | Unset = UNSET
    subject_external_identity_slug: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        subject_id = self.subject_id

        subject_type = self.subject_type.value

        subject_slug: None | str | Unset
        if isinstance(self.subject_slug, Unset):
            subject_slug = UNSET
        else:
            subject_slug = self.subject_slug

        subject_display_name: None | str | Unset
        if isinstance(self.subject_display_name, Unset):
            subject_display_name = UNSET
        else:
            subject_display_name = self.subject_display_name

        subject_pat_name: None | str | Unset
        if isinstance(self.subject_pat_name, Unset):
            subject_pat_name = UNSET
        else:
            subject_pat_name = self.subject_pat_name

        subject_controller_name: None | str | Unset
        if isinstance(self.subject_controller_name, Unset):
            subject_controller_name = UNSET
        else:
            subject_controller_name = self.subject_controller_name

        subject_external_identity_slug: None | str | Unset
        if isinstance(self.subject_external_identity_slug, Unset):
            subject_external_identity_slug = UNSET
        else:
            subject_external_identity_slug = self.subject_external_identity_slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectId": subject_id,
                "subjectType": subject_type,
            }
        )
        if subject_slug is not UNSET:
            field_dict["subjectSlug"] = subject_slug
        if subject_display_name is not UNSET:
            field_dict["subjectDisplayName"] = subject_display_name
        if subject_pat_name is not UNSET:
            field_dict["subjectPatName"] = subject_pat_name
        if subject_controller_name is not UNSET:
            field_dict["subjectControllerName"] = subject_controller_name
        if subject_external_identity_slug is not UNSET:
            field_dict["subjectExternalIdentitySlug"] = subject_external_identity_slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subject_id = d["subjectId"]

        _subject_type = d["subjectType"]
        subject_type: SubjectType
        try:
            subject_type = _SubjectType_values[_subject_type]  # type: ignore[assignment]
        except (KeyError, TypeError):
            subject_type = SubjectType(_subject_type)

        subject_slug = d.get("subjectSlug", UNSET)

        subject_display_name = d.get("subjectDisplayName", UNSET)

        subject_pat_name = d.get("subjectPatName", UNSET)

        subject_controller_name = d.get("subjectControllerName", UNSET)

        subject_external_identity_slug = d.get("subjectExternalIdentitySlug", UNSET)

        if cls is Subject:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            subject = _new(cls)
            subject.subject_id = subject_id
            subject.subject_type = subject_type
            subject.subject_slug = subject_slug
            subject.subject_display_name = subject_display_name
            subject.subject_pat_name = subject_pat_name
            subject.subject_controller_name = subject_controller_name
            subject.subject_external_identity_slug = subject_external_identity_slug
        else:  # a subclass may have an __init__ of its own
            subject = cls(
                subject_id,
                subject_type,
                subject_slug,
                subject_display_name,
                subject_pat_name,
                subject_controller_name,
                subject_external_identity_slug,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (subject_slug is not UNSET) + (subject_display_name is not UNSET) + (
            subject_pat_name is not UNSET
        ) + (subject_controller_name is not UNSET) + (subject_external_identity_slug is not UNSET):
            subject.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return subject

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
        "subjectId",
        "subjectType",
        "subjectSlug",
        "subjectDisplayName",
        "subjectPatName",
        "subjectControllerName",
        "subjectExternalIdentitySlug",
    }
)
