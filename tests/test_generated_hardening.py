"""The generated packages on their own (no facade): each defect of the stock generator's output, fixed in
templates/, checked over real HTTP against the sandbox for all four providers."""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import PROVIDERS, TOKEN, WORKSPACE

from jobruns.sandbox import Reply, Sandbox, World, start

CANARY = "canary-gen-4d1e"
# (operation module, keyword arguments) of each provider's get-run operation
GET_RUN: dict[str, tuple[str, dict[str, Any]]] = {
    "truefoundry": ("jobruns_truefoundry.api.jobs.get_job_run", {"job_id": "job", "job_run_name": "run"}),
    "intuned": (
        "jobruns_intuned.api.projects_jobs_runs.get_job_run",
        {"workspace_id": WORKSPACE, "project_name": "demo", "job_id": "job", "job_run_id": "run"},
    ),
    "northflank": ("jobruns_northflank.api.jobs.get_job_run", {"project_id": "demo", "job_id": "job", "run_id": "run"}),
    "blaxel": ("jobruns_blaxel.api.jobs.get_job_execution", {"job_id": "job", "execution_id": "run"}),
}
# how each provider's credentials are configured on the generated AuthenticatedClient
AUTH: dict[str, dict[str, Any]] = {
    "truefoundry": {},
    "intuned": {"auth_header_name": "x-api-key", "prefix": ""},
    "northflank": {},
    "blaxel": {"auth_header_name": "X-Blaxel-Authorization", "headers": {"X-Blaxel-Workspace": "demo"}},
}
CREDENTIALS = {"authorization", "x-api-key", "x-blaxel-authorization", "x-blaxel-workspace"}


def client(provider: str, base_url: str, token: str = TOKEN, **extra: Any) -> Any:
    package = importlib.import_module(f"jobruns_{provider}")
    settings = {**AUTH[provider], **extra}
    if "headers" in settings:
        settings["headers"] = dict(settings["headers"])
    return package.AuthenticatedClient(base_url=base_url, token=token, **settings)


def get_run(provider: str, api_client: Any, **overrides: Any) -> Any:
    module, kwargs = GET_RUN[provider]
    return importlib.import_module(module).sync_detailed(client=api_client, **{**kwargs, **overrides})


def errors(provider: str) -> Any:
    return importlib.import_module(f"jobruns_{provider}.errors")


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("bad", ["", ".", "..", "a\x00b", "line\nbreak", "\ud800"])
def test_unsendable_path_parameters_are_refused_before_any_request(provider: str, bad: str, sandbox: Sandbox) -> None:
    api = client(provider, sandbox.urls[provider])
    path_parameter = list(GET_RUN[provider][1])[-1]
    with pytest.raises(errors(provider).InvalidPathParameter):
        get_run(provider, api, **{path_parameter: bad})
    with pytest.raises(ValueError):  # it is also a ValueError, for callers who catch that
        get_run(provider, api, job_id=bad)
    assert sandbox.requests == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_odd_ids_arrive_exactly(provider: str, sandbox: Sandbox) -> None:
    odd = "../x?y=1#frag %2e%2e/ü"
    get_run(provider, client(provider, sandbox.urls[provider]), job_id=odd)
    (request,) = sandbox.requests
    assert request.path_params["jobId"] == odd
    assert "/../" not in request.raw_path and "?y=1" not in request.raw_path


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_token_is_in_no_repr_and_the_callers_headers_are_untouched(provider: str, sandbox: Sandbox) -> None:
    headers = {"X-Trace": "1"}
    api = client(provider, sandbox.urls[provider], token=CANARY, headers=headers)
    api.get_httpx_client()
    api.get_async_httpx_client()
    assert CANARY not in repr(api) and CANARY not in str(api)
    assert headers == {"X-Trace": "1"}, "the caller's dict is not written to"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_there_is_a_default_timeout(provider: str) -> None:
    api = client(provider, "https://example.invalid")
    for http in (api.get_httpx_client(), api.get_async_httpx_client()):
        assert http.timeout.read == 30.0 and http.timeout.connect == 10.0


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_followed_redirect_to_another_origin_carries_no_credentials(provider: str, sandbox: Sandbox) -> None:
    other = start(world=World(), validate=False, token=TOKEN)
    try:
        target = other.urls[provider] + "/elsewhere"
        sandbox.hooks.append(lambda request: Reply(307, None, {"location": target}))
        api = client(provider, sandbox.urls[provider], follow_redirects=True, raise_on_unexpected_status=False)
        get_run(provider, api)  # the other origin refuses it: no credentials arrived
    finally:
        other.stop()
    assert CREDENTIALS & set(sandbox.requests[0].headers)
    (arrived,) = other.requests
    assert not CREDENTIALS & set(arrived.headers), f"{provider}: credentials reached another origin"


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("status", [520, 599])
def test_statuses_beyond_the_registry_are_kept_as_numbers(provider: str, status: int, sandbox: Sandbox) -> None:
    sandbox.hooks.append(lambda request: sandbox.emulators[provider].error(status, "origin error"))
    response = get_run(provider, client(provider, sandbox.urls[provider]))
    assert response.status_code == status
    # every spec declares its 5XX answers: the provider's error body, or none where no source types it (Intuned)
    if provider == "intuned":
        assert response.parsed is None
    else:
        assert "origin error" in str(response.parsed.to_dict())


