"""What a user of one generated package reads: its README (written from the spec, with an example that runs
against the sandbox) and its docstrings (the spec's operation and parameter descriptions)."""

from __future__ import annotations

import importlib
import io
import pkgutil
import re
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import PROVIDERS, TOKEN

from jobruns.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[1]
METHODS = ("get", "put", "post", "delete", "patch")
# the example's constant holding the run id each provider's get-run operation takes
RUN_ARGUMENT = {
    "truefoundry": "JOB_RUN_NAME",
    "intuned": "JOB_RUN_ID",
    "northflank": "RUN_ID",
    "blaxel": "EXECUTION_ID",
}
# the generator's stock README text, and advice that does not hold for these packages
STOCK = ["MyDataModel", "my_tag", "my_data", "example.com", "SuperSecretToken", "proxies=", "returns a `Request`",
         "Update the metadata", "uv publish", "poetry", "/path/to/certificate_bundle.pem"]  # fmt: skip


def readme(provider: str) -> str:
    return (ROOT / "generated" / provider / "README.md").read_text(encoding="utf-8")


def flat(text: str) -> str:
    return "".join(text.split())


def operations(provider: str) -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(method, path, operation, parameters with $refs resolved) of every operation in the spec."""
    spec = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text(encoding="utf-8"))
    shared = spec.get("components", {}).get("parameters", {})

    def resolve(parameter: dict[str, Any]) -> dict[str, Any]:
        ref = parameter.get("$ref")
        return shared[ref.rsplit("/", 1)[-1]] if ref else parameter

    return [
        (method, path, op, [resolve(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def module_of(provider: str, operation: dict[str, Any]) -> Any:
    """The generated module of an operation (named after its operationId, under its tag's package)."""
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", operation["operationId"]).replace("-", "_").lower()
    api = importlib.import_module(f"jobruns_{provider}.api")
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if info.name.rsplit(".", 1)[-1] == name:
            return importlib.import_module(info.name)
    raise AssertionError(f"no module for {operation['operationId']}")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_readme_is_written_from_the_spec(provider: str) -> None:
    text = readme(provider)
    for stock in STOCK:
        assert stock not in text, f"generated/{provider}/README.md still says {stock!r}"
    assert "{{" not in text and "{%" not in text
    for method, path, op, parameters in operations(provider):
        assert f"`{method.upper()} {path}`" in text
        assert f"import {module_of(provider, op).__name__.rsplit('.', 1)[-1]}" in text
        for parameter in parameters:
            if parameter.get("description"):
                assert flat(parameter["description"]) in flat(text), f"{provider}: {parameter['name']}'s description"
    assert "AuthenticatedClient" in text and "raise_on_unexpected_status" in text and "https://" in text
    assert "A fifth, `request_kwargs`" in text, "the README documents the public way to build a request"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_docstrings_carry_the_operation_and_parameter_descriptions(provider: str) -> None:
    for _method, _path, op, parameters in operations(provider):
        module = module_of(provider, op)
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            doc = flat(getattr(module, function).__doc__ or "")
            assert flat(op.get("summary", "")) in doc
            for parameter in parameters:
                assert flat(parameter.get("description", "")) in doc, f"{module.__name__}: {parameter['name']}"
        built = flat(module.request_kwargs.__doc__ or "")  # the public way to build the request: documented too
        assert flat("keyword arguments of ``httpx.Client.request``") in built
        for parameter in parameters:
            assert flat(parameter.get("description", "")) in built, f"{module.__name__}: {parameter['name']}"


def example(provider: str) -> str:
    return readme(provider).split("## Example", 1)[1].split("```python\n", 1)[1].split("\n```", 1)[0]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_readme_example_runs_against_the_sandbox(provider: str, sandbox: Sandbox) -> None:
    runs = sandbox.world.add_job("nightly-report", 3)
    run_id = sandbox.emulators[provider].public_id(runs[0])
    code = example(provider)
    values = {
        "BASE_URL": sandbox.urls[provider],
        "TOKEN": TOKEN,
        "JOB_ID": "nightly-report",
        RUN_ARGUMENT[provider]: run_id,
    }
    for name, value in values.items():
        code, found = re.subn(rf"^{name} = .*$", f"{name} = {value!r}", code, flags=re.MULTILINE)
        assert found == 1, f"the example of generated/{provider}/README.md sets {name} at its top"
    printed = io.StringIO()
    with redirect_stdout(printed):
        exec(compile(code, f"generated/{provider}/README.md", "exec"), {})
    assert run_id in printed.getvalue(), "the example's get printed the run"
    assert {r.method for r in sandbox.requests} == {"GET"} and len(sandbox.requests) >= 2
