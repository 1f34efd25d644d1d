"""Airflow in a temporary AIRFLOW_HOME (SQLite, migrated), the sandbox on loopback, one connection per provider.

Airflow reads its configuration when first imported, so the environment is set here, at collection, before any
test module imports it. The DAG files are copied into the dags folder, as a deployment would have them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobruns.sandbox import Scope

HERE = Path(__file__).resolve().parent
HOME = Path(tempfile.mkdtemp(prefix="jobruns-airflow-"))
DAGS = HOME / "dags"
TOKEN = "sk-jobruns-airflow-secret-4d1f9a"  # the sandbox's token: no log line, XCom or table may show it
PROVIDERS = ("truefoundry", "intuned", "northflank", "blaxel")
SETTINGS = {  # each provider's settings besides the token and the base URL
    "truefoundry": {},
    "intuned": {"workspace_id": "0b7c6c6e-4a57-4f4e-9a51-1f1f5f3a2c10", "project": "demo"},
    "northflank": {"project_id": "demo"},
    "blaxel": {"workspace": "demo"},
}
# where the sandbox keeps the Blaxel runs these settings read (each workspace has runs of its own)
BLAXEL = Scope("blaxel", workspace=SETTINGS["blaxel"]["workspace"])

os.environ.update(
    {
        "AIRFLOW_HOME": str(HOME),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{HOME / 'airflow.db'}",
        "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(HOME / "logs"),
    }
)
DAGS.mkdir(parents=True)
shutil.copy(HERE / "dags" / "jobruns_dags.py", DAGS / "jobruns_dags.py")


def readme_dag() -> str:
    """The DAG of the README's Apache Airflow section (its first line names the file), as written there; on
    Airflow 2 with the import the comment beside it gives."""
    from importlib.metadata import version

    readme = (HERE.parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```python\n# dags/nightly_report.py\n", 1)[1].split("```", 1)[0]
    if version("apache-airflow").startswith("2."):
        block = block.replace("from airflow.sdk import DAG", "from airflow import DAG")
    return block


(DAGS / "nightly_report.py").write_text(readme_dag(), encoding="utf-8")


def pytest_sessionstart(session: pytest.Session) -> None:
    airflow = Path(sys.executable).parent / "airflow"
    migrated = subprocess.run([str(airflow), "db", "migrate"], capture_output=True, text=True)
    if migrated.returncode != 0:
        raise RuntimeError(f"airflow db migrate failed:\n{migrated.stdout}{migrated.stderr}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    shutil.rmtree(HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def sandbox() -> Iterator[object]:
    """The sandbox, with a job whose runs fail; each provider's connection points at it (jobruns_<provider>, and
    jobruns_default for Blaxel), as AIRFLOW_CONN_ variables in JSON."""
    import json

    import jobruns.sandbox

    world = jobruns.sandbox.demo_world()
    world.add_job("failing-report", 1, outcome="failed")
    world.run_seconds = 1.0
    running = jobruns.sandbox.start(token=TOKEN, world=world)
    for provider in PROVIDERS:
        conn = {
            "conn_type": "jobruns",
            "host": running.urls[provider],
            "password": TOKEN,
            "extra": {"provider": provider, **SETTINGS[provider]},
        }
        os.environ[f"AIRFLOW_CONN_JOBRUNS_{provider.upper()}"] = json.dumps(conn)
        if provider == "blaxel":
            os.environ["AIRFLOW_CONN_JOBRUNS_DEFAULT"] = json.dumps(conn)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def client(sandbox: object) -> Iterator[object]:
    """A jobruns client of the sandbox's Blaxel, to see what the DAGs did."""
    import jobruns

    with jobruns.connect("blaxel", base_url=sandbox.urls["blaxel"], token=TOKEN, workspace="demo") as runs:
        yield runs
