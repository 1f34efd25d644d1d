"""The distributions as users get them (the facade, the provider packages, the orchestrator integrations):
versions in step, the install lines jobruns prints, and (slow) the files `nox -s build` writes, installed into
fresh virtualenvs from dist/, from a checkout and from a git URL, then used against the sandbox."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from email.parser import Parser
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import TOKEN
from packaging.version import Version

from jobruns import _install, _registry
from jobruns.sandbox import Sandbox, start
from jobruns_tools.pipeline import build_distributions, integrations, providers, tool

ROOT = Path(__file__).resolve().parents[1]
PROVIDERS = providers(ROOT)
FACADE = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
INTEGRATIONS = {
    f"jobruns_{name}": tomllib.loads((ROOT / "integrations" / name / "pyproject.toml").read_text(encoding="utf-8"))
    for name in integrations(ROOT)
}


def configured_version(provider: str) -> str:
    config = yaml.safe_load((ROOT / "specs" / "config" / f"{provider}.yaml").read_text(encoding="utf-8"))
    return str(config["package_version_override"])


def next_breaking(version: str) -> str:
    """The first version a change that breaks clients gets after this one: a minor bump while 0.x, else a major."""
    release = Version(version).release
    return f"0.{release[1] + 1}.0" if release[0] == 0 else f"{release[0] + 1}.0.0"


def test_the_facade_pins_each_provider_package_at_the_version_specs_config_gives() -> None:
    """update_spec bumps specs/config/<provider>.yaml; the generated pyproject follows on regeneration (the drift
    check holds it), and the facade's extra must move with it, or `pip install 'jobruns[<provider>]'` would refuse
    the package just built (a breaking bump) or accept one without the change (any other)."""
    extras = FACADE["optional-dependencies"]
    wrong = []
    for provider in PROVIDERS:
        version = configured_version(provider)
        generated = tomllib.loads((ROOT / "generated" / provider / "pyproject.toml").read_text(encoding="utf-8"))
        assert generated["project"]["version"] == version, f"generated/{provider}: run `nox -s generate`"
        wanted = [f"jobruns-{provider}>={version},<{next_breaking(version)}"]
        if extras.get(provider) != wanted:
            wrong.append(f"{provider} = {json.dumps(wanted)}  (specs/config/{provider}.yaml: version {version})")
    assert not wrong, "set these in pyproject.toml [project.optional-dependencies]:\n" + "\n".join(wrong)
    assert extras["all"] == [f"jobruns[{','.join(_registry.names())}]"]


@pytest.mark.parametrize(
    ("origin", "line"),
    [
        ({"url": "file:///src/jobruns", "dir_info": {"editable": True}}, "pip install /src/jobruns/generated/blaxel"),
        (
            {"url": "https://example.org/jobruns.git", "vcs_info": {"vcs": "git", "commit_id": "abc123"}},
            "pip install 'jobruns-blaxel @ git+https://example.org/jobruns.git@abc123#subdirectory=generated/blaxel'",
        ),
        (
            {"url": "file:///x/dist/jobruns-0.1.0-py3-none-any.whl", "archive_info": {}},
            "pip install --find-links /x/dist 'jobruns[blaxel]'",
        ),
        ({}, "pip install --find-links DIST 'jobruns[blaxel]' (DIST: the dist/ folder `nox -s build` wrote)"),
    ],
    ids=["checkout", "git", "wheel-file", "find-links"],
)
def test_the_install_line_follows_where_jobruns_came_from(
    origin: dict[str, Any], line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_install, "_installed_from", lambda: origin)
    assert _install.install_line("blaxel") == line
    assert {p["name"]: p["install"] for p in _registry.providers()}["blaxel"] == line


def test_the_jobruns_wheel_holds_the_facade_cli_and_sandbox_only(tmp_path: Path) -> None:
    """No maintainer tool ships to users: the spec refresh, the spec diff and the pipeline live in tools/."""
    command = [tool("uv"), "build", "--wheel", "--quiet", "--out-dir", str(tmp_path), str(ROOT)]
    built = subprocess.run(command, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    (wheel_path,) = tmp_path.glob("jobruns-*.whl")
    with zipfile.ZipFile(wheel_path) as wheel:
        files = {name for name in wheel.namelist() if ".dist-info/" not in name}
        code = "".join(wheel.read(name).decode() for name in files if name.endswith(".py"))
    facade = {name.removeprefix("src/") for name in tracked("src/jobruns")}
    assert files == facade | {f"jobruns/sandbox/specs/{p}.yaml" for p in PROVIDERS}
    tools = {p.name for p in (ROOT / "tools" / "jobruns_tools").glob("*.py")} - {"__init__.py", "__main__.py"}
    assert tools >= {"pipeline.py", "specsource.py", "specdiff.py"}
    assert not {name.rsplit("/", 1)[-1] for name in files} & tools, "a maintainer tool in the jobruns wheel"
    assert "jobruns_tools" not in code and "jsonpatch" not in code


# --------------------------------------------------------------------------- slow: built files, fresh virtualenvs


class Venv:
    """A fresh virtualenv (made and filled by uv, which the test dependency group brings)."""

    def __init__(self, path: Path) -> None:
        self.uv = tool("uv")
        subprocess.run([self.uv, "venv", "-q", "--python", sys.executable, str(path)], check=True)
        self.bin = path / ("Scripts" if os.name == "nt" else "bin")

    def install(self, *arguments: str) -> None:
        python = str(self.bin / "python")
        done = subprocess.run([self.uv, "pip", "install", "-q", "--python", python, *arguments], capture_output=True)
        assert done.returncode == 0, done.stderr.decode(errors="replace")

    def install_as_told(self, line: str) -> None:
        """Run a `pip install ...` line jobruns printed (with uv, for speed: the same requirements)."""
        words = shlex.split(line)
        assert words[:2] == ["pip", "install"], line
        self.install(*words[2:])

    def run(self, *command: str, env: dict[str, str] | None = None, check: bool = True) -> str:
        executable = str(self.bin / command[0])
        done = subprocess.run(
            [executable, *command[1:]], capture_output=True, text=True, env={**os.environ, **(env or {})}
        )
        if check:
            assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"
        return done.stdout + done.stderr

    def providers(self) -> dict[str, dict[str, Any]]:
        return {p["name"]: p for p in map(json.loads, self.run("jobruns", "providers", "--json").splitlines())}


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `nox -s build` writes (the same function, checked with twine check --strict), built once."""
    out = tmp_path_factory.mktemp("build") / "dist"
    build_distributions(out, ROOT)
    return out


