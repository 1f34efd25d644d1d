from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_logs_response import GetLogsResponse
from ...models.http_error import HttpError
from ...models.logs_search_filter_type import LogsSearchFilterType
from ...models.logs_search_operator_type import LogsSearchOperatorType
from ...models.logs_sorting_direction import LogsSortingDirection
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    start_ts: str | Unset = UNSET,
    end_ts: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: LogsSortingDirection | Unset = UNSET,
    num_logs_to_ignore: int | Unset = UNSET,
    application_id: str | Unset = UNSET,
    application_fqn: str | Unset = UNSET,
    deployment_id: str | Unset = UNSET,
    job_run_name: str | Unset = UNSET,
    pod_name: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    pod_names: list[str] | Unset = UNSET,
    pod_names_regex: str | Unset = UNSET,
    search_filters: str | Unset = UNSET,
    search_string: str | Unset = UNSET,
    search_type: LogsSearchFilterType | Unset = UNSET,
    search_operator: LogsSearchOperatorType | Unset = UNSET,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments of ``httpx.Client.request`` (or of
    ``httpx.AsyncClient.request``), without sending it.

    sync_detailed() and asyncio_detailed(), and so sync() and asyncio(), send exactly this through the
    client's httpx client, which adds the base URL, the token and the client's own headers, cookies and
    timeout. Call it to send the request another way, or to log or check it first.

    Args:
        start_ts (str | Unset): Start timestamp for querying logs, in nanoseconds from the Unix
            epoch. Example: 1635467890123456789.
        end_ts (str | Unset): End timestamp for querying logs, in nanoseconds from the Unix epoch.
            Example: 1635467891123456789.
        limit (int | Unset): Maximum number of log lines to fetch (the SDK sends 5000 unless
            told).
        direction (LogsSortingDirection | Unset): Direction of sorting logs by timestamp.
        num_logs_to_ignore (int | Unset): Number of log lines at the start timestamp to skip.
        application_id (str | Unset): Unique identifier of the application (a job run's
            applicationId). Either applicationId or applicationFqn must be provided.
        application_fqn (str | Unset): FQN of the application. Either applicationId or
            applicationFqn must be provided.
        deployment_id (str | Unset): Unique identifier of the deployment.
        job_run_name (str | Unset): Name of the job run whose logs to fetch.
        pod_name (str | Unset): Name of a single pod whose logs to fetch. Cannot be used together
            with podNames or podNamesRegex.
        container_name (str | Unset): Name of the container whose logs to fetch.
        pod_names (list[str] | Unset): Pod names whose logs to fetch. Cannot be used together with
            podName or podNamesRegex.
        pod_names_regex (str | Unset): Regex pattern matching pod names whose logs to fetch.
            Cannot be used together with podName or podNames.
        search_filters (str | Unset): JSON-encoded array of search filters; each item is `{string,
            type, operator}`. Takes precedence over searchString when provided.
        search_string (str | Unset): Substring or regex to match against log content. Used when
            searchFilters is not provided.
        search_type (LogsSearchFilterType | Unset): How searchString is matched against log
            content.
        search_operator (LogsSearchOperatorType | Unset): Comparison operator applied to the
            searchString match.

    Returns:
        dict[str, Any]: ``method``; ``url``, the operation's path with its parameters encoded, which the client
            appends to its base URL; and those of ``params``, ``headers``, ``cookies`` and the body (``json``,
            ``content``, ``data`` or ``files``) that the arguments give.
    """

    params: dict[str, Any] = {}

    params["startTs"] = start_ts

    params["endTs"] = end_ts

    params["limit"] = limit

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["numLogsToIgnore"] = num_logs_to_ignore

    params["applicationId"] = application_id

    params["applicationFqn"] = application_fqn

    params["deploymentId"] = deployment_id

    params["jobRunName"] = job_run_name

    params["podName"] = pod_name

    params["containerName"] = container_name

    json_pod_names: list[str] | Unset = UNSET
    if not isinstance(pod_names, Unset):
        json_pod_names = pod_names

    params["podNames"] = json_pod_names

    params["podNamesRegex"] = pod_names_regex

    params["searchFilters"] = search_filters

    params["searchString"] = search_string

    json_search_type: str | Unset = UNSET
    if not isinstance(search_type, Unset):
        json_search_type = search_type.value

    params["searchType"] = json_search_type

    json_search_operator: str | Unset = UNSET
    if not isinstance(search_operator, Unset):
        json_search_operator = search_operator.value

    params["searchOperator"] = json_search_operator

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/svc/v1/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetLogsResponse | HttpError | None:
    if response.status_code == 200:
        response_200 = GetLogsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = HttpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HttpError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = HttpError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetLogsResponse | HttpError]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # JSONDecodeError is a ValueError
        raise errors.UnexpectedResponse(response.status_code, response.content) from exc
    status = response.status_code
    return Response(
        status_code=HTTPStatus(status) if status in HTTPStatus._value2member_map_ else status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_ts: str | Unset = UNSET,
    end_ts: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: LogsSortingDirection | Unset = UNSET,
    num_logs_to_ignore: int | Unset = UNSET,
    application_id: str | Unset = UNSET,
    application_fqn: str | Unset = UNSET,
    deployment_id: str | Unset = UNSET,
    job_run_name: str | Unset = UNSET,
    pod_name: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    pod_names: list[str] | Unset = UNSET,
    pod_names_regex: str | Unset = UNSET,
    search_filters: str | Unset = UNSET,
    search_string: str | Unset = UNSET,
    search_type: LogsSearchFilterType | Unset = UNSET,
    search_operator: LogsSearchOperatorType | Unset = UNSET,
) -> Response[Any | GetLogsResponse | HttpError]:
    """Get Logs

     Runtime logs (stdout and stderr) of the pods of a deployed application, a job run's among them,
    oldest first by default. There is no cursor; to read on, ask again from the last line's time,
    skipping with numLogsToIgnore the lines already read at exactly that time. One of applicationId or
    applicationFqn is required.

    Args:
        start_ts (str | Unset): Start timestamp for querying logs, in nanoseconds from the Unix
            epoch. Example: 1635467890123456789.
        end_ts (str | Unset): End timestamp for querying logs, in nanoseconds from the Unix epoch.
            Example: 1635467891123456789.
        limit (int | Unset): Maximum number of log lines to fetch (the SDK sends 5000 unless
            told).
        direction (LogsSortingDirection | Unset): Direction of sorting logs by timestamp.
        num_logs_to_ignore (int | Unset): Number of log lines at the start timestamp to skip.
        application_id (str | Unset): Unique identifier of the application (a job run's
            applicationId). Either applicationId or applicationFqn must be provided.
        application_fqn (str | Unset): FQN of the application. Either applicationId or
            applicationFqn must be provided.
        deployment_id (str | Unset): Unique identifier of the deployment.
        job_run_name (str | Unset): Name of the job run whose logs to fetch.
        pod_name (str | Unset): Name of a single pod whose logs to fetch. Cannot be used together
            with podNames or podNamesRegex.
        container_name (str | Unset): Name of the container whose logs to fetch.
        pod_names (list[str] | Unset): Pod names whose logs to fetch. Cannot be used together with
            podName or podNamesRegex.
        pod_names_regex (str | Unset): Regex pattern matching pod names whose logs to fetch.
            Cannot be used together with podName or podNames.
        search_filters (str | Unset): JSON-encoded array of search filters; each item is `{string,
            type, operator}`. Takes precedence over searchString when provided.
        search_string (str | Unset): Substring or regex to match against log content. Used when
            searchFilters is not provided.
        search_type (LogsSearchFilterType | Unset): How searchString is matched against log
            content.
        search_operator (LogsSearchOperatorType | Unset): Comparison operator applied to the
            searchString match.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetLogsResponse | HttpError]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        start_ts=start_ts,
        end_ts=end_ts,
        limit=limit,
        direction=direction,
        num_logs_to_ignore=num_logs_to_ignore,
        application_id=application_id,
        application_fqn=application_fqn,
        deployment_id=deployment_id,
        job_run_name=job_run_name,
        pod_name=pod_name,
        container_name=container_name,
        pod_names=pod_names,
        pod_names_regex=pod_names_regex,
        search_filters=search_filters,
        search_string=search_string,
        search_type=search_type,
        search_operator=search_operator,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_ts: str | Unset = UNSET,
    end_ts: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: LogsSortingDirection | Unset = UNSET,
    num_logs_to_ignore: int | Unset = UNSET,
    application_id: str | Unset = UNSET,
    application_fqn: str | Unset = UNSET,
    deployment_id: str | Unset = UNSET,
    job_run_name: str | Unset = UNSET,
    pod_name: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    pod_names: list[str] | Unset = UNSET,
    pod_names_regex: str | Unset = UNSET,
    search_filters: str | Unset = UNSET,
    search_string: str | Unset = UNSET,
    search_type: LogsSearchFilterType | Unset = UNSET,
    search_operator: LogsSearchOperatorType | Unset = UNSET,
) -> GetLogsResponse | None:
    """Get Logs

     Runtime logs (stdout and stderr) of the pods of a deployed application, a job run's among them,
    oldest first by default. There is no cursor; to read on, ask again from the last line's time,
    skipping with numLogsToIgnore the lines already read at exactly that time. One of applicationId or
    applicationFqn is required.

    Args:
        start_ts (str | Unset): Start timestamp for querying logs, in nanoseconds from the Unix
            epoch. Example: 1635467890123456789.
        end_ts (str | Unset): End timestamp for querying logs, in nanoseconds from the Unix epoch.
            Example: 1635467891123456789.
        limit (int | Unset): Maximum number of log lines to fetch (the SDK sends 5000 unless
            told).
        direction (LogsSortingDirection | Unset): Direction of sorting logs by timestamp.
        num_logs_to_ignore (int | Unset): Number of log lines at the start timestamp to skip.
        application_id (str | Unset): Unique identifier of the application (a job run's
            applicationId). Either applicationId or applicationFqn must be provided.
        application_fqn (str | Unset): FQN of the application. Either applicationId or
            applicationFqn must be provided.
        deployment_id (str | Unset): Unique identifier of the deployment.
        job_run_name (str | Unset): Name of the job run whose logs to fetch.
        pod_name (str | Unset): Name of a single pod whose logs to fetch. Cannot be used together
            with podNames or podNamesRegex.
        container_name (str | Unset): Name of the container whose logs to fetch.
        pod_names (list[str] | Unset): Pod names whose logs to fetch. Cannot be used together with
            podName or podNamesRegex.
        pod_names_regex (str | Unset): Regex pattern matching pod names whose logs to fetch.
            Cannot be used together with podName or podNames.
        search_filters (str | Unset): JSON-encoded array of search filters; each item is `{string,
            type, operator}`. Takes precedence over searchString when provided.
        search_string (str | Unset): Substring or regex to match against log content. Used when
            searchFilters is not provided.
        search_type (LogsSearchFilterType | Unset): How searchString is matched against log
            content.
        search_operator (LogsSearchOperatorType | Unset): Comparison operator applied to the
            searchString match.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLogsResponse: the parsed body of a successful answer.
    """

    response = sync_detailed(
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        limit=limit,
        direction=direction,
        num_logs_to_ignore=num_logs_to_ignore,
        application_id=application_id,
        application_fqn=application_fqn,
        deployment_id=deployment_id,
        job_run_name=job_run_name,
        pod_name=pod_name,
        container_name=container_name,
        pod_names=pod_names,
        pod_names_regex=pod_names_regex,
        search_filters=search_filters,
        search_string=search_string,
        search_type=search_type,
        search_operator=search_operator,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(GetLogsResponse | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_ts: str | Unset = UNSET,
    end_ts: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: LogsSortingDirection | Unset = UNSET,
    num_logs_to_ignore: int | Unset = UNSET,
    application_id: str | Unset = UNSET,
    application_fqn: str | Unset = UNSET,
    deployment_id: str | Unset = UNSET,
    job_run_name: str | Unset = UNSET,
    pod_name: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    pod_names: list[str] | Unset = UNSET,
    pod_names_regex: str | Unset = UNSET,
    search_filters: str | Unset = UNSET,
    search_string: str | Unset = UNSET,
    search_type: LogsSearchFilterType | Unset = UNSET,
    search_operator: LogsSearchOperatorType | Unset = UNSET,
) -> Response[Any | GetLogsResponse | HttpError]:
    """Get Logs

     Runtime logs (stdout and stderr) of the pods of a deployed application, a job run's among them,
    oldest first by default. There is no cursor; to read on, ask again from the last line's time,
    skipping with numLogsToIgnore the lines already read at exactly that time. One of applicationId or
    applicationFqn is required.

    Args:
        start_ts (str | Unset): Start timestamp for querying logs, in nanoseconds from the Unix
            epoch. Example: 1635467890123456789.
        end_ts (str | Unset): End timestamp for querying logs, in nanoseconds from the Unix epoch.
            Example: 1635467891123456789.
        limit (int | Unset): Maximum number of log lines to fetch (the SDK sends 5000 unless
            told).
        direction (LogsSortingDirection | Unset): Direction of sorting logs by timestamp.
        num_logs_to_ignore (int | Unset): Number of log lines at the start timestamp to skip.
        application_id (str | Unset): Unique identifier of the application (a job run's
            applicationId). Either applicationId or applicationFqn must be provided.
        application_fqn (str | Unset): FQN of the application. Either applicationId or
            applicationFqn must be provided.
        deployment_id (str | Unset): Unique identifier of the deployment.
        job_run_name (str | Unset): Name of the job run whose logs to fetch.
        pod_name (str | Unset): Name of a single pod whose logs to fetch. Cannot be used together
            with podNames or podNamesRegex.
        container_name (str | Unset): Name of the container whose logs to fetch.
        pod_names (list[str] | Unset): Pod names whose logs to fetch. Cannot be used together with
            podName or podNamesRegex.
        pod_names_regex (str | Unset): Regex pattern matching pod names whose logs to fetch.
            Cannot be used together with podName or podNames.
        search_filters (str | Unset): JSON-encoded array of search filters; each item is `{string,
            type, operator}`. Takes precedence over searchString when provided.
        search_string (str | Unset): Substring or regex to match against log content. Used when
            searchFilters is not provided.
        search_type (LogsSearchFilterType | Unset): How searchString is matched against log
            content.
        search_operator (LogsSearchOperatorType | Unset): Comparison operator applied to the
            searchString match.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetLogsResponse | HttpError]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        start_ts=start_ts,
        end_ts=end_ts,
        limit=limit,
        direction=direction,
        num_logs_to_ignore=num_logs_to_ignore,
        application_id=application_id,
        application_fqn=application_fqn,
        deployment_id=deployment_id,
        job_run_name=job_run_name,
        pod_name=pod_name,
        container_name=container_name,
        pod_names=pod_names,
        pod_names_regex=pod_names_regex,
        search_filters=search_filters,
        search_string=search_string,
        search_type=search_type,
        search_operator=search_operator,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_ts: str | Unset = UNSET,
    end_ts: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: LogsSortingDirection | Unset = UNSET,
    num_logs_to_ignore: int | Unset = UNSET,
    application_id: str | Unset = UNSET,
    application_fqn: str | Unset = UNSET,
    deployment_id: str | Unset = UNSET,
    job_run_name: str | Unset = UNSET,
    pod_name: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    pod_names: list[str] | Unset = UNSET,
    pod_names_regex: str | Unset = UNSET,
    search_filters: str | Unset = UNSET,
    search_string: str | Unset = UNSET,
    search_type: LogsSearchFilterType | Unset = UNSET,
    search_operator: LogsSearchOperatorType | Unset = UNSET,
) -> GetLogsResponse | None:
    """Get Logs

     Runtime logs (stdout and stderr) of the pods of a deployed application, a job run's among them,
    oldest first by default. There is no cursor; to read on, ask again from the last line's time,
    skipping with numLogsToIgnore the lines already read at exactly that time. One of applicationId or
    applicationFqn is required.

    Args:
        start_ts (str | Unset): Start timestamp for querying logs, in nanoseconds from the Unix
            epoch. Example: 1635467890123456789.
        end_ts (str | Unset): End timestamp for querying logs, in nanoseconds from the Unix epoch.
            Example: 1635467891123456789.
        limit (int | Unset): Maximum number of log lines to fetch (the SDK sends 5000 unless
            told).
        direction (LogsSortingDirection | Unset): Direction of sorting logs by timestamp.
        num_logs_to_ignore (int | Unset): Number of log lines at the start timestamp to skip.
        application_id (str | Unset): Unique identifier of the application (a job run's
            applicationId). Either applicationId or applicationFqn must be provided.
        application_fqn (str | Unset): FQN of the application. Either applicationId or
            applicationFqn must be provided.
        deployment_id (str | Unset): Unique identifier of the deployment.
        job_run_name (str | Unset): Name of the job run whose logs to fetch.
        pod_name (str | Unset): Name of a single pod whose logs to fetch. Cannot be used together
            with podNames or podNamesRegex.
        container_name (str | Unset): Name of the container whose logs to fetch.
        pod_names (list[str] | Unset): Pod names whose logs to fetch. Cannot be used together with
            podName or podNamesRegex.
        pod_names_regex (str | Unset): Regex pattern matching pod names whose logs to fetch.
            Cannot be used together with podName or podNames.
        search_filters (str | Unset): JSON-encoded array of search filters; each item is `{string,
            type, operator}`. Takes precedence over searchString when provided.
        search_string (str | Unset): Substring or regex to match against log content. Used when
            searchFilters is not provided.
        search_type (LogsSearchFilterType | Unset): How searchString is matched against log
            content.
        search_operator (LogsSearchOperatorType | Unset): Comparison operator applied to the
            searchString match.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLogsResponse: the parsed body of a successful answer.
    """

    response = await asyncio_detailed(
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        limit=limit,
        direction=direction,
        num_logs_to_ignore=num_logs_to_ignore,
        application_id=application_id,
        application_fqn=application_fqn,
        deployment_id=deployment_id,
        job_run_name=job_run_name,
        pod_name=pod_name,
        container_name=container_name,
        pod_names=pod_names,
        pod_names_regex=pod_names_regex,
        search_filters=search_filters,
        search_string=search_string,
        search_type=search_type,
        search_operator=search_operator,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(GetLogsResponse | None, response.parsed)
