from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SparkJobTriggerInput")
_new = object.__new__


@_attrs_define
class SparkJobTriggerInput:
    """
    Attributes:
        main_class (str | Unset): Main Class for Spark Job
        main_application_file (str | Unset): Main Application File for Spark Job
        arguments (str | Unset): Arguments to pass to the main application file
    """

    main_class: str | Unset = UNSET
    main_application_file: str | Unset = UNSET
    arguments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        main_class = self.main_class

        main_application_file = self.main_application_file

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main_class is not UNSET:
            field_dict["mainClass"] = main_class
        if main_application_file is not UNSET:
            field_dict["mainApplicationFile"] = main_application_file
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        main_class = d.get("mainClass", UNSET)

        main_application_file = d.get("mainApplicationFile", UNSET)

        arguments = d.get("arguments", UNSET)

        if cls is SparkJobTriggerInput:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            spark_job_trigger_input = _new(cls)
            spark_job_trigger_input.main_class = main_class
            spark_job_trigger_input.main_application_file = main_application_file
            spark_job_trigger_input.arguments = arguments
        else:  # a subclass may have an __init__ of its own
            spark_job_trigger_input = cls(
                main_class,
                main_application_file,
                arguments,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (main_class is not UNSET) + (main_application_file is not UNSET) + (arguments is not UNSET):
            spark_job_trigger_input.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return spark_job_trigger_input

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
        "mainClass",
        "mainApplicationFile",
        "arguments",
    }
)
