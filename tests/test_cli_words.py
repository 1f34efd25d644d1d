"""Errors in the words of the interface in use: the command line names its flags and variables, the Python API its
keyword arguments; a mistyped flag gets a suggestion, and every usage error points at the command's --help."""

from __future__ import annotations

import io

import pytest
from test_cli import jobruns_cli, provider_flags

import jobruns
from jobruns import cli
from jobruns.sandbox import Sandbox

SANDBOX_URL = "http://127.0.0.1:9/blaxel"  # nothing is sent: each of these fails first
GIVEN = ["--token", "t", "--workspace", "w"]


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["--token", "t"], 3, "missing setting --workspace (Blaxel workspace name): pass --workspace or set "
                              "JOBRUNS_BLAXEL_WORKSPACE"),
        ([*GIVEN, "--base-url", "http://10.0.0.1"], 3, "use https, or pass --allow-insecure"),
        ([*GIVEN, "--http-timeout", "soon"], 3, "--http-timeout must be a number"),
        ([*GIVEN, "--project-id", "p"], 3,
         "--project-id: another provider's option; blaxel takes --workspace, --token, --base-url, --http-timeout, "
         "--retries, --max-response-bytes, --allow-insecure, --profile"),
        ([*GIVEN, "--limit", "-1"], 2, "--limit must be 0 or more (or --all for every run)"),
        ([*GIVEN, "--page-size", "1000"], 2, "--page-size must be 1 to 100 for blaxel"),
        ([*GIVEN, "--status", "done"], 2, "--status 'done' is not one of"),
    ],
    ids=["missing", "insecure", "malformed", "other-providers-flag", "limit", "page-size", "status"],
)  # fmt: skip
def test_cli_errors_name_flags(args: list[str], code: int, says: str) -> None:
    done = jobruns_cli("list", "blaxel", "job", "--base-url", SANDBOX_URL, *args)
    assert done.returncode == code and says in done.stderr, done.stderr
    for python in ("workspace=", "allow_insecure", "to connect()", "None", "httpx_client", "page_size", "limit ="):
        assert python not in done.stderr


def test_the_environment_is_named_where_a_value_came_from_it() -> None:
    env = {"JOBRUNS_INTUNED_WORKSPACE_ID": "not-a-uuid", "JOBRUNS_INTUNED_TIMEOUT": "soon"}
    done = jobruns_cli("get", "intuned", "job", "run", "--token", "t", "--project", "p", env=env)
    assert done.returncode == 3 and "--http-timeout from JOBRUNS_INTUNED_TIMEOUT must be a number" in done.stderr
    del env["JOBRUNS_INTUNED_TIMEOUT"]
    done = jobruns_cli("get", "intuned", "job", "run", "--token", "t", "--project", "p", env=env)
    assert done.returncode == 3
    assert "--workspace-id must be a UUID, got 'not-a-uuid' (pass --workspace-id or set" in done.stderr


def test_a_run_id_is_named_as_typed(sandbox: Sandbox) -> None:
    done = jobruns_cli("get", "blaxel", "job", "..", *provider_flags("blaxel", sandbox))
    assert done.returncode == 2 and "RUN '..' cannot be sent as a path segment" in done.stderr


def test_a_trigger_that_may_have_started_says_what_to_type(sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 1)
    sandbox.inject("5xx-after:northflank")
    done = jobruns_cli("run", "northflank", "job", *provider_flags("northflank", sandbox), "--retries", "0")
    assert done.returncode == 6 and "look for it with jobruns list northflank job before triggering" in done.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["list", "blaxel", "job", "--workspce", "w"], "jobruns list: error: unrecognized arguments: --workspce w "
                                                       "(did you mean --workspace?)"),
        (["wait", "blaxel", "job", "run", "--timout=5"], "jobruns wait: error: unrecognized arguments: --timout=5 "
                                                         "(did you mean --timeout?)"),
        (["list", "blaxl", "job"], "jobruns list: error: argument provider: invalid choice: 'blaxl'"),
        (["lst"], "jobruns: error: argument COMMAND: invalid choice: 'lst'"),
        (["list", "blaxel", "job", "--since", "yesterday"], "jobruns list: error: argument --since: 'yesterday' is "
                                                            "neither a span before now (30m, 2h, 3d, 1w)"),
        (["list", "blaxel", "job", "--token", "t", "--workspace", "w", "--limit", "-1"], "jobruns list: error: "),
        (["run", "intuned", "job", "--token", "t", "--project", "p", "--workspace-id",
          "3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40", "--param", "A=1"], "jobruns run: error: intuned: its trigger takes "
                                                                     "no run inputs, so --param cannot be passed"),
    ],
    ids=["flag", "flag-with-value", "provider", "command", "since", "limit", "not-supported"],
)  # fmt: skip
def test_usage_errors_name_the_command_suggest_and_point_at_its_help(args: list[str], says: str) -> None:
    done = jobruns_cli(*args)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(says), done.stderr
    help_of = "jobruns" if args == ["lst"] else f"jobruns {args[0]}"
    assert done.stderr.rstrip().endswith(f"(see {help_of} --help)")
    if args[0] in ("lst", "list") and "invalid choice" in says:
        assert "(did you mean list?)" in done.stderr or "(did you mean blaxel?)" in done.stderr


