from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_job_runs_response import ListJobRunsResponse
from ...types import UNSET, Response, Unset, encode_path_segment


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    per_page: int | Unset = 50,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/jobs/{job_id}/runs".format(
            project_id=encode_path_segment("project_id", project_id),
            job_id=encode_path_segment("job_id", job_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListJobRunsResponse | None:
    if response.status_code == 200:
        response_200 = ListJobRunsResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | ListJobRunsResponse]:
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
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 50,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListJobRunsResponse]:
    """Get job runs

     Fetches run history for the given job. Required permission: Project > Jobs > General > Read

    Args:
        project_id (str):
        job_id (str):
        per_page (int | Unset):  Default: 50.
        page (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListJobRunsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        per_page=per_page,
        page=page,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 50,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListJobRunsResponse | None:
    """Get job runs

     Fetches run history for the given job. Required permission: Project > Jobs > General > Read

    Args:
        project_id (str):
        job_id (str):
        per_page (int | Unset):  Default: 50.
        page (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListJobRunsResponse
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        client=client,
        per_page=per_page,
        page=page,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 50,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListJobRunsResponse]:
    """Get job runs

     Fetches run history for the given job. Required permission: Project > Jobs > General > Read

    Args:
        project_id (str):
        job_id (str):
        per_page (int | Unset):  Default: 50.
        page (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListJobRunsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        per_page=per_page,
        page=page,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 50,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListJobRunsResponse | None:
    """Get job runs

     Fetches run history for the given job. Required permission: Project > Jobs > General > Read

    Args:
        project_id (str):
        job_id (str):
        per_page (int | Unset):  Default: 50.
        page (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListJobRunsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            per_page=per_page,
            page=page,
            cursor=cursor,
        )
    ).parsed
