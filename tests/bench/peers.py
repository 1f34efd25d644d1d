"""The providers' official SDKs on the same payloads, beside jobruns (`python -m tests.bench --peers`).

The SDKs live in their own virtualenv (their pins may clash with ours): `nox -s bench -- --peers` makes it
and names its Python in JOBRUNS_BENCH_PEERS_PYTHON; without it, this Python is used. Each figure is the
SDK's ratio; its name says jobruns' ratio for the same thing and whether jobruns is ahead. No limits: the
rows inform, they do not pass or fail (an SDK that cannot run shows as an error row).

- decode: the same list answer bytes (tests.payloads.list_answer, as every SDK reads them unchanged),
  through each SDK's own parse (peer_worker.py) against json.loads in its process, and through jobruns'
  list path with every run's typed model read (decode.list_decoder_reading_raw: the SDKs build theirs
  eagerly, jobruns' JobRun.raw only when read) against json.loads in this one;
- start-up: a fresh interpreter importing the SDK and building its client with a dummy token, against
  `import httpx` in the same virtualenv; jobruns' `connect(...)` against `import httpx` here.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ..payloads import list_answer
from .common import Figure, ratio
from .peer_worker import CLIENTS, DISTRIBUTIONS
from .startup import median_wall_times

PROVIDERS = ("truefoundry", "intuned", "northflank", "blaxel")
WORKER = Path(__file__).with_name("peer_worker.py")
INFO = math.inf  # no limit: the row is informational
CONNECT = {
    "truefoundry": "jobruns.connect('truefoundry', base_url='https://tfy.example.com', token='x')",
    "intuned": "jobruns.connect('intuned', workspace_id='3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40', project='p', "
    "token='x')",
    "northflank": "jobruns.connect('northflank', project_id='p', token='x')",
    "blaxel": "jobruns.connect('blaxel', workspace='w', token='x')",
}


def peers_python() -> str:
    return os.environ.get("JOBRUNS_BENCH_PEERS_PYTHON") or sys.executable


def _versus(ours: float, theirs: float) -> str:
    return f"jobruns {ours:.2f}×: {'ahead' if ours < theirs else 'behind'}"


def _jobruns_decode_ratio(provider: str, data: bytes, n: int, repeats: int) -> float:
    """As decode.py measures it (and peer_worker.py the SDK): interleaved with json.loads, 3+ calls a timing."""
    from .decode import list_decoder_reading_raw

    decode = list_decoder_reading_raw(provider, data, n)
    decode()  # warm: imports and caches, as the worker does for the SDK
    return ratio(decode, lambda: json.loads(data), repeats, max(3, 5_000 // n))


def decode_figures(python: str, sizes: tuple[int, ...], repeats: int) -> list[Figure]:
    found = []
    with tempfile.TemporaryDirectory(prefix="jobruns-bench-peers-") as tmp:
        for provider in PROVIDERS:
            for n in sizes:
                data = list_answer(provider, n)
                path = Path(tmp) / f"{provider}-{n}.json"
                path.write_bytes(data)  # the very bytes both sides decode
                result = subprocess.run(
                    [python, str(WORKER), provider, str(path), str(repeats)],
                    capture_output=True, text=True, check=False,
                )  # fmt: skip
                if result.returncode != 0:
                    error = (result.stderr.strip().splitlines() or ["no output"])[-1]
                    found.append(Figure(f"peers: decode {provider} N={n:,}: error: {error}", "—", math.nan, INFO))
                    continue
                peer = json.loads(result.stdout)
                if peer["items"] != n:
                    raise RuntimeError(f"{peer['sdk']} read {peer['items']} runs of {n}")
                theirs = peer["sdk_seconds"] / peer["json_seconds"]
                ours = _jobruns_decode_ratio(provider, data, n, repeats)
                name = f"peers: decode {provider} N={n:,}, {peer['sdk']} {peer['version']} ({_versus(ours, theirs)})"
                found.append(Figure(name, "— (× json.loads)", theirs, INFO))
    return found


def startup_figures(python: str, runs: int) -> list[Figure]:
    commands = [[python, "-c", "import httpx"], [sys.executable, "-c", "import httpx"]]
    for provider in PROVIDERS:
        commands.append([python, "-c", CLIENTS[provider]])
        commands.append([sys.executable, "-c", f"import jobruns; {CONNECT[provider]}"])
    try:
        times = median_wall_times(commands, runs)
    except subprocess.CalledProcessError as exc:
        return [Figure(f"peers: start-up: error: {' '.join(exc.cmd)} failed", "—", math.nan, INFO)]
    their_httpx, our_httpx = times[0], times[1]
    found = []
    for i, provider in enumerate(PROVIDERS):
        theirs, ours = times[2 + 2 * i] / their_httpx, times[3 + 2 * i] / our_httpx
        name = f"peers: import + client, {DISTRIBUTIONS[provider]} ({_versus(ours, theirs)} with connect('{provider}'))"
        found.append(Figure(name, "— (× import httpx)", theirs, INFO))
    return found


def figures(quick: bool = False) -> list[Figure]:
    python = peers_python()
    sizes, repeats, runs = ((100,), 3, 3) if quick else ((1_000, 10_000), 7, 11)
    return decode_figures(python, sizes, repeats) + startup_figures(python, runs)


if __name__ == "__main__":
    for figure in figures(quick="--quick" in sys.argv[1:]):
        print(figure)
