"""Every workflow of jobruns: generate, tests, lint, demo, update_spec, spec_diff.

The generation pipeline (specs/*.yaml -> validate -> openapi-python-client -> generated/<provider>/) is
plain Python below. Sessions run it inside their own virtualenv as ``python noxfile.py generate``, where
the pinned generator and ruff are installed; tests import the same functions.
"""

from __future__ import annotations

import argparse
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

import nox

ROOT = Path(__file__).resolve().parent
GENERATOR = "openapi-python-client==0.29.1"
RUFF = "ruff==0.17.5"  # the generator formats with whatever ruff is on PATH: pin it for byte-identical output
SPEC_VALIDATOR = "openapi-spec-validator==0.8.5"  # the newest that openapi-core 0.23 (the sandbox) accepts
# Bump when the pipeline below changes what it writes, so every provider regenerates.
PIPELINE_VERSION = "2"
STAMP = "generation.json"  # written into generated/<provider>/: what the package was generated from
KEPT_ACROSS_REGENERATION = ("CHANGELOG.md",)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
LICENSE = "LICENSE"  # the project's licence, copied into every generated package (its license-files)
SPEC_FACTS = "spec_facts.jinja"  # what templates import to read the spec parts the generator drops
INTEGRATIONS = ("airflow",)  # integrations/<name>/: the orchestrators' packages, jobruns-<name>

nox.needs_version = ">=2025.2.9"  # nox.project.dependency_groups reads pyproject's dependency groups
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests"]
nox.options.error_on_missing_interpreters = True


# --------------------------------------------------------------------------- the generation pipeline


class PipelineError(Exception):
    """A spec, config or generator run that stops the pipeline; the message says what and where."""


def providers(root: Path = ROOT) -> list[str]:
    return sorted(p.stem for p in (root / "specs").glob("*.yaml"))


def _template_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / "templates").rglob("*") if p.is_file())


def input_hash(provider: str, root: Path = ROOT) -> str:
    """Everything the generated package depends on: spec, generator config, templates and tool pins."""
    digest = hashlib.sha256()
    for label in (PIPELINE_VERSION, GENERATOR, RUFF):
        digest.update(label.encode() + b"\0")
    inputs = [root / "specs" / f"{provider}.yaml", root / "specs" / "config" / f"{provider}.yaml", root / LICENSE]
    for path in inputs + _template_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _locate(document: object, nodes: object, error: object) -> tuple[str, int | None]:
    """JSON pointer and line of the schema object an openapi-spec-validator error is about.

    The validator reports paths relative to the schema object it was checking, not to the document,
    so search the document for the object whose relative path leads to the offending instance.
    """
    relative = list(getattr(error, "relative_path", []))
    instance = getattr(error, "instance", None)

    def walk(data: object, node: object, pointer: str) -> Iterator[tuple[str, object, object]]:
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


# The generator drops parts of a spec that the packages' READMEs, docstrings and metadata state: servers, security
# schemes, external docs, and a parameter's own description and example (it reads a parameter from its schema
# alone, upstream issue #1411). `spec_facts` collects them; templates import them from SPEC_FACTS.


