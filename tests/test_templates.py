"""templates/UPSTREAM.toml: every override records the upstream template it was taken from, and a generator
upgrade that changes one of those upstream files fails here, naming what to do."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import openapi_python_client

from jobruns_tools import pipeline

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
RECORD = tomllib.loads((TEMPLATES / "UPSTREAM.toml").read_text(encoding="utf-8"))
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
PINNED = f"{RECORD['generator']['package']}=={RECORD['generator']['version']}"


def test_the_record_is_for_the_pinned_generator() -> None:
    assert pipeline.GENERATOR == PINNED, (
        f"jobruns_tools.pipeline.GENERATOR is {pipeline.GENERATOR} but templates/UPSTREAM.toml records {PINNED}: "
        "after checking every override against the new generator's templates (the next test), set [generator] "
        "version there"
    )


def test_every_override_is_recorded_and_says_so_in_its_first_line() -> None:
    overrides = {p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.jinja")}
    assert overrides == set(RECORD["overrides"]), "every override is recorded in templates/UPSTREAM.toml, and only one"
    for name, entry in RECORD["overrides"].items():
        assert entry["upstream"] == f"openapi_python_client/templates/{name}"
        first_line = (TEMPLATES / name).read_text(encoding="utf-8").splitlines()[0]
        assert f"jobruns override of {PINNED.replace('==', ' ')} templates/{name}" in first_line, name


def test_no_upstream_template_changed_under_an_override() -> None:
    stale = []
    for name, entry in sorted(RECORD["overrides"].items()):
        upstream = UPSTREAM / name
        if not upstream.is_file():
            stale.append(
                f"templates/{name}: the installed generator has no {entry['upstream']} any more: drop or rename"
            )
            continue
        found = hashlib.sha256(upstream.read_bytes()).hexdigest()
        if found != entry["upstream_sha256"]:
            recorded = entry["upstream_sha256"]
            stale.append(
                f"templates/{name}: upstream {entry['upstream']} changed (recorded sha256 {recorded[:12]}…, installed "
                f"{found[:12]}…). Diff it against {PINNED}'s, port our change ({entry['change']}) onto the new file, "
                f'and record upstream_sha256 = "{found}"'
            )
    assert not stale, "\n".join(stale)
