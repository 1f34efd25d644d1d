"""Contains all the data models used in inputs/outputs"""

from .bad_request_error import BadRequestError
from .bad_request_error_category import BadRequestErrorCategory
from .bad_request_error_code import BadRequestErrorCode
from .get_job_run_response_200 import GetJobRunResponse200
from .get_job_run_response_200_results import GetJobRunResponse200Results
from .job_run import JobRun
from .job_run_error_type_0 import JobRunErrorType0
from .job_run_error_type_0_category import JobRunErrorType0Category
from .job_run_error_type_0_code import JobRunErrorType0Code
from .job_run_job_configuration_snapshot import JobRunJobConfigurationSnapshot
from .job_run_job_configuration_snapshot_auth_session_type_0 import JobRunJobConfigurationSnapshotAuthSessionType0
from .job_run_job_configuration_snapshot_configuration import JobRunJobConfigurationSnapshotConfiguration
from .job_run_job_configuration_snapshot_configuration_retry import JobRunJobConfigurationSnapshotConfigurationRetry
from .job_run_job_configuration_snapshot_notifications_type_0_item_type_0 import (
    JobRunJobConfigurationSnapshotNotificationsType0ItemType0,
)
from .job_run_job_configuration_snapshot_notifications_type_0_item_type_0_headers import (
    JobRunJobConfigurationSnapshotNotificationsType0ItemType0Headers,
)
from .job_run_job_configuration_snapshot_notifications_type_0_item_type_0_type import (
    JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type,
)
from .job_run_job_configuration_snapshot_proxy_type_0 import JobRunJobConfigurationSnapshotProxyType0
from .job_run_job_configuration_snapshot_proxy_type_0_version import JobRunJobConfigurationSnapshotProxyType0Version
from .job_run_job_configuration_snapshot_s3_sink_configuration import JobRunJobConfigurationSnapshotS3SinkConfiguration
from .job_run_job_configuration_snapshot_s3_sink_configuration_type import (
    JobRunJobConfigurationSnapshotS3SinkConfigurationType,
)
from .job_run_job_configuration_snapshot_webhook_sink_configuration import (
    JobRunJobConfigurationSnapshotWebhookSinkConfiguration,
)
from .job_run_job_configuration_snapshot_webhook_sink_configuration_headers import (
    JobRunJobConfigurationSnapshotWebhookSinkConfigurationHeaders,
)
from .job_run_job_configuration_snapshot_webhook_sink_configuration_type import (
    JobRunJobConfigurationSnapshotWebhookSinkConfigurationType,
)
from .job_run_reason_type_0 import JobRunReasonType0
from .job_run_reason_type_0_type import JobRunReasonType0Type
from .job_run_status import JobRunStatus
from .job_run_type import JobRunType
from .list_job_runs_response_200 import ListJobRunsResponse200
from .not_found_error import NotFoundError
from .not_found_error_category import NotFoundErrorCategory
from .not_found_error_code import NotFoundErrorCode
from .terminate_job_run_response_200 import TerminateJobRunResponse200
from .trigger_job_response_200 import TriggerJobResponse200
from .unauthorized_error import UnauthorizedError
from .unauthorized_error_category import UnauthorizedErrorCategory
from .unauthorized_error_code import UnauthorizedErrorCode

__all__ = (
    "BadRequestError",
    "BadRequestErrorCategory",
    "BadRequestErrorCode",
    "GetJobRunResponse200",
    "GetJobRunResponse200Results",
    "JobRun",
    "JobRunErrorType0",
    "JobRunErrorType0Category",
    "JobRunErrorType0Code",
    "JobRunJobConfigurationSnapshot",
    "JobRunJobConfigurationSnapshotAuthSessionType0",
    "JobRunJobConfigurationSnapshotConfiguration",
    "JobRunJobConfigurationSnapshotConfigurationRetry",
    "JobRunJobConfigurationSnapshotNotificationsType0ItemType0",
    "JobRunJobConfigurationSnapshotNotificationsType0ItemType0Headers",
    "JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type",
    "JobRunJobConfigurationSnapshotProxyType0",
    "JobRunJobConfigurationSnapshotProxyType0Version",
    "JobRunJobConfigurationSnapshotS3SinkConfiguration",
    "JobRunJobConfigurationSnapshotS3SinkConfigurationType",
    "JobRunJobConfigurationSnapshotWebhookSinkConfiguration",
    "JobRunJobConfigurationSnapshotWebhookSinkConfigurationHeaders",
    "JobRunJobConfigurationSnapshotWebhookSinkConfigurationType",
    "JobRunReasonType0",
    "JobRunReasonType0Type",
    "JobRunStatus",
    "JobRunType",
    "ListJobRunsResponse200",
    "NotFoundError",
    "NotFoundErrorCategory",
    "NotFoundErrorCode",
    "TerminateJobRunResponse200",
    "TriggerJobResponse200",
    "UnauthorizedError",
    "UnauthorizedErrorCategory",
    "UnauthorizedErrorCode",
)
