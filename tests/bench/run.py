"""The benchmark runner: every module's figures in one table, with the machine they were measured on.

    python -m tests.bench [--quick] [--peers] [--markdown FILE]

Exits 1 when a figure misses its target (a module that fails shows as a failed row; the others still run).
`nox -s bench` runs it with --markdown docs/benchmarks.md; `nox -s bench -- --peers` adds the official SDKs.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import platform
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .common import Figure

MODULES = ("decode", "startup", "listing", "generation")
HEADER = ("figure", "target", "measured", "result")

INTRO = """\
# Benchmarks

The performance targets of jobruns, each measured as a ratio against a baseline timed in the same run on
the same machine (medians of repeated runs), so the figures carry over between machines better than
seconds do. Rows with target "—" inform and have no target; those of the providers' official SDKs (with
`--peers`) compare them with jobruns on the same payloads, and their names say whether jobruns is ahead.

Regenerate this page with `nox -s bench` (add `-- --peers` for the SDK rows); `python -m tests.bench
--quick` is a fast smoke run whose figures mean little. The runner exits 1 when a target is missed.

Two choices in the decode path are there for these figures, each with a row that shows what it pays:
- A listed run's typed provider model (`JobRun.raw`) is built from its JSON when first read: the adapters
  map each run's JSON straight to a JobRun. Compare "decode list ... N=10,000" with its "every JobRun.raw
  read" row, what a listing costs when every `raw` is read.
- The adapters build JobRuns with `jobruns._model.build_run`, not `JobRun(...)`: the class call passes its
  keywords through a dict. Compare "decode list truefoundry N=10,000" with its "JobRun(...) in place of
  build_run" row.
"""


def collect(quick: bool, peers: bool) -> list[Figure]:
    """Every module's figures; a module that cannot be imported or raises becomes one failed row."""
    found: list[Figure] = []
    for name in (*MODULES, "peers") if peers else MODULES:
        print(f"bench: {name}...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"{__package__}.{name}")
            found.extend(module.figures(quick=quick))
        except Exception as exc:  # reported as a failed row; the other modules still run
            message = " ".join(str(exc).split())[:200]
            found.append(Figure(f"{name}: error: {type(exc).__name__}: {message}", "runs", math.nan, 0.0))
        print(f"bench: {name} took {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return found


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> str:
    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"CPU: {cpu_model()}, {os.cpu_count()} cores; Python {python} on {platform.system()}"


def _row(figure: Figure) -> tuple[str, str, str, str]:
    if math.isnan(figure.measured):
        return figure.name, figure.target, "error", "FAIL"
    result = "info" if math.isinf(figure.limit) else ("pass" if figure.passed else "FAIL")
    return figure.name, figure.target, f"{figure.measured:.2f}{figure.unit}", result


def table(figures: Sequence[Figure]) -> str:
    rows = [HEADER, *map(_row, figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = ("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows)
    return "\n".join(line.rstrip() for line in lines)


def markdown(figures: Sequence[Figure], argv: Sequence[str]) -> str:
    def cells(row: Sequence[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |"

    lines = [INTRO, f"Produced by {provenance(argv)} on {time.strftime('%Y-%m-%d')}.", "", machine() + ".", ""]
    lines += [cells(HEADER), cells(["---", "---", "---:", "---"]), *(cells(_row(f)) for f in figures), ""]
    return "\n".join(lines)


def provenance(argv: Sequence[str]) -> str:
    """The exact command of this run, as Markdown: the nox line too when nox ran it."""
    own = f"`{shlex.join(['python', '-m', 'tests.bench', *argv])}`"
    session = os.environ.get("NOX_CURRENT_SESSION")
    if not session:
        return own
    extra = list(argv)
    if "--markdown" in extra:
        at = extra.index("--markdown")
        del extra[at : at + 2]
    return f"`{shlex.join(['nox', '-s', session, *(['--', *extra] if extra else [])])}` (which runs {own})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a fast smoke run: few repeats, small inputs")
    parser.add_argument("--peers", action="store_true", help="also the providers' official SDKs (see peers.py)")
    parser.add_argument("--peers-python", metavar="PYTHON", help="the Python of the SDKs' virtualenv")
    parser.add_argument("--markdown", metavar="FILE", type=Path, help="rewrite FILE with the table")
    args = parser.parse_args(argv)
    if args.peers_python:
        os.environ["JOBRUNS_BENCH_PEERS_PYTHON"] = args.peers_python
    figures = collect(args.quick, args.peers)
    print(machine())
    print(table(figures))
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown(figures, sys.argv[1:] if argv is None else argv), "utf-8")
    missed = [f for f in figures if not f.passed]
    if missed:
        print(f"{len(missed)} of {len(figures)} figures missed their target", file=sys.stderr)
    return 1 if missed else 0
