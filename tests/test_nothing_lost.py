"""Nothing lost, nothing started twice, against servers that redirect, answer oddly after committing a write, refuse
a repeated cancel or answer a trigger 429: over real HTTP against the sandbox, its faults and hooks scripting each
answer. Every write test counts the runs the server started."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import attrs
import pytest
from conftest import PROVIDERS, SETTINGS, TOKEN, connect, connect_async
from test_cli import jobruns_cli, provider_flags

import jobruns
from jobruns.sandbox import Recorded, Reply, Sandbox, World, start

UNKEYED = ["truefoundry", "intuned", "northflank"]  # their triggers carry no idempotency key
ODD_ANSWERS = ["truncate", "empty-after", "null-after", "html-after", "204-after", "offspec-after"]
LATE_FAILURES = [*ODD_ANSWERS, "5xx-after=500", "5xx-after=502", "reset"]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """Runs that go on for ten minutes: a cancel always finds them running."""
    server = start(world=World(seed=5, run_seconds=600), validate=True, token=TOKEN)
    try:
        yield server
    finally:
        server.stop()
    assert server.spec_errors == [], "the sandbox sent answers its own specs do not allow"


def started(sandbox: Sandbox, job: str = "job") -> int:
    """Runs the job has gained since add_job(job, 1)."""
    return len(sandbox.world.jobs[job]) - 1


# --- redirects ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_listing_follows_a_redirect_to_its_location_query_and_all(
    provider: str, status: int, sandbox: Sandbox
) -> None:
    """A same-origin redirect whose Location has a query string was followed without it: a Blaxel iter_runs of 25
    runs never ended, Intuned gave 30 runs of which 10 were distinct."""
    sandbox.world.add_job("job", 25)
    with connect(provider, sandbox) as runs:
        expected = [run.id for run in runs.iter_runs("job", page_size=10)]
        sandbox.inject(f"redirect-same={status}:{provider}")
        redirected = [run.id for run in runs.iter_runs("job", page_size=10)]
    assert redirected == expected and len(set(expected)) == 25
    listed = sandbox.requests_to(provider, "list")
    followed = [(asked, again) for asked, again in zip(listed, listed[1:], strict=False) if "hop" in again.query]
    assert len(followed) == 3, "each page redirected once"
    assert all({k: v for k, v in again.query.items() if k != "hop"} == asked.query for asked, again in followed)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_cancel_follows_a_redirect_with_its_query(provider: str, sandbox: Sandbox) -> None:
    """TrueFoundry's cancel names the run in its query (deploymentId, jobRunName): a redirect lost them."""
    sandbox.world.add_job("job", 1)
    with connect(provider, sandbox) as runs:
        run = runs.trigger_run("job")
        sandbox.inject(f"redirect-same=307:{provider}")
        stopped = runs.cancel_run("job", run.id)
    assert stopped.id == run.id and stopped.status.value in ("cancelling", "cancelled", "running")
    assert sandbox.world.jobs["job"][0].cancelled_at is not None, "the cancel reached the run"
    assert started(sandbox) == 1


@pytest.mark.parametrize("status", [301, 302, 303])
@pytest.mark.parametrize("provider", UNKEYED)
def test_a_trigger_redirected_after_it_committed_is_followed_as_a_get_and_starts_one_run(
    provider: str, status: int, sandbox: Sandbox
) -> None:
    """POST/Redirect/GET: 303 (and 301/302, as browsers and httpx do) becomes a GET without a body. Before, the
    POST was sent again with its body: two runs per call."""
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"redirect-after={status}:{provider}")
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.JobRunsError) as caught:
        runs.trigger_run("job")
    assert started(sandbox) == 1, "one run"
    assert "may have started" in str(caught.value)
    followed = [r for r in sandbox.requests_to(provider) if "hop" in r.query]
    assert [(r.method, r.body, r.headers.get("content-length", "0")) for r in followed] == [("GET", None, "0")]