@pytest.fixture
def demo_sandbox() -> Iterator[Sandbox]:
    server = start(token=TOKEN, validate=False)  # the demo world: nightly-report on every provider
    try:
        yield server
    finally:
        server.stop()


def blaxel_settings(sandbox: Sandbox) -> dict[str, str]:
    url = sandbox.urls["blaxel"]
    return {"JOBRUNS_BLAXEL_BASE_URL": url, "JOBRUNS_BLAXEL_TOKEN": TOKEN, "JOBRUNS_BLAXEL_WORKSPACE": "demo"}


def tracked(folder: str) -> set[str]:
    listed = subprocess.run(["git", "ls-files", folder], cwd=ROOT, capture_output=True, text=True, check=True)
    return {name for name in listed.stdout.splitlines() if (ROOT / name).is_file()}


@pytest.mark.slow
def test_every_file_carries_its_licence_changelog_and_nothing_stray(dist: Path) -> None:
    versions = {"jobruns": FACADE["version"], **{f"jobruns_{p}": configured_version(p) for p in PROVIDERS}}
    versions |= {name: project["project"]["version"] for name, project in INTEGRATIONS.items()}
    expected = {f"{name}-{v}{suffix}" for name, v in versions.items() for suffix in ("-py3-none-any.whl", ".tar.gz")}
    assert {p.name for p in dist.iterdir() if p.name != ".gitignore"} == expected  # twine check --strict passed
    licence = (ROOT / "LICENSE").read_bytes()
    for name, version in versions.items():
        with tarfile.open(dist / f"{name}-{version}.tar.gz") as sdist:
            members = {m.name.split("/", 1)[1]: m for m in sdist.getmembers() if m.isfile()}
            assert sdist.extractfile(members["LICENSE"]).read() == licence  # type: ignore[union-attr]
        common = {
            "PKG-INFO",
            "pyproject.toml",
            "README.md",
            "LICENSE",
            ".gitignore",
        }  # hatchling always adds .gitignore
        if name == "jobruns":
            package = tracked("src/jobruns")
            own = {f"specs/{p}.yaml" for p in PROVIDERS}
        elif name in INTEGRATIONS:
            folder = f"integrations/{name.removeprefix('jobruns_')}"
            package = {f.removeprefix(f"{folder}/") for f in tracked(f"{folder}/src")}
            own = set()
        else:
            provider = name.removeprefix("jobruns_")
            package = {f.removeprefix(f"generated/{provider}/") for f in tracked(f"generated/{provider}/{name}")}
            own = {"CHANGELOG.md"}
        assert set(members) == common | own | package, f"{name} sdist: only what its package needs"
        with zipfile.ZipFile(dist / f"{name}-{version}-py3-none-any.whl") as wheel:
            info = f"{name}-{version}.dist-info"
            metadata = Parser().parsestr(wheel.read(f"{info}/METADATA").decode())
            assert metadata["License-Expression"] == "Apache-2.0" and metadata["License-File"] == "LICENSE"
            assert metadata.get_all("Project-URL"), f"{name}: project URLs"
            assert wheel.read(f"{info}/licenses/LICENSE") == licence
            files = set(wheel.namelist())
            assert all(f.startswith((f"{name}/", f"{info}/")) for f in files), f"{name} wheel: its package only"
            if name == "jobruns":
                assert {f"jobruns/sandbox/specs/{p}.yaml" for p in PROVIDERS} <= files
            elif name in INTEGRATIONS:
                # on the facade with a version range, never on a provider package (users add the extra they need)
                facade = [r for r in metadata.get_all("Requires-Dist") if r.startswith("jobruns")]
                assert facade == [f"jobruns<{next_breaking(FACADE['version'])},>={FACADE['version']}"], name
                if name == "jobruns_airflow":  # how Airflow finds a provider
                    points = wheel.read(f"{info}/entry_points.txt").decode()
                    assert "[apache_airflow_provider]\nprovider_info = jobruns_airflow:get_provider_info" in points
                    assert "Framework :: Apache Airflow :: Provider" in metadata.get_all("Classifier")
            else:
                changelog = ROOT / "generated" / name.removeprefix("jobruns_") / "CHANGELOG.md"
                assert wheel.read(f"{name}/CHANGELOG.md") == changelog.read_bytes()
                assert metadata["Project-URL"].startswith("Documentation, https://")


