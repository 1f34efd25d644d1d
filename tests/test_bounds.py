"""Bounded whatever a server does: a deadline per request and per wait, a cap per answer, only jobruns errors.

Servers here misbehave on purpose (tests/hostile.py): they drip headers or bodies a byte at a time, send endless
or huge bodies and gzip bombs, nest JSON a hundred thousand deep, ask for absurd Retry-After waits. The bounds
asserted are generous ("within the timeout plus a few seconds", "under a few hundred MB"): what they catch is
the unbounded, which would take the scripts' full GIVE_UP (20 s) or gigabytes.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import PROVIDERS, SETTINGS, TOKEN, connect
from hostile import answer, deep, drip, gzip_bomb, head, in_turn, serving
from payloads import truefoundry_run

import jobruns
from jobruns import _json
from jobruns._answer import retry_after as _retry_after
from jobruns._arguments import MAX_ID_BYTES
from jobruns.sandbox import Reply, Sandbox

RUNNING = {"data": truefoundry_run(1, "RUNNING")}
SLACK = 4.0  # seconds a bounded call may take beyond its bound on a busy machine


@contextmanager
def ends_within(seconds: float) -> Iterator[None]:
    began = time.monotonic()
    yield
    took = time.monotonic() - began
    assert took < seconds, f"took {took:.1f}s, bound {seconds:.1f}s"


def through(mode: str, url: str, act: Callable[[Any], Any], own_httpx_client: bool = False, **settings: Any) -> Any:
    """``act(client)`` with a sync or an async TrueFoundry client of ``url`` (given an httpx client of its own, if
    asked): its result (awaited, for async)."""
    given = {"base_url": url, "token": TOKEN, "retries": 0, **settings}
    if mode == "sync":
        with (
            httpx.Client() as own,
            jobruns.connect("truefoundry", **given, httpx_client=own_httpx_client and own or None) as runs,
        ):
            return act(runs)

    async def main() -> Any:
        async with (
            httpx.AsyncClient() as own,
            jobruns.connect_async("truefoundry", **given, httpx_client=own_httpx_client and own or None) as runs,
        ):
            return await asyncio.wait_for(act(runs), 60)  # a hang fails the test, not the suite

    return asyncio.run(main())


def get(runs: Any) -> Any:
    return runs.get_run("job", "run")


@pytest.fixture(params=["orjson", "json"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """With orjson (jobruns[fast]) and with the standard library's parser."""
    if request.param == "json":
        monkeypatch.setitem(sys.modules, "orjson", None)
    else:
        pytest.importorskip("orjson")
    monkeypatch.setattr(_json, "_loads", None)
    yield request.param
    monkeypatch.setattr(_json, "_loads", None)


# --- a deadline per request, connect to last byte -------------------------------------------------------------

