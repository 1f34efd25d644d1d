"""Fifth: bearer auth, runs in a space, offset/limit paging with a total. Mapping only: the generated package
jobruns_fifth (from spec.yaml) does the HTTP, jobruns' client sends, retries, pages and waits."""

from __future__ import annotations

from typing import Any

from jobruns import JobRun, RunStatus
from jobruns.adapters import Adapter, Call, PageOf, Position, Setting, runs_under, to_utc


class Fifth(Adapter):
    name = "fifth"
    package = "jobruns_fifth"
    install = "pip install ./jobruns-fifth (generated from jobruns_providers/fifth/spec.yaml)"
    docs_url = "https://example.org/fifth/api"
    settings = (Setting("space", "Fifth space the jobs live in", required=True),)
    default_base_url = "https://api.fifth.example/v1"
    default_page_size = 20
    max_page_size = 100
    run_model = "Run"  # JobRun.raw: jobruns_fifth.models.Run, built from the run's JSON when first read
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

    def read_run(self, body: Any) -> Any:
        return body  # a get answer is the run itself

    def list_call(
        self, job_id: str, position: Position, page_size: int, statuses: list[str] | None, newest: bool = False
    ) -> Call:
        from jobruns_fifth.api.runs import list_runs

        kwargs = {"space": self.config["space"], "job_id": job_id, "offset": int(position or 0), "limit": page_size}
        return Call(list_runs, kwargs)

    def read_page(self, body: Any, position: Position, page_size: int) -> PageOf:
        from jobruns_fifth.models import RunPage

        rest, items = runs_under(body, "runs")
        total = RunPage.from_dict(rest).total
        following = int(position or 0) + len(items)
        return PageOf(items, following if items and following < total else None, total)

    def page_position(self, index: int, page_size: int) -> Position:
        return index * page_size

    def to_run(self, job_id: str, run: Any) -> JobRun:
        status, state = self.status_of[run["state"]]
        started, ended = to_utc(run.get("startedAt")), to_utc(run.get("endedAt"))
        message = run.get("message")
        return JobRun(
            provider=self.name,
            job_id=run["job"] or job_id,
            id=run["id"],
            name=None,
            status=status,
            provider_status=state,
            created_at=to_utc(run["createdAt"]),
            started_at=started,
            ended_at=ended,
            duration=ended - started if started and ended else None,
            error=message if status is RunStatus.FAILED and isinstance(message, str) else None,
            raw_json=run,
        )

    def error_details(self, body: Any) -> tuple[str | None, str | None]:
        return body.get("error"), None