@pytest.mark.slow
def test_the_facade_with_one_provider_from_dist(dist: Path, tmp_path: Path, demo_sandbox: Sandbox) -> None:
    venv = Venv(tmp_path / "venv")
    venv.install("--find-links", str(dist), "jobruns[blaxel]")  # the README's line
    shown = venv.providers()
    assert shown["blaxel"]["installed"] and not shown["truefoundry"]["installed"]
    env = blaxel_settings(demo_sandbox)
    listed = json.loads(venv.run("jobruns", "list", "blaxel", "nightly-report", "--limit", "1", "--json", env=env))
    got = json.loads(venv.run("jobruns", "get", "blaxel", "nightly-report", listed["id"], "--json", env=env))
    assert got["id"] == listed["id"] and got["provider"] == "blaxel"
    # the demo shows the provider installed and names the others with the line that installs each
    demo = venv.run("jobruns", "demo")
    assert "== blaxel: nightly-report" in demo and "blaxel: started " in demo and "== intuned" not in demo
    for name in [name for name in _registry.names() if name != "blaxel"]:
        assert f"{name} is not installed, so it is left out: {shown[name]['install']}" in demo
    assert "demo ok: blaxel 30 runs" in demo
    # the line `jobruns providers` gives for a missing provider installs it
    line = shown["truefoundry"]["install"]
    venv.install_as_told(line.split(" (DIST")[0].replace("DIST", str(dist)))
    assert venv.providers()["truefoundry"]["installed"]


@pytest.mark.slow
def test_provider_packages_alone_from_their_wheels(dist: Path, tmp_path: Path, demo_sandbox: Sandbox) -> None:
    venv = Venv(tmp_path / "venv")
    venv.install("--find-links", str(dist), "jobruns-blaxel", "jobruns-truefoundry")
    assert "ModuleNotFoundError" in venv.run("python", "-c", "import jobruns", check=False), "the facade stays out"
    script = """
import json, os, sys
from jobruns_truefoundry import AuthenticatedClient, errors
from jobruns_truefoundry.api.jobs import get_job_run, list_job_runs

url, token = sys.argv[1], os.environ["TOKEN"]
with AuthenticatedClient(base_url=url, token=token) as client:
    name = list_job_runs.sync("nightly-report", client=client, limit=1).data[0].name
    print(json.dumps({"got": get_job_run.sync("nightly-report", name, client=client).data.name}))
with AuthenticatedClient(base_url=url, token="wrong-token") as client:
    try:
        get_job_run.sync("nightly-report", name, client=client)
    except errors.StatusError as exc:
        print(json.dumps({"raised": type(exc).__name__, "status": exc.status_code}))
"""
    out = venv.run("python", "-c", script, demo_sandbox.urls["truefoundry"], env={"TOKEN": TOKEN})
    got, raised = map(json.loads, out.splitlines())
    assert got["got"].startswith("nightly-report")
    assert raised["status"] == 401, "a wrong token raises; it does not return None"
    venv.run("python", "-c", "import jobruns_blaxel.api.jobs.get_job_execution")


@pytest.mark.slow
def test_install_from_a_checkout(tmp_path: Path) -> None:
    venv = Venv(tmp_path / "venv")
    venv.install(str(ROOT / "generated" / "blaxel"), f"{ROOT}[blaxel]")  # pip install ./generated/blaxel '.[blaxel]'
    shown = venv.providers()
    assert shown["blaxel"]["installed"]
    venv.install_as_told(shown["intuned"]["install"])  # pip install <checkout>/generated/intuned
    assert venv.providers()["intuned"]["installed"]


@pytest.mark.slow
def test_install_from_a_git_url(tmp_path: Path) -> None:
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
    repository = f"git+{ROOT.as_uri()}@{commit.stdout.strip()}"  # a clone's HEAD, as a published URL would be
    venv = Venv(tmp_path / "venv")
    venv.install(f"jobruns-blaxel @ {repository}#subdirectory=generated/blaxel", f"jobruns[blaxel] @ {repository}")
    shown = venv.providers()
    assert shown["blaxel"]["installed"]
    assert shown["northflank"]["install"].endswith("#subdirectory=generated/northflank'")
    venv.install_as_told(shown["northflank"]["install"])
    assert venv.providers()["northflank"]["installed"]
