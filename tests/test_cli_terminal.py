"""The command line against a hostile server, on a real (pseudo-)terminal: server text cannot drive the terminal,
odd characters never crash the output, and an unexpected error is one line with its own exit code."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import subprocess
import sys
import time
from typing import Any

import pytest
from conftest import TOKEN
from hostile import answer, serving
from payloads import truefoundry_page, truefoundry_run

from jobruns import cli

# What a hostile answer may hold: clear the screen, retitle the window, plant a hyperlink, ring the bell,
# an 8-bit CSI (C1), a line break that would fake a row, a bidi override that reorders what follows
EVIL = "\x1b[2J\x1b]0;pwned\x07\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\\x9b31m\nfake row\u202e"
OURS = re.compile(r"\x1b\[(\d+)?m")  # the colours jobruns itself prints on a terminal (and the reset)


def evil_run() -> dict[str, Any]:
    return {**truefoundry_run(7, "FAILED"), "name": f"run-{EVIL}", "status": f"FAILED{EVIL}", "error": f"boom{EVIL}"}


def on_terminal(
    *args: str, env: dict[str, str] | None = None, python: list[str] | None = None, shared: bool = False
) -> tuple[int, str, str]:
    """``jobruns ARGS`` with stdout and stderr each on a pseudo-terminal (so it takes its terminal path: colours,
    progress); returns its exit code and what each terminal was sent. ``shared``: both on one terminal, as in a
    user's shell (what it was sent is then the first text; the second is empty)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("JOBRUNS_") and k != "NO_COLOR"}
    outputs: dict[int, bytes] = {}
    slaves = []
    for _ in range(1 if shared else 2):
        master, slave = pty.openpty()
        outputs[master] = b""
        slaves.append(slave)
    command = [sys.executable, *(python or ["-m", "jobruns"]), *args]
    child = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=slaves[0], stderr=slaves[-1], env={**clean, **(env or {})}
    )
    for slave in slaves:
        os.close(slave)
    open_ = set(outputs)
    give_up = time.monotonic() + 60
    while open_ and time.monotonic() < give_up:
        for master in select.select(list(open_), [], [], 1)[0]:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed its side
                data = b""
            if data:
                outputs[master] += data
            else:
                open_.discard(master)
    code = child.wait(timeout=60)
    out, err = [outputs[master].decode("utf-8", "replace") for master in outputs] + ([""] if shared else [])
    for master in outputs:
        os.close(master)
    assert TOKEN not in out and TOKEN not in err
    return code, out, err


def flags(url: str) -> list[str]:
    return ["--base-url", url, "--token", TOKEN, "--retries", "0"]


def assert_inert(text: str) -> None:
    """Nothing in ``text`` can drive a terminal but jobruns' own colours."""
    rest = OURS.sub("", text)
    assert not any(c in rest for c in "\x1b\x07\x9b\u202e"), repr(rest)


def test_get_on_a_terminal_shows_server_text_escaped() -> None:
    with serving(answer(200, {"data": evil_run()})) as server:
        code, out, err = on_terminal("get", "truefoundry", "job", "run", *flags(server.url))
    assert code == 0, err
    assert_inert(out)
    assert "\\x1b[2J" in out and "\\x9b31m" in out and "\\u202e" in out
    assert "\x1b[31mfailed" not in out and "unknown" in out, "an unknown provider status is no colour either"
    assert len(out.strip().splitlines()) == 2, "the header and one row: a line break is no new row"


def test_list_on_a_terminal_shows_server_text_escaped() -> None:
    page = truefoundry_page([evil_run(), truefoundry_run(8, "FINISHED")], total=2, offset=0, limit=20)
    with serving(answer(200, page)) as server:
        code, out, err = on_terminal("list", "truefoundry", "job", *flags(server.url))
    assert code == 0, err
    assert_inert(out)
    assert_inert(err.replace("\r\x1b[K", ""))  # the progress line, then its own erasure
    assert "\x1b[32msucceeded\x1b[0m" in out, "jobruns' own colours are kept"
    assert len(out.strip().splitlines()) == 3


def test_an_error_line_from_a_server_is_escaped_and_one_line() -> None:
    with serving(answer(404, {"message": f"no such run{EVIL}"})) as server:
        code, out, err = on_terminal("get", "truefoundry", "job", "run", *flags(server.url))
    assert code == 4
    assert_inert(err)
    assert err.startswith("jobruns: error: truefoundry: HTTP 404: no such run\\x1b[2J")
    assert len(err.strip().splitlines()) == 1


def test_json_output_stays_valid_and_exact() -> None:
    with serving(answer(200, {"data": evil_run()})) as server:
        code, out, err = on_terminal("get", "truefoundry", "job", "run", *flags(server.url), "--json")
    assert code == 0, err
    assert_inert(out)
    printed = json.loads(out)
    assert printed["id"] == f"run-{EVIL}" and printed["error"] == f"boom{EVIL}"


WITHOUT_ORJSON = ["-c", "import sys; sys.modules['orjson'] = None; from jobruns.cli import entry; entry()"]


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_lone_surrogate_or_an_unencodable_character_never_crashes_the_output(json_flag: list[str]) -> None:
    # orjson refuses a lone surrogate; the standard library's parser (jobruns without [fast]) reads one
    body = json.dumps({"data": {**truefoundry_run(5, "FAILED"), "name": "a\ud800b", "error": "café"}}).encode()
    with serving(answer(200, body)) as server:
        code, out, err = on_terminal(
            "get", "truefoundry", "job", "run", *flags(server.url), *json_flag, python=WITHOUT_ORJSON
        )
        assert code == 0, err
        assert "a\\ud800b" in out
        # a terminal whose encoding lacks a character gets it escaped
        code, out, err = on_terminal(
            "get",
            "truefoundry",
            "job",
            "run",
            *flags(server.url),
            python=WITHOUT_ORJSON,
            env={"PYTHONIOENCODING": "ascii"},
        )
    assert code == 0, err
    assert "caf\\xe9" in out or "caf\\u00e9" in out


def test_an_unexpected_error_is_one_line_with_its_own_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> int:
        raise RuntimeError(f"a bug holding {TOKEN} and \x1b[2J\nand a second line")

    monkeypatch.setattr(cli, "_run", broken)
    err = io.StringIO()
    code = cli.main(["get", "blaxel", "job", "run", "--token", TOKEN, "--workspace", "w"], io.StringIO(), err)
    assert code == cli.EXIT_INTERNAL and code not in range(8)
    assert err.getvalue().startswith("jobruns: internal error (please report it): RuntimeError: a bug holding ***")
    assert TOKEN not in err.getvalue() and "\x1b" not in err.getvalue()
    assert len(err.getvalue().strip().splitlines()) == 1


def test_an_unexpected_error_shows_no_traceback_on_the_terminal() -> None:
    code, out, err = on_terminal(
        "providers", python=["-c", "import jobruns.cli as c; c._run = lambda *a: 1 / 0; c.entry()"]
    )
    assert code == cli.EXIT_INTERNAL and "Traceback" not in err
    assert err.strip() == "jobruns: internal error (please report it): ZeroDivisionError: division by zero"
    assert str(cli.EXIT_INTERNAL) in cli.build_parser().format_help()
