"""Spec sources: each spec is upstream + our overlay; a refresh keeps the overlay, versions and records changes."""

from __future__ import annotations

import copy
import hashlib
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jobruns_tools import specsource
from jobruns_tools.pipeline import providers, validate_spec
from jobruns_tools.specsource import (
    SpecSourceError,
    apply_overlay,
    plan_update,
    read_record,
    read_yaml,
    unrecorded_breaking,
)

ROOT = Path(__file__).resolve().parents[1]
PROVIDERS = providers(ROOT)
EXECUTION_METADATA = ("components", "schemas", "JobExecutionMetadata", "properties")


# --- what CI holds the repository to -----------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_spec_is_exactly_its_upstream_part_with_our_overlay(provider: str) -> None:
    record = read_record(ROOT, provider)
    upstream = read_yaml(record.file("upstream")) or {}
    rebuilt = apply_overlay(upstream, read_yaml(record.file("overlay")) or [], record.file("overlay"))
    assert rebuilt == read_yaml(ROOT / "specs" / f"{provider}.yaml"), (
        f"specs/{provider}.yaml holds edits its overlay does not: record them with "
        f"`nox -s update_spec -- {provider} --rebase`"
    )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_breaking_spec_change_is_missing_from_the_changelog(provider: str) -> None:
    missing = unrecorded_breaking(ROOT, provider)
    assert not missing, (
        f"specs/{provider}.yaml breaks clients of the last release in ways generated/{provider}/CHANGELOG.md "
        f"does not record: run `nox -s update_spec -- {provider} --rebase` to version and record them:\n"
        + "\n".join(specsource.changelog_line(c) for c in missing)
    )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_package_version_is_admitted_by_the_facade_extra(provider: str) -> None:
    update = plan_update(ROOT, provider, rebase=True)
    assert update.notes == []
    assert update.changes == [] and update.new_version == update.old_version


# --- refreshing, in a copy of the repository --------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """What a refresh reads and writes: specs/, each package's CHANGELOG, pyproject.toml."""
    copy_root = tmp_path / "repo"
    shutil.copytree(ROOT / "specs", copy_root / "specs")
    shutil.copy(ROOT / "pyproject.toml", copy_root / "pyproject.toml")
    for provider in PROVIDERS:
        (copy_root / "generated" / provider).mkdir(parents=True)
        shutil.copy(ROOT / "generated" / provider / "CHANGELOG.md", copy_root / "generated" / provider / "CHANGELOG.md")
    return copy_root


def version(provider: str) -> str:
    """The provider package's version as released (specs/config), before a test's refresh."""
    config = ROOT / "specs" / "config" / f"{provider}.yaml"
    return specsource.package_version(config.read_text(), str(config))


def breaking_bump(provider: str) -> str:
    return specsource.bump(version(provider), breaking=True)


def tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def new_blaxel_upstream(repo: Path, directory: Path) -> Path:
    """Blaxel's upstream part with one compatible and one breaking change, as a new upstream document."""
    document: dict[str, Any] = read_yaml(repo / "specs" / "sources" / "blaxel.upstream.yaml")
    fields = document
    for key in EXECUTION_METADATA:
        fields = fields[key]
    fields["region"] = {"type": "string", "description": "Region the execution ran in"}
    del fields["cluster"]
    path = directory / "controlplane.yml"
    path.write_text(specsource.dump_yaml(document))
    return path


def check_refreshed(repo: Path) -> None:
    spec = read_yaml(repo / "specs" / "blaxel.yaml")
    fields = spec
    for key in EXECUTION_METADATA:
        fields = fields[key]
    assert "region" in fields and "cluster" not in fields
    # our overlay survived: the auth scheme we wrote and the envelope-or-array list answer
    assert spec["components"]["securitySchemes"]["BlaxelAuthorization"]["name"] == "X-Blaxel-Authorization"
    list_200 = spec["paths"]["/jobs/{jobId}/executions"]["get"]["responses"]["200"]["content"]["application/json"]
    assert len(list_200["schema"]["oneOf"]) == 2
    assert (
        f"package_version_override: {breaking_bump('blaxel')}"
        in (repo / "specs" / "config" / "blaxel.yaml").read_text()
    )
    changelog = (repo / "generated" / "blaxel" / "CHANGELOG.md").read_text()
    entry = changelog.split("\n## ")[1]
    assert entry.startswith(f"{breaking_bump('blaxel')} (")
    assert "**breaking** `GET /jobs/{jobId}/executions/{executionId}`: field cluster removed" in entry
    assert "compatible `GET /jobs/{jobId}/executions/{executionId}`: field region added" in entry
    assert "\n## 0.1.0 (" in changelog, "earlier entries are kept"
    assert read_yaml(repo / "specs" / "sources" / "blaxel.released.yaml") == spec
    assert unrecorded_breaking(repo, "blaxel") == []