@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize("provider", UNKEYED)
def test_an_unkeyed_trigger_redirected_with_307_or_308_is_not_sent_again(
    provider: str, status: int, sandbox: Sandbox
) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"redirect-after={status}:{provider}")
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.JobRunsError) as caught:
        runs.trigger_run("job")
    assert started(sandbox) == 1, "one run"
    assert "may have started" in str(caught.value) and str(status) in str(caught.value)
    assert len(sandbox.requests_to(provider, "trigger")) == 1, "the POST was not repeated"


@pytest.mark.parametrize("status", [307, 308])
def test_a_keyed_blaxel_trigger_may_follow_a_307_or_308(status: int, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"redirect-after={status}:blaxel")
    with connect("blaxel", sandbox) as runs:
        run = runs.trigger_run("job")
    sent = sandbox.requests_to("blaxel", "trigger")
    assert len(sent) == 2 and sent[0].body == sent[1].body, "the same request, key and all"
    assert started(sandbox) == 1 and sandbox.emulators["blaxel"].public_id(sandbox.world.jobs["job"][0]) == run.id


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_cross_origin_redirect_never_carries_the_body_nor_the_credentials(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"redirect:{provider}")  # 307 to http://localhost:PORT, another origin
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.JobRunsError) as caught:
        runs.trigger_run("job")
    elsewhere = [r for r in sandbox.requests if r.headers.get("host", "").startswith("localhost")]
    assert all(r.body is None and TOKEN not in json.dumps(r.headers) for r in elsewhere)
    assert "may have started" in str(caught.value)
    assert started(sandbox) == 0


# --- odd answers after a trigger committed -----------------------------------------------------------------------


@pytest.mark.parametrize("fault", LATE_FAILURES)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_failure_after_a_trigger_was_sent_says_the_run_may_have_started(
    provider: str, fault: str, sandbox: Sandbox
) -> None:
    """An empty, null, HTML, truncated or off-spec 2xx body, or a 204, after the run started: the error says the run
    may have started, and on Blaxel the idempotency key jobruns made, to repeat the trigger safely."""
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"{fault}:{provider}")  # every answer: a keyed Blaxel trigger's retries meet it too
    with connect(provider, sandbox, retries=1) as runs, pytest.raises(jobruns.JobRunsError) as caught:
        runs.trigger_run("job")
    text = str(caught.value)
    assert "may have started" in text
    assert started(sandbox) == 1, "one run"
    if provider == "blaxel":
        (key,) = {r.body["id"] for r in sandbox.requests_to("blaxel", "trigger")}
        assert f"idempotency_key='{key}'" in text, "the key jobruns made, to repeat the trigger with"


@pytest.mark.parametrize("fault", ODD_ANSWERS)
@pytest.mark.parametrize("provider", ["truefoundry", "blaxel"])
def test_the_async_client_says_it_too(provider: str, fault: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"{fault}:{provider}")

    async def trigger() -> None:
        async with connect_async(provider, sandbox, retries=1) as runs:
            await runs.trigger_run("job")

    with pytest.raises(jobruns.JobRunsError, match="may have started"):
        asyncio.run(trigger())
    assert started(sandbox) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_jobruns_run_prints_the_note_and_the_key(provider: str, sandbox: Sandbox) -> None:
    """The sandbox's own truncate fault once made `jobruns run` exit 6 without a word of the run it had started."""
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"truncate:{provider}")
    done = jobruns_cli("run", provider, "job", *provider_flags(provider, sandbox), "--retries", "0")
    assert done.returncode == 6 and "may have started" in done.stderr and "jobruns list" in done.stderr
    if provider == "blaxel":
        (request,) = sandbox.requests_to("blaxel", "trigger")
        assert f"--idempotency-key {request.body['id']}" in done.stderr
    assert started(sandbox) == 1


# --- a repeated cancel refused ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("provider", "status"), [("truefoundry", 417), ("blaxel", 409), ("intuned", 409),
                                                  ("northflank", 409)])  # fmt: skip
