from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.start_job_run_request import StartJobRunRequest
from ...models.start_job_run_response import StartJobRunResponse
from ...types import UNSET, Response, Unset, encode_path_segment


def request_kwargs(
    team_id: str,
    project_id: str,
    job_id: str,
    *,
    body: StartJobRunRequest | Unset = UNSET,
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
        body (StartJobRunRequest | Unset):

    Raises:
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").

    Returns:
        dict[str, Any]: ``method``; ``url``, the operation's path with its parameters encoded, which the client
            appends to its base URL; and those of ``params``, ``headers``, ``cookies`` and the body (``json``,
            ``content``, ``data`` or ``files``) that the arguments give.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/teams/{team_id}/projects/{project_id}/jobs/{job_id}/runs".format(
            team_id=encode_path_segment("team_id", team_id),
            project_id=encode_path_segment("project_id", project_id),
            job_id=encode_path_segment("job_id", job_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StartJobRunResponse | None:
    if response.status_code == 200:
        response_200 = StartJobRunResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StartJobRunResponse]:
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
    body: StartJobRunRequest | Unset = UNSET,
) -> Response[ErrorResponse | StartJobRunResponse]:
    """Run job (team-scoped)

     Starts a new job run for the given job in a team's project.

    Args:
        team_id (str): ID of the team.
        project_id (str): ID of the project.
        job_id (str): ID of the job.
        body (StartJobRunRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StartJobRunResponse]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        team_id=team_id,
        project_id=project_id,
        job_id=job_id,
        body=body,
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
    body: StartJobRunRequest | Unset = UNSET,
) -> StartJobRunResponse | None:
    """Run job (team-scoped)

     Starts a new job run for the given job in a team's project.

    Args:
        team_id (str): ID of the team.
        project_id (str): ID of the project.
        job_id (str): ID of the job.
        body (StartJobRunRequest | Unset):

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartJobRunResponse: the parsed body of a successful answer.
    """

    response = sync_detailed(
        team_id=team_id,
        project_id=project_id,
        job_id=job_id,
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(StartJobRunResponse | None, response.parsed)


async def asyncio_detailed(
    team_id: str,
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartJobRunRequest | Unset = UNSET,
) -> Response[ErrorResponse | StartJobRunResponse]:
    """Run job (team-scoped)

     Starts a new job run for the given job in a team's project.

    Args:
        team_id (str): ID of the team.
        project_id (str): ID of the project.
        job_id (str): ID of the job.
        body (StartJobRunRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status the spec does not declare, unless
            Client.raise_on_unexpected_status is False.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StartJobRunResponse]: status code, headers, body, and ``parsed``: the body as
        the spec declares it for that status, error statuses included (None for an undeclared status when
        raise_on_unexpected_status is False).
    """

    kwargs = request_kwargs(
        team_id=team_id,
        project_id=project_id,
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartJobRunRequest | Unset = UNSET,
) -> StartJobRunResponse | None:
    """Run job (team-scoped)

     Starts a new job run for the given job in a team's project.

    Args:
        team_id (str): ID of the team.
        project_id (str): ID of the project.
        job_id (str): ID of the job.
        body (StartJobRunRequest | Unset):

    Raises:
        errors.StatusError: If the server answers with an error status (>= 400); its ``parsed`` is the error model
            the spec declares for that status, if any.
        errors.UnexpectedStatus: (a StatusError) If the server answers with a status the spec does not declare.
        errors.UnexpectedResponse: If the body is not what the spec declares for its status.
        errors.InvalidPathParameter: If a path parameter cannot be sent as one path segment ("", ".", "..").
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartJobRunResponse: the parsed body of a successful answer.
    """

    response = await asyncio_detailed(
        team_id=team_id,
        project_id=project_id,
        job_id=job_id,
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.StatusError(response.status_code, response.content, response.parsed)
    return cast(StartJobRunResponse | None, response.parsed)