def test_refresh_from_a_local_file_keeps_the_overlay_versions_and_records(repo: Path, tmp_path: Path) -> None:
    source = new_blaxel_upstream(repo, tmp_path)
    update = plan_update(repo, "blaxel", [str(source)], validate=validate_spec)
    assert update.breaking and (update.old_version, update.new_version) == (version("blaxel"), breaking_bump("blaxel"))
    assert any("extra `blaxel` admits" in note for note in update.notes), "the facade's pin must be reviewed"
    update.write()
    check_refreshed(repo)
    again = plan_update(repo, "blaxel", [str(source)], validate=validate_spec)
    assert again.changes == [] and again.write() == [], "a second refresh of the same upstream changes nothing"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    directory = tmp_path / "www"
    directory.mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(directory), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", directory
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow
def test_update_spec_command_from_an_http_url_regenerates_the_package(repo: Path, served: tuple[str, Path]) -> None:
    url, directory = served
    new_blaxel_upstream(repo, directory)
    shutil.copy(ROOT / "LICENSE", repo / "LICENSE")  # generation copies it into the package
    shutil.copytree(ROOT / "templates", repo / "templates")
    shutil.copytree(ROOT / "generated" / "blaxel", repo / "generated" / "blaxel", dirs_exist_ok=True)
    # as `nox -s update_spec -- blaxel URL` runs it
    command = [sys.executable, "-m", "jobruns_tools", "update-spec", "blaxel", f"{url}/controlplane.yml"]
    done = subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "shape" not in done.stdout and "field cluster removed" in done.stdout
    assert f"version {version('blaxel')} -> {breaking_bump('blaxel')} (breaking)" in done.stdout
    check_refreshed(repo)
    assert f'version = "{breaking_bump("blaxel")}"' in (repo / "generated" / "blaxel" / "pyproject.toml").read_text()
    assert breaking_bump("blaxel") in (repo / "generated" / "blaxel" / "CHANGELOG.md").read_text(), (
        "kept across regeneration"
    )
    metadata = (repo / "generated" / "blaxel" / "jobruns_blaxel" / "models" / "job_execution_metadata.py").read_text()
    assert "region" in metadata and "cluster" not in metadata


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{url}/missing.yml", "HTTP 404"),
        ("http://127.0.0.1:9/controlplane.yml", "could not fetch http://127.0.0.1:9/controlplane.yml"),
        ("ftp://example.com/spec.yml", "only a path or an http(s) URL"),
        ("{dir}/nowhere.yml", "could not read"),
        ("{dir}/page.md", "is not an OpenAPI document"),
    ],
)
def test_a_failed_fetch_changes_nothing_and_says_why(
    repo: Path, served: tuple[str, Path], source: str, expected: str
) -> None:
    url, directory = served
    (directory / "page.md").write_text("# not a spec\n")
    before = tree(repo)
    with pytest.raises(
        SpecSourceError, match="^.*" + expected.replace(".", r"\.").replace("(", r"\(").replace(")", r"\)")
    ):
        plan_update(repo, "blaxel", [source.format(url=url, dir=directory)], validate=validate_spec)
    assert tree(repo) == before


def test_an_invalid_new_spec_changes_nothing_and_says_why(repo: Path, tmp_path: Path) -> None:
    source = new_blaxel_upstream(repo, tmp_path)
    document = read_yaml(source)
    document["components"]["schemas"]["JobExecutionStats"]["type"] = "whole-number"
    source.write_text(specsource.dump_yaml(document))
    before = tree(repo)
    with pytest.raises(SpecSourceError, match="not valid OpenAPI"):
        plan_update(repo, "blaxel", [str(source)], validate=validate_spec)
    assert tree(repo) == before


