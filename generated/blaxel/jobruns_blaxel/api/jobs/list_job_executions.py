from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_execution import JobExecution
from ...models.job_execution_list import JobExecutionList
from ...models.list_job_executions_sort import ListJobExecutionsSort
from ...types import UNSET, Response, Unset, encode_path_segment


def request_kwargs(
    job_id: str,
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: str | Unset = UNSET,
    sort: ListJobExecutionsSort | Unset = UNSET,
    q: str | Unset = UNSET,
    blaxel_version: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments of ``httpx.Client.request`` (or of
    ``httpx.AsyncClient.request``), without sending it.

    sync_detailed() and asyncio_detailed(), and so sync() and asyncio(), send exactly this through the
    client's httpx client, which adds the base URL, the token and the client's own headers, cookies and
    timeout. Call it to send the request another way, or to log or check it first.

    Args:
        job_id (str): Name of the job.
        limit (int | Unset): Number of items per page. Default: 20.
        offset (int | Unset): Page offset (legacy, ignored when Blaxel-Version >= 2026-04-28).
            Default: 0.
        cursor (str | Unset): Opaque cursor returned by a previous response's meta.nextCursor.
            Only valid for the same query (workspace + filters); the server rejects cursors bound to a
            different query or older than 24h. Omit on the first page.
        sort (ListJobExecutionsSort | Unset): Sort spec, formatted as `<key>:<direction>`. Allowed
            values are `createdAt:desc` (default), `createdAt:asc`, `name:asc`, `name:desc`. The
            cursor fingerprint is bound to the sort, so a cursor opened with one value cannot be
            reused with another. Only honoured starting on Blaxel-Version 2026-04-28.
        q (str | Unset): Substring search across `metadata.name`, `metadata.displayName` and
            labels (keys + values). Trimmed and lowercased server-side; queries shorter than 2
            characters fall back to the unfiltered listing. Bound into the cursor fingerprint so a
            cursor opened with one query cannot be reused with another. Only honoured starting on
            Blaxel-Version 2026-04-28.
        blaxel_version (str | Unset): API version (e.g., 2026-04-16). Defaults to the earliest
            stable version if omitted. See https://docs.blaxel.ai/api-reference/introduction#api-
            versioning.

    Raises:
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").

    Returns:
        dict[str, Any]: ``method``; ``url``, the operation's path with its parameters encoded, which the client
            appends to its base URL; and those of ``params``, ``headers``, ``cookies`` and the body (``json``,
            ``content``, ``data`` or ``files``) that the arguments give.
    """

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
        job_id (str): Name of the job.
        limit (int | Unset): Number of items per page. Default: 20.
        offset (int | Unset): Page offset (legacy, ignored when Blaxel-Version >= 2026-04-28).
            Default: 0.
        cursor (str | Unset): Opaque cursor returned by a previous response's meta.nextCursor.
            Only valid for the same query (workspace + filters); the server rejects cursors bound to a
            different query or older than 24h. Omit on the first page.
        sort (ListJobExecutionsSort | Unset): Sort spec, formatted as `<key>:<direction>`. Allowed
            values are `createdAt:desc` (default), `createdAt:asc`, `name:asc`, `name:desc`. The
            cursor fingerprint is bound to the sort, so a cursor opened with one value cannot be
            reused with another. Only honoured starting on Blaxel-Version 2026-04-28.
        q (str | Unset): Substring search across `metadata.name`, `metadata.displayName` and
            labels (keys + values). Trimmed and lowercased server-side; queries shorter than 2
            characters fall back to the unfiltered listing. Bound into the cursor fingerprint so a
            cursor opened with one query cannot be reused with another. Only honoured starting on
            Blaxel-Version 2026-04-28.
        blaxel_version (str | Unset): API version (e.g., 2026-04-16). Defaults to the earliest
            stable version if omitted. See https://docs.blaxel.ai/api-reference/introduction#api-
            versioning.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobExecutionList | list[JobExecution]]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
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
) -> JobExecutionList | list[JobExecution] | None:
    """List job executions

     Returns executions for a batch job. Starting with API version 2026-04-28 the response is wrapped in
    `{data, meta}` and supports cursor pagination via the `cursor` and `limit` query parameters; older
    versions keep the legacy offset/limit contract and return a bare array.

    Args:
        job_id (str): Name of the job.
        limit (int | Unset): Number of items per page. Default: 20.
        offset (int | Unset): Page offset (legacy, ignored when Blaxel-Version >= 2026-04-28).
            Default: 0.
        cursor (str | Unset): Opaque cursor returned by a previous response's meta.nextCursor.
            Only valid for the same query (workspace + filters); the server rejects cursors bound to a
            different query or older than 24h. Omit on the first page.
        sort (ListJobExecutionsSort | Unset): Sort spec, formatted as `<key>:<direction>`. Allowed
            values are `createdAt:desc` (default), `createdAt:asc`, `name:asc`, `name:desc`. The
            cursor fingerprint is bound to the sort, so a cursor opened with one value cannot be
            reused with another. Only honoured starting on Blaxel-Version 2026-04-28.
        q (str | Unset): Substring search across `metadata.name`, `metadata.displayName` and
            labels (keys + values). Trimmed and lowercased server-side; queries shorter than 2
            characters fall back to the unfiltered listing. Bound into the cursor fingerprint so a
            cursor opened with one query cannot be reused with another. Only honoured starting on
            Blaxel-Version 2026-04-28.
        blaxel_version (str | Unset): API version (e.g., 2026-04-16). Defaults to the earliest
            stable version if omitted. See https://docs.blaxel.ai/api-reference/introduction#api-
            versioning.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobExecutionList | list[JobExecution]: the parsed body of a successful answer.
    """

    response = sync_detailed(
        job_id=job_id,
        client=client,
        limit=limit,
        offset=offset,
        cursor=cursor,
        sort=sort,
        q=q,
        blaxel_version=blaxel_version,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(JobExecutionList | list[JobExecution] | None, response.parsed)


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
        job_id (str): Name of the job.
        limit (int | Unset): Number of items per page. Default: 20.
        offset (int | Unset): Page offset (legacy, ignored when Blaxel-Version >= 2026-04-28).
            Default: 0.
        cursor (str | Unset): Opaque cursor returned by a previous response's meta.nextCursor.
            Only valid for the same query (workspace + filters); the server rejects cursors bound to a
            different query or older than 24h. Omit on the first page.
        sort (ListJobExecutionsSort | Unset): Sort spec, formatted as `<key>:<direction>`. Allowed
            values are `createdAt:desc` (default), `createdAt:asc`, `name:asc`, `name:desc`. The
            cursor fingerprint is bound to the sort, so a cursor opened with one value cannot be
            reused with another. Only honoured starting on Blaxel-Version 2026-04-28.
        q (str | Unset): Substring search across `metadata.name`, `metadata.displayName` and
            labels (keys + values). Trimmed and lowercased server-side; queries shorter than 2
            characters fall back to the unfiltered listing. Bound into the cursor fingerprint so a
            cursor opened with one query cannot be reused with another. Only honoured starting on
            Blaxel-Version 2026-04-28.
        blaxel_version (str | Unset): API version (e.g., 2026-04-16). Defaults to the earliest
            stable version if omitted. See https://docs.blaxel.ai/api-reference/introduction#api-
            versioning.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobExecutionList | list[JobExecution]]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
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
) -> JobExecutionList | list[JobExecution] | None:
    """List job executions

     Returns executions for a batch job. Starting with API version 2026-04-28 the response is wrapped in
    `{data, meta}` and supports cursor pagination via the `cursor` and `limit` query parameters; older
    versions keep the legacy offset/limit contract and return a bare array.

    Args:
        job_id (str): Name of the job.
        limit (int | Unset): Number of items per page. Default: 20.
        offset (int | Unset): Page offset (legacy, ignored when Blaxel-Version >= 2026-04-28).
            Default: 0.
        cursor (str | Unset): Opaque cursor returned by a previous response's meta.nextCursor.
            Only valid for the same query (workspace + filters); the server rejects cursors bound to a
            different query or older than 24h. Omit on the first page.
        sort (ListJobExecutionsSort | Unset): Sort spec, formatted as `<key>:<direction>`. Allowed
            values are `createdAt:desc` (default), `createdAt:asc`, `name:asc`, `name:desc`. The
            cursor fingerprint is bound to the sort, so a cursor opened with one value cannot be
            reused with another. Only honoured starting on Blaxel-Version 2026-04-28.
        q (str | Unset): Substring search across `metadata.name`, `metadata.displayName` and
            labels (keys + values). Trimmed and lowercased server-side; queries shorter than 2
            characters fall back to the unfiltered listing. Bound into the cursor fingerprint so a
            cursor opened with one query cannot be reused with another. Only honoured starting on
            Blaxel-Version 2026-04-28.
        blaxel_version (str | Unset): API version (e.g., 2026-04-16). Defaults to the earliest
            stable version if omitted. See https://docs.blaxel.ai/api-reference/introduction#api-
            versioning.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobExecutionList | list[JobExecution]: the parsed body of a successful answer.
    """

    response = await asyncio_detailed(
        job_id=job_id,
        client=client,
        limit=limit,
        offset=offset,
        cursor=cursor,
        sort=sort,
        q=q,
        blaxel_version=blaxel_version,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(JobExecutionList | list[JobExecution] | None, response.parsed)
