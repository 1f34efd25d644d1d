from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Log")
_new = object.__new__


@_attrs_define
class Log:
    """
    Attributes:
        log (str): Log line content
        stream (str): Log stream name (stdout or stderr)
        time (str): Log timestamp in nanoseconds from the Unix epoch
        container_name (str | Unset): Name of the container that emitted the log
        job_name (str | Unset): Name of the job
    """

    log: str
    stream: str
    time: str
    container_name: str | Unset = UNSET
    job_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        log = self.log

        stream = self.stream

        time = self.time

        container_name = self.container_name

        job_name = self.job_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log": log,
                "stream": stream,
                "time": time,
            }
        )
        if container_name is not UNSET:
            field_dict["containerName"] = container_name
        if job_name is not UNSET:
            field_dict["job_name"] = job_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        log = d["log"]

        stream = d["stream"]

        time = d["time"]

        container_name = d.get("containerName", UNSET)

        job_name = d.get("job_name", UNSET)

        if cls is Log:  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            log_ = _new(cls)
            log_.log = log
            log_.stream = stream
            log_.time = time
            log_.container_name = container_name
            log_.job_name = job_name
        else:  # a subclass may have an __init__ of its own
            log_ = cls(
                log,
                stream,
                time,
                container_name,
                job_name,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 3 + (container_name is not UNSET) + (job_name is not UNSET):
            log_.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return log_

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
        "log",
        "stream",
        "time",
        "containerName",
        "job_name",
    }
)
