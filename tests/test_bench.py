"""The benchmark runner runs and names every figure (no timing asserted), and start-up stays lazy.

The speed targets themselves are measured by `nox -s bench` (docs/benchmarks.md), never asserted here.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROVIDERS, connect, connect_async

import jobruns
from jobruns.sandbox import Sandbox
from tests.bench import run

ROOT = Path(__file__).resolve().parents[1]
GENERATED = {f"jobruns_{p}" for p in PROVIDERS}
CONNECT = "import jobruns; jobruns.connect('truefoundry', base_url='https://tfy.example.com', token='x')"
HELP = "from jobruns.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"


def modules_loaded_by(code: str) -> set[str]:
    """The modules a fresh interpreter has after running ``code``, less those it starts with."""
    report = "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    bare = subprocess.run([sys.executable, "-c", report], capture_output=True, text=True, check=True)
    after = subprocess.run([sys.executable, "-c", code + report], capture_output=True, text=True, check=True)
    return set(json.loads(after.stdout.splitlines()[-1])) - set(json.loads(bare.stdout))


def tops(modules: set[str]) -> set[str]:
    return {name.partition(".")[0] for name in modules}


def test_import_jobruns_loads_no_provider_package_nor_the_client_stack() -> None:
    loaded = modules_loaded_by("import jobruns")
    assert not tops(loaded) & (GENERATED | {"httpx", "httpcore", "attrs", "attr", "dateutil", "yaml", "asyncio"})
    assert not loaded & {"argparse", "jobruns._client", "jobruns._model", "jobruns.cli", "jobruns.sandbox"}


def test_help_loads_neither_the_client_stack_nor_provider_packages() -> None:
    loaded = modules_loaded_by(HELP)
    assert "jobruns.cli" in loaded
    assert not tops(loaded) & (GENERATED | {"httpx", "httpcore", "dateutil", "yaml", "asyncio"})
    assert not loaded & {"jobruns._client", "jobruns.sandbox"}


def test_connect_loads_only_what_a_request_needs() -> None:
    loaded = modules_loaded_by(CONNECT)
    assert {"httpx", "jobruns._client", "jobruns_truefoundry"} <= loaded
    # the connection pool (httpcore, TLS) is made on the first request; asyncio only by the async client
    assert not tops(loaded) & ({"httpcore", "asyncio", "dateutil", "yaml"} | (GENERATED - {"jobruns_truefoundry"}))
    assert "jobruns.sandbox" not in loaded


def test_every_public_name_still_resolves() -> None:
    namespace: dict[str, object] = {}
    exec(f"from jobruns import {', '.join(jobruns.__all__)}", namespace)
    assert all(namespace[name] is getattr(jobruns, name) for name in jobruns.__all__)
    assert set(jobruns.__all__) <= set(dir(jobruns))
    assert jobruns.JobRun.__module__ == "jobruns._model" and issubclass(jobruns.NotFound, jobruns.APIError)
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = jobruns.no_such_name  # type: ignore[attr-defined]


def test_a_client_closed_before_any_request_refuses_requests_as_httpx_does(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 2)
    for provider in PROVIDERS:
        client = connect(provider, sandbox)
        client.close()
        with pytest.raises(RuntimeError, match="client has been closed"):
            client.list_runs("job")
        with connect(provider, sandbox) as used:
            assert len(used.list_runs("job").items) == 2
        with pytest.raises(RuntimeError, match="client has been closed"):
            used.list_runs("job")

    async def closed_first() -> None:
        aclient = connect_async("blaxel", sandbox)
        await aclient.aclose()
        with pytest.raises(RuntimeError, match="client has been closed"):
            await aclient.list_runs("job")

    asyncio.run(closed_first())


def test_a_failing_bench_module_is_a_failed_row_and_the_others_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "MODULES", ("no_such_module", "no_such_module_either"))
    figures = run.collect(quick=True, peers=False)
    assert [f.name.split(":")[0] for f in figures] == ["no_such_module", "no_such_module_either"]
    assert all(math.isnan(f.measured) and not f.passed for f in figures)
    assert all(line.split()[-2:] == ["error", "FAIL"] for line in run.table(figures).splitlines()[1:])


def test_the_quick_bench_runs_and_names_every_figure(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    env = {k: v for k, v in os.environ.items() if k != "NOX_CURRENT_SESSION"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench", "--quick", "--markdown", str(doc)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr  # 1: a quick run may miss targets; no timing is asserted
    out = result.stdout
    assert out.startswith("CPU: ") and " cores; Python " in out.splitlines()[0]
    assert "figure" in out and "measured" in out and ": error:" not in out, out
    for name in (
        *(f"decode list {p}" for p in PROVIDERS),
        "start-up: import jobruns + connect('truefoundry')",
        "start-up: jobruns --help",
        "iter_runs sync",
        "iter_runs async/sync",
        "peak RSS",
        "generate: nothing changed",
        "generate --force",
    ):
        assert name in out, name
    text = doc.read_text(encoding="utf-8")
    assert f"Produced by `python -m tests.bench --quick --markdown {doc}`" in text
    assert "| figure | target | measured | result |" in text and "start-up: jobruns --help" in text


@pytest.mark.skipif(not os.environ.get("JOBRUNS_BENCH_PEERS_PYTHON"), reason="the official SDKs' virtualenv")
def test_the_peer_rows_run_on_the_official_sdks() -> None:
    from tests.bench import peers

    figures = peers.figures(quick=True)
    assert len(figures) == 2 * len(PROVIDERS) and all(f.passed and math.isinf(f.limit) for f in figures)
    assert all("ahead" in f.name or "behind" in f.name for f in figures)
