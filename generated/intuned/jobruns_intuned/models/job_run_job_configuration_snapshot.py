from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.job_run_job_configuration_snapshot_auth_session_type_0 import (
            JobRunJobConfigurationSnapshotAuthSessionType0,  # noqa: PLC0415
        )
        from ..models.job_run_job_configuration_snapshot_configuration import (
            JobRunJobConfigurationSnapshotConfiguration,  # noqa: PLC0415
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

        d = dict(src_dict)
        configuration = JobRunJobConfigurationSnapshotConfiguration.from_dict(d.pop("configuration"))

        def _parse_sink(
            data: object,
        ) -> (
            JobRunJobConfigurationSnapshotS3SinkConfiguration
            | JobRunJobConfigurationSnapshotWebhookSinkConfiguration
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sink_webhook_sink_configuration = JobRunJobConfigurationSnapshotWebhookSinkConfiguration.from_dict(data)

                return sink_webhook_sink_configuration
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sink_s3_sink_configuration = JobRunJobConfigurationSnapshotS3SinkConfiguration.from_dict(data)

                return sink_s3_sink_configuration
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                JobRunJobConfigurationSnapshotS3SinkConfiguration
                | JobRunJobConfigurationSnapshotWebhookSinkConfiguration
                | None
                | Unset,
                data,
            )

        sink = _parse_sink(d.pop("sink", UNSET))

        def _parse_auth_session(data: object) -> JobRunJobConfigurationSnapshotAuthSessionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_session_type_0 = JobRunJobConfigurationSnapshotAuthSessionType0.from_dict(data)

                return auth_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobRunJobConfigurationSnapshotAuthSessionType0 | None | Unset, data)

        auth_session = _parse_auth_session(d.pop("auth_session", UNSET))

        def _parse_proxy(data: object) -> JobRunJobConfigurationSnapshotProxyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proxy_type_0 = JobRunJobConfigurationSnapshotProxyType0.from_dict(data)

                return proxy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobRunJobConfigurationSnapshotProxyType0 | None | Unset, data)

        proxy = _parse_proxy(d.pop("proxy", UNSET))

        def _parse_notifications(
            data: object,
        ) -> list[JobRunJobConfigurationSnapshotNotificationsType0ItemType0] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notifications_type_0 = []
                _notifications_type_0 = data
                for notifications_type_0_item_data in _notifications_type_0:

                    def _parse_notifications_type_0_item(
                        data: object,
                    ) -> JobRunJobConfigurationSnapshotNotificationsType0ItemType0:
                        if not isinstance(data, dict):
                            raise TypeError()
                        notifications_type_0_item_type_0 = (
                            JobRunJobConfigurationSnapshotNotificationsType0ItemType0.from_dict(data)
                        )

                        return notifications_type_0_item_type_0

                    notifications_type_0_item = _parse_notifications_type_0_item(notifications_type_0_item_data)

                    notifications_type_0.append(notifications_type_0_item)

                return notifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobRunJobConfigurationSnapshotNotificationsType0ItemType0] | None | Unset, data)

        notifications = _parse_notifications(d.pop("notifications", UNSET))

        job_run_job_configuration_snapshot = cls(
            configuration=configuration,
            sink=sink,
            auth_session=auth_session,
            proxy=proxy,
            notifications=notifications,
        )

        job_run_job_configuration_snapshot.additional_properties = d
        return job_run_job_configuration_snapshot

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
