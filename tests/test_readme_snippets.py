"""Every Python block of README.md and of each generated README runs against the sandbox; every link and install
line in them, and in the package metadata, works from where a reader sees it (issue 23). README's orchestrator
examples (a DAG, a Definitions: a block whose first line names its file) need Airflow or Dagster, so the
integrations' own tests run them (`nox -s airflow dagster`); this test checks that they do.

The blocks run as written, in order, in one namespace, with each provider's JOBRUNS_<P>_BASE_URL and
JOBRUNS_<P>_TOKEN set to the sandbox's; the one change made to them is README's own rule for its placeholder token:
a `token="..."` argument is dropped, so that the token comes from JOBRUNS_<P>_TOKEN. A generated README's example
is given what its text says to set (BASE_URL, TOKEN, JOB_ID and the run), as tests/test_generated_docs.py does.
"""

from __future__ import annotations

import io
import re
import shlex
import tomllib
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import PROVIDERS, TOKEN
from test_generated_docs import RUN_ARGUMENT, example_scope

import jobruns
from jobruns.sandbox import Sandbox, Scope, SimRun, World, start

ROOT = Path(__file__).resolve().parents[1]
READMES = [
    ROOT / "README.md",
    *(ROOT / "generated" / p / "README.md" for p in PROVIDERS),
    *sorted((ROOT / "integrations").glob("*/README.md")),
]
PLACEHOLDER_TOKEN = re.compile(r',\s*token="\.\.\."')  # README's rule: the token then comes from the environment


def python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


