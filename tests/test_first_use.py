"""What a new team trips on (issue 23): the snippets run as written, typing catches a misspelt name, the command
line's habits (a bare `jobruns`, no flag abbreviations, --limit, times, aligned tables, help from the code's own
lists), the sandbox's listen errors, and where a refused token came from."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import TOKEN, runs_of
from test_cli import jobruns_cli, provider_flags

import jobruns
from jobruns import cli
from jobruns.sandbox import FAULT_KINDS, Reply, Sandbox

ROOT = Path(__file__).resolve().parents[1]


# --- `import jobruns`, then jobruns.sandbox ------------------------------------------------------------------


def test_the_sandbox_is_there_after_a_plain_import_jobruns() -> None:
    code = "import jobruns\nwith jobruns.sandbox.serve() as urls:\n    print(sorted(urls))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(sorted(["truefoundry", "intuned", "northflank", "blaxel"]))


# --- typing --------------------------------------------------------------------------------------------------


USER_CODE = {  # what a user writes, checked by mypy --strict in one run (a run takes most of a minute)
    "typo": 'import jobruns\n\njobruns.conect("blaxel")\n',
    "right": """
        import jobruns

        def newest(runs: jobruns.Client) -> jobruns.JobRun | None:
            page: jobruns.Page[jobruns.JobRun] = runs.list_runs("job", page_size=1)
            status: jobruns.RunStatus | None = page.items[0].status if page.items else None
            print(status, jobruns.providers(), jobruns.sandbox.DEFAULT_TOKEN)
            return page.items[0] if page.items else None
        """,
    "lazy": "import jobruns\nreveal_type(jobruns.connect)\nreveal_type(jobruns.sandbox.serve)\n",
    "generated": """
        from jobruns_blaxel import AuthenticatedClient
        from jobruns_blaxel.api.jobs import get_job_execution

        async def both(client: AuthenticatedClient) -> str:
            run = get_job_execution.sync("job", "run", client=client)
            later = await get_job_execution.asyncio("job", "run", client=client)
            return f"{run.status} {later.status}"  # no None check: they raise on every error status
        """,
}


@pytest.fixture(scope="module")
def mypy_says(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict's lines about each of USER_CODE (the installed jobruns and provider packages as typed)."""
    pytest.importorskip("mypy", reason="mypy comes with the test dependency group")
    folder = tmp_path_factory.mktemp("user_code")
    for name, code in USER_CODE.items():
        (folder / f"{name}.py").write_text(textwrap.dedent(code))
    command = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--cache-dir", str(folder / ".c"),
               *(f"{name}.py" for name in USER_CODE)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=folder)
    return {name: [line for line in done.stdout.splitlines() if line.startswith(f"{name}.py:")] for name in USER_CODE}


def test_mypy_strict_rejects_a_misspelt_public_name(mypy_says: dict[str, list[str]]) -> None:
    assert len(mypy_says["typo"]) == 1 and 'Module has no attribute "conect"' in mypy_says["typo"][0]


def test_mypy_strict_types_the_lazy_names(mypy_says: dict[str, list[str]]) -> None:
    assert mypy_says["right"] == []
    revealed = [line for line in mypy_says["lazy"] if "Revealed type" in line]
    assert len(revealed) == 2 and not any('Revealed type is "Any"' in line for line in revealed), "not Any"


def test_generated_sync_and_asyncio_are_typed_with_the_parsed_model(mypy_says: dict[str, list[str]]) -> None:
    assert mypy_says["generated"] == []


def test_generated_sync_raises_for_an_undeclared_status_even_when_told_not_to(sandbox: Sandbox) -> None:
    """The return type promises the model: an answer the spec does not declare is never returned as None."""
    from jobruns_blaxel import AuthenticatedClient, errors
    from jobruns_blaxel.api.jobs import get_job_execution

    sandbox.world.add_job("job", 1)
    sandbox.hooks.append(lambda request: Reply(203, {"note": "a status the spec does not declare"}))
    client = AuthenticatedClient(
        base_url=sandbox.urls["blaxel"], token=TOKEN, headers={"X-Blaxel-Workspace": "demo"},
        raise_on_unexpected_status=False,
    )  # fmt: skip
    with client, pytest.raises(errors.UnexpectedStatus) as caught:
        get_job_execution.sync("job", runs_of(sandbox, "blaxel")[0].id, client=client)
    assert caught.value.status_code == 203


# --- the command line's habits -------------------------------------------------------------------------------


def test_a_bare_jobruns_lists_the_commands() -> None:
    done = jobruns_cli()
    assert done.returncode == 0 and done.stderr == ""
    for command in ("get", "list", "wait", "run", "cancel", "providers", "config", "schema", "sandbox", "demo"):
        assert re.search(rf"^\s+{command}\s", done.stdout, re.MULTILINE), f"{command} is not listed"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("--lim", "--limit"), ("--js", "--json"), ("--workspac", "--workspace"), ("--page-siz", "--page-size")],
)
def test_no_flag_is_abbreviated_and_each_mistyped_one_gets_the_suggestion(typed: str, meant: str) -> None:
    done = jobruns_cli("list", "blaxel", "job", "--token", "t", "--workspace", "w", typed, "1")
    assert done.returncode == 2 and done.stdout == ""
    assert f"unrecognized arguments: {typed} 1 (did you mean {meant}?)" in done.stderr


