from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HttpError
from ...models.trigger_job_request import TriggerJobRequest
from ...models.trigger_job_run_response import TriggerJobRunResponse
from ...types import Response


def request_kwargs(
    *,
    body: TriggerJobRequest,
) -> dict[str, Any]:
    """The request this operation sends, as keyword arguments of ``httpx.Client.request`` (or of
    ``httpx.AsyncClient.request``), without sending it.

    sync_detailed() and asyncio_detailed(), and so sync() and asyncio(), send exactly this through the
    client's httpx client, which adds the base URL, the token and the client's own headers, cookies and
    timeout. Call it to send the request another way, or to log or check it first.

    Args:
        body (TriggerJobRequest): Which job to run (one of deploymentId or applicationId) and the
            run's input.

    Returns:
        dict[str, Any]: ``method``; ``url``, the operation's path with its parameters encoded, which the client
            appends to its base URL; and those of ``params``, ``headers``, ``cookies`` and the body (``json``,
            ``content``, ``data`` or ``files``) that the arguments give.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/svc/v1/jobs/trigger",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpError | TriggerJobRunResponse | None:
    if response.status_code == 200:
        response_200 = TriggerJobRunResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = response.json()
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
) -> Response[Any | HttpError | TriggerJobRunResponse]:
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
    body: TriggerJobRequest,
) -> Response[Any | HttpError | TriggerJobRunResponse]:
    """Trigger Job

     Trigger Job for provided deploymentId or applicationId

    Args:
        body (TriggerJobRequest): Which job to run (one of deploymentId or applicationId) and the
            run's input.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HttpError | TriggerJobRunResponse]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TriggerJobRequest,
) -> TriggerJobRunResponse | None:
    """Trigger Job

     Trigger Job for provided deploymentId or applicationId

    Args:
        body (TriggerJobRequest): Which job to run (one of deploymentId or applicationId) and the
            run's input.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TriggerJobRunResponse: the parsed body of a successful answer.
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(TriggerJobRunResponse | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TriggerJobRequest,
) -> Response[Any | HttpError | TriggerJobRunResponse]:
    """Trigger Job

     Trigger Job for provided deploymentId or applicationId

    Args:
        body (TriggerJobRequest): Which job to run (one of deploymentId or applicationId) and the
            run's input.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HttpError | TriggerJobRunResponse]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TriggerJobRequest,
) -> TriggerJobRunResponse | None:
    """Trigger Job

     Trigger Job for provided deploymentId or applicationId

    Args:
        body (TriggerJobRequest): Which job to run (one of deploymentId or applicationId) and the
            run's input.

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TriggerJobRunResponse: the parsed body of a successful answer.
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(TriggerJobRunResponse | None, response.parsed)
