"""A provider added as docs/adding-a-provider.md says, by a team that is not jobruns: tests/fifth_provider/ holds its
five files (spec, generator config, adapter, emulator, registry entry) and the pyproject.toml of its distribution.
Its client package is generated from the spec alone, both are installed beside jobruns into a fresh virtualenv, and
jobruns' CLI lists, gets and waits on its runs from the sandbox, which serves it over loopback. Nothing in the
repository changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TOKEN
from test_release import Venv

ROOT = Path(__file__).resolve().parents[1]
FIFTH = ROOT / "tests" / "fifth_provider"
FOLDER = FIFTH / "jobruns_providers" / "fifth"


def repository_state() -> str:
    """Every change to the working tree, untracked files included (ignored ones are build output)."""
    listed = ["git", "status", "--porcelain", "--untracked-files=all"]
    return subprocess.run(listed, cwd=ROOT, capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_a_fifth_provider_from_its_folder_alone(tmp_path: Path) -> None:
    before = repository_state()
    package = tmp_path / "jobruns-fifth"
    generate = [sys.executable, "-m", "jobruns_tools", "--root", str(ROOT), "generate-package"]
    done = subprocess.run(
        [*generate, str(FOLDER / "spec.yaml"), str(FOLDER / "generator.yaml"), "--out", str(package)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    for name in ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "generation.json", "jobruns_fifth/py.typed"):
        assert (package / name).is_file(), f"the generator writes {name}"
    assert "## 0.1.0" in (package / "CHANGELOG.md").read_text(encoding="utf-8")

    venv = Venv(tmp_path / "venv")
    venv.install(f"{ROOT}[sandbox]", str(package), str(FIFTH))
    shown = venv.providers()
    assert list(shown)[-1] == "fifth" and shown["fifth"]["installed"], "found beside jobruns' own four"
    assert not shown["blaxel"]["installed"]  # jobruns alone: the other providers' packages are not installed
    assert "fifth" in json.loads(venv.run("jobruns", "schema"))["properties"]["provider"]["enum"]

    sandbox = subprocess.Popen(
        [str(venv.bin / "jobruns"), "sandbox", "--port", "0", "--token", TOKEN, "--run-seconds", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert sandbox.stdout is not None
        urls = json.loads(sandbox.stdout.readline())
        assert urls["fifth"].startswith("http://127.0.0.1:") and urls["fifth"].endswith("/fifth")
        env = {"JOBRUNS_FIFTH_BASE_URL": urls["fifth"], "JOBRUNS_FIFTH_TOKEN": TOKEN, "JOBRUNS_FIFTH_SPACE": "demo"}
        every = venv.run("jobruns", "list", "fifth", "nightly-report", "--all", "--page-size", "7", "--json", env=env)
        runs = [json.loads(line) for line in every.splitlines()]
        assert len(runs) == 30 and len({run["id"] for run in runs}) == 30, "five pages of 7, each run once"
        assert {run["provider"] for run in runs} == {"fifth"}
        assert {run["status"] for run in runs} >= {"succeeded", "failed"}
        one = json.loads(venv.run("jobruns", "get", "fifth", "nightly-report", runs[-1]["id"], "--json", env=env))
        assert one == runs[-1]
        read_raw = f"import jobruns; print(type(jobruns.connect('fifth').get_run('nightly-report', {one['id']!r}).raw))"
        assert venv.run("python", "-c", read_raw, env=env).strip() == "<class 'jobruns_fifth.models.run.Run'>"
        live = next((run for run in runs if run["status"] in ("pending", "running")), runs[0])  # they end in 3 s
        wait = ["jobruns", "wait", "fifth", "nightly-report", live["id"], "--timeout", "60", "--poll-interval", "0.2"]
        ended = json.loads(venv.run(*wait, "--json", env=env, check=False))
        assert ended["id"] == live["id"] and ended["status"] in ("succeeded", "failed")
        refused = venv.run("jobruns", "get", "fifth", "nightly-report", "x", env={**env, "JOBRUNS_FIFTH_TOKEN": "no"},
                           check=False)  # fmt: skip
        assert "401" in refused and "a Fifth API token is needed" in refused
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)

    demo = venv.run("jobruns", "demo")  # the demo shows every installed provider: here, the fifth alone
    assert "== fifth: nightly-report, 30 runs" in demo and "demo ok: fifth 30 runs" in demo
    assert repository_state() == before, "adding the provider touched nothing in the repository"
