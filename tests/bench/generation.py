"""Target 5: `nox -s generate` with nothing changed, and a full regeneration against the stock generator.

Everything runs in a temporary copy of the repository, so the checkout is never touched (and a concurrent
edit of specs/ cannot make the up-to-date run regenerate it). The generator and ruff are taken from beside
this Python (the bench session installs the pinned ones), else from PATH.

    python -m tests.bench.generation [--quick]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from statistics import median

from .common import Figure

ROOT = Path(__file__).resolve().parents[2]
COPIED = ("LICENSE", "specs", "templates", "generated")  # what generation reads
QUICK_PROVIDERS = ("truefoundry",)  # the smallest spec: --quick regenerates only it


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed: .pyc cached
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def _seconds(command: Sequence[str], cwd: Path, expect: str = "") -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=_env(), capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or expect not in result.stdout:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return elapsed


@contextmanager
def repository_copy() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="jobruns-bench-") as tmp:
        copy = Path(tmp) / "repo"
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
            else:
                copy.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, copy / name)
        yield copy


def up_to_date_seconds(repo: Path, runs: int) -> float:
    """Median seconds of `python -m jobruns_tools generate` when generated/ is current (one warm-up run first)."""
    command = [sys.executable, "-m", "jobruns_tools", "generate"]
    _seconds(command, repo)  # also brings the copy up to date if specs/ changed since the last generation
    return median(_seconds(command, repo, expect="up to date") for _ in range(runs))


def regeneration_seconds(repo: Path, providers: Sequence[str]) -> float:
    return _seconds([sys.executable, "-m", "jobruns_tools", "generate", "--force", *providers], repo)


def stock_seconds(repo: Path, providers: Sequence[str]) -> float:
    """The stock generator (no custom templates, default options), one provider after another, summed."""
    total = 0.0
    with tempfile.TemporaryDirectory(prefix="jobruns-bench-stock-") as out:
        for provider in providers:
            command = [
                "openapi-python-client", "generate",
                "--path", str(repo / "specs" / f"{provider}.yaml"),
                "--config", str(repo / "specs" / "config" / f"{provider}.yaml"),
                "--output-path", str(Path(out) / provider),
            ]  # fmt: skip
            total += _seconds(command, Path(out))
    return total


def figures(quick: bool = False) -> list[Figure]:
    with repository_copy() as repo:
        providers = list(QUICK_PROVIDERS) if quick else sorted(p.stem for p in (repo / "specs").glob("*.yaml"))
        up_to_date = up_to_date_seconds(repo, 1 if quick else 5)
        ratios = []
        for _ in range(1 if quick else 3):  # alternated, so a busy moment does not land on one side only
            ours = regeneration_seconds(repo, providers)
            ratios.append(ours / stock_seconds(repo, providers))
    which = ", ".join(providers) if quick else f"all {len(providers)}"
    return [
        Figure("generate: nothing changed (python -m jobruns_tools generate)", "≤ 1 s", up_to_date, 1.0, unit=" s"),
        Figure(f"generate --force ({which}) vs stock openapi-python-client", "≤ 1.5× stock", median(ratios), 1.5),
    ]


if __name__ == "__main__":
    for figure in figures(quick="--quick" in sys.argv[1:]):
        print(figure)
