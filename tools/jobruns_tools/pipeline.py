"""The generation pipeline: specs/<provider>.yaml -> validate -> openapi-python-client -> generated/<provider>/.

Every function takes the project's root (the folder holding specs/, templates/ and generated/): this package is a
tool that works on a checkout, never imports the jobruns it builds, and is never published. The generator, ruff
and twine are the console scripts installed beside the running Python (the pins are this package's dependencies),
else the ones on PATH.
"""

from __future__ import annotations

import concurrent.futures
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .facts import SPEC_FACTS, jinja_literal, spec_facts

GENERATOR = "openapi-python-client==0.29.1"
RUFF = "ruff==0.17.5"  # the generator formats with whatever ruff is on PATH: pin it for byte-identical output
SPEC_VALIDATOR = "openapi-spec-validator==0.8.5"  # the newest that openapi-core 0.23 (the sandbox) accepts
# Part of every package's input hash: bump it when this pipeline changes what it writes, so that every provider
# regenerates (and only then: moving or refactoring the pipeline leaves generated/ and its stamps as they are).
PIPELINE_VERSION = "2"
STAMP = "generation.json"  # written into generated/<provider>/: what the package was generated from
CHANGELOG = "CHANGELOG.md"  # a new package's is written with it; afterwards it is the package's own, kept
KEPT_ACROSS_REGENERATION = (CHANGELOG,)
LICENSE = "LICENSE"  # the project's licence, copied into every generated package (its license-files)


class PipelineError(Exception):
    """A spec, config or generator run that stops the pipeline; the message says what and where."""


def providers(root: Path) -> list[str]:
    return sorted(p.stem for p in (root / "specs").glob("*.yaml"))


def _template_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / "templates").rglob("*") if p.is_file())


def input_hash(provider: str, root: Path) -> str:
    """Everything a provider's generated package depends on: spec, generator config, templates and tool pins."""
    return _inputs_hash(root / "specs" / f"{provider}.yaml", root / "specs" / "config" / f"{provider}.yaml", root)


def _named(path: Path, root: Path) -> str:
    """A file as the stamp and the hash name it: from the project's root, or by its name alone when outside it."""
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name


