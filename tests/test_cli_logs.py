"""`jobruns logs`, and `--logs` on `run --wait` and `wait`, as subprocesses against the sandbox: the lines printed, the
JSON per line, following a run, the exit codes, and a line's escape sequences escaped when piped."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from conftest import TOKEN
from test_cli import jobruns_cli, provider_flags

from jobruns.sandbox import Recorded, Reply, start
from jobruns.sandbox._logs import written
from jobruns.sandbox._world import FAILED, World

LOGGED = ["truefoundry", "northflank", "blaxel"]
FAST = ["--poll-interval", "0.1"]


@pytest.fixture
def sandbox() -> Any:
    """`ok` ends its runs succeeded, `doomed` failed; triggered runs take two seconds and write 20 lines."""
    server = start(world=World(seed=4, run_seconds=2.0, log_lines=20), validate=True, token=TOKEN)
    server.world.add_job("ok", 2)
    server.world.add_job("doomed", 2, outcome=FAILED)
    try:
        yield server
    finally:
        server.stop()
    assert server.spec_errors == []


def texts(output: str) -> list[str]:
    """The text of each printed line (after its time and stream)."""
    return [line.split(None, 2)[2] if len(line.split(None, 2)) == 3 else "" for line in output.splitlines()]


@pytest.mark.parametrize("provider", LOGGED)
def test_logs_prints_every_line_and_json_one_object_per_line(provider: str, sandbox: Any) -> None:
    run = sandbox.world.jobs["ok"][1]
    run_id = sandbox.emulators[provider].public_id(run)
    flags = provider_flags(provider, sandbox)
    expected = [line.text for line in written(sandbox.world, run)]
    done = jobruns_cli("logs", provider, "ok", run_id, *flags)
    assert done.returncode == 0, done.stderr
    assert texts(done.stdout) == expected
    assert all(line.split()[0].endswith("Z") for line in done.stdout.splitlines())
    as_json = jobruns_cli("logs", provider, "ok", run_id, *flags, "--json")
    objects = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert [o["message"] for o in objects] == expected and set(objects[0]) == {"time", "message", "stream", "source"}
    tail = jobruns_cli("logs", provider, "ok", run_id, *flags, "--tail", "3")
    assert tail.returncode == 0 and texts(tail.stdout) == expected[-3:]


@pytest.mark.parametrize("provider", ["truefoundry", "northflank"])
def test_logs_follow_prints_a_running_run_s_lines_until_it_ends(provider: str, sandbox: Any) -> None:
    run = sandbox.world.trigger("doomed")
    flags = provider_flags(provider, sandbox)
    done = jobruns_cli("logs", provider, "doomed", sandbox.emulators[provider].public_id(run), *flags, "-f", *FAST)
    assert done.returncode == 0, done.stderr
    assert texts(done.stdout) == [line.text for line in written(sandbox.world, run)]
    assert texts(done.stdout)[-1] == f"error: {run.error}"
    tail = jobruns_cli(
        "logs", provider, "doomed", sandbox.emulators[provider].public_id(run), *flags, "-f", "--tail", "2"
    )
    assert texts(tail.stdout) == [line.text for line in written(sandbox.world, run)][-2:]


@pytest.mark.parametrize("provider", LOGGED)
def test_run_wait_logs_prints_the_output_then_exits_by_the_outcome(provider: str, sandbox: Any) -> None:
    flags = provider_flags(provider, sandbox)
    ok = jobruns_cli("run", provider, "ok", *flags, "--wait", "--logs", *FAST, "--json")
    assert ok.returncode == 0, ok.stderr
    *logs, final = [json.loads(line) for line in ok.stdout.splitlines()]
    assert final["status"] == "succeeded"
    assert [line["message"] for line in logs] == [
        line.text for line in written(sandbox.world, sandbox.world.jobs["ok"][0])
    ]
    doomed = jobruns_cli("run", provider, "doomed", *flags, "--wait", "--logs", *FAST)
    assert doomed.returncode == 1, doomed.stderr
    run = sandbox.world.jobs["doomed"][0]
    assert f"error: {run.error}" in doomed.stdout and " failed " in doomed.stdout.splitlines()[-1]
    waited = jobruns_cli("wait", provider, "doomed", doomed_id(sandbox, provider), *flags, "--logs", *FAST)
    assert waited.returncode == 1 and f"error: {run.error}" in waited.stdout


def doomed_id(sandbox: Any, provider: str) -> str:
    return str(sandbox.emulators[provider].public_id(sandbox.world.jobs["doomed"][0]))


def test_intuned_logs_is_not_supported_and_wait_logs_waits_without_them(sandbox: Any) -> None:
    flags = provider_flags("intuned", sandbox)
    done = jobruns_cli("logs", "intuned", "ok", "any-run", *flags)
    assert done.returncode == 2 and "intuned has no public logs API" in done.stderr and done.stdout == ""
    assert sandbox.requests_to("intuned") == []
    ran = jobruns_cli("run", "intuned", "doomed", *flags, "--wait", "--logs", *FAST)
    assert ran.returncode == 1 and "has no public logs API: waiting without its logs" in ran.stderr


def test_a_line_s_escape_sequences_are_escaped_when_piped(sandbox: Any) -> None:
    run = sandbox.world.jobs["ok"][1]

    def hostile(recorded: Recorded) -> Reply | None:
        if recorded.operation != "logs":
            return None
        text = "\x1b[31mred\x1b[0m \x1b]0;retitled\x07 \x1b[2J cleared"
        return Reply(200, {"data": [{"log": text, "stream": "stdout", "time": str(int(run.started * 1e9))}]})

    sandbox.hooks.append(hostile)
    done = jobruns_cli("logs", "truefoundry", "ok", run.name, *provider_flags("truefoundry", sandbox))
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "\\x1b[31mred\\x1b[0m \\x1b]0;retitled\\x07 \\x1b[2J cleared" in done.stdout
    as_json = jobruns_cli("logs", "truefoundry", "ok", run.name, *provider_flags("truefoundry", sandbox), "--json")
    assert json.loads(as_json.stdout)["message"] == "\x1b[31mred\x1b[0m \x1b]0;retitled\x07 \x1b[2J cleared"
    assert "\x1b" not in as_json.stdout


def test_on_a_terminal_a_line_s_colour_alone_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    from jobruns.cli import _log_text

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    shown = _log_text("\x1b[31mred\x1b[0m \x1b]0;retitled\x07 \x1b[2J", Terminal())
    assert shown == "\x1b[31mred\x1b[0m \\x1b]0;retitled\\x07 \\x1b[2J\x1b[0m"  # colour kept, reset at the end
    assert _log_text("\x1b[31mred", io.StringIO()) == "\\x1b[31mred"  # piped: escaped
    monkeypatch.setenv("NO_COLOR", "1")
    assert _log_text("\x1b[31mred", Terminal()) == "\\x1b[31mred"
