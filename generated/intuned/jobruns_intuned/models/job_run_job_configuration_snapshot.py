from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models  # complete by the time from_dict runs: the lazy classes are read from it
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_run_job_configuration_snapshot_auth_session_type_0 import (
        JobRunJobConfigurationSnapshotAuthSessionType0,
    )
    from ..models.job_run_job_configuration_snapshot_configuration import JobRunJobConfigurationSnapshotConfiguration
    from ..models.job_run_job_configuration_snapshot_notifications_type_0_item_type_0 import (
        JobRunJobConfigurationSnapshotNotificationsType0ItemType0,
    )
    from ..models.job_run_job_configuration_snapshot_proxy_type_0 import JobRunJobConfigurationSnapshotProxyType0
    from ..models.job_run_job_configuration_snapshot_s3_sink_configuration import (
        JobRunJobConfigurationSnapshotS3SinkConfiguration,
    )
    from ..models.job_run_job_configuration_snapshot_webhook_sink_configuration import (
        JobRunJobConfigurationSnapshotWebhookSinkConfiguration,
    )


T = TypeVar("T", bound="JobRunJobConfigurationSnapshot")
_new = object.__new__


@_attrs_define
class JobRunJobConfigurationSnapshot:
    """Snapshot of job configuration at the time of the job run

    Attributes:
        configuration (JobRunJobConfigurationSnapshotConfiguration): Job configuration settings
        sink (JobRunJobConfigurationSnapshotS3SinkConfiguration | JobRunJobConfigurationSnapshotWebhookSinkConfiguration
            | None | Unset): Optional sink configuration for the job. Can be a webhook or S3 Compatible sink.
        auth_session (JobRunJobConfigurationSnapshotAuthSessionType0 | None | Unset): Authentication session information
            for the job Example: {'id': 'auth-session-123'}.
        proxy (JobRunJobConfigurationSnapshotProxyType0 | None | Unset): Proxy configuration for the job, stored as
            JSONB
        notifications (list[JobRunJobConfigurationSnapshotNotificationsType0ItemType0] | None | Unset): Array of
            notification configurations for the job. Notifications are sent when jobs reach a terminal state.
    """

    configuration: JobRunJobConfigurationSnapshotConfiguration
    sink: (
        JobRunJobConfigurationSnapshotS3SinkConfiguration
        | JobRunJobConfigurationSnapshotWebhookSinkConfiguration
        | None
        | Unset
    ) = UNSET
    auth_session: JobRunJobConfigurationSnapshotAuthSessionType0 | None | Unset = UNSET
    proxy: JobRunJobConfigurationSnapshotProxyType0 | None | Unset = UNSET
    notifications: list[JobRunJobConfigurationSnapshotNotificationsType0ItemType0] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)  # see __getattr__

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_run_job_configuration_snapshot_auth_session_type_0 import (
            JobRunJobConfigurationSnapshotAuthSessionType0,  # noqa: PLC0415
        )
        from ..models.job_run_job_configuration_snapshot_notifications_type_0_item_type_0 import (
            JobRunJobConfigurationSnapshotNotificationsType0ItemType0,  # noqa: PLC0415
        )
        from ..models.job_run_job_configuration_snapshot_proxy_type_0 import JobRunJobConfigurationSnapshotProxyType0  # noqa: PLC0415
        from ..models.job_run_job_configuration_snapshot_s3_sink_configuration import (
            JobRunJobConfigurationSnapshotS3SinkConfiguration,  # noqa: PLC0415
        )
        from ..models.job_run_job_configuration_snapshot_webhook_sink_configuration import (
            JobRunJobConfigurationSnapshotWebhookSinkConfiguration,  # noqa: PLC0415
        )

        configuration = self.configuration.to_dict()

        sink: dict[str, Any] | None | Unset
        if isinstance(self.sink, Unset):
            sink = UNSET
        elif isinstance(self.sink, JobRunJobConfigurationSnapshotWebhookSinkConfiguration):
            sink = self.sink.to_dict()
        elif isinstance(self.sink, JobRunJobConfigurationSnapshotS3SinkConfiguration):
            sink = self.sink.to_dict()
        else:
            sink = self.sink

        auth_session: dict[str, Any] | None | Unset
        if isinstance(self.auth_session, Unset):
            auth_session = UNSET
        elif isinstance(self.auth_session, JobRunJobConfigurationSnapshotAuthSessionType0):
            auth_session = self.auth_session.to_dict()
        else:
            auth_session = self.auth_session

        proxy: dict[str, Any] | None | Unset
        if isinstance(self.proxy, Unset):
            proxy = UNSET
        elif isinstance(self.proxy, JobRunJobConfigurationSnapshotProxyType0):
            proxy = self.proxy.to_dict()
        else:
            proxy = self.proxy

        notifications: list[dict[str, Any]] | None | Unset
        if isinstance(self.notifications, Unset):
            notifications = UNSET
        elif isinstance(self.notifications, list):
            notifications = []
            for notifications_type_0_item_data in self.notifications:
                notifications_type_0_item: dict[str, Any]
                if isinstance(
                    notifications_type_0_item_data, JobRunJobConfigurationSnapshotNotificationsType0ItemType0
                ):
                    notifications_type_0_item = notifications_type_0_item_data.to_dict()
                else:  # a value from_dict kept as it came, no variant having read it
                    notifications_type_0_item = notifications_type_0_item_data
                notifications.append(notifications_type_0_item)

        else:
            notifications = self.notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration": configuration,
            }
        )
        if sink is not UNSET:
            field_dict["sink"] = sink
        if auth_session is not UNSET:
            field_dict["auth_session"] = auth_session
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # for mypy these names are the TYPE_CHECKING imports above
            JobRunJobConfigurationSnapshotAuthSessionType0 = _models.JobRunJobConfigurationSnapshotAuthSessionType0
            JobRunJobConfigurationSnapshotConfiguration = _models.JobRunJobConfigurationSnapshotConfiguration
            JobRunJobConfigurationSnapshotNotificationsType0ItemType0 = (
                _models.JobRunJobConfigurationSnapshotNotificationsType0ItemType0
            )
            JobRunJobConfigurationSnapshotProxyType0 = _models.JobRunJobConfigurationSnapshotProxyType0
            JobRunJobConfigurationSnapshotS3SinkConfiguration = (
                _models.JobRunJobConfigurationSnapshotS3SinkConfiguration
            )
            JobRunJobConfigurationSnapshotWebhookSinkConfiguration = (
                _models.JobRunJobConfigurationSnapshotWebhookSinkConfiguration
            )
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        configuration = JobRunJobConfigurationSnapshotConfiguration.from_dict(d["configuration"])

        _sink = d.get("sink", UNSET)
        sink: (
            JobRunJobConfigurationSnapshotS3SinkConfiguration
            | JobRunJobConfigurationSnapshotWebhookSinkConfiguration
            | None
            | Unset
        )
        if _sink is None or _sink is UNSET:
            sink = _sink
        else:
            try:
                if not isinstance(_sink, dict) or _sink.get("type") != "webhook":
                    raise TypeError()
                sink_webhook_sink_configuration = JobRunJobConfigurationSnapshotWebhookSinkConfiguration.from_dict(
                    _sink
                )

                sink = sink_webhook_sink_configuration
            except (TypeError, ValueError, AttributeError, KeyError):
                try:
                    if not isinstance(_sink, dict) or _sink.get("type") != "s3":
                        raise TypeError()
                    sink_s3_sink_configuration = JobRunJobConfigurationSnapshotS3SinkConfiguration.from_dict(_sink)

                    sink = sink_s3_sink_configuration
                except (TypeError, ValueError, AttributeError, KeyError):
                    sink = _sink

        _auth_session = d.get("auth_session", UNSET)
        auth_session: JobRunJobConfigurationSnapshotAuthSessionType0 | None | Unset
        if _auth_session is None or _auth_session is UNSET:
            auth_session = _auth_session
        else:
            try:
                if not isinstance(_auth_session, dict):
                    raise TypeError()
                auth_session_type_0 = JobRunJobConfigurationSnapshotAuthSessionType0.from_dict(_auth_session)

                auth_session = auth_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                auth_session = _auth_session

        _proxy = d.get("proxy", UNSET)
        proxy: JobRunJobConfigurationSnapshotProxyType0 | None | Unset
        if _proxy is None or _proxy is UNSET:
            proxy = _proxy
        else:
            try:
                if not isinstance(_proxy, dict) or _proxy.get("version") != "v1":
                    raise TypeError()
                proxy_type_0 = JobRunJobConfigurationSnapshotProxyType0.from_dict(_proxy)

                proxy = proxy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                proxy = _proxy

        _notifications = d.get("notifications", UNSET)
        notifications: list[JobRunJobConfigurationSnapshotNotificationsType0ItemType0] | None | Unset
        if _notifications is None or _notifications is UNSET:
            notifications = _notifications
        else:
            try:
                if not isinstance(_notifications, list):
                    raise TypeError()
                notifications_type_0 = []
                _notifications_type_0 = _notifications
                for notifications_type_0_item_data in _notifications_type_0:
                    _notifications_type_0_item = notifications_type_0_item_data
                    notifications_type_0_item: JobRunJobConfigurationSnapshotNotificationsType0ItemType0
                    if not isinstance(_notifications_type_0_item, dict):
                        raise TypeError()
                    notifications_type_0_item_type_0 = (
                        JobRunJobConfigurationSnapshotNotificationsType0ItemType0.from_dict(_notifications_type_0_item)
                    )

                    notifications_type_0_item = notifications_type_0_item_type_0

                    notifications_type_0.append(notifications_type_0_item)

                notifications = notifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                notifications = _notifications

        if (
            cls is JobRunJobConfigurationSnapshot
        ):  # its slots filled directly: attrs' __init__ only assigns them, at 3x the cost
            job_run_job_configuration_snapshot = _new(cls)
            job_run_job_configuration_snapshot.configuration = configuration
            job_run_job_configuration_snapshot.sink = sink
            job_run_job_configuration_snapshot.auth_session = auth_session
            job_run_job_configuration_snapshot.proxy = proxy
            job_run_job_configuration_snapshot.notifications = notifications
        else:  # a subclass may have an __init__ of its own
            job_run_job_configuration_snapshot = cls(
                configuration,
                sink,
                auth_session,
                proxy,
                notifications,
            )

        # more keys than the spec's found: unknown ones (rare), collected now so that the mapping need not be kept
        if len(d) != 1 + (sink is not UNSET) + (auth_session is not UNSET) + (proxy is not UNSET) + (
            notifications is not UNSET
        ):
            job_run_job_configuration_snapshot.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return job_run_job_configuration_snapshot

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
        "configuration",
        "sink",
        "auth_session",
        "proxy",
        "notifications",
    }
)
