"""Blaxel: X-Blaxel-Authorization (or Authorization) bearer plus X-Blaxel-Workspace; cursor paging with
{data, meta} for API version 2026-04-28 and later, the legacy bare array with offset/limit before.

From 2026-04-28 `sort` and `q` are honoured as controlplane.yml's PaginationSort and PaginationQuery say, as
far as job executions allow: they have no metadata.name, displayName or labels, so sorting by name and searching
(a q of 2 characters or more) are refused with a 400 that says so. Older versions ignore both, as Blaxel does.
Create execution takes `env` and de-duplicates on the request `id`; cancel answers the execution, cancelling then
cancelled (one that had ended, unchanged). The logs endpoint its CLI reads (not in its published spec) answers a
job's lines newest first, each shown a moment after it was written.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .._emulator import Emulator
from .._logs import NS, written
from .._messages import Recorded, Reply
from .._world import CANCELLED, CANCELLING, FAILED, PENDING, RUNNING, SUCCEEDED, Scope, SimRun

STATUS = {PENDING: "queued", RUNNING: "running", CANCELLING: "cancelling",
          SUCCEEDED: "succeeded", FAILED: "failed", CANCELLED: "cancelled"}  # fmt: skip
TASK_STATUS = {PENDING: "pending", RUNNING: "running", CANCELLING: "running",
               SUCCEEDED: "succeeded", FAILED: "failed", CANCELLED: "cancelled"}  # fmt: skip
ENVELOPE_SINCE = "2026-04-28"
SORTS = ("createdAt:desc", "createdAt:asc", "name:asc", "name:desc")  # PaginationSort; createdAt:desc by default
SEARCHED = "metadata.name, metadata.displayName and labels"  # what q searches (PaginationQuery)
INGESTION_DELAY = 0.3  # seconds before a written line shows in the logs (Blaxel's come through OpenTelemetry)
SEVERITY = {"INFO": 9, "WARNING": 13, "ERROR": 17}  # OpenTelemetry severity numbers


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _rfc3339_ns(time_ns: int) -> str:
    seconds, fraction = divmod(time_ns, NS)
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{fraction:09d}Z"


class Blaxel(Emulator):
    name = "blaxel"
    routes = [
        ("GET", "/jobs/{jobId}/executions/{executionId}", "get"),
        ("GET", "/jobs/{jobId}/executions", "list"),
        ("POST", "/jobs/{jobId}/executions", "trigger"),
        ("DELETE", "/jobs/{jobId}/executions/{executionId}", "cancel"),
        ("GET", "/observability/logs", "logs"),
    ]

    def scope(self, path_params: Mapping[str, str], headers: Mapping[str, str]) -> Scope:
        return Scope(self.name, workspace=headers.get("x-blaxel-workspace", ""))

    def authenticate(self, headers: Mapping[str, str]) -> Reply | None:
        credential = headers.get("x-blaxel-authorization") or headers.get("authorization")
        if credential != f"Bearer {self.token}":
            return self.error(401, "Unauthorized")
        if not headers.get("x-blaxel-workspace"):
            return self.error(403, "missing X-Blaxel-Workspace header")
        return None

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"error": message, "code": status})

    def get_run(self, request: Recorded) -> Reply:
        params = request.path_params
        run = self.find_run(request, params["jobId"], params["executionId"])
        return run if isinstance(run, Reply) else Reply(200, self.render(run))

    def trigger_run(self, request: Recorded) -> Reply:
        """A new execution; a request `id` seen before on the job gives back the execution it created."""
        body = request.body if isinstance(request.body, dict) else {}
        key = body.get("id") if isinstance(body.get("id"), str) and body.get("id") else None
        run = self.start(request, request.path_params["jobId"], self.texts(body, "env"), key)
        if isinstance(run, Reply):
            return run
        answer: dict[str, Any] = {"executionId": run.id, "id": key or str(uuid.uuid4()), "jobId": run.job, "tasks": [],
                  "workspaceId": request.headers.get("x-blaxel-workspace", "")}  # fmt: skip
        return Reply(200, answer)

    def cancel_run(self, request: Recorded) -> Reply:
        """The execution as it then is: cancelling, then cancelled; one that had ended, unchanged."""
        run = self.find_run(request, request.path_params["jobId"], request.path_params["executionId"])
        if isinstance(run, Reply):
            return run
        self.stop(run)
        return Reply(200, self.render(run))

    def list_runs(self, request: Recorded) -> Reply:
        params, query = request.path_params, request.query
        runs = self.find_job(request, params["jobId"])
        limit = self.integer(query, "limit", 20, 1, 100)
        offset = self.integer(query, "offset", 0, 0, None)
        for problem in (runs, limit, offset):
            if isinstance(problem, Reply):
                return problem
        assert isinstance(runs, list) and isinstance(limit, int) and isinstance(offset, int)
        sort, search = self.single(query, "sort") or SORTS[0], self.single(query, "q") or ""
        if sort not in SORTS:
            return self.error(400, f"sort must be one of {', '.join(SORTS)}; got {sort!r}")
        if len(search) > 200:
            return self.error(400, f"q is too long: {len(search)} characters, at most 200")
        if request.headers.get("blaxel-version", "") < ENVELOPE_SINCE:  # no header: the older API version
            return Reply(200, [self.render(run) for run in runs[offset : offset + limit]])
        search = search.strip().lower()  # as Blaxel does; under 2 characters: the unfiltered listing
        if sort.startswith("name:"):
            return self.error(400, f"job executions have no metadata.name to sort by {sort}: use createdAt:desc or "
                                   "createdAt:asc")  # fmt: skip
        if len(search) >= 2:
            return self.error(400, f"q searches {SEARCHED}, which job executions do not have: leave q out")
        query_key = "" if (sort, search) == (SORTS[0], "") else f"{sort}|{search}"  # a cursor serves one query
        start = self.offset_from_cursor(query, 0, query_key)
        if isinstance(start, Reply):
            return start
        if sort == "createdAt:asc":
            runs = self.ordered(runs, [(lambda run: run.created, False)])
        page = runs[start : start + limit]
        more = start + limit < len(runs)
        meta: dict[str, Any] = {"hasMore": more, "total": len(runs)}
        if more:
            meta["nextCursor"] = self.cursor_for(start + limit, query_key)
        return Reply(200, {"data": [self.world.rendered(run, self.render, self.name) for run in page], "meta": meta})

    def logs(self, request: Recorded) -> Reply:
        """The lines of a job's executions (resourceType=jobs, workloadIds=<job>; one execution's with executionId)
        from ``start`` to ``end`` (UTC seconds without a zone, both seconds included), newest first, ``offset`` lines
        skipped, at most ``limit`` (default 1000), keyed by the job's name with the range's totalCount. A line shows
        INGESTION_DELAY seconds after its time, as lines reach Blaxel's store late."""
        query = request.query
        kind, job = self.single(query, "resourceType") or "jobs", self.single(query, "workloadIds") or ""
        if kind != "jobs":
            return self.error(400, f"resourceType {kind!r}: the sandbox serves the logs of jobs")
        limit, offset = self.integer(query, "limit", 1000, 1, None), self.integer(query, "offset", 0, 0, None)
        if isinstance(limit, Reply) or isinstance(offset, Reply):
            return limit if isinstance(limit, Reply) else offset  # type: ignore[return-value]
        bounds = []
        for name in ("start", "end"):
            value = self.single(query, name)
            try:
                moment = None if value is None else datetime.strptime(value, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
            except ValueError:
                return self.error(400, f"{name} must be a UTC time as YYYY-MM-DDTHH:MM:SS, got {value!r}")
            bounds.append(None if moment is None else int(moment.timestamp()) * NS)
        start, end = bounds
        assert request.scope is not None
        known = self.world.runs(request.scope, job)
        runs = known or []
        execution = self.single(query, "executionId")
        if execution:
            runs = [run for run in runs if run.id == execution]
        now = self.now()
        shown = int((now - INGESTION_DELAY) * NS)
        lines = sorted(
            (line for run in runs for line in written(self.world, run, now) if line.time_ns <= shown),
            key=lambda line: line.time_ns,
        )
        lines.reverse()  # newest first: lines of one time too, in the reverse of their order
        lines = [line for line in lines if (start is None or line.time_ns >= start) and (end is None or
                 line.time_ns < end + NS)]  # fmt: skip
        page = [
            {"timestamp": _rfc3339_ns(line.time_ns), "message": line.text, "severity": SEVERITY[line.level],
             "trace_id": ""}
            for line in lines[offset : offset + limit]
        ]  # fmt: skip
        return Reply(200, {job: {"logs": page, "totalCount": len(lines)}} if known is not None else {})

    def render(self, run: SimRun) -> dict[str, Any]:
        phase = run.phase(self.now())
        metadata: dict[str, Any] = {
            "id": run.id,
            "job": run.job,
            "workspace": "sandbox",
            "cluster": "sandbox",
            "createdAt": _iso(run.created),
            "updatedAt": _iso(min(self.now(), run.ended)),
        }
        if phase != PENDING:
            metadata["startedAt"] = _iso(run.started)
        body: dict[str, Any] = {
            "metadata": metadata,
            "spec": {"parallelism": 1, "timeout": 3600, "tasks": []},  # envOverride below, for a run given env
            "status": STATUS[phase],
            "stats": {"total": 1, "running": int(phase == RUNNING), "success": int(phase == SUCCEEDED),
                      "failure": int(phase == FAILED), "cancelled": int(phase == CANCELLED), "retried": run.attempt},
        }  # fmt: skip
        if phase in (SUCCEEDED, FAILED, CANCELLED):
            metadata["completedAt"] = _iso(run.ended)
        body["tasks"] = [self._task(run, phase)]
        if run.params:  # "values are masked with ***"
            body["spec"]["envOverride"] = dict.fromkeys(run.params, "***")
        return body

    def _task(self, run: SimRun, phase: str) -> dict[str, Any]:
        """The execution's one task (stats.total is 1), with the times its phase has reached."""
        times = {"createdAt": _iso(run.created), "scheduledAt": _iso(run.created),
                 "updatedAt": _iso(min(self.now(), run.ended))}  # fmt: skip
        if phase != PENDING:
            times["startedAt"] = _iso(run.started)
        if phase in (SUCCEEDED, FAILED, CANCELLED):
            times["completedAt"] = _iso(run.ended)
        task: dict[str, Any] = {
            "metadata": {"name": f"{run.name}-task-0", **times},
            "spec": {"maxRetries": 3, "timeout": "60m"},
            "status": TASK_STATUS[phase],
        }
        if phase == FAILED:
            task["conditions"] = [{"type": "Failed", "reason": "TaskFailed", "message": run.error}]
        return task
