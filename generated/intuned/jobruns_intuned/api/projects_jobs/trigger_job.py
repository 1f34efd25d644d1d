from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.not_found_error import NotFoundError
from ...models.trigger_job_response_200 import TriggerJobResponse200
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response, encode_path_segment


def request_kwargs(
    workspace_id: UUID,
    project_name: str,
    job_id: str,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments of ``httpx.Client.request`` (or of
    ``httpx.AsyncClient.request``), without sending it.

    sync_detailed() and asyncio_detailed(), and so sync() and asyncio(), send exactly this through the
    client's httpx client, which adds the base URL, the token and the client's own headers, cookies and
    timeout. Call it to send the request another way, or to log or check it first.

    Args:
        workspace_id (UUID): Your workspace ID. [How to find it](/main/03-how-to/manage/manage-
            workspace#how-to-get-your-workspace-id)? Example: 123e4567-e89b-12d3-a456-426614174000.
        project_name (str): The name you assigned when creating the Project. Example: my-project.
        job_id (str): The ID you assigned when creating the Job. Example: my-sample-job.

    Raises:
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").

    Returns:
        dict[str, Any]: ``method``; ``url``, the operation's path with its parameters encoded, which the client
            appends to its base URL; and those of ``params``, ``headers``, ``cookies`` and the body (``json``,
            ``content``, ``data`` or ``files``) that the arguments give.
    """

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{workspace_id}/projects/{project_name}/jobs/{job_id}/trigger".format(
            workspace_id=encode_path_segment("workspace_id", workspace_id),
            project_name=encode_path_segment("project_name", project_name),
            job_id=encode_path_segment("job_id", job_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestError | NotFoundError | TriggerJobResponse200 | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = TriggerJobResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())

        return response_404

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BadRequestError | NotFoundError | TriggerJobResponse200 | UnauthorizedError]:
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
    workspace_id: UUID,
    project_name: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | BadRequestError | NotFoundError | TriggerJobResponse200 | UnauthorizedError]:
    """Trigger Job

     Manually trigger a JobRun. Fails if the Job is paused.

    Args:
        workspace_id (UUID): Your workspace ID. [How to find it](/main/03-how-to/manage/manage-
            workspace#how-to-get-your-workspace-id)? Example: 123e4567-e89b-12d3-a456-426614174000.
        project_name (str): The name you assigned when creating the Project. Example: my-project.
        job_id (str): The ID you assigned when creating the Job. Example: my-sample-job.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | NotFoundError | TriggerJobResponse200 | UnauthorizedError]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        workspace_id=workspace_id,
        project_name=project_name,
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    project_name: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TriggerJobResponse200 | None:
    """Trigger Job

     Manually trigger a JobRun. Fails if the Job is paused.

    Args:
        workspace_id (UUID): Your workspace ID. [How to find it](/main/03-how-to/manage/manage-
            workspace#how-to-get-your-workspace-id)? Example: 123e4567-e89b-12d3-a456-426614174000.
        project_name (str): The name you assigned when creating the Project. Example: my-project.
        job_id (str): The ID you assigned when creating the Job. Example: my-sample-job.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TriggerJobResponse200: the parsed body of a successful answer.
    """

    response = sync_detailed(
        workspace_id=workspace_id,
        project_name=project_name,
        job_id=job_id,
        client=client,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(TriggerJobResponse200 | None, response.parsed)


async def asyncio_detailed(
    workspace_id: UUID,
    project_name: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | BadRequestError | NotFoundError | TriggerJobResponse200 | UnauthorizedError]:
    """Trigger Job

     Manually trigger a JobRun. Fails if the Job is paused.

    Args:
        workspace_id (UUID): Your workspace ID. [How to find it](/main/03-how-to/manage/manage-
            workspace#how-to-get-your-workspace-id)? Example: 123e4567-e89b-12d3-a456-426614174000.
        project_name (str): The name you assigned when creating the Project. Example: my-project.
        job_id (str): The ID you assigned when creating the Job. Example: my-sample-job.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | NotFoundError | TriggerJobResponse200 | UnauthorizedError]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        workspace_id=workspace_id,
        project_name=project_name,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    project_name: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TriggerJobResponse200 | None:
    """Trigger Job

     Manually trigger a JobRun. Fails if the Job is paused.

    Args:
        workspace_id (UUID): Your workspace ID. [How to find it](/main/03-how-to/manage/manage-
            workspace#how-to-get-your-workspace-id)? Example: 123e4567-e89b-12d3-a456-426614174000.
        project_name (str): The name you assigned when creating the Project. Example: my-project.
        job_id (str): The ID you assigned when creating the Job. Example: my-sample-job.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TriggerJobResponse200: the parsed body of a successful answer.
    """

    response = await asyncio_detailed(
        workspace_id=workspace_id,
        project_name=project_name,
        job_id=job_id,
        client=client,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(TriggerJobResponse200 | None, response.parsed)
