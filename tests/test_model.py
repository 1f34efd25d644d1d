"""JobRun: the public constructor and the adapters' builder make the same object after the same checks; and
TrueFoundry's unit-less duration."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import pytest

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
    assert type(built) is JobRun and built.raw is FIELDS["raw"] and built.to_dict() == constructed.to_dict()
    assert attrs.asdict(built) == attrs.asdict(constructed)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.status = RunStatus.SUCCEEDED  # type: ignore[misc]
    assert attrs.evolve(built, error=None).error is None and built.error == "exit code 1"


def test_the_builder_fills_the_defaults_as_the_constructor_does() -> None:
    required = {k: FIELDS[k] for k in ("provider", "job_id", "id", "name", "status", "provider_status")}
    built = build_run(**required)
    assert built == JobRun(**required)
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


def _truefoundry_run(**changes: Any) -> JobRun:
    from jobruns_truefoundry.models import JobRun as TrueFoundryRun

    created = int(START.timestamp() * 1000)
    body = {
        "id": "r1", "name": "run-1", "applicationName": "nightly-report", "deploymentVersion": "1",
        "createdAt": created, "command": "python report.py", "totalRetries": 0, "status": "FINISHED",
        "endTime": created + 90_000,
    }  # fmt: skip
    body.update(changes)
    body = {k: v for k, v in body.items() if v is not ...}
    return TrueFoundry({}).to_run("nightly-report", TrueFoundryRun.from_dict(body))


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
