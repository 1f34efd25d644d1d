"""The generation pipeline: specs validate, generated packages match their specs, regeneration is exact."""

from __future__ import annotations

import filecmp
import importlib
import inspect
import os
import pkgutil
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from jobruns import _registry
from jobruns_tools import facts, pipeline

ROOT = Path(__file__).resolve().parents[1]
PROVIDERS = pipeline.providers(ROOT)
METHODS = ("get", "put", "post", "delete", "patch")


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace(".", "_").replace("-", "_").lower()


def operations(provider: str) -> list[tuple[str, str, dict]]:
    spec = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
    return [
        (path, method, op) for path, item in spec["paths"].items() for method, op in item.items() if method in METHODS
    ]


def test_every_provider_jobruns_ships_has_a_spec_and_a_package() -> None:
    assert sorted(provider.name for provider in _registry.BUILT_IN) == PROVIDERS, "a spec per provider jobruns ships"
    for provider in PROVIDERS:
        assert (ROOT / "generated" / provider / f"jobruns_{provider}" / "py.typed").is_file()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_spec_validates(provider: str) -> None:
    pipeline.validate_spec(ROOT / "specs" / f"{provider}.yaml")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_spec_records_its_sources(provider: str) -> None:
    info = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())["info"]
    sources = info["x-jobruns-sources"]
    assert sources and all({"url", "retrieved", "operations"} <= set(s) for s in sources)
    # each source is named by its public address, which a user's clone can follow (no local copies)
    assert all(s["url"].startswith("https://") and "document" not in s for s in sources)
    tracked = {op for s in sources for op in s["operations"]}
    declared = {f"{method.upper()} {path}" for path, method, _ in operations(provider)}
    # every operation in the file is accounted for: taken from a source, or written by us
    authored = " ".join(str(a) for a in info.get("x-jobruns-authored", []))
    for op in declared - tracked:
        assert op.split(" ", 1)[1] in authored, f"{op} has no source and is not marked as ours"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_operation_is_generated_sync_and_async_with_its_path_parameters(provider: str) -> None:
    package = importlib.import_module(f"jobruns_{provider}.api")
    modules = {
        info.name.rsplit(".", 1)[-1]: info.name
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
    }
    ops = operations(provider)
    assert ops
    for path, _method, op in ops:
        module = importlib.import_module(modules[snake(op["operationId"])])
        path_params = {snake(p) for p in re.findall(r"{(\w+)}", path)}
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            parameters = set(inspect.signature(getattr(module, function)).parameters)
            assert path_params <= parameters, f"{module.__name__}.{function} lacks {path_params - parameters}"
        assert inspect.iscoroutinefunction(module.asyncio)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_generated_package_metadata(provider: str) -> None:
    meta = tomllib.loads((ROOT / "generated" / provider / "pyproject.toml").read_text())["project"]
    assert meta["name"] == f"jobruns-{provider}"
    assert meta["requires-python"] == ">=3.11"
    assert any(d.startswith("httpx>=") and "<" in d for d in meta["dependencies"])
    assert any(d.startswith("attrs>=") for d in meta["dependencies"])
    assert "Typing :: Typed" in meta["classifiers"]
    readme = (ROOT / "generated" / provider / "README.md").read_text()
    assert f"specs/{provider}.yaml" in readme and "nox -s generate" in readme