def _ref(document: dict[str, Any], part: Any) -> Any:
    """A local $ref followed (once), else the part itself."""
    if isinstance(part, dict) and str(part.get("$ref", "")).startswith("#/"):
        target: Any = document
        for step in part["$ref"][2:].split("/"):
            target = target.get(step.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        return target
    return part


def _parameters(document: dict[str, Any], path: str, method: str) -> dict[str, dict[str, str]]:
    """An operation's parameters by name: their description and example, from the parameter, else its schema."""
    item = document["paths"][path]
    described = {}
    for parameter in [*item.get("parameters", []), *item[method].get("parameters", [])]:
        parameter = _ref(document, parameter)
        schema = _ref(document, parameter.get("schema", {}))
        example = parameter.get("example", schema.get("example"))
        described[str(parameter.get("name", ""))] = {
            "description": _text(parameter) or _text(schema),
            "example": "" if example is None else str(example),
        }
    return described


def _credential(name: str, scheme: dict[str, Any]) -> dict[str, str]:
    """How a security scheme travels: its header and the prefix before the token (no header: not a header)."""
    kind = scheme.get("type", "")
    header, prefix = "", ""
    if kind == "http":
        header, prefix = "Authorization", str(scheme.get("scheme", "bearer")).capitalize()
    elif kind in ("oauth2", "openIdConnect"):
        header, prefix = "Authorization", "Bearer"
    elif kind == "apiKey" and scheme.get("in") == "header":
        header = scheme.get("name", "")
    return {"scheme": name, "type": kind, "header": header, "prefix": prefix, "description": _text(scheme)}


def _text(part: dict[str, Any]) -> str:
    return " ".join(str(part.get("description") or "").split())


def spec_facts(document: dict[str, Any]) -> dict[str, Any]:
    """The parts of a spec the generator ignores that the package's README, docstrings and metadata state: each
    operation's parameters (description, example), servers, credentials (every way, and the one the client's token
    takes), documentation links. Plain data for the templates (see SPEC_FACTS)."""
    servers = []
    for server in document.get("servers", []):
        variables = server.get("variables", {})
        url = server["url"]
        for name, variable in variables.items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        servers.append(
            {
                "url": server["url"],
                "default_url": url,
                "description": _text(server),
                "variables": [
                    {"name": name, "default": str(variable.get("default", "")), "description": _text(variable)}
                    for name, variable in variables.items()
                ],
            }
        )
    operations = [
        operation
        for item in document.get("paths", {}).values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]
    requirements = document.get("security") or next((op["security"] for op in operations if op.get("security")), [])
    schemes = document.get("components", {}).get("securitySchemes", {})
    alternatives = [[_credential(name, schemes.get(name, {})) for name in requirement] for requirement in requirements]
    # The client sends one token: in the first way whose header the spec defines whole (an http scheme's), else the
    # first; the other headers of that way (e.g. a workspace) the caller passes as headers.
    chosen = next(
        (a for a in alternatives if any(c["type"] == "http" for c in a)), alternatives[0] if alternatives else []
    )
    token = next((c for c in chosen if c["type"] in ("http", "oauth2", "openIdConnect")), chosen[0] if chosen else None)
    docs = []
    external = document.get("externalDocs")
    if isinstance(external, dict) and external.get("url"):
        docs.append({"url": external["url"], "description": _text(external)})
    for source in document.get("info", {}).get("x-jobruns-sources", []):
        url = str(source.get("url", "")).split(" ", 1)[0]
        if url.startswith("https://") and url not in [d["url"] for d in docs]:
            docs.append({"url": url, "description": "a page this spec was taken from"})
    return {
        # "GET /jobs/{jobId}": {"parameters": {"jobId": {"description": ..., "example": ...}}}
        "operations": {
            f"{method.upper()} {path}": {"parameters": _parameters(document, path, method)}
            for path, item in document.get("paths", {}).items()
            for method in item
            if method in HTTP_METHODS
        },
        "servers": servers,
        "security": alternatives,
        "token": token or {},
        "other_headers": [c for c in chosen if c is not token and c["header"]],
        "docs": docs,
    }


def _jinja_literal(value: object) -> str:
    """A Jinja expression for plain data; strings escaped so that no brace or percent sign can end a tag."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_jinja_literal(k)}: {_jinja_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_jinja_literal(v) for v in value) + "]"
    if isinstance(value, str):
        escaped = json.dumps(value)  # ASCII only: \uXXXX escapes, which Jinja string literals read back
        return escaped.replace("{", "\\u007b").replace("}", "\\u007d").replace("%", "\\u0025")
    raise TypeError(f"no Jinja literal for {value!r}")


def _templates_with_facts(provider: str, work: Path, root: Path) -> Path:
    """templates/ plus SPEC_FACTS for this provider's spec, in work/ (which must not exist)."""
    from ruamel.yaml import YAML  # the generator's own YAML reader (1.2): the spec means what it means to it

    spec = root / "specs" / f"{provider}.yaml"
    try:
        document = YAML(typ="safe").load(spec.read_bytes())
    except Exception:  # not YAML: the validator says where and why
        validate_spec(spec)
        raise
    templates = shutil.copytree(root / "templates", work)
    facts = "".join(f"{{% set {name} = {_jinja_literal(v)} %}}\n" for name, v in spec_facts(document).items())
    (templates / SPEC_FACTS).write_text(facts, encoding="utf-8")
    return templates


def _tool(name: str) -> str:
    """A console script installed beside the running Python (the session's venv), else from PATH."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def generate_provider(provider: str, out_dir: Path, root: Path = ROOT) -> Path:
    """Generate one provider's package into out_dir/<provider> (which must not exist) and stamp it."""
    spec = root / "specs" / f"{provider}.yaml"
    config = root / "specs" / "config" / f"{provider}.yaml"
    if not config.exists():
        raise PipelineError(f"{config}: missing generator config for specs/{provider}.yaml")
    target = out_dir / provider
    templates = _templates_with_facts(provider, out_dir / f".{provider}.templates", root)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        _tool("openapi-python-client"), "generate",
        "--path", str(spec), "--config", str(config),
        "--custom-template-path", str(templates),
        "--meta", "uv", "--output-path", str(target), "--fail-on-warning",
    ]  # fmt: skip
    # Validate while the generator runs (each takes about as long); a spec that fails stops it.
    pipe = subprocess.PIPE
    with subprocess.Popen(command, cwd=out_dir, env=env, stdout=pipe, stderr=pipe, text=True) as process:
        try:
            validate_spec(spec)
        except BaseException:
            process.kill()
            raise
        stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise PipelineError(f"openapi-python-client failed on {spec}:\n{stdout}{stderr}")
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    shutil.copyfile(root / LICENSE, target / LICENSE)  # license-files must lie inside the package's own folder
    stamp = {
        "spec": f"specs/{provider}.yaml",
        "generator": GENERATOR,
        "ruff": RUFF,
        "inputs_sha256": input_hash(provider, root),
    }
    (target / STAMP).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return target


