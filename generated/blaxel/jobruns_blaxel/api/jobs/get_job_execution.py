from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_execution import JobExecution
from ...types import Response, encode_path_segment


def request_kwargs(
    job_id: str,
    execution_id: str,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments of ``httpx.Client.request`` (or of
    ``httpx.AsyncClient.request``), without sending it.

    sync_detailed() and asyncio_detailed(), and so sync() and asyncio(), send exactly this through the
    client's httpx client, which adds the base URL, the token and the client's own headers, cookies and
    timeout. Call it to send the request another way, or to log or check it first.

    Args:
        job_id (str): Name of the job.
        execution_id (str): Id of the execution.

    Raises:
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").

    Returns:
        dict[str, Any]: ``method``; ``url``, the operation's path with its parameters encoded, which the client
            appends to its base URL; and those of ``params``, ``headers``, ``cookies`` and the body (``json``,
            ``content``, ``data`` or ``files``) that the arguments give.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/executions/{execution_id}".format(
            job_id=encode_path_segment("job_id", job_id),
            execution_id=encode_path_segment("execution_id", execution_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobExecution | None:
    if response.status_code == 200:
        response_200 = JobExecution.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | JobExecution]:
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
    job_id: str,
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | JobExecution]:
    """Get job execution

     Returns detailed information about a specific job execution including status, task statistics
    (success/failure/running counts), and timing information.

    Args:
        job_id (str): Name of the job.
        execution_id (str): Id of the execution.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobExecution]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        job_id=job_id,
        execution_id=execution_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> JobExecution | None:
    """Get job execution

     Returns detailed information about a specific job execution including status, task statistics
    (success/failure/running counts), and timing information.

    Args:
        job_id (str): Name of the job.
        execution_id (str): Id of the execution.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobExecution: the parsed body of a successful answer.
    """

    response = sync_detailed(
        job_id=job_id,
        execution_id=execution_id,
        client=client,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(JobExecution | None, response.parsed)


async def asyncio_detailed(
    job_id: str,
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | JobExecution]:
    """Get job execution

     Returns detailed information about a specific job execution including status, task statistics
    (success/failure/running counts), and timing information.

    Args:
        job_id (str): Name of the job.
        execution_id (str): Id of the execution.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobExecution]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        job_id=job_id,
        execution_id=execution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> JobExecution | None:
    """Get job execution

     Returns detailed information about a specific job execution including status, task statistics
    (success/failure/running counts), and timing information.

    Args:
        job_id (str): Name of the job.
        execution_id (str): Id of the execution.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobExecution: the parsed body of a successful answer.
    """

    response = await asyncio_detailed(
        job_id=job_id,
        execution_id=execution_id,
        client=client,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(JobExecution | None, response.parsed)
