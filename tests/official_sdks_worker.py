"""Runs inside the virtualenv of the providers' official SDKs (tests/test_official_sdks.py): the SDKs and the
standard library only here.

    python official_sdks_worker.py PROVIDER BASE_URL TOKEN JOB RUN_ID  ->  one JSON object on stdout
    python official_sdks_worker.py PROVIDER BASE_URL TOKEN JOB --writes  ->  the same, of a trigger and a cancel

Calls the sandbox through the provider's own SDK as a user would: get a run, get a missing run, list a missing
job, walk every page with the SDK's pager, the sort and search parameters it sends, and a sort value the
sandbox refuses; TrueFoundry's a run's logs page by page. Each listing is written as the run ids in the order the SDK
yielded them, pages kept apart.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from importlib.metadata import version
from typing import Any

WORKSPACE_ID = "3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40"
PAGE = 10


def failure(call: Callable[[], Any]) -> dict[str, Any]:
    """What the SDK raised (its class, status and body), or a note that it raised nothing."""
    try:
        call()
    except Exception as exc:  # every SDK has its own error classes: report whichever was raised
        status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
        body = getattr(exc, "body", None) or getattr(exc, "message", None)
        return {"error": type(exc).__name__, "status": status, "body": body}
    return {"error": None}


def truefoundry(url: str, token: str, job: str, run_id: str) -> dict[str, Any]:
    from truefoundry_sdk import TrueFoundry

    client = TrueFoundry(api_key=token, base_url=url)
    run = client.jobs.get_run(job, run_id).data

    def pages(**params: Any) -> list[list[str]]:
        pager = client.jobs.list_runs(job, limit=PAGE, **params)
        return [[item.name for item in page.items or []] for page in pager.iter_pages()]

    return {
        "get": {"id": run.name, "status": run.status, "fields": sorted(run.model_dump(exclude_none=True))},
        "missing_run": failure(lambda: client.jobs.get_run(job, "no-such-run")),
        "missing_job": failure(lambda: list(client.jobs.list_runs("no-such-job"))),
        "pages": pages(),
        "every": [item.name for item in client.jobs.list_runs(job, limit=PAGE)],  # the pager as an iterable
        "startTime asc": pages(sort_by="startTime", order="asc"),
        "duration desc": pages(sort_by="duration", order="desc"),
        "status": pages(sort_by="status"),
        "prefix": pages(search_prefix=f"{job}-1"),
        "scheduler": pages(triggered_by=["sandbox-scheduler"]),
        "failed or running": pages(status=["FAILED", "RUNNING"]),
        "version 3": pages(version_numbers=[3]),
        "version 2": pages(version_numbers=[2]),
        "refused": failure(lambda: client.jobs.list_runs(job, sort_by="createdAt")),
        "logs": logs_pages(client, job, run_id),
        "logs_unnamed": failure(lambda: client.logs.get(job_run_name=run_id)),
    }


def logs_pages(client: Any, job: str, run_id: str) -> list[list[list[str]]]:
    """A run's logs read with client.logs.get as TrueFoundry's CLI follows them: from the last line's time, the lines
    already read at it skipped with numLogsToIgnore; each page as [time, stream, text] lines."""
    pages: list[list[list[str]]] = []
    start, seen = "0", 0
    while True:
        answer = client.logs.get(application_id=job, job_run_name=run_id, start_ts=start, num_logs_to_ignore=seen,
                                 limit=PAGE, direction="asc")  # fmt: skip
        pages.append([[line.time, line.stream, line.log] for line in answer.data])
        for line in answer.data:
            start, seen = (start, seen + 1) if line.time == start else (line.time, 1)
        if len(answer.data) < PAGE:
            return pages


def intuned(url: str, token: str, job: str, run_id: str) -> dict[str, Any]:
    from intuned_client import IntunedClient

    runs = IntunedClient(api_key=token, workspace_id=WORKSPACE_ID, base_url=url).projects.jobs.runs
    answer = runs.get(project_name="demo", job_id=job, job_run_id=run_id)

    def walk(**params: Any) -> Iterator[list[str]]:
        """intuned-client has no pager: pageNumber from 0 until totalCount runs were seen."""
        seen, number = 0, 0
        while True:
            page = runs.list(project_name="demo", job_id=job, page_size=str(PAGE), page_number=str(number), **params)
            yield [item.id for item in page.job_runs]
            seen, number = seen + len(page.job_runs), number + 1
            if not page.job_runs or seen >= page.total_count:
                return

    everything = runs.list(project_name="demo", job_id=job)
    return {
        "get": {
            "id": answer.job_run.id,
            "status": answer.job_run.status,
            "results": answer.results is not None,
            "fields": sorted(answer.job_run.model_dump(exclude_none=True)),
        },
        "missing_run": failure(lambda: runs.get(project_name="demo", job_id=job, job_run_id="jr_missing")),
        "missing_job": failure(lambda: runs.list(project_name="demo", job_id="no-such-job")),
        "pages": list(walk()),
        "every": [item.id for item in everything.job_runs],  # no pageSize: every run
        "start_time desc": list(walk(sort_by="start_time,desc")),
        "status asc, start_time asc": list(walk(sort_by="status,asc/start_time,asc")),
        "refused": failure(lambda: runs.list(project_name="demo", job_id=job, sort_by="start_time")),
    }


def northflank(url: str, token: str, job: str, run_id: str) -> dict[str, Any]:
    from northflank import ApiClient

    client = ApiClient(api_token=token, base_url=url)
    run = client.get.job.run(project_id="demo", job_id=job, run_id=run_id).data
    first = client.get.job.runs(project_id="demo", job_id=job, per_page=PAGE)
    pages, current = [], first
    while True:  # the SDK's own next-page handle, as .all() follows it
        pages.append([item["id"] for item in current.data["runs"]])
        if not current.pagination or not current.pagination.has_next_page:
            break
        current = current.pagination.get_next_page()
    every = client.get.job.runs.all(project_id="demo", job_id=job, per_page=PAGE).data
    return {
        "get": {"id": run["id"], "status": run["status"], "fields": sorted(k for k, v in run.items() if v is not None)},
        "missing_run": failure(lambda: client.get.job.run(project_id="demo", job_id=job, run_id="no-such-run")),
        "missing_job": failure(lambda: client.get.job.runs(project_id="demo", job_id="no-such-job")),
        "pages": pages,
        "every": [item["id"] for item in every["runs"]],
    }


def blaxel(url: str, token: str, job: str, run_id: str) -> dict[str, Any]:
    from blaxel.core.client import Client
    from blaxel.core.client.api.jobs import get_job_execution, list_job_executions
    from blaxel.core.client.models.list_job_executions_sort import ListJobExecutionsSort
    from blaxel.core.client.pagination import PaginatedList, make_paginated_list
    from blaxel.core.common.settings import settings

    headers = {"X-Blaxel-Authorization": f"Bearer {token}", "X-Blaxel-Workspace": "demo",
               "Blaxel-Version": settings.api_version}  # fmt: skip  # what the SDK's autoload sends
    client = Client(base_url=url, headers=headers)

    def listing(**params: Any) -> PaginatedList[Any]:
        """As the SDK's own Job.list_executions builds its pager, with the sort and q it leaves out."""

        def fetch(cursor: str | None) -> PaginatedList[Any]:
            answer = list_job_executions.sync_detailed(job, client=client, limit=PAGE, cursor=cursor, **params)
            if answer.status_code != 200:
                raise RuntimeError(f"HTTP {int(answer.status_code)}: {answer.content.decode()}")
            return make_paginated_list(answer.parsed, mapper=lambda execution: execution, fetch_next=fetch)

        return fetch(None)

    def pages(**params: Any) -> list[list[str]]:
        found, page = [], listing(**params)
        while True:
            found.append([item.metadata.id for item in page])
            if not page.has_more:
                return found
            page = page.next_page()

    def status_of(**params: Any) -> dict[str, Any]:
        answer = list_job_executions.sync_detailed(job, client=client, **params)
        return {"status": int(answer.status_code), "body": json.loads(answer.content)}

    run = get_job_execution.sync_detailed(job, run_id, client=client)
    missing = get_job_execution.sync_detailed(job, "no-such-execution", client=client)
    return {
        "get": {
            "id": run.parsed.metadata.id,
            "status": str(run.parsed.status),
            "fields": sorted(run.parsed.metadata.to_dict()),
        },
        "missing_run": {"status": int(missing.status_code), "body": json.loads(missing.content)},
        "missing_job": failure(lambda: list_job_executions.sync_detailed("no-such-job", client=client)),
        "pages": pages(),
        "every": [item.metadata.id for item in listing().auto_paging_iter()],
        "createdAt asc": pages(sort=ListJobExecutionsSort.CREATEDATASC),
        "createdAt desc": pages(sort=ListJobExecutionsSort.CREATEDATDESC),
        "short q": pages(q=" N "),  # under 2 characters once trimmed: the unfiltered listing
        "refused": status_of(sort=ListJobExecutionsSort.NAMEASC),
        "refused q": status_of(q="nightly"),
    }


