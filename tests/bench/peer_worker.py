"""Runs inside the virtualenv of the providers' official SDKs (see peers.py): standard library only here.

    python peer_worker.py PROVIDER FILE REPEATS   ->  one JSON line: sdk, version, items, sdk_seconds, json_seconds

Times each SDK's own decoding of a list answer (the path its list call takes after the bytes arrived)
against json.loads of the same bytes, in this process.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

# Importing and building a usable client, as a user would (peers.py times these in fresh interpreters).
CLIENTS = {
    "truefoundry": "from truefoundry_sdk import TrueFoundry; TrueFoundry(api_key='x', base_url='https://tfy.example.com')",
    "intuned": "from intuned_client import IntunedClient; "
    "IntunedClient(api_key='x', workspace_id='3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40')",
    "northflank": "from northflank import ApiClient; ApiClient(api_token='x')",
    "blaxel": "from blaxel.core.client import Client; "
    "Client(base_url='https://api.blaxel.ai/v0', headers={'Authorization': 'Bearer x'})",
}
DISTRIBUTIONS = {
    "truefoundry": "truefoundry-sdk",
    "intuned": "intuned-client",
    "northflank": "northflank",
    "blaxel": "blaxel",
}


def decoder(provider: str, data: bytes) -> Callable[[], int]:
    """bytes -> the SDK's typed list answer; returns how many runs it holds."""
    if provider == "truefoundry":  # Fern: pydantic, via its own parse_obj_as (jobs/raw_client.py list_runs)
        from truefoundry_sdk.core.pydantic_utilities import parse_obj_as
        from truefoundry_sdk.types.list_job_run_response import ListJobRunResponse

        return lambda: len(parse_obj_as(ListJobRunResponse, json.loads(data)).data)
    if provider == "intuned":  # pydantic TypeAdapter, via its own parse_payload (jobs_runs.py list)
        from intuned_client import models
        from intuned_client.transport import parse_payload

        return lambda: len(parse_payload(models.JobsRunsListResponse, json.loads(data)).job_runs)
    if provider == "blaxel":  # openapi-python-client: attrs from_dict (api/jobs/list_job_executions.py)
        from blaxel.core.client.models import JobExecutionList

        return lambda: len(JobExecutionList.from_dict(json.loads(data)).data)
    if provider == "northflank":  # its own endpoint parse: text -> json.loads -> TypedDicts, no validation
        from northflank.context import ApiClientContext
        from northflank.endpoint import _StdlibResponse
        from northflank.endpoints.get.job.runs import GetJobRunsEndpoint
        from northflank.response import RequestInfo

        endpoint = GetJobRunsEndpoint(ApiClientContext.from_env(api_token="x"), None, None)
        info = RequestInfo(url="https://api.northflank.com/v1/projects/p/jobs/j/runs", method="get")

        def parse() -> int:
            response = _StdlibResponse(200, {}, data.decode("utf-8", errors="replace"))
            parsed: Any = endpoint._parse_response(response, info, {})
            return len(parsed.data["runs"])

        return parse
    raise SystemExit(f"unknown provider {provider}")


def seconds(fn: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number


def main(provider: str, file: str, repeats: int) -> None:
    """As tests/bench/common.ratio times jobruns: the SDK's timings interleaved with json.loads' (so load from
    elsewhere falls on both alike), each over as many calls as decode.py times (at least 3)."""
    data = Path(file).read_bytes()
    decode = decoder(provider, data)
    items = decode()  # warm-up, and the check that the SDK read every run
    number = max(3, 5_000 // max(items, 1))
    sdk, base = [], []
    for _ in range(repeats):
        base.append(seconds(lambda: json.loads(data), number))
        sdk.append(seconds(decode, number))
    result = {
        "sdk": DISTRIBUTIONS[provider],
        "version": version(DISTRIBUTIONS[provider]),
        "items": items,
        "sdk_seconds": statistics.median(sdk),
        "json_seconds": statistics.median(base),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
