"""The normalised model every provider maps into: JobRun, RunStatus, Page."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from attrs import field, frozen
from attrs.validators import instance_of, optional


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


@frozen(kw_only=True)
class JobRun:
    """One run of a job, as every provider's run maps into it.

    ``id`` is what ``get_run`` takes; ``provider_status`` is the provider's own value (also when it maps to
    ``unknown``); times are timezone-aware UTC; ``raw`` is the provider package's typed model.
    """

    # Validated: the generated models do not check primitive types, so a number where the spec says string
    # must fail here (TypeError, which the client reports as ResponseError) rather than travel on.
    provider: str = field(validator=instance_of(str))
    job_id: str = field(validator=instance_of(str))
    id: str = field(validator=instance_of(str))
    name: str | None = field(validator=optional(instance_of(str)))
    status: RunStatus = field(validator=instance_of(RunStatus))
    provider_status: str = field(validator=instance_of(str))
    created_at: datetime | None = field(default=None, validator=optional(instance_of(datetime)))
    started_at: datetime | None = field(default=None, validator=optional(instance_of(datetime)))
    ended_at: datetime | None = field(default=None, validator=optional(instance_of(datetime)))
    duration: timedelta | None = field(default=None, validator=optional(instance_of(timedelta)))
    error: str | None = field(default=None, validator=optional(instance_of(str)))
    raw: Any = field(default=None, eq=False, repr=False)

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


T = TypeVar("T")


@frozen
class Page(Generic[T]):
    """One page of a listing. ``next_cursor`` is opaque (pass it back as ``cursor=``); None on the last page."""

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
    "$id": "https://github.com/jobruns/jobruns/schemas/jobrun.json",
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
        "provider": {"type": "string", "enum": ["truefoundry", "intuned", "northflank", "blaxel"]},
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
