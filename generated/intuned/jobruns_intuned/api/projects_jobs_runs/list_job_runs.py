from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.list_job_runs_response_200 import ListJobRunsResponse200
from ...models.not_found_error import NotFoundError
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset, encode_path_segment


def _get_kwargs(
    workspace_id: UUID,
    project_name: str,
    job_id: str,
    *,
    page_size: str | Unset = UNSET,
    page_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNumber"] = page_number

    params["sortBy"] = sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{workspace_id}/projects/{project_name}/jobs/{job_id}/runs".format(
            workspace_id=encode_path_segment("workspace_id", workspace_id),
            project_name=encode_path_segment("project_name", project_name),
            job_id=encode_path_segment("job_id", job_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = ListJobRunsResponse200.from_dict(response.json())

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
) -> Response[Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError]:
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
    page_size: str | Unset = UNSET,
    page_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError]:
    """Get Job Runs

     Get all JobRuns for a Job.

    Args:
        workspace_id (UUID):
        project_name (str):
        job_id (str):
        page_size (str | Unset):
        page_number (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        project_name=project_name,
        job_id=job_id,
        page_size=page_size,
        page_number=page_number,
        sort_by=sort_by,
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
    page_size: str | Unset = UNSET,
    page_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError | None:
    """Get Job Runs

     Get all JobRuns for a Job.

    Args:
        workspace_id (UUID):
        project_name (str):
        job_id (str):
        page_size (str | Unset):
        page_number (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError
    """

    return sync_detailed(
        workspace_id=workspace_id,
        project_name=project_name,
        job_id=job_id,
        client=client,
        page_size=page_size,
        page_number=page_number,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    project_name: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: str | Unset = UNSET,
    page_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError]:
    """Get Job Runs

     Get all JobRuns for a Job.

    Args:
        workspace_id (UUID):
        project_name (str):
        job_id (str):
        page_size (str | Unset):
        page_number (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        project_name=project_name,
        job_id=job_id,
        page_size=page_size,
        page_number=page_number,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    project_name: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: str | Unset = UNSET,
    page_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError | None:
    """Get Job Runs

     Get all JobRuns for a Job.

    Args:
        workspace_id (UUID):
        project_name (str):
        job_id (str):
        page_size (str | Unset):
        page_number (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | ListJobRunsResponse200 | NotFoundError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            project_name=project_name,
            job_id=job_id,
            client=client,
            page_size=page_size,
            page_number=page_number,
            sort_by=sort_by,
        )
    ).parsed