@pytest.mark.parametrize("limit", ["0", "-3", "many"])
def test_limit_is_one_or_more(limit: str) -> None:
    done = jobruns_cli("list", "blaxel", "job", "--token", "t", "--workspace", "w", "--limit", limit)
    assert done.returncode == 2 and done.stdout == "" and "argument --limit:" in done.stderr


def test_get_shows_the_runs_start_and_end_times(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1, outcome="succeeded")
    run = runs_of(sandbox, "blaxel")[0]
    done = jobruns_cli("get", "blaxel", "job", run.id, *provider_flags("blaxel", sandbox))
    assert done.returncode == 0, done.stderr
    header, row = done.stdout.splitlines()
    assert [name for name in re.split(r"\s{2,}", header) if name in ("STARTED", "ENDED")] == ["STARTED", "ENDED"]
    with jobruns.connect("blaxel", base_url=sandbox.urls["blaxel"], token=TOKEN, workspace="demo") as client:
        got = client.get_run("job", run.id)
    for moment in (got.started_at, got.ended_at):
        assert moment is not None and moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") in row
    for column in ("STARTED", "ENDED", "DURATION"):  # the cells start under their header
        assert row[header.index(column) - 2 : header.index(column)] == "  "


def test_the_providers_table_is_aligned() -> None:
    done = jobruns_cli("providers")
    assert done.returncode == 0
    rows = [line for line in done.stdout.splitlines() if line.startswith("  JOBRUNS_")]
    columns = {re.search(r"\s(required|optional)\s", row).start() for row in rows}  # type: ignore[union-attr]
    assert len(rows) > 10 and len(columns) == 1, "every setting's required/optional in one column"


def test_sandbox_help_lists_every_fault_kind_from_the_code() -> None:
    done = jobruns_cli("sandbox", "--help")
    assert done.returncode == 0
    flat = " ".join(done.stdout.split())
    for kind, what in FAULT_KINDS.items():
        assert f"{kind} {' '.join(what.split())}" in flat, f"sandbox --help does not describe {kind}"
    listed = (ROOT / "README.md").read_text(encoding="utf-8").split("# KIND[=VALUE]", 1)[1].split("```", 1)[0]
    assert set(re.findall(r"[\w-]+", listed.split("KIND:", 1)[1])) >= set(FAULT_KINDS), "README lists every kind"


@pytest.mark.parametrize("command", ["wait", "run"])
def test_max_poll_interval_reaches_the_wait(command: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 0, in_flight=1, polls=3, outcome="succeeded")
    target = ["job", runs_of(sandbox, "blaxel")[0].id] if command == "wait" else ["job", "--wait"]
    flags = [*provider_flags("blaxel", sandbox), "--poll-interval", "0.01"]
    refused = jobruns_cli(command, "blaxel", *target, *flags, "--max-poll-interval", "-1")
    assert refused.returncode == 2 and "--max-poll-interval must be a number of seconds above 0" in refused.stderr
    done = jobruns_cli(command, "blaxel", *target, *flags, "--max-poll-interval", "0.02", "--json", "--quiet")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1])["status"] == "succeeded"


# --- `jobruns sandbox`: when it cannot listen -----------------------------------------------------------------


def test_a_taken_port_is_one_line_naming_the_port_and_the_fix() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = jobruns_cli("sandbox", "--port", str(port))
    assert done.returncode == cli.EXIT_LISTEN == 8 and done.stdout == ""
    assert done.stderr == (
        f"jobruns: error: port {port} on 127.0.0.1 is already in use: stop what listens there, or choose another "
        "port (--port 0: any free one)\n"
    )


