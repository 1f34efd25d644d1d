"""Every workflow of jobruns: generate, tests, lint, demo, bench, fuzz, update_spec, spec_diff (sessions only).

The generation pipeline, the spec refresh and the spec diff are the maintainer tools in tools/ (the package
jobruns_tools, installed editable into the sessions that run them: `python -m jobruns_tools --help`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent

nox.needs_version = ">=2025.2.9"  # nox.project.dependency_groups reads pyproject's dependency groups
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests"]
nox.options.error_on_missing_interpreters = True

# --------------------------------------------------------------------------- sessions

PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
PROVIDER_PACKAGES = [f"generated/{spec.stem}" for spec in sorted((ROOT / "specs").glob("*.yaml"))]
EDITABLE_PROVIDERS = [arg for package in PROVIDER_PACKAGES for arg in ("-e", package)]
# The maintainer tools (tools/pyproject.toml: the pipeline with the generator and ruff pinned, spec refresh and diff).
TOOLS = ("-e", "tools")
# the facade with what the tests use of it; developer tools come from pyproject's dependency groups
FACADE_FOR_TESTS = ".[sandbox,fast]"


def group(*names: str) -> list[str]:
    """The requirements of pyproject.toml's dependency groups (PEP 735)."""
    return list(nox.project.dependency_groups(PYPROJECT, *names))


def run_tools(session: nox.Session, *arguments: str) -> None:
    """Run the maintainer tools' command line (`python -m jobruns_tools`) in the session."""
    session.run("python", "-m", "jobruns_tools", *arguments)


def install_for_tests(session: nox.Session) -> None:
    """The test suite's needs: its group, the tools it tests, the facade and every provider package, editable."""
    session.install(*group("test"), *TOOLS, "-e", FACADE_FOR_TESTS, *EDITABLE_PROVIDERS)


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate stale provider packages (`-- --force` for all, `-- --check` for the drift check)."""
    session.install(*TOOLS)
    run_tools(session, "generate", *session.posargs)


@nox.session(python="3.11")
def check_generated(session: nox.Session) -> None:
    """Fail, listing every file, when generated/ differs from what specs/ + templates/ produce."""
    session.install(*TOOLS)
    run_tools(session, "generate", "--check")


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """The drift check, then the test suite (pass pytest arguments after --)."""
    session.install(*TOOLS)
    run_tools(session, "generate", "--check")
    install_for_tests(session)
    session.run("pytest", *session.posargs)


@nox.session(python="3.11", default=False)
def build(session: nox.Session) -> None:
    """Wheels and sdists of jobruns, the four provider packages and the orchestrator integrations into dist/, checked
    with twine check --strict."""
    session.install(*TOOLS, *group("build"))
    run_tools(session, "generate", "--check")
    run_tools(session, "build", *(session.posargs or ["dist"]))


@nox.session(python="3.11")
def fuzz(session: nox.Session) -> None:
    """The contract and property tests with 10,000 examples each (pass pytest arguments after --)."""
    install_for_tests(session)
    session.env["JOBRUNS_HYPOTHESIS_PROFILE"] = "fuzz"
    session.run("pytest", "-m", "fuzz", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python="3.11")
def update_spec(session: nox.Session) -> None:
    """Refresh a provider's spec: `nox -s update_spec -- PROVIDER [SOURCE...] [--rebase]` (see specs/sources/)."""
    session.install(*TOOLS)
    run_tools(session, "update-spec", *session.posargs)


