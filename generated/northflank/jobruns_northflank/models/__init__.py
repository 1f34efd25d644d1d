"""Contains all the data models used in inputs/outputs"""

from .abort_job_run_response import AbortJobRunResponse
from .abort_job_run_response_data import AbortJobRunResponseData
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .error_response_error_details import ErrorResponseErrorDetails
from .get_job_logs_direction import GetJobLogsDirection
from .get_job_logs_query_type import GetJobLogsQueryType
from .get_job_run_response import GetJobRunResponse
from .get_team_job_logs_direction import GetTeamJobLogsDirection
from .get_team_job_logs_query_type import GetTeamJobLogsQueryType
from .job_run import JobRun
from .job_run_active import JobRunActive
from .job_run_failed import JobRunFailed
from .job_run_status import JobRunStatus
from .job_run_succeeded import JobRunSucceeded
from .list_job_runs_response import ListJobRunsResponse
from .list_job_runs_response_data import ListJobRunsResponseData
from .log_line import LogLine
from .log_lines_response import LogLinesResponse
from .pagination import Pagination
from .start_job_run_request import StartJobRunRequest
from .start_job_run_request_billing import StartJobRunRequestBilling
from .start_job_run_request_deployment import StartJobRunRequestDeployment
from .start_job_run_request_deployment_buildpack import StartJobRunRequestDeploymentBuildpack
from .start_job_run_request_deployment_buildpack_config_type import StartJobRunRequestDeploymentBuildpackConfigType
from .start_job_run_request_deployment_docker import StartJobRunRequestDeploymentDocker
from .start_job_run_request_deployment_docker_config_type import StartJobRunRequestDeploymentDockerConfigType
from .start_job_run_request_deployment_external import StartJobRunRequestDeploymentExternal
from .start_job_run_request_deployment_internal import StartJobRunRequestDeploymentInternal
from .start_job_run_request_deployment_storage import StartJobRunRequestDeploymentStorage
from .start_job_run_request_deployment_storage_ephemeral_storage import (
    StartJobRunRequestDeploymentStorageEphemeralStorage,
)
from .start_job_run_request_docker_secret_mounts import StartJobRunRequestDockerSecretMounts
from .start_job_run_request_runtime_environment import StartJobRunRequestRuntimeEnvironment
from .start_job_run_request_runtime_files import StartJobRunRequestRuntimeFiles
from .start_job_run_response import StartJobRunResponse
from .start_job_run_response_data import StartJobRunResponseData

__all__ = (
    "AbortJobRunResponse",
    "AbortJobRunResponseData",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorDetails",
    "GetJobLogsDirection",
    "GetJobLogsQueryType",
    "GetJobRunResponse",
    "GetTeamJobLogsDirection",
    "GetTeamJobLogsQueryType",
    "JobRun",
    "JobRunActive",
    "JobRunFailed",
    "JobRunStatus",
    "JobRunSucceeded",
    "ListJobRunsResponse",
    "ListJobRunsResponseData",
    "LogLine",
    "LogLinesResponse",
    "Pagination",
    "StartJobRunRequest",
    "StartJobRunRequestBilling",
    "StartJobRunRequestDeployment",
    "StartJobRunRequestDeploymentBuildpack",
    "StartJobRunRequestDeploymentBuildpackConfigType",
    "StartJobRunRequestDeploymentDocker",
    "StartJobRunRequestDeploymentDockerConfigType",
    "StartJobRunRequestDeploymentExternal",
    "StartJobRunRequestDeploymentInternal",
    "StartJobRunRequestDeploymentStorage",
    "StartJobRunRequestDeploymentStorageEphemeralStorage",
    "StartJobRunRequestDockerSecretMounts",
    "StartJobRunRequestRuntimeEnvironment",
    "StartJobRunRequestRuntimeFiles",
    "StartJobRunResponse",
    "StartJobRunResponseData",
)