def test_regeneration_is_byte_identical_from_any_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    pipeline.generate_provider("intuned", first, ROOT)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONHASHSEED", "12345")
    pipeline.generate_provider("intuned", second, ROOT)
    compared = filecmp.dircmp(first / "intuned", second / "intuned")
    files_a, files_b = pipeline.files_of(first / "intuned"), pipeline.files_of(second / "intuned")
    assert files_a == files_b and files_a
    for name in files_a:
        assert (first / "intuned" / name).read_bytes() == (second / "intuned" / name).read_bytes(), name
    assert not compared.diff_files
    # ...and equal to what is committed (but the changelog: a package's own, kept across regeneration)
    for name in files_a - set(pipeline.KEPT_ACROSS_REGENERATION):
        assert (first / "intuned" / name).read_bytes() == (ROOT / "generated" / "intuned" / name).read_bytes(), name


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    for part in ("specs", "templates", "generated"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    shutil.copyfile(ROOT / "LICENSE", copy / "LICENSE")  # every generated package carries it
    return copy


def test_drift_check_passes_on_the_committed_tree(project_copy: Path) -> None:
    assert pipeline.drift(project_copy) == []


def test_drift_check_fails_when_a_spec_is_edited_and_not_regenerated(project_copy: Path) -> None:
    spec = project_copy / "specs" / "truefoundry.yaml"
    spec.write_text(spec.read_text().replace("description: Exit Code", "description: Exit code of the run"))
    problems = pipeline.drift(project_copy)
    assert "generated/truefoundry/jobruns_truefoundry/models/job_run.py: differs" in problems
    assert "generated/truefoundry/generation.json: differs" in problems
    assert all(p.startswith("generated/truefoundry/") for p in problems)


def test_drift_check_reports_a_hand_edit_and_a_stray_file(project_copy: Path) -> None:
    client = project_copy / "generated" / "blaxel" / "jobruns_blaxel" / "client.py"
    client.write_text(client.read_text() + "\n# hand edit\n")
    (project_copy / "generated" / "blaxel" / "jobruns_blaxel" / "extra.py").write_text("")
    problems = pipeline.drift(project_copy)
    assert "generated/blaxel/jobruns_blaxel/client.py: differs" in problems
    assert "generated/blaxel/jobruns_blaxel/extra.py: not produced by the generator" in problems


def test_regenerate_skips_unchanged_providers_and_swaps_in_changed_ones(project_copy: Path) -> None:
    assert pipeline.regenerate(project_copy) == []
    spec = project_copy / "specs" / "northflank.yaml"
    changelog = project_copy / "generated" / "northflank" / "CHANGELOG.md"
    changelog.write_text("# kept\n")
    spec.write_text(spec.read_text() + "\n# a comment changes the inputs' hash\n")
    assert pipeline.regenerate(project_copy) == ["northflank"]
    assert changelog.read_text() == "# kept\n"
    assert pipeline.is_current("northflank", project_copy)
    assert pipeline.drift(project_copy) == []


def test_a_new_providers_package_is_complete_changelog_included(project_copy: Path) -> None:
    """What the generator writes for a spec it has never seen is a package that builds (the build reads its
    CHANGELOG.md), and the drift check accepts it."""
    fifth = ROOT / "tests" / "fifth_provider" / "jobruns_providers" / "fifth"
    shutil.copyfile(fifth / "spec.yaml", project_copy / "specs" / "fifth.yaml")
    shutil.copyfile(fifth / "generator.yaml", project_copy / "specs" / "config" / "fifth.yaml")
    assert pipeline.regenerate(project_copy) == ["fifth"]
    package = project_copy / "generated" / "fifth"
    assert (package / "CHANGELOG.md").read_text().startswith("# Changelog: jobruns-fifth\n\n## 0.1.0\n")
    assert {"pyproject.toml", "README.md", "LICENSE", "generation.json", "jobruns_fifth/py.typed"} <= pipeline.files_of(
        package
    )
    assert pipeline.drift(project_copy) == []
    built = subprocess.run(
        [pipeline.tool("uv"), "build", "--quiet", "--wheel", "--out-dir", str(project_copy / "dist"), str(package)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr


def test_an_invalid_spec_stops_the_pipeline_naming_file_line_and_location(project_copy: Path) -> None:
    spec = project_copy / "specs" / "intuned.yaml"
    text = spec.read_text()
    assert "type: object" in text
    spec.write_text(text.replace("type: object", "type: objekt", 1))
    line = text[: text.index("type: object")].count("\n") + 1
    stamp = project_copy / "generated" / "intuned" / "generation.json"
    before = stamp.read_bytes()
    with pytest.raises(pipeline.PipelineError) as caught:
        pipeline.regenerate(project_copy, force=True)
    message = str(caught.value)
    assert f"{spec}:{line}: invalid OpenAPI at /" in message
    assert "'objekt' is not valid" in message
    assert stamp.read_bytes() == before, "a failed run leaves generated/ as it was"


@pytest.mark.slow
@pytest.mark.parametrize("provider", PROVIDERS)
def test_package_installs_into_a_fresh_venv_and_imports(provider: str, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    uv = shutil.which("uv")
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    if uv:
        subprocess.run([uv, "venv", "-q", "--python", sys.executable, str(venv)], check=True)
        install = [uv, "pip", "install", "-q", "--python", str(python)]
    else:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        install = [str(python), "-m", "pip", "install", "-q"]
    # a copy, so the build leaves nothing in generated/
    source = shutil.copytree(ROOT / "generated" / provider, tmp_path / "src")
    subprocess.run([*install, str(source)], check=True)
    package = f"jobruns_{provider}"
    code = f"import {package} as p, {package}.api, {package}.models; print(p.AuthenticatedClient)"
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "AuthenticatedClient" in result.stdout


def test_spec_facts_hold_each_parameters_own_description_and_example() -> None:
    """The generator reads a parameter from its schema alone (upstream #1411): templates read these instead."""
    spec = {
        "paths": {
            "/jobs/{jobId}": {
                "parameters": [{"$ref": "#/components/parameters/Job"}],
                "get": {
                    "parameters": [
                        {"name": "sort", "in": "query", "description": "Order", "schema": {"$ref": "#/x"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "description": "Per page"}},
                    ]
                },
            }
        },
        "components": {"parameters": {"Job": {"name": "jobId", "in": "path", "description": "The job", "example": 7}}},
    }
    described = facts.spec_facts(spec)["operations"]["GET /jobs/{jobId}"]["parameters"]
    assert described == {
        "jobId": {"description": "The job", "example": "7"},
        "sort": {"description": "Order", "example": ""},
        "limit": {"description": "Per page", "example": ""},
    }


def test_spec_facts_name_the_header_each_provider_takes_the_token_in() -> None:
    found = {p: facts.spec_facts(yaml.safe_load((ROOT / "specs" / f"{p}.yaml").read_text())) for p in PROVIDERS}
    assert (found["intuned"]["token"]["header"], found["intuned"]["token"]["prefix"]) == ("x-api-key", "")
    for provider in ("truefoundry", "northflank", "blaxel"):  # Blaxel: its bearer way, with the workspace header
        assert (found[provider]["token"]["header"], found[provider]["token"]["prefix"]) == ("Authorization", "Bearer")
    assert [h["header"] for h in found["blaxel"]["other_headers"]] == ["X-Blaxel-Workspace"]
    truefoundry = found["truefoundry"]["servers"][0]
    assert (
        truefoundry["url"] == "https://{controlPlaneURL}" and truefoundry["variables"][0]["name"] == "controlPlaneURL"
    )
    assert all(f["docs"] and all(d["url"].startswith("https://") for d in f["docs"]) for f in found.values())


def test_spec_facts_reach_templates_as_they_are() -> None:
    import jinja2

    tricky = {"text": 'a "quote" %} {{ x }} {% y %} \\ é \u2603 \n', "list": ["a", {"b": "c"}]}
    source = f"{{% set value = {facts.jinja_literal(tricky)} %}}"
    template = jinja2.Environment().from_string(source + "{{ value.text }}|{{ value.list[1].b }}")
    assert template.render() == tricky["text"] + "|c"
