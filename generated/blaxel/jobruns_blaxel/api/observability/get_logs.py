from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.workload_logs import WorkloadLogs
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    workload_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    interval: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments of ``httpx.Client.request`` (or of
    ``httpx.AsyncClient.request``), without sending it.

    sync_detailed() and asyncio_detailed(), and so sync() and asyncio(), send exactly this through the
    client's httpx client, which adds the base URL, the token and the client's own headers, cookies and
    timeout. Call it to send the request another way, or to log or check it first.

    Args:
        start (str | Unset): Start of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone). Example:
            2026-12-01T08:00:00.
        end (str | Unset): End of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone); the CLI asks
            for at most 3 days. Example: 2026-12-01T09:00:00.
        resource_type (str | Unset): The kind of workload, plural: `jobs` for a job. Example:
            jobs.
        workload_ids (str | Unset): The workload's name (a job's name); the answer is keyed by it.
        execution_id (str | Unset): Only the lines of this execution.
        task_id (str | Unset): Only the lines of this task.
        severity (str | Unset): Comma-separated severities kept, of FATAL, ERROR, WARNING, INFO,
            DEBUG, TRACE, UNKNOWN.
        search (str | Unset): Only lines containing this text.
        limit (int | Unset): Most lines in the answer (the CLI asks for 1000).
        offset (int | Unset): Lines to skip, counted from the newest.
        type_ (str | Unset): Which logs: `all`.
        trace_id (str | Unset): Only the lines of this trace.
        interval (int | Unset): Seconds per bucket of the answer's counts (the CLI sends 60).
        workspace (str | Unset): The workspace (as the X-Blaxel-Workspace header).

    Returns:
        dict[str, Any]: ``method``; ``url``, the operation's path with its parameters encoded, which the client
            appends to its base URL; and those of ``params``, ``headers``, ``cookies`` and the body (``json``,
            ``content``, ``data`` or ``files``) that the arguments give.
    """

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["resourceType"] = resource_type

    params["workloadIds"] = workload_ids

    params["executionId"] = execution_id

    params["taskId"] = task_id

    params["severity"] = severity

    params["search"] = search

    params["limit"] = limit

    params["offset"] = offset

    params["type"] = type_

    params["traceId"] = trace_id

    params["interval"] = interval

    params["workspace"] = workspace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | WorkloadLogs | None:
    if response.status_code == 200:
        response_200 = WorkloadLogs.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WorkloadLogs]:
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
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    workload_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    interval: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> Response[Error | WorkloadLogs]:
    """Get logs (experimental)

     The log lines of a workload (a job's, with resourceType=jobs and workloadIds=<job>) in a time range,
    newest first, by executionId and taskId for one execution or task. Not in Blaxel's published spec:
    it is what Blaxel's CLI (`bl logs`) reads. Lines reach it late (OpenTelemetry ingestion), so
    following them is polling an overlapping window and dropping the lines already seen.

    Args:
        start (str | Unset): Start of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone). Example:
            2026-12-01T08:00:00.
        end (str | Unset): End of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone); the CLI asks
            for at most 3 days. Example: 2026-12-01T09:00:00.
        resource_type (str | Unset): The kind of workload, plural: `jobs` for a job. Example:
            jobs.
        workload_ids (str | Unset): The workload's name (a job's name); the answer is keyed by it.
        execution_id (str | Unset): Only the lines of this execution.
        task_id (str | Unset): Only the lines of this task.
        severity (str | Unset): Comma-separated severities kept, of FATAL, ERROR, WARNING, INFO,
            DEBUG, TRACE, UNKNOWN.
        search (str | Unset): Only lines containing this text.
        limit (int | Unset): Most lines in the answer (the CLI asks for 1000).
        offset (int | Unset): Lines to skip, counted from the newest.
        type_ (str | Unset): Which logs: `all`.
        trace_id (str | Unset): Only the lines of this trace.
        interval (int | Unset): Seconds per bucket of the answer's counts (the CLI sends 60).
        workspace (str | Unset): The workspace (as the X-Blaxel-Workspace header).

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkloadLogs]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        start=start,
        end=end,
        resource_type=resource_type,
        workload_ids=workload_ids,
        execution_id=execution_id,
        task_id=task_id,
        severity=severity,
        search=search,
        limit=limit,
        offset=offset,
        type_=type_,
        trace_id=trace_id,
        interval=interval,
        workspace=workspace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    workload_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    interval: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> WorkloadLogs | None:
    """Get logs (experimental)

     The log lines of a workload (a job's, with resourceType=jobs and workloadIds=<job>) in a time range,
    newest first, by executionId and taskId for one execution or task. Not in Blaxel's published spec:
    it is what Blaxel's CLI (`bl logs`) reads. Lines reach it late (OpenTelemetry ingestion), so
    following them is polling an overlapping window and dropping the lines already seen.

    Args:
        start (str | Unset): Start of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone). Example:
            2026-12-01T08:00:00.
        end (str | Unset): End of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone); the CLI asks
            for at most 3 days. Example: 2026-12-01T09:00:00.
        resource_type (str | Unset): The kind of workload, plural: `jobs` for a job. Example:
            jobs.
        workload_ids (str | Unset): The workload's name (a job's name); the answer is keyed by it.
        execution_id (str | Unset): Only the lines of this execution.
        task_id (str | Unset): Only the lines of this task.
        severity (str | Unset): Comma-separated severities kept, of FATAL, ERROR, WARNING, INFO,
            DEBUG, TRACE, UNKNOWN.
        search (str | Unset): Only lines containing this text.
        limit (int | Unset): Most lines in the answer (the CLI asks for 1000).
        offset (int | Unset): Lines to skip, counted from the newest.
        type_ (str | Unset): Which logs: `all`.
        trace_id (str | Unset): Only the lines of this trace.
        interval (int | Unset): Seconds per bucket of the answer's counts (the CLI sends 60).
        workspace (str | Unset): The workspace (as the X-Blaxel-Workspace header).

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkloadLogs: the parsed body of a successful answer.
    """

    response = sync_detailed(
        client=client,
        start=start,
        end=end,
        resource_type=resource_type,
        workload_ids=workload_ids,
        execution_id=execution_id,
        task_id=task_id,
        severity=severity,
        search=search,
        limit=limit,
        offset=offset,
        type_=type_,
        trace_id=trace_id,
        interval=interval,
        workspace=workspace,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(WorkloadLogs | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    workload_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    interval: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> Response[Error | WorkloadLogs]:
    """Get logs (experimental)

     The log lines of a workload (a job's, with resourceType=jobs and workloadIds=<job>) in a time range,
    newest first, by executionId and taskId for one execution or task. Not in Blaxel's published spec:
    it is what Blaxel's CLI (`bl logs`) reads. Lines reach it late (OpenTelemetry ingestion), so
    following them is polling an overlapping window and dropping the lines already seen.

    Args:
        start (str | Unset): Start of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone). Example:
            2026-12-01T08:00:00.
        end (str | Unset): End of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone); the CLI asks
            for at most 3 days. Example: 2026-12-01T09:00:00.
        resource_type (str | Unset): The kind of workload, plural: `jobs` for a job. Example:
            jobs.
        workload_ids (str | Unset): The workload's name (a job's name); the answer is keyed by it.
        execution_id (str | Unset): Only the lines of this execution.
        task_id (str | Unset): Only the lines of this task.
        severity (str | Unset): Comma-separated severities kept, of FATAL, ERROR, WARNING, INFO,
            DEBUG, TRACE, UNKNOWN.
        search (str | Unset): Only lines containing this text.
        limit (int | Unset): Most lines in the answer (the CLI asks for 1000).
        offset (int | Unset): Lines to skip, counted from the newest.
        type_ (str | Unset): Which logs: `all`.
        trace_id (str | Unset): Only the lines of this trace.
        interval (int | Unset): Seconds per bucket of the answer's counts (the CLI sends 60).
        workspace (str | Unset): The workspace (as the X-Blaxel-Workspace header).

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkloadLogs]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        start=start,
        end=end,
        resource_type=resource_type,
        workload_ids=workload_ids,
        execution_id=execution_id,
        task_id=task_id,
        severity=severity,
        search=search,
        limit=limit,
        offset=offset,
        type_=type_,
        trace_id=trace_id,
        interval=interval,
        workspace=workspace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    workload_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    task_id: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    trace_id: str | Unset = UNSET,
    interval: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> WorkloadLogs | None:
    """Get logs (experimental)

     The log lines of a workload (a job's, with resourceType=jobs and workloadIds=<job>) in a time range,
    newest first, by executionId and taskId for one execution or task. Not in Blaxel's published spec:
    it is what Blaxel's CLI (`bl logs`) reads. Lines reach it late (OpenTelemetry ingestion), so
    following them is polling an overlapping window and dropping the lines already seen.

    Args:
        start (str | Unset): Start of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone). Example:
            2026-12-01T08:00:00.
        end (str | Unset): End of the range, UTC, `YYYY-MM-DDTHH:MM:SS` (no zone); the CLI asks
            for at most 3 days. Example: 2026-12-01T09:00:00.
        resource_type (str | Unset): The kind of workload, plural: `jobs` for a job. Example:
            jobs.
        workload_ids (str | Unset): The workload's name (a job's name); the answer is keyed by it.
        execution_id (str | Unset): Only the lines of this execution.
        task_id (str | Unset): Only the lines of this task.
        severity (str | Unset): Comma-separated severities kept, of FATAL, ERROR, WARNING, INFO,
            DEBUG, TRACE, UNKNOWN.
        search (str | Unset): Only lines containing this text.
        limit (int | Unset): Most lines in the answer (the CLI asks for 1000).
        offset (int | Unset): Lines to skip, counted from the newest.
        type_ (str | Unset): Which logs: `all`.
        trace_id (str | Unset): Only the lines of this trace.
        interval (int | Unset): Seconds per bucket of the answer's counts (the CLI sends 60).
        workspace (str | Unset): The workspace (as the X-Blaxel-Workspace header).

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkloadLogs: the parsed body of a successful answer.
    """

    response = await asyncio_detailed(
        client=client,
        start=start,
        end=end,
        resource_type=resource_type,
        workload_ids=workload_ids,
        execution_id=execution_id,
        task_id=task_id,
        severity=severity,
        search=search,
        limit=limit,
        offset=offset,
        type_=type_,
        trace_id=trace_id,
        interval=interval,
        workspace=workspace,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(WorkloadLogs | None, response.parsed)
