"""TrueFoundry: bearer auth, HttpError bodies, offset/limit paging with a total, epoch-millisecond times, the
list filters and sorting its SDK sends (searchPrefix, sortBy/order, triggeredBy, status, versionNumbers), and
trigger (by applicationId, the job id of the run paths, or deploymentId) and terminate (by deploymentId and run
name: TERMINATION_REQUESTED, then TERMINATED), and the logs of a job's runs (nanosecond times, numLogsToIgnore)."""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Callable, Mapping
from typing import Any

from .._emulator import Emulator
from .._logs import written
from .._messages import Recorded, Reply
from .._world import CANCELLED, CANCELLING, FAILED, PENDING, RUNNING, SUCCEEDED, SimRun

STATUS = {PENDING: "SCHEDULED", RUNNING: "RUNNING", CANCELLING: "TERMINATION_REQUESTED",
          SUCCEEDED: "FINISHED", FAILED: "FAILED", CANCELLED: "TERMINATED"}  # fmt: skip
STATUSES = ("CREATED", "SCHEDULED", "RUNNING", "FINISHED", "FAILED", "TERMINATION_REQUESTED", "TERMINATING",
            "TERMINATED", "UNKNOWN")  # fmt: skip  # JobRunStatus
ENDED = (SUCCEEDED, FAILED, CANCELLED)
DEPLOYMENT_VERSION = "3"  # of every sandbox run
# Who triggered a run: a person for some runs, the job's schedule (a virtual account) for the others.
SUBJECTS = (
    {"subjectId": "sandbox-user", "subjectType": "user", "subjectSlug": "sandbox@example.com",
     "subjectDisplayName": "Sandbox User"},
    {"subjectId": "sandbox-scheduler", "subjectType": "virtualaccount", "subjectSlug": "sandbox-scheduler",
     "subjectDisplayName": "Sandbox Scheduler"},
)  # fmt: skip


def _id(run: SimRun) -> str:
    return run.id.replace("-", "")[:24]


