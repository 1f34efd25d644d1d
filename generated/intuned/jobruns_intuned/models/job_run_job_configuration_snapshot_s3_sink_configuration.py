from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_job_configuration_snapshot_s3_sink_configuration_type import (
    JobRunJobConfigurationSnapshotS3SinkConfigurationType,
)
from ..types import UNSET, Unset

# from_dict reads enum members from these maps: an attribute of an enum class costs ~100 ns to look up on 3.11
_JobRunJobConfigurationSnapshotS3SinkConfigurationType_values = (
    JobRunJobConfigurationSnapshotS3SinkConfigurationType._value2member_map_
)


T = TypeVar("T", bound="JobRunJobConfigurationSnapshotS3SinkConfiguration")
_new = object.__new__


@_attrs_define
class JobRunJobConfigurationSnapshotS3SinkConfiguration:
    """Configuration for the S3 sink.

    Attributes:
        type_ (JobRunJobConfigurationSnapshotS3SinkConfigurationType):
        bucket (str): The name of the S3 bucket where the data will be stored. Example: my-s3-bucket.
        access_key_id (str): The access key ID for the S3 bucket. Example: AKIAIOSFODNN7EXSSPLE.
        secret_access_key (str): The secret access key for the S3 bucket. Example:
            wJalrXUtnFFFI/K7MDENG/bPxRfiCYEXAMPLEKEY.
        region (str): The region where the S3 bucket is located. Example: us-west-2.
        prefix (str | Unset): Optional prefix for the S3 objects. This can be used to organize objects within the
            bucket. Example: my-prefix/.
        skip_on_fail (bool | Unset): If enabled, failed payload runs will ***not*** be written to the bucket. Default:
            False.
        apis_to_send (list[str] | Unset): List of API names to be sent to the S3 bucket. If not provided, all APIs will
            be sent. Example: ['api1', 'api2'].
        endpoint (str | Unset): Optional custom endpoint for the S3 bucket. This can be used for S3-compatible services.
            Example: https://s3.custom-endpoint.com.
        force_path_style (bool | Unset): If true, the S3 client will use path-style URLs instead of virtual-hosted-style
            URLs. This is useful for S3-compatible services that require path-style access. Example: True.
    """

    type_: JobRunJobConfigurationSnapshotS3SinkConfigurationType
    bucket: str
    access_key_id: str
    secret_access_key: str
    region: str
    prefix: str | Unset = UNSET
    skip_on_fail: bool | Unset = False
    apis_to_send: list[str] | Unset = UNSET
    endpoint: str | Unset = UNSET
    force_path_style: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        bucket = self.bucket

        access_key_id = self.access_key_id

        secret_access_key = self.secret_access_key

        region = self.region

        prefix = self.prefix

        skip_on_fail = self.skip_on_fail

        apis_to_send: list[str] | Unset = UNSET
        if not isinstance(self.apis_to_send, Unset):
            apis_to_send = self.apis_to_send

        endpoint = self.endpoint

        force_path_style = self.force_path_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "bucket": bucket,
                "accessKeyId": access_key_id,
                "secretAccessKey": secret_access_key,
                "region": region,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if skip_on_fail is not UNSET:
            field_dict["skipOnFail"] = skip_on_fail
        if apis_to_send is not UNSET:
            field_dict["apisToSend"] = apis_to_send
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if force_path_style is not UNSET:
            field_dict["forcePathStyle"] = force_path_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _type_ = d["type"]
        type_: JobRunJobConfigurationSnapshotS3SinkConfigurationType
        try:
            type_ = _JobRunJobConfigurationSnapshotS3SinkConfigurationType_values[_type_]  # type: ignore[assignment]
        except (KeyError, TypeError):
            type_ = JobRunJobConfigurationSnapshotS3SinkConfigurationType(_type_)

        bucket = d["bucket"]

        access_key_id = d["accessKeyId"]

        secret_access_key = d["secretAccessKey"]

        region = d["region"]

        prefix = d.get("prefix", UNSET)

        skip_on_fail = d.get("skipOnFail", UNSET)

        apis_to_send: list[str] | Unset = d.get("apisToSend", UNSET)

        endpoint = d.get("endpoint", UNSET)

        force_path_style = d.get("forcePathStyle", UNSET)

        if (
            cls is JobRunJobConfigurationSnapshotS3SinkConfiguration
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run_job_configuration_snapshot_s3_sink_configuration = _new(cls)
            job_run_job_configuration_snapshot_s3_sink_configuration.type_ = type_
            job_run_job_configuration_snapshot_s3_sink_configuration.bucket = bucket
            job_run_job_configuration_snapshot_s3_sink_configuration.access_key_id = access_key_id
            job_run_job_configuration_snapshot_s3_sink_configuration.secret_access_key = secret_access_key
            job_run_job_configuration_snapshot_s3_sink_configuration.region = region
            job_run_job_configuration_snapshot_s3_sink_configuration.prefix = prefix
            job_run_job_configuration_snapshot_s3_sink_configuration.skip_on_fail = skip_on_fail
            job_run_job_configuration_snapshot_s3_sink_configuration.apis_to_send = apis_to_send
            job_run_job_configuration_snapshot_s3_sink_configuration.endpoint = endpoint
            job_run_job_configuration_snapshot_s3_sink_configuration.force_path_style = force_path_style
        else:  # a subclass may have an __init__ of its own
            job_run_job_configuration_snapshot_s3_sink_configuration = cls(
                type_,
                bucket,
                access_key_id,
                secret_access_key,
                region,
                prefix,
                skip_on_fail,
                apis_to_send,
                endpoint,
                force_path_style,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 5 + (prefix is not UNSET) + (skip_on_fail is not UNSET) + (apis_to_send is not UNSET) + (
            endpoint is not UNSET
        ) + (force_path_style is not UNSET):
            job_run_job_configuration_snapshot_s3_sink_configuration.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_run_job_configuration_snapshot_s3_sink_configuration

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
        "bucket",
        "accessKeyId",
        "secretAccessKey",
        "region",
        "prefix",
        "skipOnFail",
        "apisToSend",
        "endpoint",
        "forcePathStyle",
    }
)
