"""Contains all the data models used in inputs/outputs"""

from .create_job_execution_output import CreateJobExecutionOutput
from .create_job_execution_output_tasks_item import CreateJobExecutionOutputTasksItem
from .create_job_execution_request import CreateJobExecutionRequest
from .create_job_execution_request_env import CreateJobExecutionRequestEnv
from .create_job_execution_request_tasks_item import CreateJobExecutionRequestTasksItem
from .error import Error
from .job_execution import JobExecution
from .job_execution_list import JobExecutionList
from .job_execution_metadata import JobExecutionMetadata
from .job_execution_spec import JobExecutionSpec
from .job_execution_spec_env_override import JobExecutionSpecEnvOverride
from .job_execution_stats import JobExecutionStats
from .job_execution_status import JobExecutionStatus
from .job_execution_task import JobExecutionTask
from .job_execution_task_condition import JobExecutionTaskCondition
from .job_execution_task_metadata import JobExecutionTaskMetadata
from .job_execution_task_spec import JobExecutionTaskSpec
from .job_execution_task_status import JobExecutionTaskStatus
from .list_job_executions_sort import ListJobExecutionsSort
from .log_entry import LogEntry
from .pagination_meta import PaginationMeta
from .workload_log_lines import WorkloadLogLines
from .workload_logs import WorkloadLogs

__all__ = (
    "CreateJobExecutionOutput",
    "CreateJobExecutionOutputTasksItem",
    "CreateJobExecutionRequest",
    "CreateJobExecutionRequestEnv",
    "CreateJobExecutionRequestTasksItem",
    "Error",
    "JobExecution",
    "JobExecutionList",
    "JobExecutionMetadata",
    "JobExecutionSpec",
    "JobExecutionSpecEnvOverride",
    "JobExecutionStats",
    "JobExecutionStatus",
    "JobExecutionTask",
    "JobExecutionTaskCondition",
    "JobExecutionTaskMetadata",
    "JobExecutionTaskSpec",
    "JobExecutionTaskStatus",
    "ListJobExecutionsSort",
    "LogEntry",
    "PaginationMeta",
    "WorkloadLogLines",
    "WorkloadLogs",
)
