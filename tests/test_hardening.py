"""Hardening of the facade, through the sandbox: any id arrives exactly, hostile bodies give only jobruns
errors, credentials stay home, time is bounded, and unknown enum values anywhere parse."""

from __future__ import annotations

import contextlib
import copy
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import PROVIDERS, SETTINGS, TOKEN, connect, runs_of
from hypothesis import given
from hypothesis import strategies as st
from payloads import runs_in
from test_contract import OPERATIONS, _bodies

import jobruns
from jobruns._registry import adapter_class
from jobruns.sandbox import Reply, Sandbox, World, start

CREDENTIALS = {"authorization", "x-api-key", "x-blaxel-authorization", "x-blaxel-workspace"}
# any text that can be an id: no control characters or lone surrogates, not "", "." or ".."
IDS = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40).filter(
    lambda text: text not in (".", "..")
)
GET_PARAMS = {"truefoundry": ("jobId", "jobRunName"), "intuned": ("jobId", "jobRunId"),
              "northflank": ("jobId", "runId"), "blaxel": ("jobId", "executionId")}  # fmt: skip


@pytest.fixture(scope="module")
def shared() -> Iterator[Sandbox]:
    """One sandbox for the many examples of a property test (hypothesis dislikes function fixtures)."""
    server = start(world=World(seed=5), validate=True, token=TOKEN)
    yield server
    server.stop()


@pytest.mark.fuzz
@pytest.mark.parametrize("provider", PROVIDERS)
def test_any_id_arrives_exactly_as_given(provider: str, shared: Sandbox) -> None:
    @given(job=IDS, run=IDS, scope=IDS)
    def check(job: str, run: str, scope: str) -> None:
        shared.requests.clear()
        scoped = {"intuned": {"project": scope}, "northflank": {"project_id": scope, "team_id": scope}}
        with connect(provider, shared, retries=0, **scoped.get(provider, {})) as runs:
            with pytest.raises(jobruns.NotFound):
                runs.get_run(job, run)
            with pytest.raises(jobruns.NotFound):
                runs.list_runs(job)
        got, listed = shared.requests
        job_param, run_param = GET_PARAMS[provider]
        assert got.path_params[job_param] == job and got.path_params[run_param] == run
        assert listed.path_params[job_param] == job
        if provider == "northflank":
            assert got.path_params["projectId"] == scope and got.path_params["teamId"] == scope
        if provider == "intuned":
            assert got.path_params["projectName"] == scope

    check()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_unencodable_ids_are_refused(provider: str, sandbox: Sandbox) -> None:
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.InvalidArgument):
        runs.get_run("job", "lone \ud800 surrogate")
    assert sandbox.requests == []


FUZZ_MAX_RESPONSE_BYTES = 1 << 16  # the clients below take answers this large, so a "huge" one is cheap to send
DEEP = "\u0000deep\u0000"  # stands for JSON nested deeper than a parser goes, until the body is encoded


def _mutations(body: Any) -> st.SearchStrategy[bytes]:
    """A valid body, spoiled one way: a field dropped, retyped, nulled or nested thousands deep; truncated; wrapped
    in HTML; bad UTF-8; or padded past max_response_bytes."""
    encoded = json.dumps(body).encode()
    nodes: list[dict[str, Any]] = []

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            nodes.append(node)
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(body)
    junk = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=5),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    )

    @st.composite
    def spoil(draw: st.DrawFn) -> bytes:
        how = draw(st.sampled_from(["drop", "retype", "deep", "truncate", "html", "utf8", "huge"]))
        if how == "huge":
            return encoded + b" " * draw(st.integers(FUZZ_MAX_RESPONSE_BYTES - len(encoded) + 1, 2 << 16))
        if how == "truncate":
            return encoded[: draw(st.integers(0, len(encoded) - 1))]
        if how == "html":
            return b"<html><body><pre>" + encoded + b"</pre></body></html>"
        if how == "utf8":
            at = draw(st.integers(0, len(encoded)))
            return encoded[:at] + b"\xff\xfe\xc3" + encoded[at:]
        copy = json.loads(encoded)
        copies: list[dict[str, Any]] = []

        def gather(node: Any) -> None:
            if isinstance(node, dict):
                copies.append(node)
                for value in node.values():
                    gather(value)
            elif isinstance(node, list):
                for value in node:
                    gather(value)

        gather(copy)
        target = draw(st.sampled_from([c for c in copies if c])) if any(copies) else copy
        if not target:
            return json.dumps(copy).encode()
        key = draw(st.sampled_from(sorted(target)))
        if how == "drop":
            del target[key]
        elif how == "deep":
            target[key] = DEEP
            depth = draw(st.sampled_from([1_000, 1_100, 100_000]))  # orjson stops at 1024, json at the recursion limit
            nested = draw(st.sampled_from([b"[" * depth + b"]" * depth, b'{"a":' * depth + b"1" + b"}" * depth]))
            return json.dumps(copy).encode().replace(json.dumps(DEEP).encode(), nested)
        else:
            target[key] = draw(junk)
        return json.dumps(copy).encode()

    assert nodes
    return spoil()


