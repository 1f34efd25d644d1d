import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_team_job_logs_direction import GetTeamJobLogsDirection
from ...models.get_team_job_logs_query_type import GetTeamJobLogsQueryType
from ...models.log_lines_response import LogLinesResponse
from ...types import UNSET, Response, Unset, encode_path_segment


def request_kwargs(
    team_id: str,
    project_id: str,
    job_id: str,
    *,
    query_type: GetTeamJobLogsQueryType | Unset = GetTeamJobLogsQueryType.RANGE,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    duration: int | Unset = UNSET,
    line_limit: int | Unset = UNSET,
    direction: GetTeamJobLogsDirection | Unset = UNSET,
    run_id: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    text_includes: str | Unset = UNSET,
    text_not_includes: str | Unset = UNSET,
    regex_includes: str | Unset = UNSET,
    regex_not_includes: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments of ``httpx.Client.request`` (or of
    ``httpx.AsyncClient.request``), without sending it.

    sync_detailed() and asyncio_detailed(), and so sync() and asyncio(), send exactly this through the
    client's httpx client, which adds the base URL, the token and the client's own headers, cookies and
    timeout. Call it to send the request another way, or to log or check it first.

    Args:
        team_id (str): ID of the team.
        project_id (str): ID of the project.
        job_id (str): ID of the job.
        query_type (GetTeamJobLogsQueryType | Unset): range: the lines of a time range (tail, a
            WebSocket, is not served over HTTP). Northflank's clients always send it; the default here
            sends it too. Default: GetTeamJobLogsQueryType.RANGE.
        start_time (datetime.datetime | Unset): Start of the range (ISO 8601). Example:
            2026-12-01T08:00:00.000Z.
        end_time (datetime.datetime | Unset): End of the range (ISO 8601). Example:
            2026-12-01T09:00:00.000Z.
        duration (int | Unset): Length of the range in seconds; given with it, only one of
            startTime and endTime.
        line_limit (int | Unset): Most lines in the answer.
        direction (GetTeamJobLogsDirection | Unset): forward: oldest first from startTime;
            backward: newest first from endTime.
        run_id (str | Unset): Only the lines of this job run.
        container_name (str | Unset): Only the lines of this container, or `all`.
        type_ (str | Unset): Which logs: `runtime` (the containers' output).
        text_includes (str | Unset): Only lines containing this text (one of the four text
            filters).
        text_not_includes (str | Unset): Only lines not containing this text (one of the four text
            filters).
        regex_includes (str | Unset): Only lines matching this regular expression (one of the four
            text filters).
        regex_not_includes (str | Unset): Only lines not matching this regular expression (one of
            the four text filters).

    Raises:
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").

    Returns:
        dict[str, Any]: ``method``; ``url``, the operation's path with its parameters encoded, which the client
            appends to its base URL; and those of ``params``, ``headers``, ``cookies`` and the body (``json``,
            ``content``, ``data`` or ``files``) that the arguments give.
    """

    params: dict[str, Any] = {}

    json_query_type: str | Unset = UNSET
    if not isinstance(query_type, Unset):
        json_query_type = query_type.value

    params["queryType"] = json_query_type

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params["duration"] = duration

    params["lineLimit"] = line_limit

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["runId"] = run_id

    params["containerName"] = container_name

    params["type"] = type_

    params["textIncludes"] = text_includes

    params["textNotIncludes"] = text_not_includes

    params["regexIncludes"] = regex_includes

    params["regexNotIncludes"] = regex_not_includes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/teams/{team_id}/projects/{project_id}/jobs/{job_id}/logs".format(
            team_id=encode_path_segment("team_id", team_id),
            project_id=encode_path_segment("project_id", project_id),
            job_id=encode_path_segment("job_id", job_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LogLinesResponse | None:
    if response.status_code == 200:
        response_200 = LogLinesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | LogLinesResponse]:
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
    team_id: str,
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    query_type: GetTeamJobLogsQueryType | Unset = GetTeamJobLogsQueryType.RANGE,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    duration: int | Unset = UNSET,
    line_limit: int | Unset = UNSET,
    direction: GetTeamJobLogsDirection | Unset = UNSET,
    run_id: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    text_includes: str | Unset = UNSET,
    text_not_includes: str | Unset = UNSET,
    regex_includes: str | Unset = UNSET,
    regex_not_includes: str | Unset = UNSET,
) -> Response[ErrorResponse | LogLinesResponse]:
    """Get job logs (team-scoped)

     The log lines, in a team's project, of the job's containers in a time range (queryType=range), its
    runs' among them (runId keeps one run's). Following as lines come is a WebSocket on the same path
    (queryType=tail), not described here; polling this range with startTime moving forward is the HTTP
    way. Required permission: Project > Jobs > General > Read

    Args:
        team_id (str): ID of the team.
        project_id (str): ID of the project.
        job_id (str): ID of the job.
        query_type (GetTeamJobLogsQueryType | Unset): range: the lines of a time range (tail, a
            WebSocket, is not served over HTTP). Northflank's clients always send it; the default here
            sends it too. Default: GetTeamJobLogsQueryType.RANGE.
        start_time (datetime.datetime | Unset): Start of the range (ISO 8601). Example:
            2026-12-01T08:00:00.000Z.
        end_time (datetime.datetime | Unset): End of the range (ISO 8601). Example:
            2026-12-01T09:00:00.000Z.
        duration (int | Unset): Length of the range in seconds; given with it, only one of
            startTime and endTime.
        line_limit (int | Unset): Most lines in the answer.
        direction (GetTeamJobLogsDirection | Unset): forward: oldest first from startTime;
            backward: newest first from endTime.
        run_id (str | Unset): Only the lines of this job run.
        container_name (str | Unset): Only the lines of this container, or `all`.
        type_ (str | Unset): Which logs: `runtime` (the containers' output).
        text_includes (str | Unset): Only lines containing this text (one of the four text
            filters).
        text_not_includes (str | Unset): Only lines not containing this text (one of the four text
            filters).
        regex_includes (str | Unset): Only lines matching this regular expression (one of the four
            text filters).
        regex_not_includes (str | Unset): Only lines not matching this regular expression (one of
            the four text filters).

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LogLinesResponse]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        team_id=team_id,
        project_id=project_id,
        job_id=job_id,
        query_type=query_type,
        start_time=start_time,
        end_time=end_time,
        duration=duration,
        line_limit=line_limit,
        direction=direction,
        run_id=run_id,
        container_name=container_name,
        type_=type_,
        text_includes=text_includes,
        text_not_includes=text_not_includes,
        regex_includes=regex_includes,
        regex_not_includes=regex_not_includes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    query_type: GetTeamJobLogsQueryType | Unset = GetTeamJobLogsQueryType.RANGE,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    duration: int | Unset = UNSET,
    line_limit: int | Unset = UNSET,
    direction: GetTeamJobLogsDirection | Unset = UNSET,
    run_id: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    text_includes: str | Unset = UNSET,
    text_not_includes: str | Unset = UNSET,
    regex_includes: str | Unset = UNSET,
    regex_not_includes: str | Unset = UNSET,
) -> LogLinesResponse | None:
    """Get job logs (team-scoped)

     The log lines, in a team's project, of the job's containers in a time range (queryType=range), its
    runs' among them (runId keeps one run's). Following as lines come is a WebSocket on the same path
    (queryType=tail), not described here; polling this range with startTime moving forward is the HTTP
    way. Required permission: Project > Jobs > General > Read

    Args:
        team_id (str): ID of the team.
        project_id (str): ID of the project.
        job_id (str): ID of the job.
        query_type (GetTeamJobLogsQueryType | Unset): range: the lines of a time range (tail, a
            WebSocket, is not served over HTTP). Northflank's clients always send it; the default here
            sends it too. Default: GetTeamJobLogsQueryType.RANGE.
        start_time (datetime.datetime | Unset): Start of the range (ISO 8601). Example:
            2026-12-01T08:00:00.000Z.
        end_time (datetime.datetime | Unset): End of the range (ISO 8601). Example:
            2026-12-01T09:00:00.000Z.
        duration (int | Unset): Length of the range in seconds; given with it, only one of
            startTime and endTime.
        line_limit (int | Unset): Most lines in the answer.
        direction (GetTeamJobLogsDirection | Unset): forward: oldest first from startTime;
            backward: newest first from endTime.
        run_id (str | Unset): Only the lines of this job run.
        container_name (str | Unset): Only the lines of this container, or `all`.
        type_ (str | Unset): Which logs: `runtime` (the containers' output).
        text_includes (str | Unset): Only lines containing this text (one of the four text
            filters).
        text_not_includes (str | Unset): Only lines not containing this text (one of the four text
            filters).
        regex_includes (str | Unset): Only lines matching this regular expression (one of the four
            text filters).
        regex_not_includes (str | Unset): Only lines not matching this regular expression (one of
            the four text filters).

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogLinesResponse: the parsed body of a successful answer.
    """

    response = sync_detailed(
        team_id=team_id,
        project_id=project_id,
        job_id=job_id,
        client=client,
        query_type=query_type,
        start_time=start_time,
        end_time=end_time,
        duration=duration,
        line_limit=line_limit,
        direction=direction,
        run_id=run_id,
        container_name=container_name,
        type_=type_,
        text_includes=text_includes,
        text_not_includes=text_not_includes,
        regex_includes=regex_includes,
        regex_not_includes=regex_not_includes,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(LogLinesResponse | None, response.parsed)


async def asyncio_detailed(
    team_id: str,
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    query_type: GetTeamJobLogsQueryType | Unset = GetTeamJobLogsQueryType.RANGE,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    duration: int | Unset = UNSET,
    line_limit: int | Unset = UNSET,
    direction: GetTeamJobLogsDirection | Unset = UNSET,
    run_id: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    text_includes: str | Unset = UNSET,
    text_not_includes: str | Unset = UNSET,
    regex_includes: str | Unset = UNSET,
    regex_not_includes: str | Unset = UNSET,
) -> Response[ErrorResponse | LogLinesResponse]:
    """Get job logs (team-scoped)

     The log lines, in a team's project, of the job's containers in a time range (queryType=range), its
    runs' among them (runId keeps one run's). Following as lines come is a WebSocket on the same path
    (queryType=tail), not described here; polling this range with startTime moving forward is the HTTP
    way. Required permission: Project > Jobs > General > Read

    Args:
        team_id (str): ID of the team.
        project_id (str): ID of the project.
        job_id (str): ID of the job.
        query_type (GetTeamJobLogsQueryType | Unset): range: the lines of a time range (tail, a
            WebSocket, is not served over HTTP). Northflank's clients always send it; the default here
            sends it too. Default: GetTeamJobLogsQueryType.RANGE.
        start_time (datetime.datetime | Unset): Start of the range (ISO 8601). Example:
            2026-12-01T08:00:00.000Z.
        end_time (datetime.datetime | Unset): End of the range (ISO 8601). Example:
            2026-12-01T09:00:00.000Z.
        duration (int | Unset): Length of the range in seconds; given with it, only one of
            startTime and endTime.
        line_limit (int | Unset): Most lines in the answer.
        direction (GetTeamJobLogsDirection | Unset): forward: oldest first from startTime;
            backward: newest first from endTime.
        run_id (str | Unset): Only the lines of this job run.
        container_name (str | Unset): Only the lines of this container, or `all`.
        type_ (str | Unset): Which logs: `runtime` (the containers' output).
        text_includes (str | Unset): Only lines containing this text (one of the four text
            filters).
        text_not_includes (str | Unset): Only lines not containing this text (one of the four text
            filters).
        regex_includes (str | Unset): Only lines matching this regular expression (one of the four
            text filters).
        regex_not_includes (str | Unset): Only lines not matching this regular expression (one of
            the four text filters).

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LogLinesResponse]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        team_id=team_id,
        project_id=project_id,
        job_id=job_id,
        query_type=query_type,
        start_time=start_time,
        end_time=end_time,
        duration=duration,
        line_limit=line_limit,
        direction=direction,
        run_id=run_id,
        container_name=container_name,
        type_=type_,
        text_includes=text_includes,
        text_not_includes=text_not_includes,
        regex_includes=regex_includes,
        regex_not_includes=regex_not_includes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    query_type: GetTeamJobLogsQueryType | Unset = GetTeamJobLogsQueryType.RANGE,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    duration: int | Unset = UNSET,
    line_limit: int | Unset = UNSET,
    direction: GetTeamJobLogsDirection | Unset = UNSET,
    run_id: str | Unset = UNSET,
    container_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    text_includes: str | Unset = UNSET,
    text_not_includes: str | Unset = UNSET,
    regex_includes: str | Unset = UNSET,
    regex_not_includes: str | Unset = UNSET,
) -> LogLinesResponse | None:
    """Get job logs (team-scoped)

     The log lines, in a team's project, of the job's containers in a time range (queryType=range), its
    runs' among them (runId keeps one run's). Following as lines come is a WebSocket on the same path
    (queryType=tail), not described here; polling this range with startTime moving forward is the HTTP
    way. Required permission: Project > Jobs > General > Read

    Args:
        team_id (str): ID of the team.
        project_id (str): ID of the project.
        job_id (str): ID of the job.
        query_type (GetTeamJobLogsQueryType | Unset): range: the lines of a time range (tail, a
            WebSocket, is not served over HTTP). Northflank's clients always send it; the default here
            sends it too. Default: GetTeamJobLogsQueryType.RANGE.
        start_time (datetime.datetime | Unset): Start of the range (ISO 8601). Example:
            2026-12-01T08:00:00.000Z.
        end_time (datetime.datetime | Unset): End of the range (ISO 8601). Example:
            2026-12-01T09:00:00.000Z.
        duration (int | Unset): Length of the range in seconds; given with it, only one of
            startTime and endTime.
        line_limit (int | Unset): Most lines in the answer.
        direction (GetTeamJobLogsDirection | Unset): forward: oldest first from startTime;
            backward: newest first from endTime.
        run_id (str | Unset): Only the lines of this job run.
        container_name (str | Unset): Only the lines of this container, or `all`.
        type_ (str | Unset): Which logs: `runtime` (the containers' output).
        text_includes (str | Unset): Only lines containing this text (one of the four text
            filters).
        text_not_includes (str | Unset): Only lines not containing this text (one of the four text
            filters).
        regex_includes (str | Unset): Only lines matching this regular expression (one of the four
            text filters).
        regex_not_includes (str | Unset): Only lines not matching this regular expression (one of
            the four text filters).

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogLinesResponse: the parsed body of a successful answer.
    """

    response = await asyncio_detailed(
        team_id=team_id,
        project_id=project_id,
        job_id=job_id,
        client=client,
        query_type=query_type,
        start_time=start_time,
        end_time=end_time,
        duration=duration,
        line_limit=line_limit,
        direction=direction,
        run_id=run_id,
        container_name=container_name,
        type_=type_,
        text_includes=text_includes,
        text_not_includes=text_not_includes,
        regex_includes=regex_includes,
        regex_not_includes=regex_not_includes,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(LogLinesResponse | None, response.parsed)