PARAMS = {"REPORT_DATE": "2026-12-01"}


def truefoundry_writes(url: str, token: str, job: str) -> dict[str, Any]:
    from truefoundry_sdk import JobTriggerInput, TrueFoundry

    client = TrueFoundry(api_key=token, base_url=url)
    started = client.jobs.trigger(application_id=job, input=JobTriggerInput(params=PARAMS))
    stopped = client.jobs.terminate(deployment_id=started.data.deployment_id, job_run_name=started.job_run_name)
    return {"started": started.job_run_name, "status": started.data.status, "stopped": stopped.job_run_status}


def intuned_writes(url: str, token: str, job: str) -> dict[str, Any]:
    from intuned_client import IntunedClient

    jobs = IntunedClient(api_key=token, workspace_id=WORKSPACE_ID, base_url=url).projects.jobs
    started = jobs.trigger(project_name="demo", job_id=job)
    stopped = jobs.runs.terminate(project_name="demo", job_id=job, job_run_id=started.job_run_id)
    after = jobs.runs.get(project_name="demo", job_id=job, job_run_id=started.job_run_id)
    return {"started": started.job_run_id, "stopped": stopped.message, "status": after.job_run.status}


def northflank_writes(url: str, token: str, job: str) -> dict[str, Any]:
    from northflank import ApiClient

    client = ApiClient(api_token=token, base_url=url)
    started = client.start.job.run(project_id="demo", job_id=job, data={"runtimeEnvironment": PARAMS}).data
    stopped = client.abort.job.run(project_id="demo", job_id=job, run_id=started["id"]).data
    return {"started": started["id"], "name": started["runName"], "stopped": stopped}