def is_current(provider: str, root: Path = ROOT) -> bool:
    stamp = root / "generated" / provider / STAMP
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))["inputs_sha256"]
    except (OSError, ValueError, KeyError):
        return False
    return bool(recorded == input_hash(provider, root))


def regenerate(root: Path = ROOT, force: bool = False, only: list[str] | None = None) -> list[str]:
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


def _tree(path: Path) -> set[str]:
    ignored = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
    return {
        p.relative_to(path).as_posix()
        for p in path.rglob("*")
        if p.is_file()
        and not ignored.intersection(p.relative_to(path).parts)
        and not p.name.endswith(".egg-info")
        and ".egg-info" not in p.relative_to(path).as_posix()
    }


def drift(root: Path = ROOT) -> list[str]:
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
            want_files = _tree(want)
            have_files = _tree(have) - set(KEPT_ACROSS_REGENERATION) if have.exists() else set()
            for name in sorted(want_files | have_files):
                where = f"generated/{provider}/{name}"
                if name not in have_files:
                    problems.append(f"{where}: missing")
                elif name not in want_files:
                    problems.append(f"{where}: not produced by the generator")
                elif not filecmp.cmp(want / name, have / name, shallow=False):
                    problems.append(f"{where}: differs")
    return problems


def build_distributions(out_dir: Path, root: Path = ROOT) -> list[Path]:
    """Wheels and sdists of the facade, of every provider package and of the orchestrators' integrations into
    out_dir (emptied first), each wheel built from its sdist (uv build), all checked with `twine check --strict`.
    Returns the files."""
    shutil.rmtree(out_dir, ignore_errors=True)
    packages = [*(root / "generated" / p for p in providers(root)), *(root / "integrations" / i for i in INTEGRATIONS)]
    for source in [root, *packages]:
        built = subprocess.run(
            [_tool("uv"), "build", "--quiet", "--out-dir", str(out_dir), str(source)], capture_output=True, text=True
        )
        if built.returncode != 0:
            raise PipelineError(f"uv build {source} failed:\n{built.stdout}{built.stderr}")
    files = sorted(p for p in out_dir.iterdir() if p.name.endswith((".whl", ".tar.gz")))
    checked = subprocess.run([_tool("twine"), "check", "--strict", *map(str, files)], capture_output=True, text=True)
    if checked.returncode != 0:
        raise PipelineError(f"twine check --strict failed:\n{checked.stdout}{checked.stderr}")
    return files