DRIPS = {
    "headers": drip(b"HTTP/1.1 200 OK\r\nX-Slow: ", b"a", 0.2),
    "body": drip(head(200, {"Content-Type": "application/json", "Content-Length": "100000"}), b" ", 0.2),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("part", list(DRIPS))
def test_a_dripping_answer_is_cut_at_the_timeout(mode: str, part: str) -> None:
    with serving(DRIPS[part]) as server, ends_within(1 + SLACK), pytest.raises(jobruns.TransportError) as caught:
        through(mode, server.url, get, timeout=1)
    assert "Timeout" in str(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_retries_of_a_dripping_answer_stay_within_timeout_times_tries(mode: str) -> None:
    with serving(DRIPS["body"]) as server, ends_within(2 * 1 + 0.5 + SLACK), pytest.raises(jobruns.TransportError):
        through(mode, server.url, get, timeout=1, retries=1)  # the first retry waits at most 0.5 s
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_trigger_whose_answer_drips_is_cut_at_the_timeout_and_not_repeated(mode: str) -> None:
    def trigger(runs: Any) -> Any:
        return runs.trigger_run("job")

    with (
        serving(DRIPS["body"]) as server,
        ends_within(1 + SLACK),
        pytest.raises(jobruns.TransportError, match="may have started"),
    ):
        through(mode, server.url, trigger, timeout=1, retries=3)
    assert len(server.requests) == 1 and server.requests[0].startswith("POST ")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_your_own_httpx_client_is_cut_at_the_deadline_too(mode: str) -> None:
    """With httpx_client= the body is cut at the deadline, and with the async client the headers too (the sync
    client cannot cut a drip of headers in a pool it does not own: connect's docstring says so)."""
    part = "body" if mode == "sync" else "headers"
    with serving(DRIPS[part]) as server, ends_within(1 + SLACK), pytest.raises(jobruns.TransportError):
        through(mode, server.url, get, timeout=1, own_httpx_client=True)


def test_the_pools_jobruns_makes_are_deadline_aware(monkeypatch: pytest.MonkeyPatch) -> None:
    """_deadline.install reaches into httpx's transports, proxies from the environment included: keep it honest."""
    from jobruns._deadline import _AsyncBackend, _Backend

    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    runs = jobruns.connect("blaxel", token="t", workspace="w")
    aruns = jobruns.connect_async("blaxel", token="t", workspace="w")
    for http, backend in ((runs._http, _Backend), (aruns._http, _AsyncBackend)):
        transports = [http._transport, *(t for t in http._mounts.values() if t is not None)]
        assert len(transports) >= 2, "the proxy's transport is there"
        assert all(isinstance(t._pool._network_backend, backend) for t in transports)  # type: ignore[attr-defined]
    runs.close()
    asyncio.run(aruns.aclose())


@pytest.mark.parametrize(("package", "version"), [("httpx", "0.29.0"), ("httpx", "0.26.9"), ("httpcore", "2.0.0")])
def test_an_httpx_jobruns_was_not_checked_against_fails_loudly(
    package: str, version: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reach into httpx's pools (_compat) holds for the versions pyproject.toml allows; outside them the first
    request says which to install, rather than running without its deadline."""
    monkeypatch.setattr(importlib.import_module(package), "__version__", version)
    says = rf"found {package} {re.escape(version)}: install supported"
    with (
        serving(DRIPS["body"]) as server,
        jobruns.connect("blaxel", base_url=server.url, token="t", workspace="w") as runs,
        pytest.raises(jobruns.ConfigError, match=says),
    ):
        runs.get_run("job", "run")


def test_a_pool_no_longer_where_jobruns_reaches_for_it_fails_loudly() -> None:
    from jobruns import _compat

    with (
        httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200))) as http,
        pytest.raises(jobruns.ConfigError, match="no pool with a network backend where it was"),
    ):
        _compat.set_network_backend(http, lambda backend: backend)


# --- wait_for_run: nothing runs past its timeout --------------------------------------------------------------


def _wait(runs: Any) -> Any:
    return runs.wait_for_run("job", "run", timeout=1.5, poll_interval=0.05)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_wait_ends_at_its_timeout_when_the_answer_drips(mode: str) -> None:
    with serving(DRIPS["body"]) as server, ends_within(1.5 + SLACK), pytest.raises(jobruns.WaitTimeout) as caught:
        through(mode, server.url, _wait)  # timeout=30 per request: the wait's 1.5 s is what cuts it
    assert caught.value.last is None


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_wait_cut_short_by_its_timeout_carries_the_last_run(mode: str) -> None:
    with (
        serving(in_turn(answer(200, RUNNING), DRIPS["body"])) as server,
        ends_within(1.5 + SLACK),
        pytest.raises(jobruns.WaitTimeout) as caught,
    ):
        through(mode, server.url, _wait)
    assert caught.value.last is not None and caught.value.last.status is jobruns.RunStatus.RUNNING
    assert len(server.requests) == 2


def _rate_limit(sandbox: Sandbox, seconds: str, after: int = 0) -> None:
    """Every get after the first ``after`` is a 429 asking to wait ``seconds``."""
    gets = iter(range(10**9))

    def hook(recorded: Any) -> Reply | None:
        if recorded.operation == "get" and next(gets) >= after:
            return Reply(429, {"error": "slow down", "code": 429}, {"Retry-After": seconds})
        return None

    sandbox.hooks.append(hook)


def _blaxel(mode: str, sandbox: Sandbox, act: Callable[[Any], Any], **settings: Any) -> Any:
    given = {"base_url": sandbox.urls["blaxel"], "token": TOKEN, **SETTINGS["blaxel"], **settings}
    if mode == "sync":
        with jobruns.connect("blaxel", **given) as runs:
            return act(runs)

    async def main() -> Any:
        async with jobruns.connect_async("blaxel", **given) as runs:
            return await asyncio.wait_for(act(runs), 60)

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_wait_rate_limited_with_a_long_retry_after_ends_at_its_timeout(mode: str, sandbox: Sandbox) -> None:
    live = sandbox.world.add_job("job", 0, in_flight=1, polls=10_000)[0]
    _rate_limit(sandbox, "30")

    def wait(runs: Any) -> Any:
        return runs.wait_for_run("job", live.id, timeout=1.5, poll_interval=0.05)

    with ends_within(1.5 + SLACK), pytest.raises(jobruns.RateLimited) as caught:
        _blaxel(mode, sandbox, wait)  # retries=3 by default: none of them fits in the wait
    assert caught.value.retry_after == 30


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_rate_limited_wait_that_saw_the_run_ends_with_it(mode: str, sandbox: Sandbox) -> None:
    live = sandbox.world.add_job("job", 0, in_flight=1, polls=10_000)[0]
    _rate_limit(sandbox, "30", after=1)

    def wait(runs: Any) -> Any:
        return runs.wait_for_run("job", live.id, timeout=1.5, poll_interval=0.05)

    with ends_within(1.5 + SLACK), pytest.raises(jobruns.WaitTimeout) as caught:
        _blaxel(mode, sandbox, wait)
    assert caught.value.last is not None and caught.value.last.id == live.id


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("seconds", ["inf", "1e400", "nan", "-5"])
def test_an_absurd_retry_after_never_stops_a_wait(mode: str, seconds: str, sandbox: Sandbox) -> None:
    live = sandbox.world.add_job("job", 0, in_flight=1, polls=2, outcome="succeeded")[0]
    gets = iter(range(10**9))
    sandbox.hooks.append(
        lambda r: Reply(429, {"error": "slow", "code": 429}, {"Retry-After": seconds}) if next(gets) == 0 else None
    )

    def wait(runs: Any) -> Any:
        return runs.wait_for_run("job", live.id, timeout=None, poll_interval=0.05)

    with ends_within(5 + SLACK):
        done = _blaxel(mode, sandbox, wait, retries=0)
    assert done.status is jobruns.RunStatus.SUCCEEDED


def test_retry_after_is_finite_and_at_most_a_day() -> None:
    def read(value: str, header: str = "Retry-After") -> float | None:
        return _retry_after(httpx.Response(429, headers={header: value}))

    assert [read(v) for v in ("inf", "-inf", "1e400", "nan", "NaN")] == [None] * 5
    assert read("1e300") == read("Fri, 31 Dec 9999 23:59:59 GMT") == 86_400.0
    assert read("-5") == 0.0 and read("2.5") == 2.5
    assert read("inf", "retry-after-ms") is None and read("1e12", "retry-after-ms") == 86_400.0


def test_a_retry_after_beyond_a_day_is_reported_as_a_day(sandbox: Sandbox) -> None:
    sandbox.hooks.append(lambda r: Reply(429, {"error": "slow", "code": 429}, {"Retry-After": "1e300"}))
    with connect("blaxel", sandbox) as runs, pytest.raises(jobruns.RateLimited) as caught:
        runs.get_run("job", "run")
    assert caught.value.retry_after == 86_400.0 and len(sandbox.requests) == 1


# --- a cap per answer -------------------------------------------------------------------------------------------

# Run in a child process, so that its peak memory is the client's alone.
CAPPED = """
import asyncio, json, resource, sys
sys.path[:0] = [{tests!r}]
import hostile, jobruns
from hostile import endless, endless_chunked, gzip_bomb, head, answer

SHAPES = {{
    "2 GB body": endless(head(200, {{"Content-Length": str(2 * 10**9)}}), b" " * 65536),
    "2 GB body, no length": endless(head(200, {{"Connection": "close"}}), b" " * 65536),
    "endless chunked body": endless_chunked(),
    "endless 404 body": endless_chunked(404),
    "endless 500 body": endless_chunked(500),
    "gzip bomb": answer(200, gzip_bomb(4096), {{"Content-Encoding": "gzip"}}),
}}
outcomes = {{}}
for name, script in SHAPES.items():
    with hostile.serving(script) as server:
        settings = dict(base_url=server.url, token="t0ken", retries=0)
        try:
            with jobruns.connect("truefoundry", **settings) as runs:
                runs.get_run("job", "run")
        except Exception as exc:
            outcomes["sync " + name] = type(exc).__name__
        async def main():
            async with jobruns.connect_async("truefoundry", **settings) as runs:
                await runs.get_run("job", "run")
        try:
            asyncio.run(main())
        except Exception as exc:
            outcomes["async " + name] = type(exc).__name__
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({{"outcomes": outcomes, "rss_mb": rss}}))
"""


def test_huge_endless_and_bomb_answers_stay_under_the_cap_in_memory() -> None:
    code = CAPPED.format(tests=str(Path(__file__).parent))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert set(report["outcomes"].values()) == {"ResponseError"}, report
    assert len(report["outcomes"]) == 12
    assert report["rss_mb"] < 300, report


def test_max_response_bytes_is_a_setting_counted_after_decompression(monkeypatch: pytest.MonkeyPatch) -> None:
    compressed = gzip_bomb(2)  # 2 MiB of spaces after decompression, about 2 KB before
    with serving(answer(200, compressed, {"Content-Encoding": "gzip"})) as server:
        with pytest.raises(jobruns.ResponseError, match=r"max_response_bytes \(1048576 bytes\)"):
            through("sync", server.url, get, max_response_bytes=1 << 20)
        monkeypatch.setenv("JOBRUNS_TRUEFOUNDRY_MAX_RESPONSE_BYTES", "1048576")
        with pytest.raises(jobruns.ResponseError, match="max_response_bytes"):
            through("async", server.url, get)
    assert len(server.requests) == 2


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", "deflate", "raw deflate"])
def test_compressed_answers_are_read(encoding: str) -> None:
    import zlib

    data = json.dumps(RUNNING).encode()
    wbits = {"gzip": 31, "x-gzip": 31, "deflate": 15, "raw deflate": -15}[encoding]
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    packed = packer.compress(data) + packer.flush()
    with serving(answer(200, packed, {"Content-Encoding": encoding.split()[-1]})) as server:
        assert through("sync", server.url, get).id == RUNNING["data"]["name"]


@pytest.mark.parametrize("encoding", ["gzip, gzip", "br", "zstd"])
def test_encodings_not_asked_for_are_response_errors(encoding: str) -> None:
    with (
        serving(answer(200, b"\x00" * 64, {"Content-Encoding": encoding})) as server,
        pytest.raises(jobruns.ResponseError, match="did not ask for"),
    ):
        through("sync", server.url, get)
    assert server.requests


# --- no body, header or argument lets anything but a jobruns error out ----------------------------------------


@pytest.mark.parametrize(
    ("status", "error"), [(200, jobruns.ResponseError), (404, jobruns.NotFound), (500, jobruns.ServerError)]
)
def test_json_nested_a_hundred_thousand_deep_is_a_jobruns_error(
    status: int, error: type[jobruns.JobRunsError], parser: str
) -> None:
    with serving(deep(100_000, status)) as server, pytest.raises(error):
        through("sync", server.url, get)


@pytest.mark.parametrize("status", [404, 500])
def test_an_error_message_nested_deep_is_not_read(status: int) -> None:
    """Parsed (orjson goes 1024 deep), it would fail to print: the reason phrase is the message instead."""
    body = b'{"message": ' + b"[" * 1000 + b"]" * 1000 + b"}"
    with serving(answer(status, body)) as server, pytest.raises(jobruns.APIError) as caught:
        through("async", server.url, get)
    assert caught.value.message == "X"  # the reason phrase hostile.head sends


SETTING_CASES = [
    ({"timeout": 1e300}, "timeout"),
    ({"timeout": True}, "timeout"),
    ({"retries": float("inf")}, "retries"),
    ({"retries": 10**6}, "retries"),
    ({"retries": 10**5000}, "retries"),  # too long even to print
    ({"retries": 2.5}, "retries"),
    ({"concurrency": 10**6}, "concurrency"),
    ({"max_response_bytes": 0}, "max_response_bytes' from max_response_bytes= must be 1 or more"),
    ({"max_response_bytes": "lots"}, "max_response_bytes' from max_response_bytes= must be a number"),
    ({"workspace": "w" * 70_000}, "at most 2048"),
    ({"workspace": "wörk"}, "non-ASCII"),
    ({"workspace": "w\ud800"}, "UTF-8"),
]


@pytest.mark.parametrize(("settings", "fragment"), SETTING_CASES)
def test_numbers_and_texts_out_of_range_are_config_errors(settings: dict[str, Any], fragment: str) -> None:
    with pytest.raises(jobruns.ConfigError, match=fragment):
        jobruns.connect("blaxel", **{"token": "t", "workspace": "w", "base_url": "http://127.0.0.1:9", **settings})


@pytest.mark.parametrize(
    ("variable", "value"), [("TIMEOUT", "1e300"), ("RETRIES", "inf"), ("MAX_RESPONSE_BYTES", "-1")]
)
def test_out_of_range_numbers_from_the_environment_are_config_errors(
    variable: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"JOBRUNS_BLAXEL_{variable}", value)
    with pytest.raises(jobruns.ConfigError, match=f"JOBRUNS_BLAXEL_{variable}"):
        jobruns.connect("blaxel", token="t", workspace="w")


WAIT_CASES = [
    {"timeout": float("nan")},
    {"timeout": float("inf")},
    {"timeout": -1},
    {"timeout": "5"},
    {"poll_interval": float("nan")},
    {"poll_interval": float("inf")},
    {"poll_interval": 1e300},
    {"poll_interval": 0},
    {"poll_interval": True},
    {"max_poll_interval": float("nan")},
    {"max_poll_interval": 1e300},
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("arguments", WAIT_CASES, ids=[repr(c) for c in WAIT_CASES])
def test_wait_arguments_out_of_range_are_refused_before_any_request(
    mode: str, arguments: dict[str, Any], sandbox: Sandbox
) -> None:
    done = sandbox.world.add_job("job", 1, outcome="succeeded")[0]

    def wait(runs: Any) -> Any:
        return runs.wait_for_run("job", done.id, **arguments)

    with pytest.raises(jobruns.InvalidArgument):
        _blaxel(mode, sandbox, wait)
    assert sandbox.requests == []


@pytest.mark.parametrize(("limit", "page_size"), [(True, None), (-1, None), (2.5, None), (None, 0), (None, True)])
def test_listing_arguments_out_of_range_are_refused_before_any_request(
    limit: Any, page_size: Any, sandbox: Sandbox
) -> None:
    sandbox.world.add_job("job", 3)
    with connect("truefoundry", sandbox) as runs, pytest.raises(jobruns.InvalidArgument):
        list(runs.iter_runs("job", limit=limit, page_size=page_size))
    assert sandbox.requests == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_an_id_too_long_for_a_url_is_refused_before_any_request(provider: str, sandbox: Sandbox) -> None:
    longest = "é" * (MAX_ID_BYTES // 2)  # 2048 bytes in UTF-8: still sent
    with connect(provider, sandbox) as runs:
        with pytest.raises(jobruns.NotFound):
            runs.get_run("job", longest)
        assert len(sandbox.requests) == 1
        for too_long in (longest + "x", "x" * 70_000):
            with pytest.raises(jobruns.InvalidArgument, match="fit in a URL"):
                runs.get_run("job", too_long)
            with pytest.raises(jobruns.InvalidArgument, match="fit in a URL"):
                runs.list_runs(too_long)
    assert len(sandbox.requests) == 1


def test_a_next_page_cursor_too_long_for_a_url_is_a_response_error(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 3)
    emulator = sandbox.emulators["northflank"]

    def endless_cursor(recorded: Any) -> Reply | None:
        reply = emulator.list_runs(recorded)
        reply.body["pagination"] = {"hasNextPage": True, "cursor": "c" * 70_000, "count": 3}
        return reply

    sandbox.hooks.append(endless_cursor)
    with connect("northflank", sandbox) as runs, pytest.raises(jobruns.ResponseError, match="cursor"):
        list(runs.iter_runs("job"))
    assert len(sandbox.requests) == 1


@pytest.mark.parametrize(
    ("location", "error"),
    [
        ("http://user:pw@127.0.0.1:1/x", jobruns.ResponseError),  # httpx would send the user and password
        ("ftp://127.0.0.1/x", jobruns.ResponseError),
        ("http://xn--.example.com/x", jobruns.TransportError),  # httpx itself lets idna's error out
        ("http://" + "a" * 70_000, jobruns.TransportError),  # httpx itself refuses these two
        ("http://[::1", jobruns.TransportError),
    ],
    ids=["userinfo", "ftp", "bad-idna", "too-long", "bad-ipv6"],
)
def test_a_redirect_jobruns_cannot_follow_is_a_jobruns_error(
    location: str, error: type[jobruns.JobRunsError], sandbox: Sandbox
) -> None:
    sandbox.hooks.append(lambda recorded: Reply(302, None, {"location": location}))
    with connect("intuned", sandbox, retries=0) as runs, pytest.raises(error):
        runs.get_run("job", "run")
    assert len(sandbox.requests) == 1


@pytest.mark.parametrize(
    "base_url",
    ["http://user:s3cret-pw@127.0.0.1:9", "https://s3cret-pw@example.com", "http://user:s3cret-pw@[::1"],
)
def test_a_base_url_with_a_user_or_password_is_refused_unechoed(base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(jobruns.ConfigError) as caught:
        jobruns.connect("blaxel", token="t", workspace="w", base_url=base_url)
    assert "s3cret-pw" not in str(caught.value)
    monkeypatch.setenv("JOBRUNS_BLAXEL_BASE_URL", base_url)
    with pytest.raises(jobruns.ConfigError) as caught:
        jobruns.connect("blaxel", token="t", workspace="w")
    assert "s3cret-pw" not in str(caught.value)


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:9/blaxel?",
        "http://127.0.0.1:9/blaxel#",
        "http://127.0.0.1:9/blaxel?a=b",
        "http://[::1",
        "http://127.0.0.1:99999",
        "https://xn--.example.com",
    ],
)
def test_a_base_url_that_cannot_take_the_paths_is_refused(base_url: str) -> None:
    with pytest.raises(jobruns.ConfigError, match="base_url"):
        jobruns.connect("blaxel", token="t", workspace="w", base_url=base_url)


# --- one rule for numbers an answer gets wrong: absent ------------------------------------------------------


def test_a_nan_duration_is_absent_not_a_rejected_run(parser: str) -> None:
    if parser == "orjson":
        pytest.skip("orjson refuses NaN: the answer is not JSON")
    run = {**truefoundry_run(3, "FINISHED"), "duration": "__NAN__"}
    body = json.dumps({"data": run}).replace('"__NAN__"', "NaN").encode()
    with serving(answer(200, body)) as server:
        got = through("sync", server.url, get)
    assert got.status is jobruns.RunStatus.SUCCEEDED and got.duration is not None  # the span from the times


@pytest.mark.parametrize("total", ["NaN", "Infinity", "2.5", "-1", "true"])
@pytest.mark.parametrize("provider", ["truefoundry", "intuned"])
def test_a_total_that_is_no_count_is_none_and_ends_the_paging(provider: str, total: str, parser: str) -> None:
    if parser == "orjson" and total in ("NaN", "Infinity"):
        pytest.skip("orjson refuses NaN and Infinity: the answer is not JSON")
    from payloads import intuned_page, intuned_run, truefoundry_page

    page = (
        truefoundry_page([truefoundry_run(1)], 0, 0, 50)
        if provider == "truefoundry"
        else intuned_page([intuned_run(1)], 0)
    )
    body = (
        json.dumps(page).replace('"total": 0', f'"total": {total}').replace('"totalCount": 0', f'"totalCount": {total}')
    )
    settings = {**SETTINGS[provider], "token": TOKEN, "retries": 0}
    with (
        serving(answer(200, body.encode())) as server,
        jobruns.connect(provider, base_url=server.url, **settings) as runs,
    ):
        got = runs.list_runs("job")
    assert got.total is None and len(got.items) == 1
    assert got.next_cursor is None, "a page short of page_size is the last one"