def _inputs_hash(spec: Path, config: Path, root: Path) -> str:
    digest = hashlib.sha256()
    for label in (PIPELINE_VERSION, GENERATOR, RUFF):
        digest.update(label.encode() + b"\0")
    for path in [spec, config, root / LICENSE, *_template_files(root)]:
        digest.update(_named(path, root).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _locate(document: object, nodes: Any, error: object) -> tuple[str, int | None]:
    """JSON pointer and line of the schema object an openapi-spec-validator error is about.

    The validator reports paths relative to the schema object it was checking, not to the document,
    so search the document for the object whose relative path leads to the offending instance.
    """
    relative = list(getattr(error, "relative_path", []))
    instance = getattr(error, "instance", None)

    def walk(data: object, node: Any, pointer: str) -> Iterator[tuple[str, object, Any]]:  # node: a YAML node
        yield pointer, data, node
        if isinstance(data, dict) and hasattr(node, "value"):
            for key_node, value_node in node.value:
                key = key_node.value
                if key in data:
                    yield from walk(
                        data[key], value_node, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
                    )
        elif isinstance(data, list) and hasattr(node, "value"):
            for index, (item, item_node) in enumerate(zip(data, node.value, strict=False)):
                yield from walk(item, item_node, f"{pointer}/{index}")

    for pointer, data, node in walk(document, nodes, ""):
        target, target_node, ok = data, node, True
        for step in relative:
            if isinstance(target, dict) and step in target:
                target_node = next((v for k, v in target_node.value if k.value == step), target_node)
                target = target[step]
            elif isinstance(target, list) and isinstance(step, int) and step < len(target):
                target_node, target = target_node.value[step], target[step]
            else:
                ok = False
                break
        if ok and target == instance and (relative or pointer):
            suffix = "".join(f"/{s}" for s in relative)
            return pointer + suffix or "/", target_node.start_mark.line + 1
    return "/" + "/".join(str(s) for s in relative), None


def validate_spec(spec: Path) -> None:
    """Raise PipelineError naming the file, the location and the validator's message."""
    import yaml
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when PyYAML has it: several times faster
    text = spec.read_text(encoding="utf-8")
    try:
        document = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise PipelineError(f"{spec}: not valid YAML: {exc}") from None
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        pointer, line = _locate(document, yaml.compose(text, Loader=loader), exc)  # the nodes only say where
        where = f"{spec}:{line}" if line else str(spec)
        raise PipelineError(f"{where}: invalid OpenAPI at {pointer}: {exc.message}") from None


def _templates_with_facts(spec: Path, work: Path, root: Path) -> Path:
    """templates/ plus SPEC_FACTS for this spec, in work/ (which must not exist)."""
    from ruamel.yaml import YAML  # the generator's own YAML reader (1.2): the spec means what it means to it

    try:
        document = YAML(typ="safe").load(spec.read_bytes())
    except Exception:  # not YAML: the validator says where and why
        validate_spec(spec)
        raise
    templates = shutil.copytree(root / "templates", work)
    facts = "".join(f"{{% set {name} = {jinja_literal(v)} %}}\n" for name, v in spec_facts(document).items())
    (templates / SPEC_FACTS).write_text(facts, encoding="utf-8")
    return templates


def tool(name: str) -> str:
    """A console script installed beside the running Python (the session's venv), else from PATH."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def generate_provider(provider: str, out_dir: Path, root: Path) -> Path:
    """Generate one provider's package into out_dir/<provider> (which must not exist) and stamp it."""
    spec = root / "specs" / f"{provider}.yaml"
    config = root / "specs" / "config" / f"{provider}.yaml"
    if not config.exists():
        raise PipelineError(f"{config}: missing generator config for specs/{provider}.yaml")
    return generate_package(spec, config, out_dir / provider, root)


def generate_package(spec: Path, config: Path, target: Path, root: Path) -> Path:
    """Generate the package of ``spec`` with the generator ``config`` into ``target`` (which must not exist), with
    the project's templates and licence: everything a new package needs, a CHANGELOG.md of its first version
    included (regenerate keeps a package's own), stamped with what it was generated from.

    A provider outside the project (docs/adding-a-provider.md) is generated by this alone, from its spec and config
    wherever they are."""
    for given in (spec, config):
        if not given.is_file():
            raise PipelineError(f"{given}: no such file")
    out_dir = target.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    templates = _templates_with_facts(spec, out_dir / f".{target.name}.templates", root)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        tool("openapi-python-client"), "generate",
        "--path", str(spec), "--config", str(config),
        "--custom-template-path", str(templates),
        "--meta", "uv", "--output-path", str(target), "--fail-on-warning",
    ]  # fmt: skip
    # Validate while the generator runs (each takes about as long); a spec that fails stops it.
    pipe = subprocess.PIPE
    try:
        with subprocess.Popen(command, cwd=out_dir, env=env, stdout=pipe, stderr=pipe, text=True) as process:
            try:
                validate_spec(spec)
            except BaseException:
                process.kill()
                raise
            stdout, stderr = process.communicate()
    finally:
        shutil.rmtree(templates, ignore_errors=True)
    if process.returncode != 0:
        raise PipelineError(f"openapi-python-client failed on {spec}:\n{stdout}{stderr}")
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    shutil.copyfile(root / LICENSE, target / LICENSE)  # license-files must lie inside the package's own folder
    (target / CHANGELOG).write_text(first_changelog(target), encoding="utf-8")
    stamp = {
        "spec": _named(spec, root),
        "generator": GENERATOR,
        "ruff": RUFF,
        "inputs_sha256": _inputs_hash(spec, config, root),
    }
    (target / STAMP).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return target


def first_changelog(package: Path) -> str:
    """The CHANGELOG.md of a package's first version, read from its generated pyproject.toml (the built
    distributions carry the changelog: without one the build fails)."""
    import tomllib

    project = tomllib.loads((package / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return (
        f"# Changelog: {project['name']}\n\n## {project['version']}\n\n"
        "The first version, generated from its OpenAPI spec by jobruns' pipeline.\n"
    )


def is_current(provider: str, root: Path) -> bool:
    stamp = root / "generated" / provider / STAMP
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))["inputs_sha256"]
    except (OSError, ValueError, KeyError):
        return False
    return bool(recorded == input_hash(provider, root))