def _main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python noxfile.py")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate generated/ from specs/ and templates/")
    gen.add_argument("--check", action="store_true", help="change nothing; list files that differ, exit 1 if any")
    gen.add_argument("--force", action="store_true", help="regenerate providers whose inputs did not change too")
    gen.add_argument("providers", nargs="*", help="only these providers (default: all)")
    build = sub.add_parser("build", help="wheels and sdists of the seven distributions, checked with twine")
    build.add_argument("out_dir", nargs="?", default="dist", help="where to write them (emptied first)")
    upd = sub.add_parser("update-spec", help="refresh specs/PROVIDER.yaml from its upstream, keeping our overlay")
    upd.add_argument("provider", help="the provider whose spec to refresh")
    upd.add_argument(
        "sources", nargs="*", metavar="SOURCE", help="path or http(s) URL per upstream (default: as recorded)"
    )
    upd.add_argument(
        "--rebase", action="store_true", help="keep specs/PROVIDER.yaml as is; re-derive the overlay from it"
    )
    args = parser.parse_args(argv)
    if args.command == "update-spec":
        return _update_spec(parser, args.provider, args.sources, args.rebase)
    try:
        if args.command == "build":
            for path in build_distributions(Path(args.out_dir).resolve()):
                print(f"built {path.name}")
            return 0
        if args.check:
            problems = drift()
            for line in problems:
                print(line)
            if problems:
                print(f"\n{len(problems)} file(s) in generated/ differ from specs/ + templates/: run `nox -s generate`")
                return 1
            print("generated/ matches specs/ + templates/")
            return 0
        unknown = sorted(set(args.providers) - set(providers()))
        if unknown:
            parser.error(f"unknown provider(s) {', '.join(unknown)}; known: {', '.join(providers())}")
        done = regenerate(force=args.force, only=args.providers or None)
        print(f"regenerated: {', '.join(done)}" if done else "generated/ is up to date: nothing to do")
        return 0
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _update_spec(parser: argparse.ArgumentParser, provider: str, sources: list[str], rebase: bool) -> int:
    from jobruns.specsource import SpecSourceError, plan_update, report

    if provider not in providers():
        parser.error(f"unknown provider {provider}; known: {', '.join(providers())}")
    try:
        update = plan_update(ROOT, provider, sources or None, rebase=rebase, validate=validate_spec)
    except SpecSourceError as exc:
        print(f"error: {exc}\nnothing was written", file=sys.stderr)
        return 1
    for line in report(update):
        print(line)
    written = update.write()
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    if not written:
        print(f"specs/{provider}.yaml is up to date: nothing written")
    try:
        regenerate(only=[provider])
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


# --------------------------------------------------------------------------- sessions

PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
PROVIDER_PACKAGES = [f"generated/{p}" for p in providers()]
EDITABLE_PROVIDERS = [arg for package in PROVIDER_PACKAGES for arg in ("-e", package)]
# the facade with what the tests use of it; developer tools come from pyproject's dependency groups
FACADE_FOR_TESTS = ".[sandbox,specs,fast]"


def group(*names: str) -> list[str]:
    """The requirements of pyproject.toml's dependency groups (PEP 735)."""
    return list(nox.project.dependency_groups(PYPROJECT, *names))


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate stale provider packages (`-- --force` for all, `-- --check` for the drift check)."""
    session.install(*group("generate"))
    session.run("python", "noxfile.py", "generate", *session.posargs)


@nox.session(python="3.11")
def check_generated(session: nox.Session) -> None:
    """Fail, listing every file, when generated/ differs from what specs/ + templates/ produce."""
    session.install(*group("generate"))
    session.run("python", "noxfile.py", "generate", "--check")


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """The drift check, then the test suite (pass pytest arguments after --)."""
    session.install(*group("generate"))
    session.run("python", "noxfile.py", "generate", "--check")
    session.install(*group("test"), "-e", FACADE_FOR_TESTS, *EDITABLE_PROVIDERS)
    session.run("pytest", *session.posargs)


@nox.session(python="3.11", default=False)
def build(session: nox.Session) -> None:
    """Wheels and sdists of jobruns, the four provider packages and the two orchestrator integrations into dist/,
    checked with twine check --strict."""
    session.install(*group("generate", "build"))
    session.run("python", "noxfile.py", "generate", "--check")
    session.run("python", "noxfile.py", "build", *(session.posargs or ["dist"]))


@nox.session(python="3.11")
def fuzz(session: nox.Session) -> None:
    """The contract and property tests with 10,000 examples each (pass pytest arguments after --)."""
    session.install(*group("test"), "-e", FACADE_FOR_TESTS, *EDITABLE_PROVIDERS)
    session.env["JOBRUNS_HYPOTHESIS_PROFILE"] = "fuzz"
    session.run("pytest", "-m", "fuzz", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python="3.11")
def update_spec(session: nox.Session) -> None:
    """Refresh a provider's spec: `nox -s update_spec -- PROVIDER [SOURCE...] [--rebase]` (see specs/sources/)."""
    session.install(*group("generate"), "-e", ".[specs]")
    session.run("python", "noxfile.py", "update-spec", *session.posargs)


