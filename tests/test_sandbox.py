"""The sandbox itself: each provider's auth and error shapes, request checks, paging limits, run states,
every fault kind, determinism, and the `jobruns sandbox` process."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import PROVIDERS, SCOPES, TOKEN, WORKSPACE, connect

import jobruns
from jobruns.sandbox import Fault, FaultSpecError, Sandbox, Scope, World, parse_faults, start
from jobruns.sandbox._world import CANCELLED, SimRun

AUTH = {
    "truefoundry": {"Authorization": f"Bearer {TOKEN}"},
    "intuned": {"x-api-key": TOKEN},
    "northflank": {"Authorization": f"Bearer {TOKEN}"},
    "blaxel": {
        "X-Blaxel-Authorization": f"Bearer {TOKEN}",
        "X-Blaxel-Workspace": "demo",
        "Blaxel-Version": "2026-04-28",
    },
}
LIST_PATH = {
    "truefoundry": "/api/svc/v1/jobs/job/runs",
    "intuned": f"/{WORKSPACE}/projects/demo/jobs/job/runs",
    "northflank": "/v1/projects/demo/jobs/job/runs",
    "blaxel": "/jobs/job/executions",
}
ERROR_KEYS = {
    "truefoundry": {"statusCode", "message"},
    "intuned": {"code", "category", "message", "retirable", "correlationId"},
    "northflank": {"error"},
    "blaxel": {"error", "code"},
}
# The page size parameter and its largest value where a source states one (Intuned's sources state none).
PAGE_SIZE = {"truefoundry": ("limit", 1000), "intuned": ("pageSize", None), "northflank": ("per_page", 100),
             "blaxel": ("limit", 100)}  # fmt: skip


def get(
    sandbox: Sandbox, provider: str, path: str, headers: dict[str, str] | None = None, **params: Any
) -> httpx.Response:
    return httpx.get(
        sandbox.urls[provider] + path, headers=AUTH[provider] if headers is None else headers, params=params
    )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_auth_is_refused_in_the_providers_own_shape(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 2)
    assert get(sandbox, provider, LIST_PATH[provider]).status_code == 200
    for headers in ({}, {k: v.replace(TOKEN, "wrong") for k, v in AUTH[provider].items()}):
        refused = get(sandbox, provider, LIST_PATH[provider], headers=headers)
        assert refused.status_code == 401
        assert ERROR_KEYS[provider] <= set(refused.json())


def test_blaxel_wants_its_workspace_header_and_takes_plain_bearer_too(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    no_workspace = {"X-Blaxel-Authorization": f"Bearer {TOKEN}"}
    assert get(sandbox, "blaxel", "/jobs/job/executions", headers=no_workspace).status_code == 403
    plain = {"Authorization": f"Bearer {TOKEN}", "X-Blaxel-Workspace": "w"}
    legacy = get(sandbox, "blaxel", "/jobs/job/executions", headers=plain)
    assert legacy.status_code == 200 and isinstance(legacy.json(), list), "no Blaxel-Version: the legacy array"


@pytest.mark.parametrize("provider", [p for p in PROVIDERS if PAGE_SIZE[p][1] is not None])
def test_paging_limits(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 3)
    name, most = PAGE_SIZE[provider]
    assert most is not None
    assert get(sandbox, provider, LIST_PATH[provider], **{name: most}).status_code == 200
    too_many = get(sandbox, provider, LIST_PATH[provider], **{name: most + 1})
    assert too_many.status_code == (422 if provider == "truefoundry" else 400)
    assert str(most + 1) in too_many.text or "maximum" in too_many.text.lower()


def test_intuned_page_size_has_no_invented_limit(sandbox: Sandbox) -> None:
    """No source states Intuned's default or largest pageSize: any size is taken, and without one every run."""
    sandbox.world.add_job("job", 130)
    path = LIST_PATH["intuned"]
    assert len(get(sandbox, "intuned", path, pageSize="120").json()["jobRuns"]) == 120
    everything = get(sandbox, "intuned", path).json()
    assert len(everything["jobRuns"]) == everything["totalCount"] == 130
    assert get(sandbox, "intuned", path, pageSize="0").status_code == 400


