from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_execution import JobExecution
from ...models.job_execution_list import JobExecutionList
from ...models.list_job_executions_sort import ListJobExecutionsSort
from ...types import UNSET, Response, Unset, encode_path_segment


def _get_kwargs(
    job_id: str,
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: str | Unset = UNSET,
    sort: ListJobExecutionsSort | Unset = UNSET,
    q: str | Unset = UNSET,
    blaxel_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(blaxel_version, Unset):
        headers["Blaxel-Version"] = blaxel_version

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/executions".format(
            job_id=encode_path_segment("job_id", job_id),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JobExecutionList | list[JobExecution] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: JobExecutionList | list[JobExecution]
        try:
            if not isinstance(_response_200, dict):
                raise TypeError()
            response_200_type_0 = JobExecutionList.from_dict(_response_200)

            response_200 = response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_response_200, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = _response_200
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = JobExecution.from_dict(response_200_type_1_item_data)

                response_200_type_1.append(response_200_type_1_item)

            response_200 = response_200_type_1

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
) -> Response[Error | JobExecutionList | list[JobExecution]]:
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
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: str | Unset = UNSET,
    sort: ListJobExecutionsSort | Unset = UNSET,
    q: str | Unset = UNSET,
    blaxel_version: str | Unset = UNSET,
) -> Response[Error | JobExecutionList | list[JobExecution]]:
    """List job executions

     Returns executions for a batch job. Starting with API version 2026-04-28 the response is wrapped in
    `{data, meta}` and supports cursor pagination via the `cursor` and `limit` query parameters; older
    versions keep the legacy offset/limit contract and return a bare array.

    Args:
        job_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        cursor (str | Unset):
        sort (ListJobExecutionsSort | Unset):
        q (str | Unset):
        blaxel_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobExecutionList | list[JobExecution]]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        limit=limit,
        offset=offset,
        cursor=cursor,
        sort=sort,
        q=q,
        blaxel_version=blaxel_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: str | Unset = UNSET,
    sort: ListJobExecutionsSort | Unset = UNSET,
    q: str | Unset = UNSET,
    blaxel_version: str | Unset = UNSET,
) -> Error | JobExecutionList | list[JobExecution] | None:
    """List job executions

     Returns executions for a batch job. Starting with API version 2026-04-28 the response is wrapped in
    `{data, meta}` and supports cursor pagination via the `cursor` and `limit` query parameters; older
    versions keep the legacy offset/limit contract and return a bare array.

    Args:
        job_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        cursor (str | Unset):
        sort (ListJobExecutionsSort | Unset):
        q (str | Unset):
        blaxel_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobExecutionList | list[JobExecution]
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        limit=limit,
        offset=offset,
        cursor=cursor,
        sort=sort,
        q=q,
        blaxel_version=blaxel_version,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: str | Unset = UNSET,
    sort: ListJobExecutionsSort | Unset = UNSET,
    q: str | Unset = UNSET,
    blaxel_version: str | Unset = UNSET,
) -> Response[Error | JobExecutionList | list[JobExecution]]:
    """List job executions

     Returns executions for a batch job. Starting with API version 2026-04-28 the response is wrapped in
    `{data, meta}` and supports cursor pagination via the `cursor` and `limit` query parameters; older
    versions keep the legacy offset/limit contract and return a bare array.

    Args:
        job_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        cursor (str | Unset):
        sort (ListJobExecutionsSort | Unset):
        q (str | Unset):
        blaxel_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobExecutionList | list[JobExecution]]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        limit=limit,
        offset=offset,
        cursor=cursor,
        sort=sort,
        q=q,
        blaxel_version=blaxel_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: str | Unset = UNSET,
    sort: ListJobExecutionsSort | Unset = UNSET,
    q: str | Unset = UNSET,
    blaxel_version: str | Unset = UNSET,
) -> Error | JobExecutionList | list[JobExecution] | None:
    """List job executions

     Returns executions for a batch job. Starting with API version 2026-04-28 the response is wrapped in
    `{data, meta}` and supports cursor pagination via the `cursor` and `limit` query parameters; older
    versions keep the legacy offset/limit contract and return a bare array.

    Args:
        job_id (str):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        cursor (str | Unset):
        sort (ListJobExecutionsSort | Unset):
        q (str | Unset):
        blaxel_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobExecutionList | list[JobExecution]
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            limit=limit,
            offset=offset,
            cursor=cursor,
            sort=sort,
            q=q,
            blaxel_version=blaxel_version,
        )
    ).parsed
