"""Profiles: a provider's settings in a TOML file, named by --profile, JOBRUNS_PROFILE or connect(profile=);
flag > environment > profile > default; tokens only in a file that is the user's alone; every problem names the
file and line."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest
from conftest import TOKEN
from test_cli import jobruns_cli

import jobruns
from jobruns import cli
from jobruns._profiles import config_path, load
from jobruns.sandbox import Sandbox

PROFILES = """\
# two workspaces on Blaxel, one TrueFoundry control plane
[profiles.acme]
provider = "blaxel"
workspace = "acme"
token = "{token}"
timeout = 12

[profiles.beta]
provider = "blaxel"
workspace = "beta"

[profiles."tf-prod"]
provider = "truefoundry"
base_url = "https://acme.truefoundry.cloud"
"""


def write(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    path.chmod(mode)
    return path


@pytest.fixture
def profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("JOBRUNS_"):
            monkeypatch.delenv(name)
    path = write(tmp_path, PROFILES.format(token=TOKEN))
    monkeypatch.setenv("JOBRUNS_CONFIG", str(path))
    return path


def config(*args: str, env: dict[str, str]) -> dict[str, dict[str, object]]:
    done = jobruns_cli("config", *args, "--json", env=env)
    assert done.returncode == 0, done.stderr
    return {row["setting"]: row for row in json.loads(done.stdout)["settings"]}


def test_flag_beats_environment_beats_profile_beats_default(profiles: Path) -> None:
    env = {"JOBRUNS_CONFIG": str(profiles), "JOBRUNS_BLAXEL_TIMEOUT": "20", "JOBRUNS_BLAXEL_WORKSPACE": "from-env"}
    shown = config("blaxel", "--profile", "acme", "--workspace", "from-flag", env=env)
    assert (shown["workspace"]["value"], shown["workspace"]["from"]) == ("from-flag", "--workspace")
    assert (shown["timeout"]["value"], shown["timeout"]["from"]) == (20.0, "JOBRUNS_BLAXEL_TIMEOUT")
    assert (shown["token"]["value"], shown["token"]["from"]) == ("set", f"{profiles}:5 (profile acme)")
    assert (shown["retries"]["value"], shown["retries"]["from"]) == (3, "the default")
    assert shown["base_url"]["from"] == "the default"
    without = config("blaxel", "--profile", "acme", env={"JOBRUNS_CONFIG": str(profiles)})
    assert (without["timeout"]["value"], without["timeout"]["from"]) == (12.0, f"{profiles}:6 (profile acme)")
    # the same order in Python
    client = jobruns.connect("blaxel", profile="acme", workspace="kw")
    assert client._core.adapter.config["workspace"] == "kw" and client._core.timeout == 12


def test_jobruns_profile_names_the_profile(profiles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = config("blaxel", "--token", "t", env={"JOBRUNS_CONFIG": str(profiles), "JOBRUNS_PROFILE": "beta"})
    assert shown["workspace"]["value"] == "beta"
    monkeypatch.setenv("JOBRUNS_PROFILE", "acme")
    assert jobruns.connect("blaxel")._core.adapter.config["workspace"] == "acme"
    assert jobruns.connect("blaxel", profile="beta", token="t")._core.adapter.config["workspace"] == "beta"


def test_the_table_names_each_source_and_never_the_token(profiles: Path) -> None:
    done = jobruns_cli("config", "blaxel", "--profile", "acme", env={"JOBRUNS_CONFIG": str(profiles)})
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.splitlines()[1:]}
    assert rows["--token"].split()[1] == "set" and rows["--token"].endswith(f"{profiles}:5 (profile acme)")
    assert "from the default" in rows["--retries"]  # jobruns_cli checks the canary token appears nowhere


def test_a_profile_holds_a_workspaces_settings(tmp_path: Path, sandbox: Sandbox) -> None:
    sandbox.world.add_job("job", 3)
    path = write(tmp_path, f'[profiles.local]\nprovider = "blaxel"\nworkspace = "w"\ntoken = "{TOKEN}"\n'
                           f'base_url = "{sandbox.urls["blaxel"]}"\n')  # fmt: skip
    listed = jobruns_cli("list", "blaxel", "job", "--profile", "local", "--json", env={"JOBRUNS_CONFIG": str(path)})
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 3
    assert sandbox.requests_to("blaxel", "list")[0].headers["x-blaxel-workspace"] == "w"


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_token_in_a_file_others_can_reach_is_refused(profiles: Path, mode: int) -> None:
    profiles.chmod(mode)
    with pytest.raises(jobruns.ConfigError, match="chmod 600") as caught:
        jobruns.connect("blaxel", profile="beta", token="t")  # a token anywhere in the file is enough
    assert str(profiles) in str(caught.value) and TOKEN not in str(caught.value)
    done = jobruns_cli("list", "blaxel", "job", "--profile", "acme", env={"JOBRUNS_CONFIG": str(profiles)})
    assert done.returncode == 3 and f"chmod 600 {profiles}" in done.stderr


def test_a_file_without_tokens_may_be_readable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, '[profiles.beta]\nprovider = "blaxel"\nworkspace = "beta"\n', mode=0o644)
    monkeypatch.setenv("JOBRUNS_CONFIG", str(path))
    assert jobruns.connect("blaxel", profile="beta", token="t")._core.adapter.config["workspace"] == "beta"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[profiles.acme]\nprovider = "blaxel"\nworkspace = acme\n', ":3"),  # TOML's own (line 3, column 13)
        ('[profiles.acme]\nprovider = "blaxel"\n\nworkspce = "acme"\n', ":4: profile 'acme': blaxel has no setting "
                                                                        "'workspce' (did you mean 'workspace'?"),
        ('colour = "blue"\n[profiles.acme]\nprovider = "blaxel"\n', ":1: unknown key 'colour'"),
        ('[profiles.acme]\nworkspace = "acme"\n', ":1: profile 'acme' names no provider"),
        ('[profiles.acme]\nprovider = "blaxel"\nallow_insecure = "yes"\n', "must be true or false"),
        ('[profiles.acme]\nprovider = "blaxel"\ntimeout = "soon"\n', ":3 (profile acme) must be a number"),
    ],
    ids=["toml", "unknown-setting", "unknown-top-level", "no-provider", "insecure-not-bool", "bad-value"],
)  # fmt: skip
def test_a_malformed_file_names_its_path_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, says: str
) -> None:
    path = write(tmp_path, text)
    monkeypatch.setenv("JOBRUNS_CONFIG", str(path))
    with pytest.raises(jobruns.ConfigError) as caught:
        jobruns.connect("blaxel", profile="acme", token="t", workspace="w")
    assert str(path) in str(caught.value) and says in str(caught.value)


def test_the_profile_must_be_the_providers(profiles: Path) -> None:
    with pytest.raises(jobruns.ConfigError, match=r"profile 'acme' \(from profile=\) is for blaxel, not truefoundry"):
        jobruns.connect("truefoundry", profile="acme", token="t")
    done = jobruns_cli("list", "truefoundry", "job", env={"JOBRUNS_CONFIG": str(profiles), "JOBRUNS_PROFILE": "acme"})
    assert done.returncode == 3 and f"{profiles}:3: profile 'acme' (from JOBRUNS_PROFILE) is for blaxel" in done.stderr


def test_an_unknown_profile_gets_a_suggestion(profiles: Path) -> None:
    done = jobruns_cli("list", "blaxel", "job", "--profile", "acm", env={"JOBRUNS_CONFIG": str(profiles)})
    assert done.returncode == 3
    assert "no profile 'acm' (from --profile; profiles there: acme, beta, tf-prod); did you mean 'acme'?" in done.stderr


def test_no_file_says_where_it_was_looked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBRUNS_CONFIG", str(tmp_path / "nowhere.toml"))
    with pytest.raises(jobruns.ConfigError, match="no config file at .*nowhere.toml"):
        jobruns.connect("blaxel", profile="acme")


def test_where_the_file_is() -> None:
    assert config_path({"JOBRUNS_CONFIG": "~/jr.toml"}) == Path.home() / "jr.toml"
    assert config_path({"XDG_CONFIG_HOME": "/etc/xdg-home"}) == Path("/etc/xdg-home/jobruns/config.toml")
    assert config_path({}) == Path.home() / ".config" / "jobruns" / "config.toml"
    assert config_path({"XDG_CONFIG_HOME": "relative"}) == Path.home() / ".config" / "jobruns" / "config.toml"


def test_a_profiles_token_is_hidden_from_an_internal_error(profiles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> int:
        raise RuntimeError(f"a bug holding {TOKEN}")

    monkeypatch.setattr(cli, "_run", broken)
    err = io.StringIO()
    assert cli.main(["get", "blaxel", "job", "run", "--profile", "acme"], io.StringIO(), err) == cli.EXIT_INTERNAL
    assert err.getvalue().strip() == "jobruns: internal error (please report it): RuntimeError: a bug holding ***"


# --- what the config file may be -----------------------------------------------------------------------------


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo.toml"
    os.mkfifo(path)
    return path


def _huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.toml"
    with path.open("wb") as file:  # a valid profile, then a comment past the cap: the size alone refuses it
        file.write(b'[profiles.acme]\nprovider = "blaxel"\nworkspace = "acme"\n#' + b"x" * (1 << 20) + b"\n")
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda tmp: Path("/dev/zero"), "must be a regular file, not a character device"),
        (_fifo, "must be a regular file, not a FIFO"),
        (lambda tmp: tmp, "must be a regular file, not a directory"),
        (_huge, "is larger than 1 MiB"),
    ],
    ids=["dev-zero", "fifo", "directory", "huge"],
)
def test_the_config_file_must_be_a_regular_file_under_a_size_cap(make: object, says: str, tmp_path: Path) -> None:
    """/dev/zero once grew jobruns to 24 GB, a FIFO with no writer hung it: both are a ConfigError naming the path."""
    path = make(tmp_path)  # type: ignore[operator]
    done = jobruns_cli("config", "blaxel", "--profile", "acme", env={"JOBRUNS_CONFIG": str(path)})
    assert done.returncode == 3 and f"{path}: the config file {says}" in done.stderr, done.stderr
    with pytest.raises(jobruns.ConfigError, match=re.escape(f"{path}: the config file {says}")):
        load("acme", "profile=", "blaxel", ["workspace"], {"JOBRUNS_CONFIG": str(path)})  # what connect() reads


@pytest.mark.parametrize("where", ["profile", "flag"])
def test_a_user_name_or_password_in_base_url_is_refused_and_never_shown(where: str, tmp_path: Path) -> None:
    secret = "SECRET-pw-4711"
    url = f"https://u:{secret}@x.example.com"
    path = write(tmp_path, f'[profiles.acme]\nprovider = "blaxel"\nworkspace = "acme"\nbase_url = "{url}"\n')
    flags = ["--profile", "acme"] if where == "profile" else ["--base-url", url, "--workspace", "acme"]
    env = {"JOBRUNS_CONFIG": str(path), "JOBRUNS_BLAXEL_TOKEN": TOKEN}
    for extra in ([], ["--json"]):
        shown = jobruns_cli("config", "blaxel", *flags, *extra, env=env)
        assert shown.returncode == 3 and "must not hold a user name or password" in shown.stderr
        assert secret not in shown.stdout + shown.stderr and "u:" not in shown.stdout + shown.stderr
    listed = jobruns_cli("list", "blaxel", "job", *flags, env=env)
    assert listed.returncode == 3 and secret not in listed.stdout + listed.stderr