def seeded_run(provider: str, sandbox: Sandbox) -> dict[str, Any]:
    """The get-run arguments of a run that exists in the sandbox."""
    run = sandbox.world.add_job("job", 1)[0]
    module, kwargs = GET_RUN[provider]
    return {**kwargs, list(kwargs)[-1]: sandbox.emulators[provider].public_id(run)}


def operation(provider: str) -> Any:
    return importlib.import_module(GET_RUN[provider][0])


@pytest.mark.parametrize("provider", PROVIDERS)
def test_sync_returns_the_answer_and_raises_on_a_wrong_token(provider: str, sandbox: Sandbox) -> None:
    arguments = seeded_run(provider, sandbox)
    answer = operation(provider).sync(client=client(provider, sandbox.urls[provider]), **arguments)
    assert answer is not None and type(answer).__name__ != "HttpError"
    for settings in ({}, {"raise_on_unexpected_status": False}):  # whether 401 is declared or not: never silent
        wrong = client(provider, sandbox.urls[provider], token="wrong-token", **settings)
        with pytest.raises(errors(provider).StatusError) as caught:
            operation(provider).sync(client=wrong, **arguments)
        assert caught.value.status_code == 401 and "wrong-token" not in str(caught.value)
        with pytest.raises(errors(provider).StatusError):
            asyncio.run(operation(provider).asyncio(client=wrong, **arguments))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_declared_error_status_is_raised_by_sync_and_returned_by_sync_detailed(
    provider: str, sandbox: Sandbox
) -> None:
    sandbox.world.add_job("job", 1)
    api = client(provider, sandbox.urls[provider])
    response = get_run(provider, api, **{list(GET_RUN[provider][1])[-1]: "no-such-run"})
    assert response.status_code == 404  # declared by every spec (with a body by all but Blaxel's)
    with pytest.raises(errors(provider).StatusError) as caught:
        operation(provider).sync(client=api, **{**GET_RUN[provider][1], list(GET_RUN[provider][1])[-1]: "no-such-run"})
    assert caught.value.status_code == 404 and type(caught.value.parsed) is type(response.parsed)
    assert not isinstance(caught.value, errors(provider).UnexpectedStatus)


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b"<html><body>Sign in</body></html>", {"content-type": "text/html"}),
        Reply(200, b""),
        Reply(200, b'{"data": {"id": '),
        Reply(200, {"unexpected": True}),
        Reply(404, b"<html>not here</html>", {"content-type": "text/html"}),
    ],
    ids=["html", "empty", "truncated", "wrong-shape", "html-404"],
)
def test_unparseable_bodies_raise_one_typed_error(provider: str, reply: Reply, sandbox: Sandbox) -> None:
    sandbox.hooks.append(lambda request: reply)
    api = client(provider, sandbox.urls[provider])
    try:
        get_run(provider, api)
    except errors(provider).UnexpectedResponse as exc:
        assert exc.status_code == reply.status and len(str(exc)) < 400
    else:  # a 404 whose spec documents no body parses to None; a wrong shape may fit an all-optional model
        assert reply.status == 404 or provider == "blaxel"


