"""Target 2: start-up cost of `import jobruns` + connect, and of `jobruns --help`, against `import httpx`.

Each command runs in a fresh interpreter; the commands are interleaved so a noisy moment hits all of them,
and each figure is the ratio of medians. Bytecode caches are written and used (PYTHONDONTWRITEBYTECODE is
dropped), as for a pip-installed package: otherwise every run would time the compiler, not the imports.
`python -X importtime -c ...` shows where the time goes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .common import Figure

CONNECT = "import jobruns; jobruns.connect('truefoundry', base_url='https://tfy.example.com', token='x')"
BASELINE = "import httpx"


def help_command() -> tuple[list[str], str]:
    """The installed console script beside this Python, else `python -m jobruns`; and how to name it."""
    script = Path(sys.executable).parent / "jobruns"
    if script.exists():
        return [str(script), "--help"], "jobruns --help (console script)"
    return [sys.executable, "-m", "jobruns", "--help"], "python -m jobruns --help"


def median_wall_times(commands: Sequence[Sequence[str]], runs: int) -> list[float]:
    """Median wall-clock seconds of each command, run ``runs`` times interleaved after one warm-up each."""
    times: list[list[float]] = [[] for _ in commands]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for round_ in range(runs + 1):
        for command, samples in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if round_:  # the first round warms the page cache and the .pyc files
                samples.append(time.perf_counter() - start)
    return [statistics.median(samples) for samples in times]


def figures(quick: bool = False) -> list[Figure]:
    help_argv, help_name = help_command()
    commands = [[sys.executable, "-c", BASELINE], [sys.executable, "-c", CONNECT], help_argv]
    baseline, connect, help_ = median_wall_times(commands, 3 if quick else 15)
    return [
        Figure("start-up: import jobruns + connect('truefoundry')", "≤ 1.5× import httpx", connect / baseline, 1.5),
        Figure(f"start-up: {help_name}", "≤ 1.2× import httpx", help_ / baseline, 1.2),
    ]
