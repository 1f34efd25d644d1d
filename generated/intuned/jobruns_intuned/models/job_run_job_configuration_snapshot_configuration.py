from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_run_job_configuration_snapshot_configuration_retry import (
        JobRunJobConfigurationSnapshotConfigurationRetry,
    )


T = TypeVar("T", bound="JobRunJobConfigurationSnapshotConfiguration")
_new = object.__new__


@_attrs_define
class JobRunJobConfigurationSnapshotConfiguration:
    """Job configuration settings

    Attributes:
        retry (JobRunJobConfigurationSnapshotConfigurationRetry | Unset): The retry policy of the job. Configure how
            many retries and the delay between them for each payload. Example: {'maximumAttempts': 3}.
        max_concurrent_requests (float | Unset): The batch size of payloads to execute. This does not guarantee that the
            payloads will be executed at the same time.
        request_timeout (int | Unset): Timeout for the API request in seconds. Default is 10 minutes (600 seconds).
            Default: 600. Example: 600.
        proxy (str | Unset): Proxy URL for the job to use when making API calls Example:
            http://username:password@proxy.example.com:8080.
    """

    retry: JobRunJobConfigurationSnapshotConfigurationRetry | Unset = UNSET
    max_concurrent_requests: float | Unset = UNSET
    request_timeout: int | Unset = 600
    proxy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        retry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry, Unset):
            retry = self.retry.to_dict()

        max_concurrent_requests = self.max_concurrent_requests

        request_timeout = self.request_timeout

        proxy = self.proxy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retry is not UNSET:
            field_dict["retry"] = retry
        if max_concurrent_requests is not UNSET:
            field_dict["maxConcurrentRequests"] = max_concurrent_requests
        if request_timeout is not UNSET:
            field_dict["requestTimeout"] = request_timeout
        if proxy is not UNSET:
            field_dict["proxy"] = proxy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobRunJobConfigurationSnapshotConfigurationRetry = _models.JobRunJobConfigurationSnapshotConfigurationRetry
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _retry = d.get("retry", UNSET)
        retry: JobRunJobConfigurationSnapshotConfigurationRetry | Unset
        if isinstance(_retry, Unset):
            retry = UNSET
        else:
            retry = JobRunJobConfigurationSnapshotConfigurationRetry.from_dict(_retry)

        max_concurrent_requests = d.get("maxConcurrentRequests", UNSET)

        request_timeout = d.get("requestTimeout", UNSET)

        proxy = d.get("proxy", UNSET)

        if (
            cls is JobRunJobConfigurationSnapshotConfiguration
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run_job_configuration_snapshot_configuration = _new(cls)
            job_run_job_configuration_snapshot_configuration.retry = retry
            job_run_job_configuration_snapshot_configuration.max_concurrent_requests = max_concurrent_requests
            job_run_job_configuration_snapshot_configuration.request_timeout = request_timeout
            job_run_job_configuration_snapshot_configuration.proxy = proxy
        else:  # a subclass may have an __init__ of its own
            job_run_job_configuration_snapshot_configuration = cls(
                retry,
                max_concurrent_requests,
                request_timeout,
                proxy,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != (retry is not UNSET) + (max_concurrent_requests is not UNSET) + (request_timeout is not UNSET) + (
            proxy is not UNSET
        ):
            job_run_job_configuration_snapshot_configuration.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_run_job_configuration_snapshot_configuration

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
        "retry",
        "maxConcurrentRequests",
        "requestTimeout",
        "proxy",
    }
)
