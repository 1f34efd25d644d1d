from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HttpError
from ...models.job_run_status import JobRunStatus
from ...models.job_runs_sort_by import JobRunsSortBy
from ...models.list_job_run_response import ListJobRunResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, encode_path_segment


def request_kwargs(
    job_id: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search_prefix: str | Unset = UNSET,
    sort_by: JobRunsSortBy | Unset = UNSET,
    order: SortDirection | Unset = UNSET,
    triggered_by: list[str] | Unset = UNSET,
    status: list[JobRunStatus] | Unset = UNSET,
    version_numbers: list[float] | Unset = UNSET,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments of ``httpx.Client.request`` (or of
    ``httpx.AsyncClient.request``), without sending it.

    sync_detailed() and asyncio_detailed(), and so sync() and asyncio(), send exactly this through the
    client's httpx client, which adds the base URL, the token and the client's own headers, cookies and
    timeout. Call it to send the request another way, or to log or check it first.

    Args:
        job_id (str): Job id of the application.
        limit (int | Unset): Number of items per page. Default: 100. Example: 10.
        offset (int | Unset): Number of items to skip. Default: 0. Example: 0.
        search_prefix (str | Unset): Prefix used to search for job runs by name or identifier.
        sort_by (JobRunsSortBy | Unset): Attribute to sort by.
        order (SortDirection | Unset): Sorting order.
        triggered_by (list[str] | Unset): Array of subject slugs.
        status (list[JobRunStatus] | Unset): Status of the job run.
        version_numbers (list[float] | Unset): Version number of the deployment.

    Raises:
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").

    Returns:
        dict[str, Any]: ``method``; ``url``, the operation's path with its parameters encoded, which the client
            appends to its base URL; and those of ``params``, ``headers``, ``cookies`` and the body (``json``,
            ``content``, ``data`` or ``files``) that the arguments give.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["searchPrefix"] = search_prefix

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_triggered_by: list[str] | Unset = UNSET
    if not isinstance(triggered_by, Unset):
        json_triggered_by = triggered_by

    params["triggeredBy"] = json_triggered_by

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_version_numbers: list[float] | Unset = UNSET
    if not isinstance(version_numbers, Unset):
        json_version_numbers = version_numbers

    params["versionNumbers"] = json_version_numbers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/svc/v1/jobs/{job_id}/runs".format(
            job_id=encode_path_segment("job_id", job_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpError | ListJobRunResponse | None:
    if response.status_code == 200:
        response_200 = ListJobRunResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HttpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HttpError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = HttpError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HttpError.from_dict(response.json())

        return response_422

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
) -> Response[Any | HttpError | ListJobRunResponse]:
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search_prefix: str | Unset = UNSET,
    sort_by: JobRunsSortBy | Unset = UNSET,
    order: SortDirection | Unset = UNSET,
    triggered_by: list[str] | Unset = UNSET,
    status: list[JobRunStatus] | Unset = UNSET,
    version_numbers: list[float] | Unset = UNSET,
) -> Response[Any | HttpError | ListJobRunResponse]:
    """List Job Runs

     List Job Runs for provided Job Id. Filter the data based on parameters passed in the query

    Args:
        job_id (str): Job id of the application.
        limit (int | Unset): Number of items per page. Default: 100. Example: 10.
        offset (int | Unset): Number of items to skip. Default: 0. Example: 0.
        search_prefix (str | Unset): Prefix used to search for job runs by name or identifier.
        sort_by (JobRunsSortBy | Unset): Attribute to sort by.
        order (SortDirection | Unset): Sorting order.
        triggered_by (list[str] | Unset): Array of subject slugs.
        status (list[JobRunStatus] | Unset): Status of the job run.
        version_numbers (list[float] | Unset): Version number of the deployment.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HttpError | ListJobRunResponse]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        job_id=job_id,
        limit=limit,
        offset=offset,
        search_prefix=search_prefix,
        sort_by=sort_by,
        order=order,
        triggered_by=triggered_by,
        status=status,
        version_numbers=version_numbers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search_prefix: str | Unset = UNSET,
    sort_by: JobRunsSortBy | Unset = UNSET,
    order: SortDirection | Unset = UNSET,
    triggered_by: list[str] | Unset = UNSET,
    status: list[JobRunStatus] | Unset = UNSET,
    version_numbers: list[float] | Unset = UNSET,
) -> ListJobRunResponse | None:
    """List Job Runs

     List Job Runs for provided Job Id. Filter the data based on parameters passed in the query

    Args:
        job_id (str): Job id of the application.
        limit (int | Unset): Number of items per page. Default: 100. Example: 10.
        offset (int | Unset): Number of items to skip. Default: 0. Example: 0.
        search_prefix (str | Unset): Prefix used to search for job runs by name or identifier.
        sort_by (JobRunsSortBy | Unset): Attribute to sort by.
        order (SortDirection | Unset): Sorting order.
        triggered_by (list[str] | Unset): Array of subject slugs.
        status (list[JobRunStatus] | Unset): Status of the job run.
        version_numbers (list[float] | Unset): Version number of the deployment.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListJobRunResponse: the parsed body of a successful answer.
    """

    response = sync_detailed(
        job_id=job_id,
        client=client,
        limit=limit,
        offset=offset,
        search_prefix=search_prefix,
        sort_by=sort_by,
        order=order,
        triggered_by=triggered_by,
        status=status,
        version_numbers=version_numbers,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(ListJobRunResponse | None, response.parsed)


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search_prefix: str | Unset = UNSET,
    sort_by: JobRunsSortBy | Unset = UNSET,
    order: SortDirection | Unset = UNSET,
    triggered_by: list[str] | Unset = UNSET,
    status: list[JobRunStatus] | Unset = UNSET,
    version_numbers: list[float] | Unset = UNSET,
) -> Response[Any | HttpError | ListJobRunResponse]:
    """List Job Runs

     List Job Runs for provided Job Id. Filter the data based on parameters passed in the query

    Args:
        job_id (str): Job id of the application.
        limit (int | Unset): Number of items per page. Default: 100. Example: 10.
        offset (int | Unset): Number of items to skip. Default: 0. Example: 0.
        search_prefix (str | Unset): Prefix used to search for job runs by name or identifier.
        sort_by (JobRunsSortBy | Unset): Attribute to sort by.
        order (SortDirection | Unset): Sorting order.
        triggered_by (list[str] | Unset): Array of subject slugs.
        status (list[JobRunStatus] | Unset): Status of the job run.
        version_numbers (list[float] | Unset): Version number of the deployment.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HttpError | ListJobRunResponse]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        job_id=job_id,
        limit=limit,
        offset=offset,
        search_prefix=search_prefix,
        sort_by=sort_by,
        order=order,
        triggered_by=triggered_by,
        status=status,
        version_numbers=version_numbers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    search_prefix: str | Unset = UNSET,
    sort_by: JobRunsSortBy | Unset = UNSET,
    order: SortDirection | Unset = UNSET,
    triggered_by: list[str] | Unset = UNSET,
    status: list[JobRunStatus] | Unset = UNSET,
    version_numbers: list[float] | Unset = UNSET,
) -> ListJobRunResponse | None:
    """List Job Runs

     List Job Runs for provided Job Id. Filter the data based on parameters passed in the query

    Args:
        job_id (str): Job id of the application.
        limit (int | Unset): Number of items per page. Default: 100. Example: 10.
        offset (int | Unset): Number of items to skip. Default: 0. Example: 0.
        search_prefix (str | Unset): Prefix used to search for job runs by name or identifier.
        sort_by (JobRunsSortBy | Unset): Attribute to sort by.
        order (SortDirection | Unset): Sorting order.
        triggered_by (list[str] | Unset): Array of subject slugs.
        status (list[JobRunStatus] | Unset): Status of the job run.
        version_numbers (list[float] | Unset): Version number of the deployment.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListJobRunResponse: the parsed body of a successful answer.
    """

    response = await asyncio_detailed(
        job_id=job_id,
        client=client,
        limit=limit,
        offset=offset,
        search_prefix=search_prefix,
        sort_by=sort_by,
        order=order,
        triggered_by=triggered_by,
        status=status,
        version_numbers=version_numbers,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(ListJobRunResponse | None, response.parsed)
