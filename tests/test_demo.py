"""The main job as a user runs it: `jobruns demo` exits 0 and shows every provider."""

import subprocess
import sys

from conftest import PROVIDERS


def test_demo_runs_every_provider() -> None:
    shown = subprocess.run([sys.executable, "-m", "jobruns", "demo"], capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    for provider in PROVIDERS:
        assert f"== {provider}: nightly-report, 30 runs" in shown.stdout
    assert shown.stdout.count("waited for ") == len(PROVIDERS)
    assert shown.stdout.count("; it ended succeeded") == len(PROVIDERS), (
        "a run started on each provider, and waited for"
    )
    last = shown.stdout.strip().splitlines()[-1]
    assert last.startswith("demo ok: " + ", ".join(f"{provider} 30 runs" for provider in PROVIDERS))