def test_a_refused_repeat_of_a_cancel_that_landed_is_answered_by_reading_the_run(
    provider: str, status: int, sandbox: Sandbox
) -> None:
    """The first cancel landed but its answer was lost (a reset): the retry is refused ("already being
    terminated"), and cancel_run reads the run instead of raising: cancelling, as asked."""
    sandbox.world.add_job("job", 1)
    emulator = sandbox.emulators[provider]
    cancels: list[Recorded] = []

    def lost_then_refused(request: Recorded) -> Reply | None:
        if request.operation != "cancel":
            return None
        cancels.append(request)
        if len(cancels) == 1:
            reply = emulator.cancel_run(request)
            return Reply(reply.status, reply.body, reply.headers, reset=True)
        return emulator.error(status, "job run is already being terminated")

    with connect(provider, sandbox) as runs:
        run = runs.trigger_run("job")
        sandbox.hooks.append(lost_then_refused)
        if provider == "northflank":  # no cancelling state: a run that reads running cannot be told from one not
            with pytest.raises(jobruns.APIError, match="already being terminated"):  # cancelled, so it raises
                runs.cancel_run("job", run.id)
            return
        stopped = runs.cancel_run("job", run.id)
    assert len(cancels) == 2 and stopped.id == run.id
    assert stopped.status.value in ("cancelling", "cancelled")
    assert started(sandbox) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_refused_cancel_of_a_run_that_goes_on_still_raises(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    emulator = sandbox.emulators[provider]
    sandbox.hooks.append(lambda r: emulator.error(409, "not now") if r.operation == "cancel" else None)
    with connect(provider, sandbox) as runs:
        run = runs.trigger_run("job")
        with pytest.raises(jobruns.APIError, match="not now"):
            runs.cancel_run("job", run.id)
    assert started(sandbox) == 1 and not sandbox.world.jobs["job"][0].cancelled_at


# --- 429 on a trigger -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", UNKEYED)
def test_a_429_after_an_unkeyed_trigger_committed_is_not_retried(provider: str, sandbox: Sandbox) -> None:
    """None of these providers says that a 429 trigger started nothing: the run may have started, so no retry."""
    sandbox.world.add_job("job", 1)
    sandbox.inject(f"5xx-after=429:{provider}x1")
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.RateLimited) as caught:
        runs.trigger_run("job")
    assert "may have started" in str(caught.value)
    assert started(sandbox) == 1 and len(sandbox.requests_to(provider, "trigger")) == 1