def test_an_upstream_change_under_our_edit_stops_the_refresh_naming_the_step(repo: Path, tmp_path: Path) -> None:
    document = read_yaml(repo / "specs" / "sources" / "blaxel.upstream.yaml")
    list_200 = document["paths"]["/jobs/{jobId}/executions"]["get"]["responses"]["200"]["content"]["application/json"]
    list_200["schema"] = {"type": "array", "items": {"$ref": "#/components/schemas/JobExecution"}}  # the legacy shape
    source = tmp_path / "legacy.yml"
    source.write_text(specsource.dump_yaml(document))
    with pytest.raises(
        SpecSourceError, match=r"blaxel\.overlay\.yaml: step \d+ \(test /paths/~1jobs~1\{jobId\}~1executions"
    ):
        plan_update(repo, "blaxel", [str(source)])


def test_a_removed_operation_stops_the_refresh(repo: Path, tmp_path: Path) -> None:
    document = read_yaml(repo / "specs" / "sources" / "blaxel.upstream.yaml")
    del document["paths"]["/jobs/{jobId}/executions/{executionId}"]
    source = tmp_path / "fewer.yml"
    source.write_text(specsource.dump_yaml(document))
    with pytest.raises(SpecSourceError, match=r"has no operation GET /jobs/\{jobId\}/executions/\{executionId\}"):
        plan_update(repo, "blaxel", [str(source)])


def test_a_hand_edit_is_never_overwritten_and_rebase_records_it(repo: Path, tmp_path: Path) -> None:
    spec_path = repo / "specs" / "truefoundry.yaml"
    spec = read_yaml(spec_path)
    spec["components"]["schemas"]["JobRun"]["properties"].pop("command")
    spec_path.write_text(specsource.dump_yaml(spec))
    assert {c.reason for c in unrecorded_breaking(repo, "truefoundry")} == {"field command removed"}, "CI gate"
    upstream = read_yaml(repo / "specs" / "sources" / "truefoundry.upstream.yaml")
    with pytest.raises(SpecSourceError, match="holds edits that truefoundry.overlay.yaml does not.*--rebase"):
        plan_update(repo, "truefoundry", fetcher=lambda location: pytest.fail("fetched before refusing"))

    update = plan_update(repo, "truefoundry", rebase=True, validate=validate_spec)
    assert (update.old_version, update.new_version) == (version("truefoundry"), breaking_bump("truefoundry"))
    update.write()
    assert unrecorded_breaking(repo, "truefoundry") == []
    assert "Spec re-based on a hand edit" in (repo / "generated" / "truefoundry" / "CHANGELOG.md").read_text()
    record = read_record(repo, "truefoundry")
    rebuilt = apply_overlay(upstream, read_yaml(record.file("overlay")), record.file("overlay"))
    assert rebuilt == read_yaml(spec_path), "the overlay now holds the edit"


def test_a_compatible_change_bumps_the_patch_version(repo: Path) -> None:
    spec_path = repo / "specs" / "northflank.yaml"
    spec = read_yaml(spec_path)
    spec["components"]["schemas"]["JobRun"]["properties"]["note"] = {"type": "string"}
    spec_path.write_text(specsource.dump_yaml(spec))
    update = plan_update(repo, "northflank", rebase=True)
    expected = (version("northflank"), specsource.bump(version("northflank"), breaking=False))
    assert not update.breaking and (update.old_version, update.new_version) == expected


@pytest.mark.parametrize(
    ("version", "breaking", "expected"),
    [("0.1.0", True, "0.2.0"), ("0.1.3", False, "0.1.4"), ("1.4.2", True, "2.0.0"), ("1.4.2", False, "1.4.3")],
)
def test_version_bumps(version: str, breaking: bool, expected: str) -> None:
    assert specsource.bump(version, breaking) == expected


