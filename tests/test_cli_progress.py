"""Progress that reads: on a terminal, `list` and `wait` show what they are doing on one line of stderr, cleared
before anything is printed; piped or --quiet, they show nothing. The command runs on a pseudo-terminal that its
stdout and stderr share, as in a user's shell, and the screen it leaves is rebuilt from what it wrote."""

from __future__ import annotations

import re
import time

import pytest
from conftest import PROVIDERS, connect
from test_cli import jobruns_cli, provider_flags
from test_cli_terminal import on_terminal as on_terminals

from jobruns.sandbox import Sandbox

FAST = ["--poll-interval", "0.1"]


def on_terminal(*args: str) -> tuple[int, str]:
    """``jobruns ARGS`` with stdout and stderr on one pseudo-terminal; its exit code and all it wrote there."""
    code, written, _ = on_terminals(*args, shared=True)
    return code, written


def screen(written: str) -> list[str]:
    """The lines a terminal shows after ``written``: carriage returns, erase-to-end-of-line and colours applied."""
    lines, column = [""], 0
    for token in re.findall(r"\x1b\[[0-9;]*[A-Za-z]|\r\n|\n|\r|[^\x1b\r\n]+", written):
        line = lines[-1]
        if token in ("\n", "\r\n"):  # the terminal's output processing turns \n into \r\n
            lines.append("")
            column = 0
        elif token == "\r":
            column = 0
        elif token == "\x1b[K":
            lines[-1] = line[:column]
        elif token.startswith("\x1b["):
            pass  # a colour
        else:
            lines[-1] = line[:column] + token + line[column + len(token) :]
            column += len(token)
    return [line for line in lines if line]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_list_on_a_terminal_clears_its_progress_before_the_table(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 30)
    code, written = on_terminal("list", provider, "job", *provider_flags(provider, sandbox), "--page-size", "7")
    shown = screen(written)
    assert code == 0
    assert re.search(r"\x1b\[Kfetched \d+ runs?\.\.\.", written), "progress while the pages come in"
    assert shown[0].split()[:2] == ["ID", "STATUS"], "the header on a line of its own"
    assert len(shown) == 21 and not any("fetched" in line for line in shown)


def test_one_run_is_one_run(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    code, written = on_terminal("list", "blaxel", "job", *provider_flags("blaxel", sandbox))
    assert code == 0 and "fetched 1 run..." in written and "1 runs" not in written


def test_json_lines_on_a_terminal_never_land_on_the_progress_line(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 12)
    code, written = on_terminal("list", "intuned", "job", *provider_flags("intuned", sandbox), "--json", "--all")
    shown = screen(written)
    assert code == 0 and len(shown) == 12 and all(line.startswith('{"provider": "intuned"') for line in shown)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wait_shows_the_status_and_the_time_waited_then_the_run(provider: str, sandbox: Sandbox) -> None:
    created = sandbox.world.add_job("job", 1, in_flight=1, polls=4)
    run_id = sandbox.emulators[provider].public_id(created[-1])
    code, written = on_terminal("wait", provider, "job", run_id, *provider_flags(provider, sandbox), *FAST)
    assert code == 0
    assert re.search(rf"waiting for {provider} run {re.escape(run_id)}: running, \ds so far", written)
    shown = screen(written)
    assert shown[0].split()[:2] == ["ID", "STATUS"] and shown[1].split()[:2] == [run_id, "succeeded"]
    assert len(shown) == 2, "the progress line is gone"


def test_run_wait_shows_progress_too(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    code, written = on_terminal("run", "blaxel", "job", *provider_flags("blaxel", sandbox), "--wait", *FAST)
    assert code == 0 and re.search(r"waiting for blaxel run [^:]+: (pending|running), \ds so far", written)
    assert screen(written)[-1].split()[1] == "succeeded"


def test_quiet_shows_no_progress(sandbox: Sandbox) -> None:
    created = sandbox.world.add_job("job", 25, in_flight=1, polls=3)
    flags = provider_flags("blaxel", sandbox)
    code, written = on_terminal("list", "blaxel", "job", *flags, "--quiet")
    assert code == 0 and "fetched" not in written and "\x1b[K" not in written
    code, written = on_terminal("wait", "blaxel", "job", created[-1].id, *flags, *FAST, "-q")
    assert code == 0 and "waiting" not in written


def test_piped_output_has_no_progress(sandbox: Sandbox) -> None:
    created = sandbox.world.add_job("job", 25, in_flight=1, polls=3)
    flags = provider_flags("blaxel", sandbox)
    listed = jobruns_cli("list", "blaxel", "job", *flags)
    assert listed.returncode == 0 and listed.stderr == ""
    waited = jobruns_cli("wait", "blaxel", "job", created[-1].id, *flags, *FAST)
    assert waited.returncode == 0 and waited.stderr == ""


def test_an_error_clears_the_progress_line(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 30)
    sandbox.hooks.append(
        lambda r: (
            sandbox.emulators["blaxel"].error(500, "boom") if r.operation == "list" and "cursor" in r.query else None
        )
    )
    code, written = on_terminal("list", "blaxel", "job", *provider_flags("blaxel", sandbox), "--retries", "0",
                                "--page-size", "5")  # fmt: skip
    assert code == 6 and screen(written) == ["jobruns: error: blaxel: HTTP 500: boom"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wait_for_run_calls_on_poll_with_each_run_read(provider: str, sandbox: Sandbox) -> None:
    created = sandbox.world.add_job("job", 1, in_flight=1, polls=3)
    run_id = sandbox.emulators[provider].public_id(created[-1])
    seen: list[str] = []
    with connect(provider, sandbox) as runs:
        done = runs.wait_for_run("job", run_id, poll_interval=0.01, on_poll=lambda run: seen.append(run.status.value))
    assert seen == ["running"] * (len(seen) - 1) + ["succeeded"] and done.status.value == "succeeded"
    assert len(seen) == len(sandbox.requests_to(provider, "get")) >= 2, "once per run read"


def test_the_recent_runs_on_a_terminal(sandbox: Sandbox) -> None:
    """The issue's "done when": `jobruns list blaxel nightly-report --since 2h` on a terminal."""
    sandbox.world.add_job("nightly-report", 300, in_flight=2)
    flags = provider_flags("blaxel", sandbox)
    code, written = on_terminal("list", "blaxel", "nightly-report", *flags, "--since", "2h", "--page-size", "10")
    shown = screen(written)
    assert code == 0 and shown[0].split()[:2] == ["ID", "STATUS"]
    recent = [run.id for run in sandbox.world.jobs["nightly-report"] if run.created > time.time() - 7200]
    assert [line.split()[0] for line in shown[1:]] == recent and len(recent) == 3  # the live two, and an hour's
    assert len(sandbox.requests_to("blaxel", "list")) == 2, "one page held them all; the next, all older, ended it"