def regenerate(root: Path, force: bool = False, only: list[str] | None = None) -> list[str]:
    """Regenerate every stale provider into a temp dir, then swap it into generated/. Returns those done."""
    stale = [p for p in (only or providers(root)) if force or not is_current(p, root)]
    if not stale:
        return []
    with tempfile.TemporaryDirectory(prefix="jobruns-generate-") as tmp:
        out = Path(tmp)
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            built = list(pool.map(lambda p: generate_provider(p, out, root), stale))
        for provider, new in zip(stale, built, strict=True):
            final = root / "generated" / provider
            for name in KEPT_ACROSS_REGENERATION:
                if (final / name).exists():
                    shutil.copy2(final / name, new / name)
            final.parent.mkdir(exist_ok=True)
            if final.exists():
                shutil.move(str(final), str(out / f"{provider}.old"))
            shutil.move(str(new), str(final))
    return stale


def files_of(path: Path) -> set[str]:
    """Every file under path, relative to it, without caches and egg-info (what the drift check compares)."""
    ignored = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
    return {
        p.relative_to(path).as_posix()
        for p in path.rglob("*")
        if p.is_file()
        and not ignored.intersection(p.relative_to(path).parts)
        and not p.name.endswith(".egg-info")
        and ".egg-info" not in p.relative_to(path).as_posix()
    }


def drift(root: Path) -> list[str]:
    """Every file of generated/ that differs from what specs/ + templates/ produce now."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="jobruns-check-") as tmp:
        out = Path(tmp)
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            list(pool.map(lambda p: generate_provider(p, out, root), providers(root)))
        expected_dirs = set(providers(root))
        actual_dirs = (
            {p.name for p in (root / "generated").iterdir() if p.is_dir()} if (root / "generated").exists() else set()
        )
        for extra in sorted(actual_dirs - expected_dirs):
            problems.append(f"generated/{extra}/: no spec specs/{extra}.yaml produces it")
        for provider in sorted(expected_dirs):
            want, have = out / provider, root / "generated" / provider
            want_files = files_of(want) - set(KEPT_ACROSS_REGENERATION)
            have_files = files_of(have) - set(KEPT_ACROSS_REGENERATION) if have.exists() else set()
            for name in sorted(want_files | have_files):
                where = f"generated/{provider}/{name}"
                if name not in have_files:
                    problems.append(f"{where}: missing")
                elif name not in want_files:
                    problems.append(f"{where}: not produced by the generator")
                elif not filecmp.cmp(want / name, have / name, shallow=False):
                    problems.append(f"{where}: differs")
    return problems


def integrations(root: Path) -> list[str]:
    """The orchestrator integrations, integrations/<name>/ (the distribution jobruns-<name>)."""
    return sorted(p.parent.name for p in (root / "integrations").glob("*/pyproject.toml"))


def build_distributions(out_dir: Path, root: Path) -> list[Path]:
    """Wheels and sdists of the facade, of every provider package and of every orchestrator integration into
    out_dir (emptied first), each wheel built from its sdist (uv build), all checked with `twine check --strict`.
    Returns the files."""
    shutil.rmtree(out_dir, ignore_errors=True)
    packages = [root / "generated" / p for p in providers(root)]
    packages += [root / "integrations" / name for name in integrations(root)]
    for source in [root, *packages]:
        built = subprocess.run(
            [tool("uv"), "build", "--quiet", "--out-dir", str(out_dir), str(source)], capture_output=True, text=True
        )
        if built.returncode != 0:
            raise PipelineError(f"uv build {source} failed:\n{built.stdout}{built.stderr}")
    files = sorted(p for p in out_dir.iterdir() if p.name.endswith((".whl", ".tar.gz")))
    checked = subprocess.run([tool("twine"), "check", "--strict", *map(str, files)], capture_output=True, text=True)
    if checked.returncode != 0:
        raise PipelineError(f"twine check --strict failed:\n{checked.stdout}{checked.stderr}")
    return files