def test_blaxel_retries_a_429_trigger_as_its_spec_says_it_started_nothing(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject("429=0.01:blaxelx1")
    with connect("blaxel", sandbox) as runs:
        run = runs.trigger_run("job")
    assert started(sandbox) == 1 and len(sandbox.requests_to("blaxel", "trigger")) == 2
    assert sandbox.emulators["blaxel"].public_id(sandbox.world.jobs["job"][0]) == run.id


# --- a listing that does not advance ------------------------------------------------------------------------------

POSITIONS = ("offset", "pageNumber", "cursor", "page")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_listing_whose_position_does_not_advance_ends_with_a_response_error(provider: str, sandbox: Sandbox) -> None:
    """A server that ignores the page asked for (offset, page number or cursor) answers the first page again and
    again: the walk never yields a run twice, and ends with ResponseError rather than loop."""
    sandbox.world.add_job("job", 25)
    emulator = sandbox.emulators[provider]

    def first_page_always(request: Recorded) -> Reply | None:
        if request.operation != "list" or emulator.authenticate(request.headers):
            return None
        return emulator.list_runs(attrs.evolve(request, query={k: v for k, v in request.query.items()
                                                               if k not in POSITIONS}))  # fmt: skip

    sandbox.hooks.append(first_page_always)
    seen: list[str] = []
    with connect(provider, sandbox) as runs, pytest.raises(jobruns.ResponseError, match="does not advance"):
        for run in runs.iter_runs("job", page_size=10):
            seen.append(run.id)
            assert len(seen) <= 25, "the walk went on past what the server has"
    assert len(seen) == len(set(seen)) == 10


# --- redaction of whole tokens ------------------------------------------------------------------------------------


def test_a_short_token_is_redacted_only_as_a_word_of_its_own() -> None:
    """A one-letter token once starred every t of the message: `h******ps://slow-hos***.example.com`."""
    import socket
    import threading

    from hostile import answer, serving

    def hang_up(connection: socket.socket, stopping: threading.Event) -> None:
        connection.close()

    short = {"token": "t", "workspace": "w", "retries": 0}
    with (
        serving(hang_up) as server,
        jobruns.connect("blaxel", base_url=server.url, **short) as runs,
        pytest.raises(jobruns.TransportError) as cut,
    ):
        runs.get_run("job", "run")
    assert f"request to {server.url}/jobs/job/executions/run failed" in str(cut.value)
    with (
        serving(answer(401, {"error": "token t is not valid for this workspace"})) as server,
        jobruns.connect("blaxel", base_url=server.url, **short) as runs,
        pytest.raises(jobruns.AuthError) as refused,
    ):
        runs.get_run("job", "run")
    assert refused.value.message == "token *** is not valid for this workspace"


# --- the shapes above, drawn: `nox -s fuzz` runs 10,000 of each --------------------------------------------------


@pytest.fixture(scope="module")
def shared() -> Iterator[Sandbox]:
    """One sandbox for the many examples of a property test (hypothesis dislikes function fixtures)."""
    server = start(world=World(seed=6, run_seconds=600), validate=False, token=TOKEN)
    yield server
    server.stop()


ANSWER_STATUSES = [200, 201, 202, 204, 301, 302, 303, 307, 308, 429, 500, 502, 503]


@pytest.mark.fuzz
@pytest.mark.parametrize("provider", PROVIDERS)
def test_any_answer_after_a_trigger_committed_starts_one_run_and_never_loses_it(provider: str, shared: Sandbox) -> None:
    """The run is started, then the answer is anything: a status (redirects to the same URL among them) with the
    right body spoiled or another. One run per call, and either the run or an error that says it may have started
    (with the key, where jobruns made one)."""
    from hypothesis import given
    from hypothesis import strategies as st
    from test_hardening import _mutations

    emulator = shared.emulators[provider]
    shared.world.add_job("fuzz", 1)
    valid = emulator.trigger_run(_trigger_request(shared, provider)).body
    bodies = st.one_of(_mutations(valid), st.just(json.dumps(valid).encode()), st.just(b""), st.just(b"null"))

    @given(status=st.sampled_from(ANSWER_STATUSES), body=bodies)
    def check(status: int, body: bytes) -> None:
        before = len(shared.world.jobs["fuzz"])

        def commit_then_answer(request: Recorded) -> Reply | None:
            if request.operation != "trigger" or "hop" in request.query:
                return None
            emulator.trigger_run(request)
            target = request.raw_path + ("&" if "?" in request.raw_path else "?") + "hop=1"
            location = {"location": f"{shared.urls[provider]}{target}"} if 300 <= status < 400 else {}
            return Reply(status, b"" if status == 204 else body, location)

        shared.hooks[:] = [commit_then_answer]
        try:
            with connect(provider, shared, retries=1, max_response_bytes=1 << 16) as runs:
                assert isinstance(runs.trigger_run("fuzz"), jobruns.JobRun)
        except jobruns.JobRunsError as exc:
            assert "may have started" in str(exc) or "was started" in str(exc), str(exc)
            assert TOKEN not in str(exc)
        finally:
            shared.hooks.clear()
        assert len(shared.world.jobs["fuzz"]) == before + 1, "one run per call"

    check()


def _trigger_request(sandbox: Sandbox, provider: str) -> Recorded:
    """A trigger request of job "fuzz" as the emulator reads one (to learn what a valid answer looks like)."""
    paths = {"truefoundry": ("/api/svc/v1/jobs/trigger", {}), "intuned": (
        f"/{SETTINGS['intuned']['workspace_id']}/projects/demo/jobs/fuzz/trigger", {"workspaceId": SETTINGS[
            "intuned"]["workspace_id"], "projectName": "demo", "jobId": "fuzz"}),
        "northflank": ("/v1/projects/demo/jobs/fuzz/runs", {"projectId": "demo", "jobId": "fuzz"}),
        "blaxel": ("/jobs/fuzz/executions", {"jobId": "fuzz"})}  # fmt: skip
    path, params = paths[provider]
    body = {"applicationId": "fuzz"} if provider == "truefoundry" else {}
    return Recorded(provider, "POST", path, params, {}, {}, "trigger", body)