def test_markdown_pages_give_their_yaml_block() -> None:
    page = "# Get\n\nSome text.\n\n````yaml get /x\nopenapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n````\n"
    assert specsource.openapi_document(page, "markdown", "page.md")["openapi"] == "3.1.0"
    with pytest.raises(SpecSourceError, match="no ```yaml block"):
        specsource.openapi_document("# nothing\n", "markdown", "page.md")


def test_extraction_takes_the_operations_and_exactly_what_they_reference() -> None:
    document = copy.deepcopy(read_yaml(ROOT / "specs" / "sources" / "blaxel.upstream.yaml"))
    document["components"]["schemas"]["Unrelated"] = {"type": "string"}
    document["paths"]["/other"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    extracted = specsource.extract(document, ["GET /jobs/{jobId}/executions/{executionId}"], "doc")
    assert list(extracted["paths"]) == ["/jobs/{jobId}/executions/{executionId}"]
    schemas = set(extracted["components"]["schemas"])
    assert "Unrelated" not in schemas and "JobExecutionList" not in schemas
    assert {"JobExecution", "JobExecutionMetadata", "JobExecutionTaskCondition"} <= schemas, "transitively"


def test_a_rebase_records_a_one_line_edit_as_a_one_line_overlay_change(repo: Path) -> None:
    spec_path = repo / "specs" / "blaxel.yaml"
    overlay_path = repo / "specs" / "sources" / "blaxel.overlay.yaml"
    upstream_path = repo / "specs" / "sources" / "blaxel.upstream.yaml"
    upstream_before, overlay_before = upstream_path.read_text(), overlay_path.read_text()
    spec = read_yaml(spec_path)
    scheme = spec["components"]["securitySchemes"]["BlaxelAuthorization"]  # a part we wrote (an add of the overlay)
    scheme["description"] = scheme["description"] + " Edited."
    spec_path.write_text(specsource.dump_yaml(spec))
    plan_update(repo, "blaxel", rebase=True, validate=validate_spec).write()
    changed = [
        (old, new)
        for old, new in zip(overlay_before.splitlines(), overlay_path.read_text().splitlines(), strict=False)
        if old != new
    ]
    assert len(overlay_path.read_text().splitlines()) - len(overlay_before.splitlines()) in (0, 1)
    assert 1 <= len(changed) <= 2, f"a one-line edit rewrote {len(changed)} lines of the overlay"
    assert upstream_path.read_text() == upstream_before, "a rebase keeps the upstream part and its provenance"
    rebuilt = apply_overlay(read_yaml(upstream_path), read_yaml(overlay_path), overlay_path)
    assert rebuilt == read_yaml(spec_path)


def test_an_edit_of_an_upstream_part_is_appended_as_a_guarded_step(repo: Path) -> None:
    spec_path = repo / "specs" / "truefoundry.yaml"
    overlay_path = repo / "specs" / "sources" / "truefoundry.overlay.yaml"
    before = read_yaml(overlay_path)
    spec = read_yaml(spec_path)
    spec["components"]["schemas"]["JobRun"]["properties"]["command"]["description"] = "The command it ran"
    spec_path.write_text(specsource.dump_yaml(spec))
    plan_update(repo, "truefoundry", rebase=True).write()
    after = read_yaml(overlay_path)
    pointer = "/components/schemas/JobRun/properties/command/description"
    assert after[: len(before)] == before
    assert after[len(before) :] == [
        {"op": "test", "path": pointer, "value": "Command"},
        {"op": "replace", "path": pointer, "value": "The command it ran"},
    ]


def test_a_refresh_from_a_local_copy_names_the_public_address_not_the_path(repo: Path, tmp_path: Path) -> None:
    source = new_blaxel_upstream(repo, tmp_path)
    plan_update(repo, "blaxel", [str(source)], today=specsource.datetime.date(2026, 12, 1)).write()
    header = (repo / "specs" / "sources" / "blaxel.upstream.yaml").read_text().split("\nopenapi:")[0]
    assert str(tmp_path) not in header
    recorded = read_record(repo, "blaxel").upstream[0].location
    assert f"{recorded} (a local copy, read 2026-12-01)" in header
    changelog = (repo / "generated" / "blaxel" / "CHANGELOG.md").read_text()
    assert str(tmp_path) not in changelog and recorded in changelog