@nox.session(python="3.11")
def spec_diff(session: nox.Session) -> None:
    """What changed between two specs for a client: `nox -s spec_diff -- OLD NEW [--json] [--operation 'GET /p']`."""
    session.install("-e", ".[specs]")
    session.run("python", "-m", "jobruns.specdiff", *session.posargs)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff on everything; mypy --strict on the facade and on each generated package."""
    session.install(*group("lint"), "-e", FACADE_FOR_TESTS, *PROVIDER_PACKAGES)
    session.run("ruff", "check", "src", "tests", "noxfile.py", "integrations", *PROVIDER_PACKAGES)
    session.run("mypy", "--strict", "src")
    for package in PROVIDER_PACKAGES:
        session.run("mypy", "--strict", package)


@nox.session(python="3.11")
def demo(session: nox.Session) -> None:
    """The main job: regenerate if stale, install, and list, get and wait on runs of all four (simulated) providers."""
    session.install(*group("generate"))
    session.run("python", "noxfile.py", "generate")
    session.install(".[sandbox]", *PROVIDER_PACKAGES)
    session.run("jobruns", "demo")


# The providers' official SDKs, for `nox -s bench -- --peers` only: never dependencies of jobruns.
PEER_SDKS = ("truefoundry-sdk==0.6.0", "intuned-client==1.1.1", "blaxel==0.4.24", "northflank==2.1.0")


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Every performance figure in one table, written to docs/benchmarks.md (`-- --peers`: the official SDKs too)."""
    session.install(*group("test"), "-e", FACADE_FOR_TESTS, *EDITABLE_PROVIDERS)
    env: dict[str, str] = {}
    if "--peers" in session.posargs:  # in a virtualenv of their own: their pins may clash with ours
        peers = Path(session.create_tmp()) / "peers"
        shutil.rmtree(peers, ignore_errors=True)
        session.run("uv", "venv", "--quiet", "--python", str(Path(session.bin) / "python"), str(peers))
        session.run("uv", "pip", "install", "--quiet", "--python", str(peers / "bin" / "python"), *PEER_SDKS)
        env["JOBRUNS_BENCH_PEERS_PYTHON"] = str(peers / "bin" / "python")
    session.run("python", "-m", "tests.bench", "--markdown", "docs/benchmarks.md", *session.posargs, env=env)


# The orchestrators (integrations/): each in virtualenvs of its own, so that neither Airflow's nor Dagster's
# dependencies enter the facade's test venv; installed from a lock in integrations/constraints/ (`nox -s
# lock_integrations` rewrites them), with the facade and the provider packages from this checkout.
AIRFLOW_VERSIONS = {"2.11": "apache-airflow==2.11.2", "3.3": "apache-airflow==3.3.2"}
DAGSTER = "dagster==1.13.29"
# Airflow 2.11 sets an attribute on cryptography's MultiFernet, which is a Rust class that takes none from 45 on.
AIRFLOW_PINS = {"2.11": ["cryptography<45"], "3.3": []}
CHECKOUT = [".[sandbox]", *PROVIDER_PACKAGES]


def _constraints(name: str) -> str:
    return f"integrations/constraints/{name}.txt"


@nox.session(python="3.11", default=False)
@nox.parametrize("version", list(AIRFLOW_VERSIONS))
def airflow(session: nox.Session, version: str) -> None:
    """jobruns-airflow's tests (integrations/airflow/tests) under Airflow 2.11 and 3.3 against the sandbox."""
    session.install("-c", _constraints(f"airflow-{version}"), *CHECKOUT, "./integrations/airflow", "pytest")
    session.run("pytest", "integrations/airflow/tests", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python="3.11", default=False)
def lock_integrations(session: nox.Session) -> None:
    """Rewrite integrations/constraints/ (what the airflow and dagster sessions install) from the newest versions."""
    session.install("uv")
    ours = ["jobruns", *(f"jobruns-{p}" for p in providers()), *(f"jobruns-{i}" for i in INTEGRATIONS)]
    locks = {f"airflow-{v}": ["./integrations/airflow", pin, *AIRFLOW_PINS[v]] for v, pin in AIRFLOW_VERSIONS.items()}
    for name, wanted in locks.items():
        requirements = Path(session.create_tmp()) / f"{name}.in"
        requirements.write_text("\n".join([*CHECKOUT, *wanted, "pytest"]) + "\n", encoding="utf-8")
        session.run(
            "uv", "pip", "compile", "--quiet", "--python-version", "3.11", "--no-annotate", "--no-header",
            *(arg for package in ours for arg in ("--no-emit-package", package)),
            "--output-file", _constraints(name), str(requirements),
        )  # fmt: skip


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
