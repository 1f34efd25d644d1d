"""spec_diff: each kind of change a client can feel, classed breaking or compatible, with a pointer."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from jobruns_tools import specdiff
from jobruns_tools.specdiff import BREAKING, COMPATIBLE, Change, diff

ROOT = Path(__file__).resolve().parent.parent
BLAXEL_UPSTREAM = ROOT.parent / "shared" / "upstream" / "blaxel"
LIST, GET = "GET /jobs/{jobId}/executions", "GET /jobs/{jobId}/executions/{executionId}"

BASE = yaml.safe_load(
    """
openapi: 3.1.0
info: {title: t, version: '1'}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Run:
      type: object
      required: [id, status]
      properties:
        id: {type: string}
        status: {type: string, enum: [running, done]}
        ended: {type: [string, 'null']}
        size: {type: integer}
        tags: {type: array, items: {type: string}}
security: [{bearer: []}]
paths:
  /runs:
    get:
      operationId: listRuns
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Run'}}
  /runs/{id}:
    get:
      operationId: getRun
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Run'}
"""
)
RUN = "/components/schemas/Run"
LIST_200 = "/paths/~1runs/get/responses/200/content/application~1json/schema"
GET_200 = "/paths/~1runs~1{id}/get/responses/200/content/application~1json/schema"


def run_schema(d: dict[str, Any]) -> dict[str, Any]:
    return d["components"]["schemas"]["Run"]


def list_op(d: dict[str, Any]) -> dict[str, Any]:
    return d["paths"]["/runs"]["get"]


def setitem(
    target: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any
) -> Callable[[dict[str, Any]], None]:
    return lambda d: target(d).__setitem__(key, value)


# (what the edit is, the edit, operations it touches, expected kind, words in the reason, pointer suffix)
EDITS: list[tuple[str, Callable[[dict[str, Any]], None], str, str, str, str]] = [
    ("operation added", lambda d: d["paths"].__setitem__("/jobs", {"get": list_op(BASE)}), "GET /jobs", COMPATIBLE,
     "operation added", "/paths/~1jobs/get"),
    ("operation removed", lambda d: d["paths"].pop("/runs"), "GET /runs", BREAKING, "operation removed",
     "/paths/~1runs/get"),
    ("required parameter added", lambda d: list_op(d)["parameters"].append(
        {"name": "team", "in": "query", "required": True, "schema": {"type": "string"}}), "GET /runs", BREAKING,
     "required query parameter team added", "/paths/~1runs/get/parameters/team"),
    ("optional parameter added", lambda d: list_op(d)["parameters"].append(
        {"name": "sort", "in": "query", "schema": {"type": "string"}}), "GET /runs", COMPATIBLE,
     "optional query parameter sort added", "/paths/~1runs/get/parameters/sort"),
    ("parameter removed", lambda d: list_op(d).__setitem__("parameters", []), "GET /runs", BREAKING,
     "query parameter limit removed", "/paths/~1runs/get/parameters/limit"),
    ("parameter type changed", lambda d: list_op(d)["parameters"][0].__setitem__("schema", {"type": "string"}),
     "GET /runs", BREAKING, "parameter limit type changed from integer to string",
     "/paths/~1runs/get/parameters/limit"),
    ("parameter moved", lambda d: list_op(d)["parameters"][0].__setitem__("in", "header"), "GET /runs", BREAKING,
     "parameter limit moved from query to header", "/paths/~1runs/get/parameters/limit"),
    ("parameter became required", lambda d: list_op(d)["parameters"][0].__setitem__("required", True), "GET /runs",
     BREAKING, "parameter limit became required", "/paths/~1runs/get/parameters/limit"),
    ("field added", lambda d: run_schema(d)["properties"].__setitem__("owner", {"type": "string"}), "GET /runs/{id}",
     COMPATIBLE, "field owner added", GET_200 + "/properties/owner"),
    ("field removed", lambda d: run_schema(d)["properties"].pop("size"), "GET /runs/{id}", BREAKING,
     "field size removed", GET_200 + "/properties/size"),
    ("field type changed", lambda d: run_schema(d)["properties"].__setitem__("size", {"type": "string"}),
     "GET /runs/{id}", BREAKING, "type changed from integer to string", GET_200 + "/properties/size"),
    ("field became nullable", lambda d: run_schema(d)["properties"].__setitem__("size", {"type": ["integer", "null"]}),
     "GET /runs/{id}", BREAKING, "may now be null", GET_200 + "/properties/size"),
    ("field no longer nullable", lambda d: run_schema(d)["properties"].__setitem__("ended", {"type": "string"}),
     "GET /runs/{id}", COMPATIBLE, "can no longer be null", GET_200 + "/properties/ended"),
    ("field no longer required", lambda d: run_schema(d).__setitem__("required", ["id"]), "GET /runs/{id}", BREAKING,
     "field status no longer required", GET_200 + "/properties/status"),
    ("field now required", lambda d: run_schema(d).__setitem__("required", ["id", "status", "size"]),
     "GET /runs/{id}", COMPATIBLE, "field size now required", GET_200 + "/properties/size"),
    ("enum value added", lambda d: run_schema(d)["properties"]["status"]["enum"].append("queued"), "GET /runs/{id}",
     COMPATIBLE, "enum values added: queued", GET_200 + "/properties/status"),
    ("enum value removed", lambda d: run_schema(d)["properties"]["status"]["enum"].remove("done"), "GET /runs/{id}",
     BREAKING, "enum values removed: done", GET_200 + "/properties/status"),
    ("array became object", setitem(lambda d: list_op(d)["responses"]["200"]["content"]["application/json"], "schema",
     {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Run"}}}}),
     "GET /runs", BREAKING, "shape changed from array to object", LIST_200),
    ("auth scheme changed", lambda d: d["components"]["securitySchemes"].__setitem__(
        "bearer", {"type": "apiKey", "in": "header", "name": "X-Key"}), "GET /runs", BREAKING,
     "authentication changed", "/paths/~1runs/get/security"),
]  # fmt: skip


@pytest.mark.parametrize("edit", EDITS, ids=[e[0] for e in EDITS])
def test_each_kind_of_edit_is_reported_once_with_its_class(edit: tuple[Any, ...]) -> None:
    _, change, operation, kind, reason, pointer = edit
    new = copy.deepcopy(BASE)
    change(new)
    changes = diff(BASE, new, [operation])
    assert len(changes) == 1, changes
    assert (changes[0].kind, changes[0].operation, changes[0].pointer) == (kind, operation, pointer)
    assert reason in changes[0].reason


def test_a_shared_schema_change_is_reported_for_every_operation_that_returns_it() -> None:
    new = copy.deepcopy(BASE)
    run_schema(new)["properties"].pop("size")
    changes = diff(BASE, new)
    assert {(c.operation, c.pointer) for c in changes} == {
        ("GET /runs", LIST_200 + "/items/properties/size"),
        ("GET /runs/{id}", GET_200 + "/properties/size"),
    }
    assert all(c.kind == BREAKING for c in changes)


def test_a_spec_compared_with_itself_has_no_changes_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for spec in sorted((ROOT / "specs").glob("*.yaml")):
        assert specdiff.main([str(spec), str(spec)]) == 0
        assert capsys.readouterr().out.strip() == "no changes"


def test_breaking_exits_1_and_json_is_one_object_per_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = copy.deepcopy(BASE)
    run_schema(new)["properties"]["status"]["enum"].append("queued")
    run_schema(new)["properties"].pop("size")
    old_path, new_path = tmp_path / "old.yaml", tmp_path / "new.json"
    old_path.write_text(yaml.safe_dump(BASE))
    new_path.write_text(json.dumps(new))
    assert specdiff.main([str(old_path), str(new_path), "--json", "--operation", "GET /runs/{id}"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted((r["kind"], r["reason"]) for r in rows) == [
        (BREAKING, "field size removed"),
        (COMPATIBLE, "enum values added: queued"),
    ]
    assert all(set(r) == {"kind", "operation", "pointer", "reason"} for r in rows)
    assert specdiff.main([str(old_path), str(new_path)]) == 1
    table = capsys.readouterr().out
    assert table.splitlines()[0].startswith("breaking") and "2 breaking, 2 compatible" in table


def test_unreadable_input_is_exit_2_with_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "not-openapi.yaml").write_text("just: text\n")
    assert specdiff.main([str(tmp_path / "missing.yaml"), str(tmp_path / "not-openapi.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err
    assert specdiff.main([str(tmp_path / "not-openapi.yaml"), str(tmp_path / "not-openapi.yaml")]) == 2
    assert "not an OpenAPI document" in capsys.readouterr().err


@pytest.mark.skipif(
    not (BLAXEL_UPSTREAM / "controlplane.yml").exists(),
    reason="needs ../shared/upstream/blaxel (Blaxel's published specs, beside the project in the team's workspace)",
)
def test_blaxel_list_executions_became_an_envelope_and_get_execution_did_not_change(
    capsys: pytest.CaptureFixture[str],
) -> None:
    legacy = specdiff.load(BLAXEL_UPSTREAM / "controlplane.legacy-6ee29eb.yml")
    current = specdiff.load(BLAXEL_UPSTREAM / "controlplane.yml")
    changes = diff(legacy, current, [LIST, GET])
    assert [c for c in changes if c.operation == GET] == []
    breaking = [c for c in changes if c.kind == BREAKING]
    assert breaking == [
        Change(
            BREAKING,
            LIST,
            "/paths/~1jobs~1{jobId}~1executions/get/responses/200/content/application~1json/schema",
            "shape changed from array to object",
        )
    ]
    assert {c.reason for c in changes if c.kind == COMPATIBLE} >= {"optional query parameter cursor added"}
    legacy_path, current_path = (
        BLAXEL_UPSTREAM / "controlplane.legacy-6ee29eb.yml",
        BLAXEL_UPSTREAM / "controlplane.yml",
    )
    assert specdiff.main([str(legacy_path), str(current_path), "--operation", LIST, "--operation", GET]) == 1
    assert "shape changed from array to object" in capsys.readouterr().out
