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


def median_seconds(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(provider: str, file: str, repeats: int) -> None:
    data = Path(file).read_bytes()
    decode = decoder(provider, data)
    items = decode()  # warm-up, and the check that the SDK read every run
    result = {
        "sdk": DISTRIBUTIONS[provider],
        "version": version(DISTRIBUTIONS[provider]),
        "items": items,
        "sdk_seconds": median_seconds(decode, repeats),
        "json_seconds": median_seconds(lambda: json.loads(data), repeats),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
