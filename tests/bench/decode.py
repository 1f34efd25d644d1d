"""Decoding cost: a list (or get) answer's bytes to JobRuns along the facade's real path, against json.loads.

The measured path is what a user's ``list_runs``/``get_run`` does once the bytes have arrived: the client's
``Core.decode`` (JSON parse, orjson when installed), the generated models' ``from_dict`` via the adapter's
``read_page``/``read_run``, and the adapter's ``to_run`` to ``JobRun``. The baseline is the standard
library's ``json.loads`` of the same bytes, timed in the same process.

    python -m tests.bench.decode [--quick]
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable

import httpx

import jobruns
from jobruns import _json
from jobruns._listing import read_page

from ..payloads import SETTINGS, get_answer, list_answer
from .common import Figure, ratio
from .floor import decode_floor

PROVIDERS = ("truefoundry", "intuned", "northflank", "blaxel")
LIST_LIMIT = 2.5
GET_LIMIT = 3.0
JOB = "nightly-report"


def _client(provider: str) -> jobruns.Client:
    return jobruns.connect(provider, base_url="http://127.0.0.1:9", token="bench-token", **SETTINGS[provider])


def list_decoder(provider: str, data: bytes, size: int) -> Callable[[], list[jobruns.JobRun]]:
    """bytes -> list[JobRun] exactly as Client.list_runs does after the answer arrived (size: the page size asked)."""
    client = _client(provider)
    response = httpx.Response(200, content=data, headers={"content-type": "application/json"})

    def decode() -> list[jobruns.JobRun]:
        return read_page(client._core, JOB, client._core.decode(response), None, size, None).items

    return decode


def get_decoder(provider: str, data: bytes) -> Callable[[], jobruns.JobRun]:
    """bytes -> JobRun exactly as Client.get_run does after the answer arrived."""
    client = _client(provider)
    response = httpx.Response(200, content=data, headers={"content-type": "application/json"})

    def decode() -> jobruns.JobRun:
        return client._core.run(JOB, client._core.decode(response))

    return decode


def _ratio(decode: Callable[[], object], data: bytes, repeats: int, number: int) -> float:
    decode()  # warm: imports, caches
    return ratio(decode, lambda: json.loads(data), repeats, number)


def figures(quick: bool = False) -> list[Figure]:
    """Per provider: list answers of 1,000 and 10,000 runs (≤ 2.5× json.loads), one get answer (≤ 3×)."""
    sizes = (5,) if quick else (1_000, 10_000)
    parser = "orjson" if _json.using_orjson() else "json"
    found = []
    for provider in PROVIDERS:
        for n in sizes:
            data = list_answer(provider, n)
            # at least 3 calls a timing: at N=10,000 a full collection of the garbage collector falls in every
            # second or third call and costs up to a fifth of one, so timing single calls let it decide the
            # median; over 3 it counts at the rate it happens, for json.loads and jobruns alike
            repeats, number = (1, 1) if quick else (21 if n <= 1_000 else 9, max(3, 5_000 // n))
            found.append(
                Figure(
                    name=f"decode list {provider} N={n:,} ({parser})",
                    target=f"≤ {LIST_LIMIT}× json.loads",
                    measured=_ratio(list_decoder(provider, data, n), data, repeats, number),
                    limit=LIST_LIMIT,
                )
            )
            if provider == "northflank":  # the floor reference, on the same bytes
                found.append(
                    Figure(
                        name=f"decode floor northflank N={n:,} (tests/bench/floor.py: same objects, no checks)",
                        target="— (× json.loads; what the 2.5× leaves)",
                        measured=_ratio(lambda data=data: decode_floor(data, JOB), data, repeats, number),
                        limit=math.inf,
                    )
                )
        data = get_answer(provider)
        repeats, number = (1, 1) if quick else (21, 500)
        found.append(
            Figure(
                name=f"decode get {provider} ({parser})",
                target=f"≤ {GET_LIMIT:g}× json.loads",
                measured=_ratio(get_decoder(provider, data), data, repeats, number),
                limit=GET_LIMIT,
            )
        )
    return found


def main(argv: list[str]) -> int:
    results = figures(quick="--quick" in argv)
    for figure in results:
        print(figure)
    return 0 if all(f.passed for f in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
