"""Contains all the data models used in inputs/outputs"""

from .get_job_run_response import GetJobRunResponse
from .get_logs_response import GetLogsResponse
from .http_error import HttpError
from .http_error_details_type_0_item import HttpErrorDetailsType0Item
from .job_run import JobRun
from .job_run_status import JobRunStatus
from .job_runs_sort_by import JobRunsSortBy
from .job_trigger_input import JobTriggerInput
from .job_trigger_input_params import JobTriggerInputParams
from .list_job_run_response import ListJobRunResponse
from .log import Log
from .logs_search_filter_type import LogsSearchFilterType
from .logs_search_operator_type import LogsSearchOperatorType
from .logs_sorting_direction import LogsSortingDirection
from .pagination import Pagination
from .sort_direction import SortDirection
from .spark_job_trigger_input import SparkJobTriggerInput
from .subject import Subject
from .subject_type import SubjectType
from .terminate_job_response import TerminateJobResponse
from .trigger_job_metadata import TriggerJobMetadata
from .trigger_job_request import TriggerJobRequest
from .trigger_job_run_response import TriggerJobRunResponse

__all__ = (
    "GetJobRunResponse",
    "GetLogsResponse",
    "HttpError",
    "HttpErrorDetailsType0Item",
    "JobRun",
    "JobRunsSortBy",
    "JobRunStatus",
    "JobTriggerInput",
    "JobTriggerInputParams",
    "ListJobRunResponse",
    "Log",
    "LogsSearchFilterType",
    "LogsSearchOperatorType",
    "LogsSortingDirection",
    "Pagination",
    "SortDirection",
    "SparkJobTriggerInput",
    "Subject",
    "SubjectType",
    "TerminateJobResponse",
    "TriggerJobMetadata",
    "TriggerJobRequest",
    "TriggerJobRunResponse",
)
