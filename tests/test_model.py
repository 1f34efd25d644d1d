"""JobRun: its constructor's checks, its raw model (given, or built from a run's JSON when first read); and
TrueFoundry's unit-less duration."""

from __future__ import annotations

import copy
import inspect
import pickle
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import pytest

import jobruns
from jobruns import JobRun, RunStatus
from jobruns._model import build_run
from jobruns.adapters.truefoundry import TrueFoundry

START = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
FIELDS: dict[str, Any] = {
    "provider": "truefoundry",
    "job_id": "nightly-report",
    "id": "run-1",
    "name": "run-1",
    "status": RunStatus.FAILED,
    "provider_status": "FAILED",
    "created_at": START,
    "started_at": START,
    "ended_at": START + timedelta(seconds=90),
    "duration": timedelta(seconds=90),
    "error": "exit code 1",
    "raw": {"the": "provider model"},
}
WRONG: dict[str, object] = {
    "provider": 1,
    "job_id": None,
    "id": 42,
    "name": 3.5,
    "status": "failed",  # the value, not the RunStatus member
    "provider_status": None,
    "created_at": "2026-11-01T08:00:00Z",
    "started_at": 1793520000,
    "ended_at": START.date(),
    "duration": 90,
    "error": ["exit code 1"],
}


class Text(str):
    pass


def test_the_builder_makes_the_object_the_constructor_makes() -> None:
    built, constructed = build_run(**FIELDS), JobRun(**FIELDS)
    assert built == constructed and hash(built) == hash(constructed) and repr(built) == repr(constructed)
    assert type(built) is JobRun and built.raw is FIELDS["raw"] and vars(built) == vars(constructed)
    assert built == JobRun(**{**FIELDS, "raw": None})  # raw takes no part in ==, nor in repr
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.status = RunStatus.SUCCEEDED  # type: ignore[misc]
    changed = attrs.evolve(built, error=None)
    assert changed.error is None and built.error == "exit code 1" and changed.raw is FIELDS["raw"]


def test_the_builder_takes_every_field_the_constructor_takes() -> None:
    """A field added to JobRun fails here until build_run, the adapters' faster constructor, fills it too."""
    assert list(inspect.signature(build_run).parameters) == [field.alias for field in attrs.fields(JobRun)]


def test_the_builder_fills_the_defaults_as_the_constructor_does() -> None:
    required = {k: FIELDS[k] for k in ("provider", "job_id", "id", "name", "status", "provider_status")}
    built = build_run(**required)
    assert vars(built) == vars(JobRun(**required))
    assert (built.created_at, built.started_at, built.ended_at, built.duration, built.error, built.raw) == (None,) * 6


@pytest.mark.parametrize("field", sorted(WRONG))
def test_a_value_of_the_wrong_type_is_refused_by_both_naming_the_field(field: str) -> None:
    fields = {**FIELDS, field: WRONG[field]}
    for make in (JobRun, build_run):
        with pytest.raises(TypeError, match=f"'{field}' must be"):
            make(**fields)


def test_subclasses_of_the_field_types_are_accepted_by_both() -> None:
    fields = {**FIELDS, "id": Text("run-1"), "error": Text("boom")}
    assert build_run(**fields) == JobRun(**fields)


def test_a_mapped_run_builds_its_typed_model_once_when_first_read() -> None:
    from jobruns_truefoundry.models import JobRun as TrueFoundryRun

    run = _truefoundry_run()
    assert run._raw is None  # nothing built yet
    model = run.raw
    assert type(model) is TrueFoundryRun and model.command == "python report.py" and run.raw is model
    unread = _truefoundry_run()
    for clone in (pickle.loads(pickle.dumps(unread)), copy.deepcopy(unread), attrs.evolve(unread, error="x")):
        assert type(clone.raw) is TrueFoundryRun and clone.raw.command == "python report.py"
    assert unread._raw is None and pickle.loads(pickle.dumps(run)).raw == model


def test_a_typed_model_that_cannot_be_built_is_a_response_error_when_read() -> None:
    run = _truefoundry_run(command=..., applicationName=["VALUE-OF-THE-RUN"])  # a required key gone: unmapped
    assert run.status is RunStatus.SUCCEEDED and run.duration == timedelta(seconds=90)  # the mapping is whole
    with pytest.raises(jobruns.ResponseError, match="JSON of run run-1 .*no 'command'") as caught:
        run.raw  # noqa: B018 - the read is the test
    assert caught.value.provider == "truefoundry" and "VALUE-OF" not in str(caught.value)
    with pytest.raises(jobruns.ResponseError):  # again on the next read: nothing half-built is kept
        run.raw  # noqa: B018


def _truefoundry_run(**changes: Any) -> JobRun:
    created = int(START.timestamp() * 1000)
    body = {
        "id": "r1", "name": "run-1", "applicationName": "nightly-report", "deploymentVersion": "1",
        "createdAt": created, "command": "python report.py", "totalRetries": 0, "status": "FINISHED",
        "endTime": created + 90_000,
    }  # fmt: skip
    body.update(changes)
    body = {k: v for k, v in body.items() if v is not ...}
    return TrueFoundry({}).to_run("nightly-report", body)


@pytest.mark.parametrize(
    ("changes", "duration"),
    [
        ({"duration": 90}, timedelta(seconds=90)),  # seconds, as the span says
        ({"duration": 90.5}, timedelta(seconds=90.5)),
        ({"duration": 90_000}, timedelta(seconds=90)),  # milliseconds: far beyond the span in seconds
        ({"duration": 60}, timedelta(seconds=60)),  # seconds that differ from the span still count as told
        ({"duration": 0, "endTime": ...}, timedelta(0)),  # no span to compare with: seconds
        ({"duration": 42, "endTime": ...}, timedelta(seconds=42)),
        ({"duration": None}, timedelta(seconds=90)),  # not told: the span
        ({"duration": True}, timedelta(seconds=90)),  # a boolean is no number of seconds
        ({"duration": -5}, timedelta(seconds=90)),
        ({"duration": "90"}, timedelta(seconds=90)),
        ({"duration": 10**20, "endTime": ...}, None),  # beyond timedelta: nothing anyone could mean, no span
    ],
)
def test_truefoundry_duration_is_seconds_unless_the_span_says_milliseconds(
    changes: dict[str, Any], duration: timedelta | None
) -> None:
    assert _truefoundry_run(**changes).duration == duration