@pytest.mark.fuzz
@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("operation", ["get", "list"])
def test_spoiled_bodies_give_only_jobruns_errors(provider: str, operation: str, shared: Sandbox) -> None:
    shared.world.add_job("spoil", 3, in_flight=1)
    emulator = shared.emulators[provider]
    with connect(provider, shared, retries=0, max_response_bytes=FUZZ_MAX_RESPONSE_BYTES) as runs:
        valid = shared.handle("GET", _path(provider, operation, shared), _auth(provider)).body

        @given(body=_mutations(valid), status=st.sampled_from([200, 200, 200, 404, 500]))
        def check(body: bytes, status: int) -> None:
            shared.hooks[:] = [lambda request: Reply(status, body)]
            try:
                if operation == "get":
                    result: Any = runs.get_run("spoil", emulator.public_id(runs_of(shared, provider, "spoil")[0]))
                    assert isinstance(result, jobruns.JobRun)
                    read = [result]
                else:
                    page = runs.list_runs("spoil")
                    assert isinstance(page, jobruns.Page)
                    read = page.items
                for run in read:  # the typed model, built when read: its failures are jobruns errors too
                    run.raw  # noqa: B018
            except jobruns.JobRunsError as exc:
                assert TOKEN not in str(exc)
            finally:
                shared.hooks.clear()

        check()


def _auth(provider: str) -> dict[str, str]:
    return {
        "truefoundry": {"authorization": f"Bearer {TOKEN}"},
        "intuned": {"x-api-key": TOKEN},
        "northflank": {"authorization": f"Bearer {TOKEN}"},
        "blaxel": {
            "x-blaxel-authorization": f"Bearer {TOKEN}",
            "x-blaxel-workspace": "w",
            "blaxel-version": "2026-04-28",
        },
    }[provider]


def _path(provider: str, operation: str, sandbox: Sandbox, job: str = "spoil") -> str:
    run = sandbox.emulators[provider].public_id(runs_of(sandbox, provider, job)[0])
    base = {
        "truefoundry": f"/truefoundry/api/svc/v1/jobs/{job}/runs",
        "intuned": f"/intuned/{SETTINGS['intuned']['workspace_id']}/projects/demo/jobs/{job}/runs",
        "northflank": f"/northflank/v1/projects/demo/jobs/{job}/runs",
        "blaxel": f"/blaxel/jobs/{job}/executions",
    }[provider]
    return f"{base}/{run}" if operation == "get" else base


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_redirect_to_a_second_server_carries_no_credentials(provider: str, sandbox: Sandbox) -> None:
    other = start(world=World(), validate=False, token=TOKEN)
    try:
        sandbox.hooks.append(lambda request: Reply(302, None, {"location": other.urls[provider] + "/moved"}))
        with connect(provider, sandbox) as runs, pytest.raises(jobruns.JobRunsError):
            runs.get_run("job", "run")
    finally:
        other.stop()
    assert CREDENTIALS & set(sandbox.requests[0].headers)
    (arrived,) = other.requests
    assert not CREDENTIALS & set(arrived.headers)


