"""jobruns for Apache Airflow: start, wait on and stop job runs on TrueFoundry, Intuned, Northflank and Blaxel.

    from jobruns_airflow.operators import RunJobOperator

    RunJobOperator(task_id="report", job_id="nightly-report", deferrable=True)

The connection (type ``jobruns``, default id ``jobruns_default``) names the provider in its extra, holds the
token in its password and the base URL, when one is given, in its host; README.md says more.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "get_provider_info"]


def get_provider_info() -> dict[str, Any]:
    """What Airflow's providers manager reads (the ``apache_airflow_provider`` entry point points here)."""
    return {
        "package-name": "jobruns-airflow",
        "name": "jobruns",
        "description": "Start, wait on and stop job runs on TrueFoundry, Intuned, Northflank and Blaxel with jobruns.",
        "versions": [__version__],
        "integrations": [
            {
                "integration-name": "jobruns",
                "tags": ["service"],
            }
        ],
        "operators": [{"integration-name": "jobruns", "python-modules": ["jobruns_airflow.operators"]}],
        "sensors": [{"integration-name": "jobruns", "python-modules": ["jobruns_airflow.sensors"]}],
        "hooks": [{"integration-name": "jobruns", "python-modules": ["jobruns_airflow.hooks"]}],
        "triggers": [{"integration-name": "jobruns", "python-modules": ["jobruns_airflow.triggers"]}],
        "connection-types": [{"hook-class-name": "jobruns_airflow.hooks.JobRunsHook", "connection-type": "jobruns"}],
    }
