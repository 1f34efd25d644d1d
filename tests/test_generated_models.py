"""The generated models' from_dict (templates/model.py.jinja): what it builds equals the answer it read, unknown
keys at any depth are kept, no object of the answer is kept by a model, and subclasses of a generated model are
built through their own __init__."""

from __future__ import annotations

import copy
import gc
import importlib
import pickle
from typing import Any

import pytest
from conftest import PROVIDERS

from jobruns._json import loads
from tests.payloads import get_answer, list_answer

# the generated model of each provider's list and get answers
ANSWERS = {
    "truefoundry": ("ListJobRunResponse", "GetJobRunResponse"),
    "intuned": ("ListJobRunsResponse200", "GetJobRunResponse200"),
    "northflank": ("ListJobRunsResponse", "GetJobRunResponse"),
    "blaxel": ("JobExecutionList", "JobExecution"),
}


def _model(provider: str, name: str) -> Any:
    return getattr(importlib.import_module(f"jobruns_{provider}.models"), name)


def _answers(provider: str) -> list[tuple[Any, dict[str, Any]]]:
    list_model, get_model = (_model(provider, name) for name in ANSWERS[provider])
    return [(list_model, loads(list_answer(provider, 40))), (get_model, loads(get_answer(provider)))]


def _with_extra_keys(value: Any, path: str = "$") -> Any:
    """The same JSON with a key no schema names added to every object (free-form maps too: they keep any key)."""
    if isinstance(value, list):
        return [_with_extra_keys(item, f"{path}[{i}]") for i, item in enumerate(value)]
    if isinstance(value, dict):
        return {**{k: _with_extra_keys(v, f"{path}.{k}") for k, v in value.items()}, "x_unknown": {"at": path}}
    return value


def _is_map(model: Any) -> bool:
    """A free-form object of the spec (headers, env): a model whose only field is additional_properties."""
    return [a.name for a in type(model).__attrs_attrs__] == ["additional_properties"]


def _models(model: Any) -> list[Any]:
    """Every generated model object reachable from ``model``, itself included, but free-form maps."""
    found, stack = [], [model]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif hasattr(type(item), "__attrs_attrs__") and not _is_map(item):
            found.append(item)
            stack.extend(getattr(item, a.name) for a in type(item).__attrs_attrs__ if a.name != "additional_properties")
    return found


@pytest.mark.parametrize("provider", PROVIDERS)
def test_from_dict_then_to_dict_gives_back_the_answer(provider: str) -> None:
    for model, body in _answers(provider):
        built = model.from_dict(body)
        assert built.to_dict() == body
        assert model.from_dict(built.to_dict()) == built
        assert all(m.additional_properties == {} for m in _models(built))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_unknown_keys_at_every_depth_are_kept(provider: str) -> None:
    for model, body in _answers(provider):
        body = _with_extra_keys(body)
        built = model.from_dict(body)
        nested = _models(built)
        assert len(nested) > 1
        # read after a pickle and a copy first
        for clone in (pickle.loads(pickle.dumps(built)), copy.deepcopy(built)):
            assert clone == built
            assert clone.to_dict() == body
        for item in nested:
            assert list(item.additional_properties) == ["x_unknown"]
            assert item["x_unknown"]["at"].startswith("$")
        assert built.to_dict() == body


def _containers(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """(path, object) for every JSON object and array in ``value``, itself included."""
    found: list[tuple[tuple[Any, ...], Any]] = []
    if isinstance(value, dict | list):
        found.append((path, value))
        for key, item in value.items() if isinstance(value, dict) else enumerate(value):
            found.extend(_containers(item, (*path, key)))
    return found


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_model_holds_its_fields_and_nothing_else(provider: str) -> None:
    # in particular not the mapping it read: a model built from part of an answer does not keep the rest alive
    for model, body in _answers(provider):
        for built in _models(model.from_dict(body)):
            held = [r for r in gc.get_referents(built) if r is not type(built)]  # before additional_properties is read
            fields = [getattr(built, a.name) for a in type(built).__attrs_attrs__]
            assert held and all(any(r is f for f in fields) for r in held), type(built).__name__


@pytest.mark.parametrize("provider", PROVIDERS)
def test_an_unknown_key_in_place_of_a_missing_one_is_kept(provider: str) -> None:
    # unknown keys are found by counting the keys read: the same number of keys, one of them unknown, must tell
    list_model, _ = (_model(provider, name) for name in ANSWERS[provider])
    body = loads(list_answer(provider, 4))
    checked = 0
    for path, obj in _containers(body):
        if not isinstance(obj, dict):
            continue
        for key in list(obj):
            for extra in ({}, {"x_unknown": {"at": list(path)}}):
                changed = copy.deepcopy(body)
                target = changed
                for step in path:
                    target = target[step]
                del target[key]
                target.update(extra)
                try:
                    built = list_model.from_dict(changed)
                except (KeyError, TypeError, ValueError):  # a required key
                    continue
                assert built.to_dict() == changed, (path, key, extra)
                checked += bool(extra)
    assert checked >= 4  # at least an optional key in each run


def test_a_model_made_by_its_constructor_has_no_additional_properties() -> None:
    from jobruns_blaxel.models import JobExecutionStats

    stats = JobExecutionStats(total=1)
    assert stats.additional_properties == {} and stats.to_dict() == {"total": 1}
    assert stats == JobExecutionStats.from_dict({"total": 1})
    assert stats != JobExecutionStats.from_dict({"total": 1, "extra": True})


def test_a_subclass_is_built_through_its_own_init() -> None:
    from jobruns_northflank.models import JobRun

    calls = []

    class Mine(JobRun):
        def __init__(self, *args: Any) -> None:
            calls.append(args[0])
            super().__init__(*args)

    body = loads(list_answer("northflank", 1))["data"]["runs"][0]
    mine = Mine.from_dict(body)
    assert type(mine) is Mine and calls == [body["id"]]
    assert mine.to_dict() == body and mine.run_name == body["runName"]
