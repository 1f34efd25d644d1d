"""The DAGs the tests run with dag.test(): a run that succeeds on each provider, one that fails, one waited on in
the triggerer, one past its timeout (worker and triggerer), and a sensor fed by XCom."""

from __future__ import annotations

from datetime import datetime, timezone

from airflow.providers.common.compat.sdk import DAG
from jobruns_airflow.operators import RunJobOperator
from jobruns_airflow.sensors import JobRunSensor

START = datetime(2026, 1, 1, tzinfo=timezone.utc)  # noqa: UP017 - Airflow 2.11 DAG files are read as they are
FAST = {"poll_interval": 0.2}

with DAG("jobruns_success", schedule=None, start_date=START, catchup=False) as success:
    RunJobOperator(  # the default connection (Blaxel), with a templated input
        task_id="report_blaxel", job_id="nightly-report", job_params={"REPORT_DATE": "{{ ds }}"}, **FAST
    )
    for provider in ("truefoundry", "intuned", "northflank"):
        RunJobOperator(task_id=f"report_{provider}", job_id="nightly-report", jobruns_conn_id=f"jobruns_{provider}",
                       **FAST)

with DAG("jobruns_failed", schedule=None, start_date=START, catchup=False) as failed:
    RunJobOperator(task_id="report", job_id="failing-report", **FAST)
    # a provider whose runs have no logs to read: the run's error alone
    RunJobOperator(task_id="report_intuned", job_id="failing-report", jobruns_conn_id="jobruns_intuned", **FAST)

with DAG("jobruns_deferred", schedule=None, start_date=START, catchup=False) as deferred:
    RunJobOperator(task_id="report", job_id="nightly-report", deferrable=True, **FAST)
    RunJobOperator(task_id="report_failing", job_id="failing-report", deferrable=True, **FAST)

with DAG("jobruns_timeout", schedule=None, start_date=START, catchup=False) as timed_out:
    RunJobOperator(task_id="in_worker", job_id="nightly-report", timeout=1, **FAST)
    RunJobOperator(task_id="in_triggerer", job_id="nightly-report", timeout=1, deferrable=True, **FAST)

with DAG("jobruns_sensor", schedule=None, start_date=START, catchup=False) as sensed:
    start = RunJobOperator(task_id="start", job_id="nightly-report", wait_for_termination=False)
    run_id = "{{ ti.xcom_pull(task_ids='start', key='run_id') }}"
    start >> JobRunSensor(task_id="watch", job_id="nightly-report", run_id=run_id, poke_interval=0.2)
    start >> JobRunSensor(task_id="watch_deferred", job_id="nightly-report", run_id=run_id, poke_interval=0.2,
                          deferrable=True)
