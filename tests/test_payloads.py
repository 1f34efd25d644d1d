"""The seeded payload builders (tests/payloads.py) produce answers the providers' specs allow, and the facade reads;
and the JSON parser, orjson or the standard library's, on the client's decode path."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest
from conftest import PROVIDERS, WORKSPACE
from payloads import get_answer, get_body, list_answer, list_page, runs_in
from test_contract import OPERATIONS

import jobruns
from jobruns import RunStatus, _json
from jobruns._listing import read_page
from jobruns._registry import adapter_class

FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def _schema(provider: str, kind: str) -> dict[str, Any]:
    return next(s for p, _, k, s in OPERATIONS if p == provider and k == kind)


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("seed", [0, 1])
def test_list_and_get_answers_validate_against_the_spec(provider: str, seed: int) -> None:
    jsonschema.validate(list_page(provider, 60, seed), _schema(provider, "list"), format_checker=FORMATS)
    jsonschema.validate(get_body(provider, seed), _schema(provider, "get"), format_checker=FORMATS)
    assert json.loads(list_answer(provider, 60, seed)) == list_page(provider, 60, seed)
    assert json.loads(get_answer(provider, seed)) == get_body(provider, seed)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_answers_are_seeded_and_realistic(provider: str) -> None:
    assert list_answer(provider, 50, 3) == list_answer(provider, 50, 3) != list_answer(provider, 50, 4)
    adapter = adapter_class(provider)({"workspace_id": WORKSPACE, "team_id": None})
    page = adapter.read_page(json.loads(list_answer(provider, 200)), None, 200)
    runs = [adapter.to_run("nightly-report", item) for item in page.items]
    assert len(runs) == 200
    statuses = {run.status for run in runs}
    assert {RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.RUNNING} <= statuses
    assert RunStatus.UNKNOWN not in statuses
    assert all(run.error for run in runs if run.status is RunStatus.FAILED)
    # optional fields present in some runs and absent in others
    sizes = {len(json.dumps(run.raw.to_dict())) for run in runs}
    assert len(sizes) > 2


@pytest.fixture(params=["orjson", "json"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each test runs with orjson (when installed) and with the standard library's parser."""
    if request.param == "json":
        monkeypatch.setitem(sys.modules, "orjson", None)  # import orjson now fails
    else:
        pytest.importorskip("orjson")
    monkeypatch.setattr(_json, "_loads", None)
    yield request.param
    monkeypatch.setattr(_json, "_loads", None)


def test_both_parsers_read_the_same_and_fail_as_value_errors(parser: str) -> None:
    assert _json.using_orjson() is (parser == "orjson")
    for provider in PROVIDERS:
        data = list_answer(provider, 20)
        assert _json.loads(data) == json.loads(data)
    for bad in (b"<html>502</html>", b'{"a": 1', b"\xff\xfe", b""):
        with pytest.raises(ValueError):
            _json.loads(bad)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_client_decodes_with_either_parser(provider: str, parser: str) -> None:
    client = _client(provider)
    body = client._core.decode(httpx.Response(200, content=list_answer(provider, 30)))
    assert len(read_page(client._core, "nightly-report", body, None, 30, None).items) == 30
    run = client._core.run("nightly-report", client._core.decode(httpx.Response(200, content=get_answer(provider))))
    assert run.provider == provider
    with pytest.raises(jobruns.ResponseError, match="not JSON"):
        client._core.decode(httpx.Response(200, content=b"<html>oops</html>"))


def _client(provider: str) -> jobruns.Client:
    settings = {"workspace_id": WORKSPACE, "project": "demo", "project_id": "demo", "workspace": "demo"}
    wanted = {"truefoundry": [], "intuned": ["workspace_id", "project"], "northflank": ["project_id"],
              "blaxel": ["workspace"]}[provider]  # fmt: skip
    return jobruns.connect(provider, base_url="http://127.0.0.1:9", token="t", **{k: settings[k] for k in wanted})


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("bad", [0, 7, 299])
def test_a_run_not_as_the_spec_says_is_named_by_its_place_in_the_page(provider: str, bad: int) -> None:
    client = _client(provider)
    body = json.loads(list_answer(provider, 300))
    runs = runs_in(body, provider)
    runs[bad] = {**runs[bad]}
    del runs[bad][next(key for key in ("name", "id", "metadata") if key in runs[bad])]  # a required key
    if provider == "blaxel":  # all its keys are optional: give one the wrong type instead
        runs[bad]["tasks"] = 12
    with pytest.raises(jobruns.ResponseError, match=f"run at index {bad} is not as the spec says") as caught:
        read_page(client._core, "nightly-report", body, None, 300, None)
    assert caught.value.status_code == 200


def _schema_paths(node: Any, root: dict[str, Any], path: str = "", depth: int = 0) -> set[str]:
    """Every property path a schema names ("data[].metadata.id"), through $ref, anyOf/oneOf/allOf and arrays."""
    if not isinstance(node, dict) or depth > 12:
        return set()
    if "$ref" in node:
        node = root["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    found: set[str] = set()
    for key in ("anyOf", "oneOf", "allOf"):
        for variant in node.get(key, []):
            found |= _schema_paths(variant, root, path, depth + 1)
    if "items" in node:
        found |= _schema_paths(node["items"], root, f"{path}[]", depth + 1)
    for name, sub in node.get("properties", {}).items():
        found.add(f"{path}.{name}".lstrip("."))
        found |= _schema_paths(sub, root, f"{path}.{name}", depth + 1)
    return found


def _data_paths(value: Any, path: str = "") -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for name, sub in value.items():
            found.add(f"{path}.{name}".lstrip("."))
            found |= _data_paths(sub, f"{path}.{name}")
    elif isinstance(value, list):
        for item in value:
            found |= _data_paths(item, f"{path}[]")
    return found


# Schema paths a realistic list answer leaves out, and why.
NEVER_IN_A_LIST = {
    "blaxel": {"data[].metadata.deletedAt"},  # the list shows live executions
}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_half_the_runs_carry_every_optional_field(provider: str) -> None:
    """The issue's "all optional fields present in half the runs": every field the list answer's schema names is
    sent (none silently left out of the benchmarks), and the fields of the run item are in about half the runs
    or more."""
    schema = _schema(provider, "list")
    named = _schema_paths(schema, schema) - NEVER_IN_A_LIST.get(provider, set())
    named = {path for path in named if not path.startswith("[]")}  # Blaxel's legacy bare array: data[]'s items
    body = list_page(provider, 400)
    assert named - _data_paths(body) == set()
    items_key = {"truefoundry": "data", "intuned": "jobRuns", "northflank": "data.runs", "blaxel": "data"}[provider]
    items: Any = body
    for key in items_key.split("."):
        items = items[key]
    prefix = f"{items_key}[]."
    item_fields = {p.removeprefix(prefix) for p in named if p.startswith(prefix) and "." not in p[len(prefix) :]}
    per_run = [_data_paths(item) for item in items]
    for field in item_fields:
        share = sum(field in paths for paths in per_run) / len(per_run)
        assert share >= 0.4 or field in {"error", "exitCode", "tasks", "reason"}, (field, share)
