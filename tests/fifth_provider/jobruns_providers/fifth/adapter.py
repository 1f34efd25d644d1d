"""Fifth: bearer auth, runs in a space, offset/limit paging with a total. Mapping only: the generated package
jobruns_fifth (from spec.yaml) does the HTTP, jobruns' client sends, retries, pages and waits."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from jobruns import JobRun, RunStatus
from jobruns.adapters import Adapter, Call, PageOf, Position, Setting, runs_under

if TYPE_CHECKING:
    from jobruns_fifth.models import Run


class Fifth(Adapter):
    name = "fifth"
    package = "jobruns_fifth"
    install = "pip install ./jobruns-fifth (generated from jobruns_providers/fifth/spec.yaml)"
    docs_url = "https://example.org/fifth/api"
    settings = (Setting("space", "Fifth space the jobs live in", required=True),)
    default_base_url = "https://api.fifth.example/v1"
    default_page_size = 20
    max_page_size = 100
    no_logs = "its API serves no logs"  # iter_logs raises NotSupported, saying so (logs: None, the default)
    statuses = {
        "QUEUED": RunStatus.PENDING,
        "RUNNING": RunStatus.RUNNING,
        "DONE": RunStatus.SUCCEEDED,
        "FAILED": RunStatus.FAILED,
        "CANCELLED": RunStatus.CANCELLED,
    }

    def auth_headers(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def get_call(self, job_id: str, run_id: str) -> Call:
        from jobruns_fifth.api.runs import get_run

        return Call(get_run, {"space": self.config["space"], "job_id": job_id, "run_id": run_id})

    def read_run(self, body: Any) -> Run:
        from jobruns_fifth.models import Run

        return Run.from_dict(body)

    def list_call(
        self, job_id: str, position: Position, page_size: int, statuses: list[str] | None, newest: bool = False
    ) -> Call:
        from jobruns_fifth.api.runs import list_runs

        kwargs = {"space": self.config["space"], "job_id": job_id, "offset": int(position or 0), "limit": page_size}
        return Call(list_runs, kwargs)

    def read_page(self, body: Any, position: Position, page_size: int) -> PageOf:
        from jobruns_fifth.models import Run, RunPage

        rest, items = runs_under(body, "runs")
        total = RunPage.from_dict(rest).total
        following = int(position or 0) + len(items)
        return PageOf(items, Run.from_dict, following if items and following < total else None, total)

    def page_position(self, index: int, page_size: int) -> Position:
        return index * page_size

    def to_run(self, job_id: str, model: Run) -> JobRun:
        status = self.statuses.get(model.state.value, RunStatus.UNKNOWN)
        started, ended = _moment(model.started_at), _moment(model.ended_at)
        return JobRun(
            provider=self.name,
            job_id=model.job or job_id,
            id=model.id,
            name=None,
            status=status,
            provider_status=model.state.value,
            created_at=_moment(model.created_at),
            started_at=started,
            ended_at=ended,
            duration=ended - started if started and ended else None,
            error=model.message if status is RunStatus.FAILED and isinstance(model.message, str) else None,
            raw=model,
        )

    def error_details(self, body: Any) -> tuple[str | None, str | None]:
        return body.get("error"), None


def _moment(value: object) -> datetime | None:
    """A time of the generated model (a datetime, None or UNSET) in UTC."""
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
