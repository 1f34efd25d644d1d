"""Contains all the data models used in inputs/outputs"""

from .get_job_run_response import GetJobRunResponse
from .http_error import HttpError
from .http_error_details_type_0_item import HttpErrorDetailsType0Item
from .job_run import JobRun
from .job_run_status import JobRunStatus
from .job_runs_sort_by import JobRunsSortBy
from .list_job_run_response import ListJobRunResponse
from .pagination import Pagination
from .sort_direction import SortDirection
from .subject import Subject
from .subject_type import SubjectType

__all__ = (
    "GetJobRunResponse",
    "HttpError",
    "HttpErrorDetailsType0Item",
    "JobRun",
    "JobRunsSortBy",
    "JobRunStatus",
    "ListJobRunResponse",
    "Pagination",
    "SortDirection",
    "Subject",
    "SubjectType",
)
