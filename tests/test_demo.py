"""The main job as a user runs it: `jobruns demo` exits 0 and shows every provider."""

import subprocess
import sys

from conftest import PROVIDERS


def test_demo_runs_all_four_providers() -> None:
    shown = subprocess.run([sys.executable, "-m", "jobruns", "demo"], capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    for provider in PROVIDERS:
        assert f"== {provider}: nightly-report, 30 runs" in shown.stdout
    assert shown.stdout.count("waited for ") == 4
    assert shown.stdout.count("; it ended succeeded") == 4, "a run started on each provider, and waited for"
    assert shown.stdout.strip().splitlines()[-1].startswith("demo ok: truefoundry 30 runs, intuned 30 runs")