@pytest.mark.parametrize("provider", PROVIDERS)
def test_requests_the_spec_does_not_allow_get_a_400_that_says_why(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    name, _ = PAGE_SIZE[provider]
    refused = get(sandbox, provider, LIST_PATH[provider], **{name: "lots"})
    assert refused.status_code in (400, 422)
    assert "lots" in refused.text or "integer" in refused.text.lower()


def test_intuned_workspace_must_be_a_uuid(sandbox: Sandbox) -> None:
    refused = get(sandbox, "intuned", "/not-a-uuid/projects/demo/jobs/job/runs")
    assert refused.status_code == 400 and "does not match intuned.yaml" in refused.json()["message"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_runs_move_through_the_providers_states(provider: str) -> None:
    now = [1_800_000_000.0]
    world = World(seed=3, clock=lambda: now[0])
    run = SimRun("r-1", "job-1", "job", now[0], pending_for=10, running_for=100, outcome=CANCELLED)
    world.put(SCOPES[provider], "job", [run])
    sandbox = start(world=world, validate=True, token=TOKEN)
    seen = []
    try:
        with connect(provider, sandbox) as runs:
            for moment in (0, 5, 20, 109.5, 200):
                now[0] = run.created + moment
                seen.append(runs.get_run("job", sandbox.emulators[provider].public_id(run)).provider_status)
    finally:
        sandbox.stop()
    assert sandbox.spec_errors == []
    expected = {
        "truefoundry": ["SCHEDULED", "SCHEDULED", "RUNNING", "TERMINATION_REQUESTED", "TERMINATED"],
        "intuned": ["PENDING", "PENDING", "PENDING", "PENDING", "CANCELED"],
        "northflank": ["RUNNING", "RUNNING", "RUNNING", "RUNNING", "FAILED"],
        "blaxel": ["queued", "queued", "running", "cancelling", "cancelled"],
    }
    assert seen == expected[provider]


def test_the_demo_world_has_what_the_design_promises() -> None:
    with jobruns.sandbox.serve(token=TOKEN) as urls, jobruns.connect("blaxel", base_url=urls["blaxel"], token=TOKEN,
                                                           workspace="any") as runs:  # fmt: skip
        every = list(runs.iter_runs("nightly-report"))
    assert len(every) >= 25
    assert {r.status.value for r in every} >= {"succeeded", "failed"}
    assert any(not r.is_terminal for r in every)


# --- the sort and search parameters the official SDKs send (tests/test_official_sdks.py runs the SDKs) -----


@pytest.fixture(params=[True, False], ids=["spec-checked", "unchecked"])
def either_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """With and without the spec check: the emulators honour or refuse these parameters on their own, whether
    or not the vendored spec declares them."""
    server = start(world=World(seed=5), validate=request.param, token=TOKEN)
    server.world.add_job("job", 23, in_flight=2, polls=1000)
    try:
        yield server
    finally:
        server.stop()
    assert server.spec_errors == []


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [run["name"] for run in response.json()["data"]]


def test_truefoundry_sorts_searches_and_filters(either_sandbox: Sandbox) -> None:
    runs = either_sandbox.world.runs(SCOPES["truefoundry"], "job")
    path = LIST_PATH["truefoundry"]
    oldest_first = [r.name for r in sorted(runs, key=lambda r: r.created)]
    assert names(get(either_sandbox, "truefoundry", path, sortBy="startTime", order="asc")) == oldest_first
    assert names(get(either_sandbox, "truefoundry", path, order="asc")) == oldest_first  # by creation date
    by_duration = names(get(either_sandbox, "truefoundry", path, sortBy="duration", order="asc"))
    assert by_duration[-2:] == ["job-25", "job-24"], "still running (no duration): last ascending"
    found = get(either_sandbox, "truefoundry", path, searchPrefix="job-2", limit=2)
    assert names(found) == ["job-25", "job-24"] and found.json()["pagination"]["total"] == 7  # job-2, job-20..25
    assert names(get(either_sandbox, "truefoundry", path, versionNumbers=["2", "4"])) == []
    for bad in ({"sortBy": "createdAt"}, {"order": "up"}, {"status": "DONE"}, {"versionNumbers": "three"}):
        refused = get(either_sandbox, "truefoundry", path, **bad)
        assert refused.status_code == 422 and refused.json()["statusCode"] == 422, bad
        assert next(iter(bad)) in refused.json()["message"]


def test_intuned_sorts_by_field_direction_pairs(either_sandbox: Sandbox) -> None:
    runs = either_sandbox.world.runs(SCOPES["intuned"], "job")
    emulator = either_sandbox.emulators["intuned"]
    path = LIST_PATH["intuned"]
    answer = get(either_sandbox, "intuned", path, sortBy="end_time,asc/created_at,desc", pageSize="30")
    ended = sorted((r for r in runs if r.polls_left is None), key=lambda r: r.ended)
    live = [r for r in runs if r.polls_left is not None]  # no end_time: last ascending, newest first among them
    assert [run["id"] for run in answer.json()["jobRuns"]] == [emulator.public_id(r) for r in ended + live]
    refusals = {"ended_at,asc": "cannot sort by 'ended_at'", "end_time": "needs a direction",
                "end_time,up": "needs a direction", "job_configuration_snapshot,asc": "cannot sort"}  # fmt: skip
    for bad, says in refusals.items():
        refused = get(either_sandbox, "intuned", path, sortBy=bad)
        assert refused.status_code == 400 and refused.json()["code"] == "bad-request"
        assert says in refused.json()["message"], bad


def test_blaxel_sort_binds_its_cursor_and_unsupported_sorts_and_searches_are_refused(either_sandbox: Sandbox) -> None:
    runs = either_sandbox.world.runs(SCOPES["blaxel"], "job")
    path = LIST_PATH["blaxel"]
    first = get(either_sandbox, "blaxel", path, sort="createdAt:asc", limit=20).json()
    cursor = first["meta"]["nextCursor"]
    rest = get(either_sandbox, "blaxel", path, sort="createdAt:asc", limit=20, cursor=cursor).json()
    seen = [e["metadata"]["id"] for e in first["data"] + rest["data"]]
    assert seen == [r.id for r in sorted(runs, key=lambda r: r.created)] and not rest["meta"]["hasMore"]
    other_query = get(either_sandbox, "blaxel", path, limit=20, cursor=cursor)  # the default sort: another query
    assert other_query.status_code == 400 and "another query" in other_query.json()["error"]
    for bad, says in (({"sort": "name:asc"}, "no metadata.name"), ({"q": "nightly"}, "q searches"),
                      ({"sort": "id:asc"}, "createdAt:desc"), ({"q": "x" * 201}, "too long")):  # fmt: skip
        refused = get(either_sandbox, "blaxel", path, **bad)
        assert refused.status_code == 400 and says in refused.json()["error"], bad
    legacy = {k: v for k, v in AUTH["blaxel"].items() if k != "Blaxel-Version"}
    older = get(either_sandbox, "blaxel", path, headers=legacy, sort="createdAt:asc", q="nightly")
    assert [e["metadata"]["id"] for e in older.json()] == [r.id for r in runs][:20], "before 2026-04-28: ignored"


# --- faults ------------------------------------------------------------------------------------------


def test_fault_specs_parse_and_refuse_nonsense() -> None:
    (a, b) = parse_faults("latency=0.05, 429=2:intuned@0.5x3", PROVIDERS)
    assert (a.kind, a.value, a.provider, a.rate, a.times) == ("latency", 0.05, None, 1.0, None)
    assert (b.kind, b.value, b.provider, b.rate, b.times) == ("429", 2.0, "intuned", 0.5, 3)
    for bad in ("explode", "429:jenkins", "500@7", "latency=="):
        with pytest.raises(FaultSpecError):
            parse_faults(bad, PROVIDERS)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_status_faults_answer_in_the_providers_shape(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject("429=3")
    limited = get(sandbox, provider, LIST_PATH[provider])
    assert limited.status_code == 429 and limited.headers["retry-after"] == "3"
    assert ERROR_KEYS[provider] <= set(limited.json())
    for code in (500, 502, 503, 504):
        sandbox.faults[:] = [Fault(str(code))]
        failed = get(sandbox, provider, LIST_PATH[provider])
        assert failed.status_code == code and ERROR_KEYS[provider] <= set(failed.json())


def test_html_truncate_and_reset_faults(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 20)
    sandbox.inject("html200x1")
    page = get(sandbox, "northflank", LIST_PATH["northflank"])
    assert page.status_code == 200 and page.text.startswith("<!DOCTYPE html>")
    sandbox.inject("html502x1")
    proxy = get(sandbox, "northflank", LIST_PATH["northflank"])
    assert proxy.status_code == 502 and "Bad Gateway" in proxy.text
    sandbox.inject("truncatex1")
    cut = get(sandbox, "northflank", LIST_PATH["northflank"])
    assert cut.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(cut.content)
    sandbox.inject("resetx1")
    with pytest.raises(httpx.TransportError):
        get(sandbox, "northflank", LIST_PATH["northflank"])
    assert get(sandbox, "northflank", LIST_PATH["northflank"]).status_code == 200, "and then it recovers"


def test_body_faults_unknown_enums_and_extra_fields(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 5)
    sandbox.inject("unknown-enumx1")
    statuses = [run["status"] for run in get(sandbox, "truefoundry", LIST_PATH["truefoundry"]).json()["data"]]
    assert statuses == [f"NEW_STATE_{i}" for i in range(1, 6)]
    sandbox.inject("extra-fieldsx1")
    body = get(sandbox, "truefoundry", LIST_PATH["truefoundry"]).json()
    assert "x_sandbox_extra" in body and all("x_sandbox_extra" in run for run in body["data"])


def test_redirect_fault_points_at_another_origin(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject("redirect:intuned")
    moved = get(sandbox, "intuned", LIST_PATH["intuned"])
    assert moved.status_code == 307
    assert moved.headers["location"] == f"http://localhost:{sandbox.port}/intuned{LIST_PATH['intuned']}"


def test_latency_fault_delays_but_answers(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    fault = sandbox.inject("latency=0.01:blaxel")
    assert get(sandbox, "blaxel", LIST_PATH["blaxel"]).status_code == 200
    assert get(sandbox, "intuned", LIST_PATH["intuned"]).status_code == 200
    assert fault.fired == 1, "only the provider it names"


def test_faults_are_deterministic_under_a_seed() -> None:
    def fired(seed: int) -> list[int]:
        sandbox = start(world=World(seed=seed), seed=seed, faults="503@0.5", validate=False, token=TOKEN)
        sandbox.world.add_job("job", 1)
        try:
            return [get(sandbox, "blaxel", LIST_PATH["blaxel"]).status_code for _ in range(24)]
        finally:
            sandbox.stop()

    assert fired(11) == fired(11)
    assert fired(11) != fired(12)
    assert set(fired(11)) == {200, 503}


def test_injected_faults_bypass_the_answer_check(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 2)
    sandbox.inject("unknown-enum")
    assert get(sandbox, "blaxel", LIST_PATH["blaxel"]).status_code == 200
    sandbox.faults.clear()
    assert sandbox.spec_errors == []


# --- the process ----------------------------------------------------------------------------------------


def test_jobruns_sandbox_prints_its_urls_and_stops_cleanly_on_sigterm() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "jobruns", "sandbox", "--seed", "4", "--faults", "latency=0.001", "--token", TOKEN],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        urls = json.loads(process.stdout.readline())
        assert sorted(urls) == sorted(PROVIDERS)
        assert all(url.startswith("http://127.0.0.1:") and url.endswith(f"/{p}") for p, url in urls.items())
        with jobruns.connect("northflank", base_url=urls["northflank"], token=TOKEN, project_id="p") as runs:
            assert len(list(runs.iter_runs("nightly-report"))) == 30
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        process.kill()


def test_jobruns_sandbox_refuses_a_bad_fault_spec() -> None:
    shown = subprocess.run([sys.executable, "-m", "jobruns", "sandbox", "--faults", "explode"], capture_output=True,
                           text=True, timeout=30)  # fmt: skip
    assert shown.returncode == 2 and "unknown fault 'explode'" in shown.stderr


def test_each_provider_and_each_workspace_project_or_team_keeps_its_own_runs(sandbox: Sandbox) -> None:
    """As the services scope them: a run triggered on one provider, or in one workspace, is seen nowhere else, and
    two workspaces list runs of their own."""
    sandbox.world.add_job("job", 4)
    elsewhere = {
        "truefoundry": [],  # one control plane per sandbox: no other scope to look in
        "intuned": [{"workspace_id": "0c6b1f0e-1c1e-4f4e-9a3b-2d8e5f0a7c11", "project": "demo"},
                    {"workspace_id": WORKSPACE, "project": "other"}],
        "northflank": [{"project_id": "other"}, {"project_id": "demo", "team_id": "team-a"}],
        "blaxel": [{"workspace": "totally-different"}],
    }  # fmt: skip
    started = {}
    for provider in PROVIDERS:
        with connect(provider, sandbox) as runs:
            started[provider] = runs.trigger_run("job").id
            assert runs.list_runs("job").items[0].id == started[provider]
            home = [run.id for run in runs.iter_runs("job")]
        for settings in elsewhere[provider]:
            with connect(provider, sandbox, **settings) as runs:
                there = [run.id for run in runs.iter_runs("job")]
            assert len(there) == 4, f"{provider} {settings}: the job's own runs, and no triggered one"
            assert not set(there) & set(home), f"{provider} {settings} lists the runs of another scope"
    for provider in PROVIDERS:
        with connect(provider, sandbox) as runs:
            listed = [run.id for run in runs.iter_runs("job")]
        assert len(listed) == 5, f"{provider} lists only its own triggered run"
        assert listed[0] == started[provider]
    assert sandbox.world.runs(SCOPES["blaxel"], "job")[0].id == started["blaxel"]
    assert len(sandbox.world.runs(Scope("blaxel", workspace="totally-different"), "job") or []) == 4


def test_a_job_added_to_one_scope_is_in_no_other(sandbox: Sandbox) -> None:
    made = sandbox.world.add_job("only-here", 2, scope=SCOPES["blaxel"])
    with connect("blaxel", sandbox) as runs:
        assert [run.id for run in runs.iter_runs("only-here")] == [run.id for run in reversed(made)]
    with connect("blaxel", sandbox, workspace="another") as runs, pytest.raises(jobruns.NotFound):
        runs.list_runs("only-here")
    with connect("northflank", sandbox) as runs, pytest.raises(jobruns.NotFound):
        runs.list_runs("only-here")