def test_a_stray_httpx_error_is_not_masked(sandbox: Sandbox) -> None:
    api = client("blaxel", "http://127.0.0.1:9")
    with pytest.raises(httpx.ConnectError):
        get_run("blaxel", api)


# --------------------------------------------------------------------------- request_kwargs: the public request


@pytest.mark.parametrize("provider", PROVIDERS)
def test_request_kwargs_is_the_request_the_operation_sends(provider: str, sandbox: Sandbox) -> None:
    """request_kwargs() builds, without sending, the request sync_detailed() sends: sent through a plain httpx
    client of the caller's own (the credentials set by hand), it reaches the same operation the same way."""
    arguments = seeded_run(provider, sandbox)
    built = operation(provider).request_kwargs(**arguments)
    assert built["method"] == "get" and built["url"].startswith("/") and "client" not in built
    detailed = operation(provider).sync_detailed(client=client(provider, sandbox.urls[provider]), **arguments)
    auth = AUTH[provider]
    prefix = auth.get("prefix", "Bearer")
    credentials = {auth.get("auth_header_name", "Authorization"): f"{prefix} {TOKEN}" if prefix else TOKEN}
    with httpx.Client(base_url=sandbox.urls[provider], headers={**credentials, **auth.get("headers", {})}) as own:
        answer = own.request(**built)
    through_client, by_hand = sandbox.requests
    assert by_hand.operation == through_client.operation == "get"
    assert (by_hand.method, by_hand.raw_path, by_hand.query) == (
        through_client.method,
        through_client.raw_path,
        through_client.query,
    )
    assert answer.status_code == detailed.status_code == 200
    assert list(arguments.values())[-1] in answer.text, "the answer is the run asked for"
    # the path parameters are encoded as one segment each, and an unsendable one is refused, before any request
    assert "/odd%2Fid" in operation(provider).request_kwargs(**{**arguments, "job_id": "odd/id"})["url"]
    with pytest.raises(errors(provider).InvalidPathParameter):
        operation(provider).request_kwargs(**{**arguments, "job_id": ".."})
    assert len(sandbox.requests) == 2


def test_request_kwargs_carries_the_body_of_a_write() -> None:
    from jobruns_blaxel.api.jobs import create_job_execution
    from jobruns_blaxel.models import CreateJobExecutionRequest

    built = create_job_execution.request_kwargs("nightly", body=CreateJobExecutionRequest.from_dict({"tasks": []}))
    assert built["method"] == "post" and built["url"] == "/jobs/nightly/executions"
    assert built["json"] == {"tasks": []} and built["headers"]["Content-Type"] == "application/json"


def test_every_operation_has_a_public_request_builder_and_the_facade_uses_no_private_one() -> None:
    root = Path(__file__).resolve().parents[1]
    for provider in PROVIDERS:
        api = importlib.import_module(f"jobruns_{provider}.api")
        modules = [importlib.import_module(i.name) for i in pkgutil.walk_packages(api.__path__, f"{api.__name__}.")]
        operations = [m for m in modules if hasattr(m, "sync_detailed")]
        assert operations and all(callable(getattr(m, "request_kwargs", None)) for m in operations), provider
        assert not any(hasattr(m, "_get_kwargs") for m in operations), provider
    facade = [p for p in (root / "src" / "jobruns").rglob("*.py") if "_get_kwargs" in p.read_text(encoding="utf-8")]
    assert facade == [], "the facade builds requests with the generated request_kwargs(), not a private function"
