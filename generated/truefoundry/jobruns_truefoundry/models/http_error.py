from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_error_details_type_0_item import HttpErrorDetailsType0Item


T = TypeVar("T", bound="HttpError")
_new = object.__new__


@_attrs_define
class HttpError:
    """
    Attributes:
        status_code (int): HTTP Status Code
        message (str): Error Message
        code (int | None | str | Unset): Error code
        details (list[HttpErrorDetailsType0Item] | None | Unset): Error details
    """

    status_code: int
    message: str
    code: int | None | str | Unset = UNSET
    details: list[HttpErrorDetailsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message = self.message

        code: int | None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        details: list[dict[str, Any]] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = []
            for details_type_0_item_data in self.details:
                details_type_0_item = details_type_0_item_data.to_dict()
                details.append(details_type_0_item)

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            HttpErrorDetailsType0Item = _models.HttpErrorDetailsType0Item
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        status_code = d["statusCode"]

        message = d["message"]

        code = d.get("code", UNSET)

        _details = d.get("details", UNSET)
        details: list[HttpErrorDetailsType0Item] | None | Unset
        if _details is None or _details is UNSET:
            details = _details
        else:
            try:
                if not isinstance(_details, list):
                    raise TypeError()
                details_type_0 = []
                _details_type_0 = _details
                for details_type_0_item_data in _details_type_0:
                    details_type_0_item = HttpErrorDetailsType0Item.from_dict(details_type_0_item_data)

                    details_type_0.append(details_type_0_item)

                details = details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                details = _details

        if cls is HttpError:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            http_error = _new(cls)
            http_error.status_code = status_code
            http_error.message = message
            http_error.code = code
            http_error.details = details
        else:  # a subclass may have an __init__ of its own
            http_error = cls(
                status_code,
                message,
                code,
                details,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 2 + (code is not UNSET) + (details is not UNSET):
            http_error.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return http_error

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
        "statusCode",
        "message",
        "code",
        "details",
    }
)