def _deployment(job: str) -> str:
    """The id of a job's (one) deployment, which terminate takes."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"truefoundry:{job}:{DEPLOYMENT_VERSION}").hex[:24]


def _subject(run: SimRun) -> dict[str, str]:
    """A triggered run's is the user; the others' the user or the schedule, by run."""
    return SUBJECTS[0] if run.manual else SUBJECTS[zlib.crc32(run.id.encode()) % 2]


def _duration(run: SimRun, now: float) -> int | None:
    """Seconds from createdAt to endTime, once the run has ended."""
    return round(run.ended - run.created) if run.phase(now) in ENDED else None


# sortBy (JobRunsSortBy) -> the value each run sorts by. The runs carry no start time of their own: startTime is
# createdAt, which their duration is counted from.
SORT_KEYS: dict[str, Callable[[SimRun, float], Any]] = {
    "startTime": lambda run, now: run.created,
    "duration": _duration,
    "deploymentVersion": lambda run, now: float(DEPLOYMENT_VERSION),
    "triggeredBy": lambda run, now: _subject(run)["subjectSlug"],
    "status": lambda run, now: STATUS[run.phase(now)],
}
ORDERS = ("asc", "desc")  # SortDirection


class TrueFoundry(Emulator):
    name = "truefoundry"
    routes = [
        ("GET", "/api/svc/v1/jobs/{jobId}/runs/{jobRunName}", "get"),
        ("GET", "/api/svc/v1/jobs/{jobId}/runs", "list"),
        ("POST", "/api/svc/v1/jobs/trigger", "trigger"),
        ("POST", "/api/svc/v1/jobs/terminate", "cancel"),
        ("GET", "/api/svc/v1/logs", "logs"),
    ]
    invalid_request_status = 422  # "Unprocessable Entity. Missing or invalid values for offset and limit"

    def public_id(self, run: SimRun) -> str:
        return run.name  # TrueFoundry's get-run path takes the run's name

    def authenticate(self, headers: Mapping[str, str]) -> Reply | None:
        if headers.get("authorization") != f"Bearer {self.token}":
            return self.error(401, "Unauthorized: invalid or missing bearer token")
        return None

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"statusCode": status, "message": message, "code": None, "details": None})

    def get_run(self, request: Recorded) -> Reply:
        params = request.path_params
        run = self.find_run(request, params["jobId"], params["jobRunName"])
        return run if isinstance(run, Reply) else Reply(200, {"data": self.render(run)})

    def list_runs(self, request: Recorded) -> Reply:
        params, query = request.path_params, request.query
        runs = self.find_job(request, params["jobId"])
        limit = self.integer(query, "limit", 100, 1, 1000)
        offset = self.integer(query, "offset", 0, 0, None)
        for problem in (runs, limit, offset):
            if isinstance(problem, Reply):
                return self.error(422, problem.body["message"]) if problem.status == 400 else problem
        assert isinstance(runs, list) and isinstance(limit, int) and isinstance(offset, int)
        chosen = self._select(runs, query)
        if isinstance(chosen, Reply):
            return chosen
        page = [self.world.rendered(run, self.render, self.name) for run in chosen[offset : offset + limit]]
        return Reply(200, {"data": page, "pagination": {"total": len(chosen), "offset": offset, "limit": limit}})

    def trigger_run(self, request: Recorded) -> Reply:
        body = request.body if isinstance(request.body, dict) else {}
        job = body.get("applicationId") or self._job_of(request, body.get("deploymentId"))
        if not job:
            return self.error(400, "one of deploymentId or applicationId names the job to trigger")
        run = self.start(request, job, self.texts(body, "input", "params"))
        if isinstance(run, Reply):
            return run
        return Reply(200, {"message": "Job triggered", "jobRunName": run.name, "data": self.render(run)})

    def cancel_run(self, request: Recorded) -> Reply:
        deployment, name = self.single(request.query, "deploymentId"), self.single(request.query, "jobRunName")
        job = self._job_of(request, deployment)
        if job is None:
            return self.error(404, f"deployment {deployment!r} not found")
        run = self.find_run(request, job, name or "")
        if isinstance(run, Reply):
            return run
        if not self.stop(run):
            return self.error(417, f"job run {run.name} has already ended ({STATUS[run.phase(self.now())]})")
        return Reply(200, {"message": "Job run termination requested", "jobRunStatus": STATUS[run.phase(self.now())]})

    def logs(self, request: Recorded) -> Reply:
        """The lines of a job's runs (one run's with jobRunName), between startTs and endTs (nanoseconds, both
        included), ``direction`` asc (the default here) or desc, skipping ``numLogsToIgnore`` lines at the first
        timestamp of the order (startTs ascending, endTs descending), at most ``limit`` (none when absent)."""
        query = request.query
        job = self.single(query, "applicationId") or self.single(query, "applicationFqn")
        if not job:
            return self.error(400, "one of applicationId or applicationFqn is required")
        runs = self.find_job(request, job.rsplit(":", 1)[-1])  # an FQN ends with the application's name
        if isinstance(runs, Reply):
            return runs
        name = self.single(query, "jobRunName")
        if name is not None:
            runs = [run for run in runs if run.name == name]
        numbers = {}
        for key, low in (("startTs", 0), ("endTs", 0), ("limit", 1), ("numLogsToIgnore", 0)):
            value = self.integer(query, key, -1, low, None)
            if isinstance(value, Reply):
                return self.error(422, value.body["message"])
            numbers[key] = value
        start, end, limit, ignore = numbers["startTs"], numbers["endTs"], numbers["limit"], numbers["numLogsToIgnore"]
        direction = self.single(query, "direction") or "asc"
        if direction not in ORDERS:
            return self._refuse("direction", direction, ORDERS)
        now = self.now()
        lines = sorted(
            ((line, run) for run in runs for line in written(self.world, run, now)), key=lambda pair: pair[0].time_ns
        )
        lines = [(line, run) for line, run in lines if (start < 0 or line.time_ns >= start) and
                 (end < 0 or line.time_ns <= end)]  # fmt: skip
        if direction == "desc":
            lines.reverse()
        if ignore > 0 and lines:
            first = lines[0][0].time_ns
            at_first = next((i for i, (line, _) in enumerate(lines) if line.time_ns != first), len(lines))
            lines = lines[min(ignore, at_first) :]
        if limit > 0:
            lines = lines[:limit]
        data = [
            {"log": line.text, "stream": line.stream, "time": str(line.time_ns), "containerName": run.job,
             "job_name": run.job}
            for line, run in lines
        ]  # fmt: skip
        return Reply(200, {"data": data})

    def _job_of(self, request: Recorded, deployment: object) -> str | None:
        assert request.scope is not None
        return next((job for job in self.world.job_ids(request.scope) if _deployment(job) == deployment), None)

    def _select(self, runs: list[SimRun], query: dict[str, list[str]]) -> list[SimRun] | Reply:
        """The runs the filters keep, in the order asked for (by default newest first: "sorted by creation date");
        a 422 for a value TrueFoundry does not take. Decided on the runs themselves, not on rendered bodies: a job
        may have 100,000."""
        now = self.now()
        unknown = [value for value in query.get("status", []) if value not in STATUSES]
        sort_by, order = self.single(query, "sortBy"), self.single(query, "order")
        if unknown:
            return self._refuse("status", unknown[0], STATUSES)
        if sort_by is not None and sort_by not in SORT_KEYS:
            return self._refuse("sortBy", sort_by, SORT_KEYS)
        if order is not None and order not in ORDERS:
            return self._refuse("order", order, ORDERS)
        versions = set()
        for value in query.get("versionNumbers", []):
            try:
                versions.add(float(value))
            except ValueError:
                return self.error(422, f"query parameter versionNumbers takes numbers; got {value!r}")
        prefix = self.single(query, "searchPrefix")
        if prefix is not None:  # "search for job runs by name or identifier"
            runs = [run for run in runs if run.name.startswith(prefix) or _id(run).startswith(prefix)]
        if "triggeredBy" in query:  # subject slugs
            slugs = set(query["triggeredBy"])
            runs = [run for run in runs if _subject(run)["subjectSlug"] in slugs]
        if versions:
            runs = runs if float(DEPLOYMENT_VERSION) in versions else []
        if "status" in query:
            wanted = set(query["status"])
            runs = [run for run in runs if STATUS[run.phase(now)] in wanted]
        if sort_by is not None or order is not None:
            key = SORT_KEYS[sort_by or "startTime"]
            runs = self.ordered(runs, [(lambda run: key(run, now), order != "asc")])  # no order given: desc
        return runs

    def _refuse(self, name: str, value: str, allowed: Any) -> Reply:
        return self.error(422, f"query parameter {name} must be one of {', '.join(allowed)}; got {value!r}")

    def render(self, run: SimRun) -> dict[str, Any]:
        now = self.now()
        phase = run.phase(now)
        subject = _subject(run)
        body: dict[str, Any] = {
            "id": _id(run),
            "name": run.name,
            "applicationName": run.job,
            "applicationId": run.job,  # the job id of the run paths, which trigger takes as applicationId
            "deploymentId": _deployment(run.job),
            "deploymentVersion": DEPLOYMENT_VERSION,
            "tenantName": "sandbox",
            "createdAt": int(run.created * 1000),
            "command": "python main.py",
            "totalRetries": run.attempt,
            "status": STATUS[phase],
            "triggeredBy": subject["subjectSlug"],
            "triggeredBySubject": dict(subject),
            "endTime": None,
            "duration": _duration(run, now),
            "exitCode": None,
            "error": None,
        }  # no sparkUi: not a Spark job
        if phase in ENDED:
            body["endTime"] = int(run.ended * 1000)
            body["exitCode"] = 0 if phase == SUCCEEDED else 1
        if phase == FAILED:
            body["error"] = run.error
        return body
