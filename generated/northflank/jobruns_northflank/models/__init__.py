"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .error_response_error_details import ErrorResponseErrorDetails
from .get_job_run_response import GetJobRunResponse
from .job_run import JobRun
from .job_run_active import JobRunActive
from .job_run_failed import JobRunFailed
from .job_run_status import JobRunStatus
from .job_run_succeeded import JobRunSucceeded
from .list_job_runs_response import ListJobRunsResponse
from .list_job_runs_response_data import ListJobRunsResponseData
from .pagination import Pagination

__all__ = (
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorDetails",
    "GetJobRunResponse",
    "JobRun",
    "JobRunActive",
    "JobRunFailed",
    "JobRunStatus",
    "JobRunSucceeded",
    "ListJobRunsResponse",
    "ListJobRunsResponseData",
    "Pagination",
)
