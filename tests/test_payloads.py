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
from payloads import get_answer, get_body, list_answer, list_page
from test_contract import OPERATIONS

import jobruns
from jobruns import RunStatus, _json
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
    runs = [adapter.to_run("nightly-report", model) for model in page.models]
    assert len(runs) == 200
    statuses = {run.status for run in runs}
    assert {RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.RUNNING} <= statuses
    assert RunStatus.UNKNOWN not in statuses
    assert all(run.error for run in runs if run.status is RunStatus.FAILED)
    # optional fields present in some runs and absent in others
    sizes = {len(json.dumps(model.to_dict())) for model in page.models}
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
    settings = {"workspace_id": WORKSPACE, "project": "demo", "project_id": "demo", "workspace": "demo"}
    wanted = {"truefoundry": [], "intuned": ["workspace_id", "project"], "northflank": ["project_id"],
              "blaxel": ["workspace"]}[provider]  # fmt: skip
    client = jobruns.connect(provider, base_url="http://127.0.0.1:9", token="t", **{k: settings[k] for k in wanted})
    body = client._decode(httpx.Response(200, content=list_answer(provider, 30)))
    assert len(client._page("nightly-report", body, None, 30, None).items) == 30
    run = client._run("nightly-report", client._decode(httpx.Response(200, content=get_answer(provider))))
    assert run.provider == provider
    with pytest.raises(jobruns.ResponseError, match="not JSON"):
        client._decode(httpx.Response(200, content=b"<html>oops</html>"))
