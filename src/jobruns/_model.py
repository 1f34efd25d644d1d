"""The normalised model every provider maps into: JobRun, RunStatus, Page."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from attrs import field, frozen

from ._registry import adapter_class


class RunStatus(enum.StrEnum):
    """The status of a run, common to every provider. Terminal: succeeded, failed, cancelled."""

    PENDING = "pending"
    RUNNING = "running"
    PAUSED = "paused"
    CANCELLING = "cancelling"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"

    @property
    def is_terminal(self) -> bool:
        return self in _TERMINAL

    def __str__(self) -> str:
        return self.value


_TERMINAL = frozenset({RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.CANCELLED})
_NONE = type(None)
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "provider": (str,),
    "job_id": (str,),
    "id": (str,),
    "name": (str, _NONE),
    "status": (RunStatus,),
    "provider_status": (str,),
    "created_at": (datetime, _NONE),
    "started_at": (datetime, _NONE),
    "ended_at": (datetime, _NONE),
    "duration": (timedelta, _NONE),
    "error": (str, _NONE),
}


@frozen(kw_only=True, slots=False)
class JobRun:
    """One run of a job, as every provider's run maps into it.

    ``id`` is what ``get_run`` takes; ``provider_status`` is the provider's own value (also when it maps to
    ``unknown``); times are timezone-aware UTC; ``raw`` is the provider package's typed model.

    A client gives each run its JSON (``raw_json``), and ``raw`` is built from it when first read: listing runs
    maps each run's JSON straight to a JobRun, since building every run's typed model as well cost more than the
    rest of the decode together (docs/benchmarks.md), and most callers never read it.
    """

    provider: str
    job_id: str
    id: str
    name: str | None
    status: RunStatus
    provider_status: str
    created_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    duration: timedelta | None = None
    error: str | None = None
    _raw: Any = field(default=None, eq=False, repr=False, alias="raw")
    _raw_json: Any = field(default=None, eq=False, repr=False, alias="raw_json")  # raw's source, when raw is not given

    def __attrs_post_init__(self) -> None:
        # Validated: a number where the spec says string must fail here (TypeError, which the client reports as
        # ResponseError) rather than travel on.
        _check_types(self.__dict__)

    @property
    def raw(self) -> Any:
        """The provider package's typed model of the run; for a run a client read, built from its JSON when first
        read (ResponseError if that JSON is not as the provider's spec says)."""
        if self._raw is None and self._raw_json is not None:
            model = adapter_class(self.provider).typed(self._raw_json, self.id)
            self.__dict__.update(_raw=model, _raw_json=None)  # built once; to its users the run stays as frozen
        return self._raw

    @property
    def is_terminal(self) -> bool:
        return self.status.is_terminal

    def to_dict(self) -> dict[str, Any]:
        """The normalised fields as JSON-ready values (what ``jobruns ... --json`` prints); no ``raw``."""

        def iso(value: datetime | None) -> str | None:
            return value.isoformat().replace("+00:00", "Z") if value is not None else None

        return {
            "provider": self.provider,
            "job_id": self.job_id,
            "id": self.id,
            "name": self.name,
            "status": self.status.value,
            "provider_status": self.provider_status,
            "is_terminal": self.is_terminal,
            "created_at": iso(self.created_at),
            "started_at": iso(self.started_at),
            "ended_at": iso(self.ended_at),
            "duration_seconds": self.duration.total_seconds() if self.duration is not None else None,
            "error": self.error,
        }


def _check_types(values: dict[str, Any]) -> None:
    for name, kinds in _FIELD_TYPES.items():  # subclasses are fine too; anything else is named
        value = values[name]
        if not isinstance(value, kinds):
            raise TypeError(f"'{name}' must be {kinds[0]!r} (got {value!r} that is a {type(value)!r}).")


_new = object.__new__


def build_run(
    *,
    provider: str,
    job_id: str,
    id: str,  # noqa: A002 - the field's name
    name: str | None,
    status: RunStatus,
    provider_status: str,
    created_at: datetime | None = None,
    started_at: datetime | None = None,
    ended_at: datetime | None = None,
    duration: timedelta | None = None,
    error: str | None = None,
    raw: Any = None,
    raw_json: Any = None,
) -> JobRun:
    """``JobRun(...)``, as the adapters build one per run: the same object after the same checks, in less time
    (a class call passes its keywords through a dict; docs/benchmarks.md has the figure). A test keeps its
    parameters those of JobRun."""
    # _check_types' rules, with exact types first: one expression is cheaper than its loop
    if not (
        type(provider) is str
        and type(job_id) is str
        and type(id) is str
        and (name is None or type(name) is str)
        and type(status) is RunStatus
        and type(provider_status) is str
        and (created_at is None or type(created_at) is datetime)
        and (started_at is None or type(started_at) is datetime)
        and (ended_at is None or type(ended_at) is datetime)
        and (duration is None or type(duration) is timedelta)
        and (error is None or type(error) is str)
    ):
        _check_types(locals())  # the parameters, by name: nothing else is bound yet
    run = _new(JobRun)
    values = run.__dict__  # filled as attrs' __init__ fills it for this frozen dict class (a key-sharing dict)
    values["provider"] = provider
    values["job_id"] = job_id
    values["id"] = id
    values["name"] = name
    values["status"] = status
    values["provider_status"] = provider_status
    values["created_at"] = created_at
    values["started_at"] = started_at
    values["ended_at"] = ended_at
    values["duration"] = duration
    values["error"] = error
    values["_raw"] = raw
    values["_raw_json"] = raw_json
    return run


T = TypeVar("T")


def count_or_none(value: object) -> int | None:
    """A count read from an answer (a listing's total): a whole number, 0 or more, or None for anything else.

    The one rule for numbers an answer gets wrong: NaN, Infinity, a fraction, a negative number or a bool is
    read as absent, never passed on and never an error.
    """
    return value if type(value) is int and value >= 0 else None


@frozen
class Page(Generic[T]):
    """One page of a listing. ``next_cursor`` is opaque (pass it back as ``cursor=``); None on the last page;
    ``total`` is a whole number when the provider reports one, else None."""

    items: list[T]
    next_cursor: str | None = None
    total: int | None = None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


_TIME = {"type": "string", "format": "date-time", "description": "UTC, ISO 8601 with a Z suffix"}

JOBRUN_JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "urn:jobruns:jobrun",  # a name, not an address: jobruns has no public address yet
    "title": "JobRun",
    "description": "One run of a job on any provider, normalised by jobruns (JobRun.to_dict()).",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "provider",
        "job_id",
        "id",
        "name",
        "status",
        "provider_status",
        "is_terminal",
        "created_at",
        "started_at",
        "ended_at",
        "duration_seconds",
        "error",
    ],  # fmt: skip
    "properties": {
        "provider": {"type": "string"},  # jobruns.jobrun_json_schema() lists the registered ones as its enum
        "job_id": {"type": "string"},
        "id": {"type": "string", "description": "what get_run takes"},
        "name": _nullable({"type": "string"}),
        "status": {"type": "string", "enum": [s.value for s in RunStatus]},
        "provider_status": {"type": "string", "description": "the provider's own status value"},
        "is_terminal": {"type": "boolean"},
        "created_at": _nullable(_TIME),
        "started_at": _nullable(_TIME),
        "ended_at": _nullable(_TIME),
        "duration_seconds": _nullable({"type": "number", "minimum": 0}),
        "error": _nullable({"type": "string"}),
    },
}