def blaxel_writes(url: str, token: str, job: str) -> dict[str, Any]:
    from blaxel.core.client import Client
    from blaxel.core.client.api.jobs import create_job_execution, delete_job_execution
    from blaxel.core.client.models import CreateJobExecutionRequest, CreateJobExecutionRequestEnv

    client = Client(base_url=url, headers={"X-Blaxel-Authorization": f"Bearer {token}", "X-Blaxel-Workspace": "demo"})
    request = CreateJobExecutionRequest(env=CreateJobExecutionRequestEnv.from_dict(PARAMS), id="sdk-request-1")
    started = create_job_execution.sync_detailed(job, client=client, body=request)
    again = create_job_execution.sync_detailed(job, client=client, body=request)  # the same id: no second one
    execution = started.parsed.execution_id
    stopped = delete_job_execution.sync_detailed(job, execution, client=client)
    return {
        "started": execution,
        "again": again.parsed.execution_id,
        "status": int(started.status_code),
        "stopped": str(stopped.parsed.status),
    }


SDKS = {"truefoundry": truefoundry, "intuned": intuned, "northflank": northflank, "blaxel": blaxel}
WRITES = {"truefoundry": truefoundry_writes, "intuned": intuned_writes, "northflank": northflank_writes,
          "blaxel": blaxel_writes}  # fmt: skip
DISTRIBUTIONS = {"truefoundry": "truefoundry-sdk", "intuned": "intuned-client", "northflank": "northflank",
                 "blaxel": "blaxel"}  # fmt: skip

if __name__ == "__main__":
    provider, url, token, job, run_id = sys.argv[1:6]  # RUN_ID "--writes": start a run and stop it instead
    found = WRITES[provider](url, token, job) if run_id == "--writes" else SDKS[provider](url, token, job, run_id)
    sdk = DISTRIBUTIONS[provider]
    print(json.dumps({"sdk": sdk, "version": version(sdk), **found}, default=str))
