"""The provider registry: each provider described once, every list of providers derived from it, another
distribution's provider found and served like jobruns' own, and no import cycle among jobruns' modules."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import PROVIDERS, TOKEN

import jobruns
from jobruns import _registry, cli
from jobruns.sandbox import provider_emulators, start

ROOT = Path(__file__).resolve().parents[1]
FIFTH = Path(__file__).resolve().parent / "fifth_provider"  # a provider of another distribution (its own pyproject)
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_each_built_in_provider_is_one_entry_whose_adapter_and_emulator_carry_its_name() -> None:
    assert [provider.name for provider in _registry.BUILT_IN] == PROVIDERS  # nothing else installed in the tests
    for provider in _registry.BUILT_IN:
        assert _registry.adapter_class(provider.name).name == provider.name
        assert _registry.emulator_class(provider.name).name == provider.name
        assert provider.title.lower() == provider.name
        assert (ROOT / "specs" / f"{provider.name}.yaml").is_file() and (ROOT / "generated" / provider.name).is_dir()


def test_every_list_of_providers_is_the_registry() -> None:
    assert [item["name"] for item in jobruns.providers()] == PROVIDERS
    assert jobruns.jobrun_json_schema()["properties"]["provider"]["enum"] == PROVIDERS
    assert list(provider_emulators()) == PROVIDERS
    get = next(a for a in cli.build_parser().commands["get"]._actions if a.dest == "provider")
    assert list(get.choices or []) == PROVIDERS
    titles = [provider.title for provider in _registry.BUILT_IN]
    assert f"{', '.join(titles[:-1])} and {titles[-1]}." in cli.build_parser().format_help()


def test_pyproject_installs_and_ships_what_the_registry_lists() -> None:
    """pyproject.toml cannot read the registry: its extras and the specs the wheel ships are held to it here."""
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert [name for name, wanted in extras.items() if wanted[0].startswith("jobruns-")] == PROVIDERS
    assert all(
        extras[name] == [f"jobruns-{name}{extras[name][0].removeprefix(f'jobruns-{name}')}"] for name in PROVIDERS
    )
    assert extras["all"] == [f"jobruns[{','.join(PROVIDERS)}]"]
    build = PYPROJECT["tool"]["hatch"]["build"]["targets"]
    specs = [f"specs/{name}.yaml" for name in PROVIDERS]
    assert [path for path in build["sdist"]["only-include"] if path.startswith("specs/")] == specs
    assert build["wheel"]["force-include"] == {spec: f"jobruns/sandbox/{spec}" for spec in specs}
    titles = [provider.title for provider in _registry.BUILT_IN]
    assert list(PYPROJECT["project"]["urls"]) == [f"{title} API" for title in titles], "each provider's API docs"


def test_an_unknown_provider_is_a_config_error_naming_the_known_ones() -> None:
    with pytest.raises(jobruns.ConfigError, match="unknown provider 'blaxl'; jobruns knows truefoundry, intuned"):
        jobruns.connect("blaxl", token="t")


@pytest.fixture
def fifth_installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """tests/fifth_provider on sys.path, as if its distribution were installed (its generated client is not)."""
    monkeypatch.syspath_prepend(str(FIFTH))
    _registry.registered.cache_clear()
    yield
    _registry.registered.cache_clear()
    for name in [name for name in sys.modules if name.startswith("jobruns_providers")]:
        del sys.modules[name]


def test_a_provider_of_another_distribution_joins_every_list(fifth_installed: None) -> None:
    assert _registry.names() == [*PROVIDERS, "fifth"]
    described = {item["name"]: item for item in jobruns.providers()}
    assert described["fifth"]["installed"] is False
    assert described["fifth"]["install"].startswith("pip install ./jobruns-fifth")
    assert [s["env"] for s in described["fifth"]["settings"]][:2] == ["JOBRUNS_FIFTH_SPACE", "JOBRUNS_FIFTH_TOKEN"]
    assert described["fifth"]["capabilities"]["trigger_run"] is False
    assert jobruns.jobrun_json_schema()["properties"]["provider"]["enum"][-1] == "fifth"
    assert "--space VALUE" in cli.build_parser().commands["list"].format_help()
    with pytest.raises(jobruns.ConfigError, match="the provider package jobruns_fifth is not installed: pip install"):
        jobruns.connect("fifth", token="t", space="s")


def test_the_sandbox_serves_a_provider_of_another_distribution_checked_against_its_spec(fifth_installed: None) -> None:
    sandbox = start(token=TOKEN, validate=True)  # the demo world: nightly-report on every provider
    try:
        url = sandbox.urls["fifth"]
        headers = {"authorization": f"Bearer {TOKEN}"}
        page = httpx.get(f"{url}/spaces/demo/jobs/nightly-report/runs", params={"limit": 5}, headers=headers)
        assert page.status_code == 200 and page.json()["total"] == 30 and len(page.json()["runs"]) == 5
        first = page.json()["runs"][0]
        one = httpx.get(f"{url}/spaces/demo/jobs/nightly-report/runs/{first['id']}", headers=headers)
        assert one.json() == first
        assert httpx.get(f"{url}/spaces/demo/jobs/nightly-report/runs").status_code == 401
        refused = httpx.get(f"{url}/spaces/demo/jobs/nightly-report/runs", params={"limit": "many"}, headers=headers)
        assert refused.status_code == 400 and "spec.yaml" in refused.json()["error"], "checked against its own spec"
    finally:
        sandbox.stop()
    assert sandbox.spec_errors == []


def test_a_broken_entry_is_a_config_error_naming_its_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fifth_installed: None
) -> None:
    (tmp_path / "jobruns_providers" / "sixth").mkdir(parents=True)
    (tmp_path / "jobruns_providers" / "sixth" / "__init__.py").write_text("PROVIDER = None\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(jobruns.ConfigError, match=r"jobruns_providers\.sixth defines no PROVIDER"):
        _registry.names()
    env = {"PYTHONPATH": f"{tmp_path}{os.pathsep}{FIFTH}", "PATH": ""}
    done = subprocess.run([sys.executable, "-m", "jobruns", "providers"], capture_output=True, text=True, env=env)
    assert done.returncode == cli.EXIT_CONFIG and "Traceback" not in done.stderr
    assert done.stderr.startswith("jobruns: error: jobruns_providers.sixth defines no PROVIDER = ")


def test_the_cli_takes_a_provider_of_another_distribution(tmp_path: Path) -> None:
    env = {"PYTHONPATH": str(FIFTH), "JOBRUNS_FIFTH_TOKEN": "t", "JOBRUNS_FIFTH_SPACE": "s", "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-m", "jobruns", "providers", "--json"], capture_output=True, text=True, env=env
    )
    assert json.loads(done.stdout.splitlines()[-1])["name"] == "fifth"
    missing = subprocess.run(
        [sys.executable, "-m", "jobruns", "get", "fifth", "job", "run"], capture_output=True, text=True, env=env
    )
    assert missing.returncode == cli.EXIT_CONFIG and "jobruns_fifth is not installed" in missing.stderr


# --------------------------------------------------------------------------- import cycles


def _imports(path: Path, module: str, package: str) -> set[str]:
    """The modules ``module`` imports, at its top or inside functions, but not for type checking only."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(node)
        for branch in ast.walk(tree)
        if isinstance(branch, ast.If) and "TYPE_CHECKING" in ast.unparse(branch.test)
        for statement in branch.body
        for node in ast.walk(statement)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            source = ".".join([*base, node.module] if node.module else base)
            found.add(source)
            found.update(f"{source}.{alias.name}" for alias in node.names)
    return found


def test_no_import_cycle_among_jobruns_modules() -> None:
    src = ROOT / "src"
    modules: dict[str, tuple[Path, str]] = {}
    for path in sorted((src / "jobruns").rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        name = ".".join(parts[:-1] if is_package else parts)
        modules[name] = (path, name if is_package else name.rpartition(".")[0])
    # a module's own packages are imported before it, by Python: no cycle through them
    graph = {
        name: {m for m in _imports(path, name, package) if m in modules and m != name and not name.startswith(f"{m}.")}
        for name, (path, package) in modules.items()
    }
    cycles = []
    for start_at in graph:  # every module reachable from each, and whether it is among them
        seen, frontier = {start_at}, [(start_at, [start_at])]
        while frontier:
            at, path = frontier.pop()
            for following in sorted(graph[at]):
                if following == start_at:
                    cycles.append(" -> ".join([*path, start_at]))
                elif following not in seen:
                    seen.add(following)
                    frontier.append((following, [*path, following]))
    assert not cycles, "import cycles:\n" + "\n".join(sorted(set(cycles)))