def test_python_keeps_its_own_words() -> None:
    with pytest.raises(jobruns.ConfigError, match=r"pass workspace=\.\.\. to connect\(\) or set JOBRUNS_BLAXEL_WORK"):
        jobruns.connect("blaxel", token="t")
    with pytest.raises(jobruns.ConfigError, match="pass allow_insecure=True to connect"):
        jobruns.connect("blaxel", token="t", workspace="w", base_url="http://10.0.0.1")
    with pytest.raises(jobruns.ConfigError, match="unknown setting.*project_id; blaxel takes .*httpx_client"):
        jobruns.connect("blaxel", token="t", workspace="w", project_id="p")
    client = jobruns.connect("blaxel", token="t", workspace="w", base_url=SANDBOX_URL)
    with pytest.raises(jobruns.InvalidArgument, match=r"^limit must be 0 or more \(or None for every run\)$"):
        client.iter_runs("job", limit=-1)
    with pytest.raises(jobruns.InvalidArgument, match="^run_id '..' cannot be sent"):
        client.get_run("job", "..")


def test_the_command_line_words_do_not_outlive_it() -> None:
    err = io.StringIO()
    assert cli.main(["list", "blaxel", "job", "--token", "t"], err=err) == 3 and "--workspace" in err.getvalue()
    with pytest.raises(jobruns.ConfigError, match="workspace="):
        jobruns.connect("blaxel", token="t")


@pytest.mark.parametrize("when", ["0001-01-01", "0001-01-01T00:00"])
def test_a_time_too_far_for_local_time_is_refused_in_the_command_s_words(when: str) -> None:
    """`--until 0001-01-01` once said "invalid _moment value": the name of a function, not what to type."""
    done = jobruns_cli("list", "blaxel", "job", *GIVEN, "--base-url", SANDBOX_URL, "--until", when, env={"TZ": "UTC"})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "_moment" not in done.stderr and "argument --until" in done.stderr and "UTC offset" in done.stderr
    with_offset = when + ("Z" if "T" in when else "T00:00Z")
    given = jobruns_cli("list", "blaxel", "job", *GIVEN, "--base-url", SANDBOX_URL, "--until", with_offset)
    assert given.returncode == 6, "with an offset it is read: the request then finds no server"


def test_an_error_knows_what_it_is_about_and_each_interface_words_it() -> None:
    client = jobruns.connect("blaxel", token="t", workspace="w", base_url=SANDBOX_URL)
    with pytest.raises(jobruns.InvalidArgument) as caught:
        client.list_runs("job", page_size=1000)
    assert caught.value.about == "page_size"
    assert str(caught.value) == "page_size must be 1 to 100 for blaxel"
    assert caught.value.render(cli.FLAGS) == "--page-size must be 1 to 100 for blaxel"
    with pytest.raises(jobruns.InvalidArgument) as no_run:
        client.get_run("job", "..")
    assert no_run.value.about == "run_id" and no_run.value.render(cli.FLAGS).startswith("RUN '..'")
    with pytest.raises(jobruns.ConfigError) as missing:
        jobruns.connect("blaxel", token="t")
    assert missing.value.about == "workspace"
    assert "pass workspace=... to connect()" in str(missing.value)
    assert missing.value.render(cli.FLAGS).endswith("pass --workspace or set JOBRUNS_BLAXEL_WORKSPACE")
    with pytest.raises(jobruns.ConfigError) as malformed:
        jobruns.connect("blaxel", token="t", workspace="w", timeout="soon")
    assert malformed.value.about == "timeout"
    assert "setting 'timeout' from timeout=" in str(malformed.value)
    assert "--http-timeout must be a number" in malformed.value.render(cli.FLAGS)


def test_the_core_asks_no_interface_how_to_word_an_error() -> None:
    """No ContextVar says which interface is in use: the same error object reads right in each."""
    from jobruns import _words

    assert not hasattr(_words, "words") and not hasattr(_words, "speaking")
    with pytest.raises(jobruns.ConfigError) as caught:
        jobruns.connect("blaxel", token="t", workspace="w", base_url="http://10.0.0.1")
    assert str(caught.value).endswith("use https, or pass allow_insecure=True to connect()")
    assert caught.value.render(cli.FLAGS).endswith("use https, or pass --allow-insecure")
    assert str(caught.value).endswith("pass allow_insecure=True to connect()")  # rendering left it as it was
