"""The jobruns command, run as a subprocess against the sandbox: output, --json and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import jsonschema
import pytest
from conftest import PROVIDERS, SCOPES, SETTINGS, TOKEN, runs_of

from jobruns.sandbox import Sandbox


def jobruns_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("JOBRUNS_")}
    done = subprocess.run(
        [sys.executable, "-m", "jobruns", *args],
        capture_output=True,
        text=True,
        env={**clean, **(env or {})},
        timeout=120,
    )
    assert TOKEN not in done.stdout and TOKEN not in done.stderr, "the token leaked into the CLI's output"
    return done


def provider_flags(provider: str, sandbox: Sandbox, token: str = TOKEN) -> list[str]:
    flags = ["--base-url", sandbox.urls[provider], "--token", token]
    for name, value in SETTINGS[provider].items():
        flags += [f"--{name.replace('_', '-')}", value]
    return flags


@pytest.mark.parametrize("provider", PROVIDERS)
def test_list_get_and_wait(provider: str, sandbox: Sandbox) -> None:
    created = sandbox.world.add_job("job", 30, in_flight=2, polls=2, scope=SCOPES[provider])
    flags = provider_flags(provider, sandbox)
    listed = jobruns_cli("list", provider, "job", *flags, "--json")
    assert listed.returncode == 0, listed.stderr
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(lines) == 20, "a bounded default"
    assert all(line["provider"] == provider and line["job_id"] == "job" for line in lines)
    every = jobruns_cli("list", provider, "job", *flags, "--all", "--json", "--page-size", "7")
    assert len(every.stdout.splitlines()) == 32

    table = jobruns_cli("list", provider, "job", *flags, "--limit", "3", "--status", "failed")
    assert table.returncode == 0 and table.stdout.splitlines()[0].split()[:2] == ["ID", "STATUS"]
    assert "\x1b[" not in table.stdout, "no colour when stdout is not a terminal"
    assert all(" failed " in row for row in table.stdout.splitlines()[1:])

    first = lines[0]["id"]
    got = jobruns_cli("get", provider, "job", first, *flags, "--json")
    assert got.returncode == 0 and json.loads(got.stdout)["id"] == first

    emulator = sandbox.emulators[provider]
    succeeding, failing = (emulator.public_id(run) for run in created[-2:])  # in-flight: succeeded, failed
    ok = jobruns_cli("wait", provider, "job", succeeding, *flags, "--poll-interval", "0.01")
    assert ok.returncode == 0, ok.stderr
    bad = jobruns_cli("wait", provider, "job", failing, *flags, "--poll-interval", "0.01", "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["status"] == "failed"


def test_exit_codes(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1, in_flight=1, polls=10_000)
    flags = provider_flags("blaxel", sandbox)
    assert jobruns_cli("frobnicate").returncode == 2
    assert jobruns_cli("get", "blaxel", "job", "..", *flags).returncode == 2
    config = jobruns_cli("get", "blaxel", "job", "run", "--base-url", sandbox.urls["blaxel"], "--token", TOKEN)
    assert config.returncode == 3 and "JOBRUNS_BLAXEL_WORKSPACE" in config.stderr
    missing = jobruns_cli("get", "blaxel", "job", "nope", *flags)
    assert missing.returncode == 4
    assert missing.stderr.startswith("jobruns: error: blaxel: HTTP 404") and "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    auth = jobruns_cli("get", "blaxel", "job", "run", *provider_flags("blaxel", sandbox, token="wrong-token"))
    assert auth.returncode == 5 and "wrong-token" not in auth.stderr
    down = jobruns_cli("get", "blaxel", "job", "run", "--base-url", "http://127.0.0.1:9", "--token", "t",
                       "--workspace", "w", "--retries", "0")  # fmt: skip
    assert down.returncode == 6
    live = sandbox.emulators["blaxel"].public_id(runs_of(sandbox, "blaxel", "job")[0])
    timeout = jobruns_cli("wait", "blaxel", "job", live, *flags, "--timeout", "0.2", "--poll-interval", "0.05")
    assert timeout.returncode == 7


def test_settings_from_the_environment(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 2)
    env = {"JOBRUNS_NORTHFLANK_BASE_URL": sandbox.urls["northflank"], "JOBRUNS_NORTHFLANK_TOKEN": TOKEN,
           "JOBRUNS_NORTHFLANK_PROJECT_ID": "p"}  # fmt: skip
    listed = jobruns_cli("list", "northflank", "job", "--json", env=env)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 2


def test_every_command_has_help_with_an_example() -> None:
    for command in ([], ["get"], ["list"], ["wait"], ["providers"], ["config"], ["schema"], ["sandbox"], ["demo"]):
        shown = jobruns_cli(*command, "--help")
        assert shown.returncode == 0 and "example:" in shown.stdout, command


def test_providers_command() -> None:
    shown = jobruns_cli("providers", "--json")
    names = [json.loads(line)["name"] for line in shown.stdout.splitlines()]
    assert names == PROVIDERS
    assert "JOBRUNS_INTUNED_WORKSPACE_ID" in jobruns_cli("providers").stdout


@pytest.mark.parametrize("provider", PROVIDERS)
def test_schema_describes_the_json_output(provider: str, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 25, in_flight=2)
    schema = json.loads(jobruns_cli("schema").stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    listed = jobruns_cli("list", provider, "job", *provider_flags(provider, sandbox), "--all", "--json")
    runs = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(runs) == 27
    for run in runs:
        jsonschema.validate(run, schema, format_checker=jsonschema.FormatChecker())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**runs[0], "status": "exploded"}, schema)
