"""Decoding cost: a list (or get) answer's bytes to JobRuns along the facade's real path, against json.loads.

The measured path is what a user's ``list_runs``/``get_run`` does once the bytes have arrived: the client's
``Core.decode`` (JSON parse, orjson when installed), the adapter's ``read_page``/``read_run`` and its ``to_run``
from each run's JSON to a ``JobRun``. The baseline is the standard library's ``json.loads`` of the same bytes,
timed in the same process. ``JobRun.raw``, the generated model, is built only when read: an info row per
provider shows the cost of a listing whose every ``raw`` is read.

    python -m tests.bench.decode [--quick]
"""

from __future__ import annotations

import importlib
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

PROVIDERS = ("truefoundry", "intuned", "northflank", "blaxel")
LIST_LIMIT = 2.0
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


def list_decoder_reading_raw(provider: str, data: bytes, size: int) -> Callable[[], list[object]]:
    """bytes -> every run's typed provider model, through list_runs and JobRun.raw."""
    decode = list_decoder(provider, data, size)
    return lambda: [run.raw for run in decode()]


def list_decoder_with_constructor(provider: str, data: bytes, size: int) -> Callable[[], list[jobruns.JobRun]]:
    """list_decoder with the adapter building each run by ``JobRun(...)``, not ``build_run``: what the latter saves."""
    module = importlib.import_module(f"jobruns.adapters.{provider}")
    decode = list_decoder(provider, data, size)

    def run() -> list[jobruns.JobRun]:
        module.build_run, fast = jobruns.JobRun, module.build_run  # the same keywords
        try:
            return decode()
        finally:
            module.build_run = fast

    return run


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
    """Per provider: list answers of 1,000 and 10,000 runs (≤ 2.0× json.loads), the larger with every raw read
    (info), one get answer (≤ 3×)."""
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
            if n != sizes[-1]:
                continue
            variants = [("every JobRun.raw read", "", list_decoder_reading_raw)]
            if provider == "truefoundry":
                saves = ("JobRun(...) in place of build_run", "; what build_run saves", list_decoder_with_constructor)
                variants.insert(0, saves)
            for variant, why, decoder in variants:
                found.append(
                    Figure(
                        name=f"decode list {provider} N={n:,}, {variant} ({parser})",
                        target=f"— (× json.loads{why})",
                        measured=_ratio(decoder(provider, data, n), data, repeats, number),
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