@nox.session(python="3.11")
def spec_diff(session: nox.Session) -> None:
    """What changed between two specs for a client: `nox -s spec_diff -- OLD NEW [--json] [--operation 'GET /p']`."""
    session.install(*TOOLS)
    session.run("python", "-m", "jobruns_tools.specdiff", *session.posargs)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff on everything; mypy --strict on the facade, on the tools and on each generated package."""
    session.install(*group("lint"), *TOOLS, "-e", FACADE_FOR_TESTS, *PROVIDER_PACKAGES)
    session.run("ruff", "check", "src", "tests", "tools", "noxfile.py", "integrations", *PROVIDER_PACKAGES)
    session.run("mypy", "--strict", "src")
    session.run("mypy", "--strict", "tools/jobruns_tools")
    for package in PROVIDER_PACKAGES:
        session.run("mypy", "--strict", package)


@nox.session(python="3.11")
def demo(session: nox.Session) -> None:
    """The main job: regenerate if stale, install, and list, get and wait on runs of all four (simulated) providers."""
    session.install(*TOOLS)
    run_tools(session, "generate")
    session.install(".[sandbox]", *PROVIDER_PACKAGES)
    session.run("jobruns", "demo")


# The providers' official SDKs, for `nox -s bench -- --peers` only: never dependencies of jobruns.
PEER_SDKS = ("truefoundry-sdk==0.6.0", "intuned-client==1.1.1", "blaxel==0.4.24", "northflank==2.1.0")


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Every performance figure in one table, written to docs/benchmarks.md (`-- --peers`: the official SDKs too)."""
    install_for_tests(session)
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
INTEGRATIONS = sorted(p.parent.name for p in (ROOT / "integrations").glob("*/pyproject.toml"))
AIRFLOW_VERSIONS = {"2.11": "apache-airflow==2.11.2", "3.3": "apache-airflow==3.3.2"}
# Airflow 2.11 sets an attribute on cryptography's MultiFernet, which is a Rust class that takes none from 45 on.
AIRFLOW_PINS = {"2.11": ["cryptography<45"], "3.3": []}
DAGSTER = "dagster==1.13.29"
LOCAL = [".[sandbox]", *PROVIDER_PACKAGES]  # the facade and the provider packages, from this checkout
# editable, so that a session reused with -r tests the checkout as it is (uv keeps an installed local package of the
# same version as it was)
CHECKOUT = [arg for package in LOCAL for arg in ("-e", package)]


def _constraints(name: str) -> str:
    return f"integrations/constraints/{name}.txt"


@nox.session(python="3.11", default=False)
@nox.parametrize("version", list(AIRFLOW_VERSIONS))
def airflow(session: nox.Session, version: str) -> None:
    """jobruns-airflow's tests (integrations/airflow/tests) under Airflow 2.11 and 3.3 against the sandbox."""
    session.install("-c", _constraints(f"airflow-{version}"), *CHECKOUT, "-e", "integrations/airflow", "pytest")
    session.run("pytest", "integrations/airflow/tests", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python="3.11", default=False)
def dagster(session: nox.Session) -> None:
    """jobruns-dagster's tests (integrations/dagster/tests): materialize() against the sandbox."""
    session.install("-c", _constraints("dagster"), *CHECKOUT, "-e", "integrations/dagster", "pytest")
    session.run("pytest", "integrations/dagster/tests", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python="3.11", default=False)
def lock_integrations(session: nox.Session) -> None:
    """Rewrite integrations/constraints/ (what the airflow and dagster sessions install) from the newest versions."""
    session.install("uv")
    providers = [Path(package).name for package in PROVIDER_PACKAGES]
    ours = ["jobruns", *(f"jobruns-{p}" for p in providers), *(f"jobruns-{i}" for i in INTEGRATIONS)]
    locks = {f"airflow-{v}": ["./integrations/airflow", pin, *AIRFLOW_PINS[v]] for v, pin in AIRFLOW_VERSIONS.items()}
    locks["dagster"] = ["./integrations/dagster", DAGSTER]
    for name, wanted in locks.items():
        requirements = Path(session.create_tmp()) / f"{name}.in"
        requirements.write_text("\n".join([*LOCAL, *wanted, "pytest"]) + "\n", encoding="utf-8")
        session.run(
            "uv", "pip", "compile", "--quiet", "--python-version", "3.11", "--no-annotate", "--no-header",
            *(arg for package in ours for arg in ("--no-emit-package", package)),
            "--output-file", _constraints(name), str(requirements),
        )  # fmt: skip
