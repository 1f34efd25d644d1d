"""Contract tests from the specs: any body an operation's 200 schema allows parses, in the generated client and
in the facade, into the right types. A modest count here; `nox -s fuzz` runs 10,000 per operation."""

from __future__ import annotations

import importlib
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from conftest import PROVIDERS
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from jobruns import JobRun, RunStatus
from jobruns._registry import adapter_class

ROOT = Path(__file__).resolve().parents[1]
KINDS = {"get": "get", "post": "trigger", "delete": "cancel"}


def _operations(methods: tuple[str, ...]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(provider, operationId, kind, JSON Schema of the 200 answer) of every operation with one of ``methods``; kind
    is what the facade does with it: get, list, trigger, cancel or logs."""
    found = []
    for provider in PROVIDERS:
        spec = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
        for path, item in spec["paths"].items():
            for method in methods:
                if method not in item:
                    continue
                op = item[method]
                ok = op["responses"]["200"]
                if "$ref" in ok:
                    ok = spec["components"]["responses"][ok["$ref"].rsplit("/", 1)[1]]
                schema = {**ok["content"]["application/json"]["schema"], "components": spec["components"]}
                kind = KINDS[method]
                if method == "get" and path.endswith(("/runs", "/executions")):
                    kind = "list"
                if method == "get" and path.endswith("/logs"):
                    kind = "logs"
                if method == "post" and path.endswith("/terminate"):  # TrueFoundry and Intuned stop a run by POST
                    kind = "cancel"
                found.append((provider, op["operationId"], kind, _json_schema(schema)))
    return found


def _json_schema(node: Any) -> Any:
    """OpenAPI schema -> JSON Schema: OAS 3.0 nullable to a null type; drop what JSON Schema does not know."""
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: _json_schema(v) for k, v in node.items() if k not in ("example", "examples", "externalDocs", "xml")}
    if out.pop("nullable", False):
        out = {"anyOf": [out, {"type": "null"}]}
    return out


OPERATIONS = _operations(("get",))
WRITE_OPERATIONS = _operations(("post", "delete"))
# JSON Schema formats are annotations, so a generator may ignore them; the specs mean them.
FORMATS = {"uuid": st.uuids().map(str)}
_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {}


def _bodies(operation_id: str, provider: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    key = f"{provider}:{operation_id}"
    if key not in _STRATEGIES:  # building one is slow: once per operation, not per example
        _STRATEGIES[key] = from_schema(schema, custom_formats=FORMATS)
    return _STRATEGIES[key]


def _module(provider: str, operation_id: str) -> Any:
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", operation_id).lower()
    package = importlib.import_module(f"jobruns_{provider}.api")
    import pkgutil

    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if info.name.endswith(f".{name}"):
            return importlib.import_module(info.name)
    raise LookupError(operation_id)


def _drawn_and_parsed(provider: str, operation_id: str, schema: dict[str, Any], data: st.DataObject) -> tuple[Any, Any]:
    """A 200 body the schema allows, and what the generated operation parses it into."""
    body = data.draw(_bodies(operation_id, provider, schema), label="body")
    client = importlib.import_module(f"jobruns_{provider}").Client(base_url="http://127.0.0.1")
    response = httpx.Response(200, json=body)
    return body, _module(provider, operation_id)._parse_response(client=client, response=response)


def _check_run(run: JobRun, provider: str) -> None:
    assert isinstance(run, JobRun) and run.provider == provider
    assert isinstance(run.id, str) and isinstance(run.status, RunStatus) and isinstance(run.provider_status, str)
    for moment in (run.created_at, run.started_at, run.ended_at):
        assert moment is None or (isinstance(moment, datetime) and moment.utcoffset() == timedelta(0))
    assert run.duration is None or isinstance(run.duration, timedelta)
    assert run.error is None or isinstance(run.error, str)
    assert isinstance(run.to_dict(), dict)
    assert type(run.raw).__module__.startswith(f"jobruns_{provider}.models")  # a valid run's typed model builds


@pytest.mark.fuzz
@pytest.mark.parametrize(
    ("provider", "operation_id", "kind", "schema"), OPERATIONS, ids=[f"{p}-{o}" for p, o, _, _ in OPERATIONS]
)
@given(data=st.data())
def test_every_valid_body_parses_in_the_client_and_the_facade(
    provider: str, operation_id: str, kind: str, schema: dict[str, Any], data: st.DataObject
) -> None:
    body, parsed = _drawn_and_parsed(provider, operation_id, schema, data)
    models = parsed if isinstance(parsed, list) else [parsed]  # Blaxel's legacy answer is a bare array
    assert all(type(model).__module__.startswith(f"jobruns_{provider}.models") for model in models)

    adapter = adapter_class(provider)({"workspace_id": "3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40", "team_id": None})
    if kind == "get":
        _check_run(adapter.to_run("job", adapter.read_run(body)), provider)
    elif kind == "logs":
        try:
            lines, total = adapter.read_logs("job", body)
        except (ValueError, OverflowError):  # a time the spec types as any string: the client's ResponseError
            return
        assert all(isinstance(line.at, int) and isinstance(line.message, str) for line in lines)
        assert total is None or isinstance(total, int)
    else:
        page = adapter.read_page(body, None, 50)
        assert page.next_position is None or isinstance(page.next_position, int | str)
        assert page.total is None or isinstance(page.total, int)
        for item in page.items:
            _check_run(adapter.to_run("job", item), provider)


@pytest.mark.fuzz
@pytest.mark.parametrize(
    ("provider", "operation_id", "kind", "schema"),
    WRITE_OPERATIONS,
    ids=[f"{p}-{o}" for p, o, _, _ in WRITE_OPERATIONS],
)
@given(data=st.data())
def test_every_valid_write_answer_parses_in_the_client_and_the_facade(
    provider: str, operation_id: str, kind: str, schema: dict[str, Any], data: st.DataObject
) -> None:
    body, parsed = _drawn_and_parsed(provider, operation_id, schema, data)
    assert type(parsed).__module__.startswith(f"jobruns_{provider}.models")

    adapter = adapter_class(provider)({"workspace_id": "3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40", "team_id": None})
    if kind == "trigger":
        try:
            run_id, answered = adapter.read_trigger(body)
        except ValueError:  # an answer naming no run (Blaxel's executionId is optional): the client's ResponseError
            assert provider == "blaxel" and not body.get("executionId")
            return
        assert isinstance(run_id, str)
    else:
        answered = adapter.read_cancel(body)
    if answered is not None:
        _check_run(adapter.to_run("job", answered), provider)