def test_a_port_not_permitted_is_one_line_naming_the_port_and_the_fix() -> None:
    """As a user without privileges, port 80 (the sandbox run as nobody, where this runs as root)."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root and setpriv to run the sandbox as an unprivileged user")
    if int(Path("/proc/sys/net/ipv4/ip_unprivileged_port_start").read_text()) <= 80:
        pytest.skip("this machine lets anyone listen on port 80")
    command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "jobruns",
               "sandbox", "--port", "80"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env={**os.environ, "HOME": "/tmp"})
    if not done.stderr.startswith("jobruns: "):  # e.g. root's interpreter, or its libraries, out of nobody's reach
        pytest.skip(f"user nobody cannot run this interpreter: {done.stderr.strip()[-200:]}")
    assert done.returncode == 8, done.stderr
    assert done.stderr.startswith("jobruns: error: not permitted to listen on port 80 on 127.0.0.1")
    assert "choose --port 1024 or above" in done.stderr and len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize("port", ["65536", "-1", "http"])
def test_a_port_that_is_no_port_is_a_usage_error(port: str) -> None:
    done = jobruns_cli("sandbox", "--port", port)
    assert done.returncode == 2 and "argument --port:" in done.stderr


# --- a refused token says where it came from ------------------------------------------------------------------


def test_a_refused_token_says_where_it_came_from_never_what_it_is(sandbox: Sandbox, tmp_path: Path) -> None:
    sandbox.world.add_job("job", 1)
    wrong = "wrong-0b6c1d-token"
    flags = ["--base-url", sandbox.urls["blaxel"], "--workspace", "demo"]
    given = jobruns_cli("list", "blaxel", "job", *flags, "--token", wrong)
    from_env = jobruns_cli("list", "blaxel", "job", *flags, env={"JOBRUNS_BLAXEL_TOKEN": wrong})
    config = tmp_path / "config.toml"
    config.write_text(f'[profiles.acme]\nprovider = "blaxel"\nworkspace = "demo"\ntoken = "{wrong}"\n')
    config.chmod(0o600)
    profiled = jobruns_cli("list", "blaxel", "job", "--base-url", sandbox.urls["blaxel"], "--profile", "acme",
                           env={"JOBRUNS_CONFIG": str(config)})  # fmt: skip
    origins = {"--token": given, "JOBRUNS_BLAXEL_TOKEN": from_env, f"{config}:4 (profile acme)": profiled}
    for origin, done in origins.items():
        assert done.returncode == 5 and wrong not in done.stderr + done.stdout
        assert done.stderr == f"jobruns: error: blaxel: HTTP 401: Unauthorized (the token sent came from {origin})\n"
    with pytest.raises(jobruns.AuthError) as caught:
        jobruns.connect("blaxel", base_url=sandbox.urls["blaxel"], token=wrong, workspace="demo").list_runs("job")
    assert caught.value.token_from == "token=" and str(caught.value).endswith("(the token sent came from token=)")
    assert wrong not in str(caught.value) and wrong not in repr(caught.value.__dict__)


# --- nox on whichever supported Python is there; what CI runs ------------------------------------------------


def test_no_nox_session_is_pinned_to_one_python() -> None:
    import nox

    import noxfile

    assert noxfile.SUPPORTED_PYTHONS == ["3.11", "3.12", "3.13"]
    sessions = nox.registry.get()
    assert {"tests", "demo", "lint", "build", "official_sdks"} <= set(sessions)
    locked = {"airflow", "dagster", "lock_integrations"}  # the orchestrators': installed from locks made for 3.11
    for name, session in sessions.items():
        if name not in locked:
            assert session.python is noxfile.PYTHON, f"nox -s {name} is pinned to {session.python}"
    assert noxfile.PYTHON is None, "under a supported Python, the sessions run on the one nox runs on"


def test_nox_under_an_unsupported_python_takes_a_supported_one_that_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import noxfile

    monkeypatch.setenv("PATH", str(tmp_path))
    for version in ("3.11", "3.12", "3.13"):
        assert noxfile.session_python(version) is None
    (tmp_path / "python3.11").write_text("#!/bin/sh\nexit 127\n")  # as a pyenv shim of a version not selected
    (tmp_path / "python3.11").chmod(0o755)
    (tmp_path / "python3.12").symlink_to(sys.executable)
    assert noxfile.session_python("3.10") == "3.12"


def ci_lines() -> list[str]:
    return [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line.startswith("nox ")
            or " nox " in line]  # fmt: skip


def test_ci_runs_the_readme_test_command_the_official_sdks_and_python_313() -> None:
    lines = ci_lines()
    assert "python -m pip install 'nox[uv]' && nox -s tests" in lines, "the README's test command, as written"
    assert "nox -s official_sdks" in lines
    on_313 = [line for line in lines if "--force-python" in line]
    assert any(" -s demo" in line for line in on_313)
    assert any(" -s tests -- " in line and "tests/test_facade.py" in line for line in on_313)
    assert "nox -s official_sdks" in (ROOT / "README.md").read_text(encoding="utf-8"), "README says how to run it"


# --- README's set-up where the system Python refuses pip --------------------------------------------------------


def test_the_readme_setup_route_works_where_the_system_python_refuses_pip(tmp_path: Path) -> None:
    """Debian's /usr/bin/python3 is externally managed: pip refuses to install into it. README's one line first
    gives a `python` whose pip installs (pip gets as far as looking for the package: no network here)."""
    system = Path("/usr/bin/python3")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PIP_NO_INPUT": "1"}
    probe = "python3 -m pip install --dry-run --no-index nox"
    if not system.exists():
        pytest.skip("no system Python at /usr/bin/python3")
    refused = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env)
    if "externally-managed-environment" not in refused.stderr:
        pytest.skip("this machine's system Python is not externally managed")
    setup = (ROOT / "README.md").read_text(encoding="utf-8").split("## Set up", 1)[1].split("\n## ", 1)[0]
    (route,) = [line for line in re.findall(r"^```sh\n(.*?)^```", setup, re.M | re.S) if "venv" in line]
    script = f"set -e\n{route.strip()}\ncommand -v python\n{probe.replace('python3', 'python')}"
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert "externally-managed-environment" not in done.stderr, done.stderr
    assert done.stdout.splitlines()[0] == str(tmp_path / ".venv" / "bin" / "python")
    assert "No matching distribution found for nox" in done.stderr, done.stderr
