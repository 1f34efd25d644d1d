"""Ctrl-C and SIGTERM to the jobruns command, as a subprocess against the sandbox: whatever the output flags, it says
on stderr which run goes on and the exact `jobruns cancel` line that stops it (or, when the trigger's answer never
came, that the run may have started), exits 130 or 143, and never shows a traceback. And from Python: the
KeyboardInterrupt propagates, and nothing else is lost."""

from __future__ import annotations

import _thread
import json
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import TOKEN, connect, runs_of
from test_cli import jobruns_cli, provider_flags

from jobruns.sandbox import Recorded, Reply, Sandbox, World, start

PROVIDER = "blaxel"
SIGNALS = [(signal.SIGINT, 130), (signal.SIGTERM, 143)]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """Runs that go on for ten minutes: a signal always finds them running."""
    server = start(world=World(seed=3, run_seconds=600), validate=True, token=TOKEN)
    server.world.add_job("job", 1)
    try:
        yield server
    finally:
        server.stop()


def spawn(*args: str) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("JOBRUNS_")}
    return subprocess.Popen(
        [sys.executable, "-m", "jobruns", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**clean, f"JOBRUNS_{PROVIDER.upper()}_TOKEN": TOKEN},
    )


def until(condition: Any, what: str) -> None:
    ends = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < ends, f"never: {what}"
        time.sleep(0.02)


def flags_without_token(sandbox: Sandbox) -> list[str]:
    flags = provider_flags(PROVIDER, sandbox)
    at = flags.index("--token")
    return flags[:at] + flags[at + 2 :]


@pytest.mark.parametrize(("signum", "code"), SIGNALS, ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("output", [[], ["--quiet"], ["--json"], ["--quiet", "--json"]], ids=str)
def test_a_signal_during_run_wait_says_which_run_goes_on_and_how_to_cancel_it(
    signum: int, code: int, output: list[str], sandbox: Sandbox
) -> None:
    process = spawn("run", PROVIDER, "job", *flags_without_token(sandbox), "--wait", "--poll-interval", "0.05", *output)
    until(lambda: len(sandbox.requests_to(PROVIDER, "get")) >= 2, "the command polls the run it started")
    process.send_signal(signum)
    out, err = process.communicate(timeout=60)
    assert process.returncode == code, err
    assert "Traceback" not in err and TOKEN not in out + err
    (started,) = runs_of(sandbox, PROVIDER)[:1]
    run_id = sandbox.emulators[PROVIDER].public_id(started)
    assert len(runs_of(sandbox, PROVIDER)) == 2, "one run started"
    assert run_id in err, "the started run's id is on stderr whatever the output flags"
    (line,) = [line.strip() for line in err.splitlines() if line.strip().startswith("jobruns cancel ")]
    assert shlex.split(line)[:5] == ["jobruns", "cancel", PROVIDER, "job", run_id]
    cancelled = jobruns_cli(*shlex.split(line)[1:], "--json", env={f"JOBRUNS_{PROVIDER.upper()}_TOKEN": TOKEN})
    assert cancelled.returncode == 0, cancelled.stderr
    assert json.loads(cancelled.stdout)["status"] in ("cancelling", "cancelled"), "the printed line stops the run"


@pytest.mark.parametrize(("signum", "code"), SIGNALS, ids=["SIGINT", "SIGTERM"])
def test_a_signal_before_the_trigger_is_answered_says_the_run_may_have_started(
    signum: int, code: int, sandbox: Sandbox
) -> None:
    committed = threading.Event()
    release = threading.Event()

    def commit_then_hang(request: Recorded) -> Reply | None:
        if request.operation != "trigger":
            return None
        reply = sandbox.emulators[PROVIDER].trigger_run(request)
        committed.set()
        release.wait(30)
        return reply

    sandbox.hooks.append(commit_then_hang)
    try:
        process = spawn("run", PROVIDER, "job", *flags_without_token(sandbox), "--wait", "--quiet", "--json")
        until(committed.is_set, "the trigger has started a run")
        process.send_signal(signum)
        out, err = process.communicate(timeout=60)
    finally:
        release.set()
    assert process.returncode == code and out == ""
    assert "Traceback" not in err and "may have started" in err
    (line,) = [line.strip() for line in err.splitlines() if line.strip().startswith("jobruns list ")]
    assert shlex.split(line)[:4] == ["jobruns", "list", PROVIDER, "job"]
    assert len(runs_of(sandbox, PROVIDER)) == 2, "one run started"


def test_run_wait_json_that_times_out_prints_the_run_as_last_read(sandbox: Sandbox) -> None:
    done = jobruns_cli(
        "run", PROVIDER, "job", *provider_flags(PROVIDER, sandbox), "--wait", "--json", "--timeout", "0.5",
        "--poll-interval", "0.05",
    )  # fmt: skip
    assert done.returncode == 7, done.stderr
    last = json.loads(done.stdout)
    assert last["id"] == sandbox.emulators[PROVIDER].public_id(runs_of(sandbox, PROVIDER)[0])
    assert last["status"] == "running" and last["id"] in done.stderr


def test_a_signal_while_the_command_starts_ends_it_without_a_traceback() -> None:
    """The jobruns script imports the package first; a Ctrl-C from then on (here: right after, inside the imports
    that follow) ends it with exit 130 and one line, never with a traceback of the import it interrupted."""
    script = (
        "import sys; sys.argv[0] = '/usr/local/bin/jobruns'; import jobruns, os, signal; "
        "os.kill(os.getpid(), signal.SIGINT); import jobruns.cli; jobruns.cli.entry()"
    )
    done = subprocess.run([sys.executable, "-c", script, "providers"], capture_output=True, text=True, timeout=60)
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr
    assert done.returncode == 130 and done.stderr == "jobruns: interrupted\n" and done.stdout == ""


def test_from_python_a_keyboard_interrupt_propagates_and_nothing_else_is_lost(sandbox: Sandbox) -> None:
    # Python's own SIGINT handler, whatever this process inherited: a shell without job control starts a background
    # command with SIGINT ignored, and interrupt_main() then does nothing
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        _keyboard_interrupt_during_a_wait(sandbox)
    finally:
        signal.signal(signal.SIGINT, previous)


def _keyboard_interrupt_during_a_wait(sandbox: Sandbox) -> None:
    with connect(PROVIDER, sandbox) as runs:
        run = runs.trigger_run("job")
        polled = threading.Event()
        threading.Thread(target=lambda: (polled.wait(30), _thread.interrupt_main()), daemon=True).start()
        with pytest.raises(KeyboardInterrupt):
            runs.wait_for_run("job", run.id, timeout=60, poll_interval=0.05, on_poll=lambda _: polled.set())
        again = runs.get_run("job", run.id)  # the client goes on working
    assert again.id == run.id and not again.is_terminal
    assert len(runs_of(sandbox, PROVIDER)) == 2 and len(sandbox.requests_to(PROVIDER, "cancel")) == 0