def test_a_hung_server_is_a_transport_error_at_the_timeout(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject("latency=5")
    with connect("intuned", sandbox, timeout=0.2, retries=0) as runs, pytest.raises(jobruns.TransportError) as caught:
        runs.list_runs("job")
    assert "Timeout" in str(caught.value)


def test_retry_after_is_honoured(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    sandbox.world.add_job("job", 2)
    sandbox.inject("429=1x1")
    with caplog.at_level(logging.DEBUG, logger="jobruns"), connect("northflank", sandbox) as runs:
        assert len(runs.list_runs("job").items) == 2
    assert len(sandbox.requests) == 2
    assert [r.getMessage() for r in caplog.records if "retry" in r.getMessage()] == [
        "northflank: HTTP 429; retry 1 in 1.00s"
    ]


def test_a_retry_after_beyond_the_cap_is_not_waited_for(sandbox: Sandbox) -> None:
    sandbox.inject("429=3600")
    with connect("blaxel", sandbox) as runs, pytest.raises(jobruns.RateLimited) as caught:
        runs.get_run("job", "run")
    assert caught.value.retry_after == 3600 and len(sandbox.requests) == 1


def test_retry_after_as_an_http_date() -> None:
    import httpx

    from jobruns._answer import retry_after as _retry_after

    assert _retry_after(httpx.Response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    assert _retry_after(httpx.Response(429, headers={"retry-after-ms": "250"})) == 0.25
    assert _retry_after(httpx.Response(429, headers={"Retry-After": "soon"})) is None


@pytest.mark.parametrize("provider", PROVIDERS)
def test_statuses_beyond_the_registry_are_server_errors(provider: str, sandbox: Sandbox) -> None:
    sandbox.hooks.append(lambda request: Reply(522, b"<html>origin timed out</html>", {"content-type": "text/html"}))
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.ServerError) as caught:
        runs.get_run("job", "run")
    assert caught.value.status_code == 522 and "origin timed out" in caught.value.body_excerpt


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_wrong_primitive_type_is_a_response_error(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    run = runs_of(sandbox, provider, "job")[0]
    emulator = sandbox.emulators[provider]
    rendered = emulator.render(run)
    id_key = {"truefoundry": "name", "intuned": "id", "northflank": "id", "blaxel": None}[provider]
    if id_key:
        rendered[id_key] = 12345
    else:
        rendered["metadata"]["id"] = 12345
    wrapped = {"truefoundry": {"data": rendered}, "intuned": {"jobRun": rendered}, "northflank": {"data": rendered},
               "blaxel": rendered}[provider]  # fmt: skip
    sandbox.hooks.append(lambda request: Reply(200, wrapped))
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.ResponseError):
        runs.get_run("job", emulator.public_id(run))


UNMAPPED_REQUIRED = {"truefoundry": "command", "intuned": "payloads", "northflank": "succeeded", "blaxel": "spec"}


def _served_list(provider: str, sandbox: Sandbox) -> tuple[Any, list[Any]]:
    """A valid list answer of a new job of five runs, to change and serve back: (the answer, its runs' JSON)."""
    sandbox.world.add_job("job", 5)
    valid = copy.deepcopy(sandbox.handle("GET", _path(provider, "list", sandbox, "job"), _auth(provider)).body)
    sandbox.hooks.append(lambda request: Reply(200, valid))
    return valid, runs_in(valid, provider)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_run_whose_unmapped_field_is_broken_is_listed_and_its_raw_says_why(provider: str, sandbox: Sandbox) -> None:
    """JobRun.raw is built when read: a required key the mapping does not read, missing from one run, costs that run's
    raw (a ResponseError naming the run, the key and nothing of its values), not the page."""
    _, runs = _served_list(provider, sandbox)
    broken = UNMAPPED_REQUIRED[provider]
    del runs[2][broken]
    with connect(provider, sandbox) as client:
        page = client.list_runs("job")
    assert len(page) == 5 and page.items[2].status is not jobruns.RunStatus.UNKNOWN
    others = [run for i, run in enumerate(page) if i != 2]
    assert all(type(run.raw).__module__.startswith(f"jobruns_{provider}.models") for run in others)
    with pytest.raises(jobruns.ResponseError, match=f"run {page.items[2].id} .*no '{broken}'") as caught:
        page.items[2].raw  # noqa: B018 - the read is the test
    assert caught.value.provider == provider and TOKEN not in str(caught.value)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_mapped_field_of_the_wrong_shape_fails_the_page_naming_the_run(provider: str, sandbox: Sandbox) -> None:
    _, runs = _served_list(provider, sandbox)
    wrong = {"truefoundry": ("status", 7), "intuned": ("id", 7), "northflank": ("runName", 7),
             "blaxel": ("tasks", 12)}[provider]  # fmt: skip
    runs[3][wrong[0]] = wrong[1]
    with connect(provider, sandbox) as client, pytest.raises(jobruns.ResponseError, match="run at index 3 "):
        client.list_runs("job")


def _enum_values(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        values = node.get("enum")
        if isinstance(values, list) and len(values) > 1:
            found.update(v for v in values if isinstance(v, str))
        for value in node.values():
            _enum_values(value, found)
    elif isinstance(node, list):
        for value in node:
            _enum_values(value, found)
    return found


def _single_enum_values(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        values = node.get("enum")
        if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
            found.add(values[0])
        for value in node.values():
            _single_enum_values(value, found)
    elif isinstance(node, list):
        for value in node:
            _single_enum_values(value, found)
    return found


def _rename_enums(body: Any, known: set[str], counter: list[int]) -> Any:
    if isinstance(body, dict):
        return {key: _rename_enums(value, known, counter) for key, value in body.items()}
    if isinstance(body, list):
        return [_rename_enums(value, known, counter) for value in body]
    if isinstance(body, str) and body in known:
        counter[0] += 1
        return f"UNLISTED_{counter[0]}"
    return body


@pytest.mark.fuzz
@pytest.mark.parametrize(
    ("provider", "operation_id", "kind", "schema"), OPERATIONS, ids=[f"{p}-{o}" for p, o, _, _ in OPERATIONS]
)
def test_unknown_values_in_every_enum_field_parse_and_stay_distinct(
    provider: str, operation_id: str, kind: str, schema: dict[str, Any]
) -> None:
    multi = _enum_values(schema, set()) - _single_enum_values(schema, set())
    adapter = adapter_class(provider)({"workspace_id": "3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40", "team_id": None})

    @given(body=_bodies(operation_id, provider, schema))
    def check(body: Any) -> None:
        renamed = _rename_enums(body, multi, [0])
        if kind == "logs":  # a log line holds no status; its answer parses (or is refused) as test_contract's
            with contextlib.suppress(ValueError, OverflowError):
                adapter.read_logs("job", renamed)
            return
        if kind == "get":
            runs = [adapter.to_run("job", adapter.read_run(renamed))]
        else:
            runs = [adapter.to_run("job", item) for item in adapter.read_page(renamed, None, 50).items]
        unlisted = [run.provider_status for run in runs if run.provider_status.startswith("UNLISTED_")]
        assert all(run.status is jobruns.RunStatus.UNKNOWN for run in runs if run.provider_status in unlisted)
        assert len(set(unlisted)) == len(unlisted), "two unknown values stay two values"

    check()


def test_single_value_enums_still_tell_union_variants_apart() -> None:
    from jobruns_intuned.models import (
        JobRunJobConfigurationSnapshot,
        JobRunJobConfigurationSnapshotS3SinkConfiguration,
        JobRunJobConfigurationSnapshotWebhookSinkConfiguration,
    )

    s3 = {"type": "s3", "bucket": "b", "accessKeyId": "k", "secretAccessKey": "s", "region": "eu", "url": "https://x"}
    webhook = {"type": "webhook", "url": "https://example.com/hook"}
    parsed = [
        JobRunJobConfigurationSnapshot.from_dict({"configuration": {}, "sink": sink}).sink for sink in (s3, webhook)
    ]
    assert isinstance(parsed[0], JobRunJobConfigurationSnapshotS3SinkConfiguration)
    assert isinstance(parsed[1], JobRunJobConfigurationSnapshotWebhookSinkConfiguration)
    unknown = JobRunJobConfigurationSnapshot.from_dict({"configuration": {}, "sink": {**webhook, "type": "ftp"}}).sink
    assert not isinstance(unknown, JobRunJobConfigurationSnapshotWebhookSinkConfiguration)
    # a variant whose "type" is another is skipped before its from_dict; one matching it still has to parse
    for sink in ({"type": "webhook"}, {"type": "s3", "url": "https://x"}):
        assert JobRunJobConfigurationSnapshot.from_dict({"configuration": {}, "sink": sink}).sink == sink
