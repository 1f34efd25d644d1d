"""Settings: keyword, environment fallback, and ConfigError naming the setting and its variable, before any request."""

from __future__ import annotations

import pytest
from conftest import PROVIDERS, SETTINGS

import jobruns
from jobruns._settings import resolve


@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_client_without_a_token(provider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every provider requires auth (the generator ignores top-level security; the facade does not)."""
    env = f"JOBRUNS_{provider.upper()}_TOKEN"
    monkeypatch.delenv(env, raising=False)
    with pytest.raises(jobruns.ConfigError) as caught:
        jobruns.connect(provider, base_url="https://api.example.com", **SETTINGS[provider])
    assert "'token'" in str(caught.value) and env in str(caught.value)


def test_truefoundry_base_url_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBRUNS_TRUEFOUNDRY_BASE_URL", raising=False)
    with pytest.raises(jobruns.ConfigError, match="JOBRUNS_TRUEFOUNDRY_BASE_URL"):
        jobruns.connect("truefoundry", token="t")


@pytest.mark.parametrize(
    ("provider", "settings", "missing", "env"),
    [
        ("intuned", {"project": "p"}, "workspace_id", "JOBRUNS_INTUNED_WORKSPACE_ID"),
        ("intuned", {"workspace_id": "w"}, "project", "JOBRUNS_INTUNED_PROJECT"),
        ("northflank", {}, "project_id", "JOBRUNS_NORTHFLANK_PROJECT_ID"),
        ("blaxel", {}, "workspace", "JOBRUNS_BLAXEL_WORKSPACE"),
    ],
)
def test_provider_settings_are_required(
    provider: str, settings: dict[str, str], missing: str, env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(env, raising=False)
    with pytest.raises(jobruns.ConfigError) as caught:
        jobruns.connect(provider, token="t", **settings)
    assert repr(missing) in str(caught.value) and env in str(caught.value)


def test_environment_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBRUNS_BLAXEL_TOKEN", "from-env")
    monkeypatch.setenv("JOBRUNS_BLAXEL_WORKSPACE", "acme")
    monkeypatch.setenv("JOBRUNS_BLAXEL_TIMEOUT", "12.5")
    client = jobruns.connect("blaxel")
    assert client._core.adapter.config["workspace"] == "acme"
    assert client._core.timeout == 12.5
    # keywords win over the environment
    assert jobruns.connect("blaxel", workspace="other")._core.adapter.config["workspace"] == "other"


@pytest.mark.parametrize(
    ("settings", "fragment"),
    [
        ({"base_url": "ftp://example.com"}, "not an http(s) URL"),
        ({"base_url": "https://"}, "not an http(s) URL"),
        ({"base_url": "http://api.example.com"}, "allow_insecure=True"),
        ({"timeout": "soon"}, "must be a number"),
        ({"timeout": -1}, "positive number of seconds"),
        ({"retries": -2}, "0 or more"),
        ({"colour": "blue"}, "unknown setting(s) colour"),
        ({"workspace": 42}, "must be a string"),
    ],
)
def test_malformed_settings(settings: dict[str, object], fragment: str) -> None:
    given = {"token": "t", "workspace": "acme", **settings}
    with pytest.raises(jobruns.ConfigError) as caught:
        jobruns.connect("blaxel", **given)
    assert fragment in str(caught.value)


def test_plain_http_is_fine_on_loopback_and_when_allowed() -> None:
    jobruns.connect("blaxel", token="t", workspace="w", base_url="http://127.0.0.1:9/blaxel")
    jobruns.connect("blaxel", token="t", workspace="w", base_url="http://localhost:9")
    jobruns.connect("blaxel", token="t", workspace="w", base_url="http://10.0.0.1", allow_insecure=True)


def test_a_bad_token_is_never_echoed() -> None:
    with pytest.raises(jobruns.ConfigError) as caught:
        resolve("blaxel", (), {"token": "sekret\n", "workspace": "w"}, "https://x")
    assert "sekret" not in str(caught.value)


def test_a_token_that_cannot_be_a_header_is_a_config_error() -> None:
    with pytest.raises(jobruns.ConfigError, match="non-ASCII") as caught:
        jobruns.connect("blaxel", token="tökén", workspace="w")
    assert "tökén" not in str(caught.value)


def test_unknown_provider() -> None:
    with pytest.raises(jobruns.ConfigError, match="truefoundry, intuned, northflank, blaxel"):
        jobruns.connect("jenkins", token="t")


def test_client_repr_holds_no_token() -> None:
    client = jobruns.connect("blaxel", token="canary-token-123", workspace="w")
    assert "canary-token-123" not in repr(client) and "canary-token-123" not in str(client)