@pytest.fixture
def readme_sandbox(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The README's job: nightly-report everywhere, and in the quickstart's workspace a run "run-id" that ended."""
    world = World(seed=3, run_seconds=0.2)
    world.add_job("nightly-report", 5)
    quickstart = Scope("blaxel", workspace="my-workspace")
    ended = SimRun("run-id", "nightly-report-0", "nightly-report", world.clock() - 600, 1.0, 30.0, "succeeded")
    world.put(quickstart, "nightly-report", [ended, *(world.runs(quickstart, "nightly-report") or [])])
    server = start(world=world, validate=True, token=TOKEN)
    for provider in PROVIDERS:
        monkeypatch.setenv(f"JOBRUNS_{provider.upper()}_BASE_URL", server.urls[provider])
        monkeypatch.setenv(f"JOBRUNS_{provider.upper()}_TOKEN", TOKEN)
    try:
        yield server
    finally:
        server.stop()
    assert server.spec_errors == []


def test_every_python_block_of_the_readme_runs_against_the_sandbox(readme_sandbox: Sandbox) -> None:
    blocks = python_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 5
    namespace: dict[str, Any] = {}
    printed = io.StringIO()
    for number, block in enumerate(blocks, 1):
        named = re.match(r"# ([\w/]+\.py)\n", block)
        if named:  # a file of an orchestrator's (a DAG, a Definitions): its integration's tests run it, as written
            integration_tests = (ROOT / "integrations").glob("*/tests/*.py")
            assert any(named[1] in test.read_text(encoding="utf-8") for test in integration_tests), named[1]
            continue
        code = PLACEHOLDER_TOKEN.sub("", block)
        with redirect_stdout(printed):
            exec(compile(code, f"README.md, python block {number}", "exec"), namespace)
    assert "run-id succeeded" in printed.getvalue(), "the quickstart listed the runs"
    assert isinstance(namespace["done"], jobruns.JobRun) and namespace["done"].id == "run-id"
    assert namespace["stopped"].id == namespace["started"].id
    started = [r for r in readme_sandbox.requests if r.operation == "trigger"]
    assert [r.provider for r in started] == ["blaxel"] and started[0].headers["x-blaxel-workspace"] == "my-workspace"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_python_block_of_each_generated_readme_runs_against_the_sandbox(provider: str, sandbox: Sandbox) -> None:
    blocks = python_blocks((ROOT / "generated" / provider / "README.md").read_text(encoding="utf-8"))
    assert blocks
    sandbox.world.add_job("nightly-report", 3)
    for number, code in enumerate(blocks, 1):
        scope = example_scope(provider, code)
        runs = sandbox.world.runs(scope, "nightly-report") or []
        if provider == "northflank":  # the team's paths: the same project, seen through the team
            team = Scope("northflank", project=scope.project, team=_value(code, "TEAM_ID"))
            sandbox.world.put(team, "nightly-report", runs)
        run_id = sandbox.emulators[provider].public_id(runs[0])
        values = {"BASE_URL": sandbox.urls[provider], "TOKEN": TOKEN, "JOB_ID": "nightly-report",
                  RUN_ARGUMENT[provider]: run_id}  # fmt: skip
        for name, value in values.items():  # what the README says to set
            code = re.sub(rf"^{name} = .*$", f"{name} = {value!r}", code, flags=re.MULTILINE)
        printed = io.StringIO()
        with redirect_stdout(printed):
            exec(compile(code, f"generated/{provider}/README.md, python block {number}", "exec"), {})
        assert run_id in printed.getvalue()


def _value(code: str, name: str) -> Any:
    values: dict[str, Any] = {}
    exec(code.split("\nclient = ", 1)[0], values)
    return values[name]


# --- links and install lines ---------------------------------------------------------------------------------

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)|<(https?://[^>\s]+)>")
URL = re.compile(r"https?://[^\s)>\]`'\"]+")


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _shipped(readme: Path) -> set[Path]:
    """The files a reader of this README's distribution has: its pyproject's sdist includes, and what comes always."""
    folder = readme.parent
    project = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))
    included = project["tool"]["hatch"]["build"]["targets"]["sdist"]["only-include"]
    return {folder / name for name in [*included, "README.md", "LICENSE", "pyproject.toml"]}


def _problems_of_url(url: str) -> list[str]:
    parts = urlsplit(url)
    problems = []
    if parts.scheme != "https" or "." not in parts.netloc or not re.fullmatch(r"[\w.-]+", parts.netloc):
        problems.append(f"{url}: not a well-formed https address")
    if "jobruns" in url.lower():
        problems.append(f"{url}: an address of jobruns, which has no public address yet")
    return problems


def link_problems(readme: Path) -> list[str]:
    text = readme.read_text(encoding="utf-8")
    anchors = {_slug(h) for h in re.findall(r"^#+ (.*)$", text, flags=re.MULTILINE)}
    shipped = _shipped(readme)
    problems = []
    for relative, absolute in LINK.findall(text):
        target = relative or absolute
        if target.startswith("#"):
            if target[1:] not in anchors:
                problems.append(f"{target}: no such heading")
        elif re.match(r"https?://", target):
            problems += _problems_of_url(target)
        elif target.startswith("/"):
            problems.append(f"{target}: a site-relative link, which leads nowhere outside its site")
        else:
            path = (readme.parent / target.partition("#")[0]).resolve()
            if not path.exists() or not any(path == s or s in path.parents for s in shipped):
                problems.append(f"{target}: not a file of the distribution")
    for url in URL.findall(text):
        problems += [p for p in _problems_of_url(url) if "jobruns" in p]
    where = readme.relative_to(ROOT) if readme.is_relative_to(ROOT) else readme.name
    return [f"{where}: {p}" for p in problems]


@pytest.mark.parametrize("readme", READMES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_of_every_readme_works_from_where_it_is_read(readme: Path) -> None:
    assert link_problems(readme) == []


def test_the_link_check_finds_what_the_issue_found(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    (tmp_path / "pyproject.toml").write_text('[tool.hatch.build.targets.sdist]\nonly-include = ["pkg"]\n')
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "benchmarks.md").write_text("")
    readme.write_text("# T\n[a](/main/03-how-to/x) [b](docs/benchmarks.md) [c](#t) [d](#nowhere) "
                      "<https://github.com/jobruns/jobruns/x.json> [e](http://example.com)\n")  # fmt: skip
    found = " ".join(link_problems(readme))
    expected = (
        "/main/03-how-to/x: a site-relative",
        "docs/benchmarks.md: not a file of the distribution",
        "#nowhere: no such heading",
        "jobruns/x.json: an address of jobruns",
        "example.com: not a well",
    )
    for problem in expected:
        assert problem in found
    assert "#t:" not in found


def test_the_package_metadata_links_are_well_formed_and_not_jobruns_own() -> None:
    for pyproject in [ROOT / "pyproject.toml", *(ROOT / "generated" / p / "pyproject.toml" for p in PROVIDERS),
                      *(ROOT / "integrations").glob("*/pyproject.toml")]:  # fmt: skip
        urls = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"].get("urls", {})
        for url in urls.values():
            assert _problems_of_url(url) == [], pyproject
    schema_id = jobruns.jobrun_json_schema()["$id"]
    assert not urlsplit(schema_id).netloc, f"jobruns schema's $id {schema_id} is an address jobruns does not own"


OURS = re.compile(r"^jobruns(-[a-z]+)?(\[[\w,]+\])?$")  # the facade, the provider packages, the integrations


def install_lines(text: str) -> list[str]:
    """Every `pip install ...` command, in code blocks and in inline code."""
    lines = re.findall(r"(?:python -m )?pip install [^`\n]*", text)
    return [re.sub(r"\s+#\s.*$", "", line).strip() for line in lines]  # less a comment


def install_problems(line: str) -> list[str]:
    """What keeps a pip install line from working from a clone of the repository: a path that is not there, or one
    of jobruns' own distributions asked of an index (they are on none)."""
    words = shlex.split(line.replace("python -m pip", "pip"))[2:]
    local = "--no-index" in words or "--find-links" in words
    problems = []
    skip = False
    for word in words:
        if skip or word.startswith("-"):
            skip = word in ("--find-links", "-f", "--python", "-r")
            continue
        requirement = word.partition(" @ ")[0].strip()
        if word.startswith((".", "/")) or word.startswith("generated/"):
            path = word.partition("[")[0]
            if not (ROOT / path).exists():
                problems.append(f"{line}: no {path} in a clone")
        elif OURS.match(requirement) and " @ " not in word and not local:
            problems.append(f"{line}: {requirement} is on no package index (give --find-links or --no-index)")
    return problems


@pytest.mark.parametrize("readme", READMES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_install_line_works_from_a_clone(readme: Path) -> None:
    lines = install_lines(readme.read_text(encoding="utf-8"))
    assert lines, "each README says how to install"
    assert [problem for line in lines for problem in install_problems(line)] == []


def test_the_install_check_finds_what_the_issue_found() -> None:
    assert install_problems("pip install jobruns") != []
    assert install_problems("pip install 'jobruns[sandbox]'") != []
    assert install_problems("pip install ./generated/nowhere") != []
    assert install_problems("pip install --find-links dist 'jobruns[blaxel]'") == []
    assert install_problems("python -m pip install 'nox[uv]'") == []
