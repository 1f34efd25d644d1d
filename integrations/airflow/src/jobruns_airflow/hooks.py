"""JobRunsHook: a jobruns client built from an Airflow connection of type ``jobruns``."""

from __future__ import annotations

from typing import Any

from airflow.providers.common.compat.sdk import BaseHook

import jobruns

DEFAULT_CONN_ID = "jobruns_default"


def client_settings(conn_id: str, password: str | None, host: str | None, extra: dict[str, Any]) -> tuple[str, dict]:
    """The provider and the ``jobruns.connect`` keywords a connection holds: the provider and every other setting
    in its extra (under the names ``connect`` takes), the token in its password, the base URL in its host."""
    settings = dict(extra)
    provider = settings.pop("provider", None)
    if not isinstance(provider, str) or not provider:
        known = ", ".join(p["name"] for p in jobruns.providers())
        raise jobruns.ConfigError(
            f"connection {conn_id!r}: its extra names no provider; set it, e.g. {{\"provider\": \"blaxel\"}} "
            f"(one of {known})"
        )
    if password:
        settings["token"] = password
    if host:
        settings["base_url"] = host if "://" in host else f"https://{host}"
    return provider, settings


class JobRunsHook(BaseHook):
    """Clients of the provider a ``jobruns`` connection names.

    The connection: the provider in its extra (``{"provider": "blaxel", "workspace": "acme"}``), the token in its
    password, ``base_url`` in its host (or in the extra); every other setting of ``jobruns.connect`` (workspace,
    project_id, team_id, workspace_id, project, timeout, retries, max_response_bytes, ...) in its extra.
    """

    conn_name_attr = "jobruns_conn_id"
    default_conn_name = DEFAULT_CONN_ID
    conn_type = "jobruns"
    hook_name = "jobruns"

    def __init__(self, jobruns_conn_id: str = DEFAULT_CONN_ID) -> None:
        super().__init__()
        self.jobruns_conn_id = jobruns_conn_id

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        return {
            "hidden_fields": ["schema", "port", "login"],
            "relabeling": {"password": "Token", "host": "Base URL"},
            "placeholders": {
                "host": "the provider's API root, when not its default (TrueFoundry: required)",
                "extra": '{"provider": "blaxel", "workspace": "acme"}',
            },
        }

    def get_client(self) -> jobruns.Client:
        """A blocking client (close it, or use it in a ``with`` block)."""
        conn = self.get_connection(self.jobruns_conn_id)
        provider, settings = client_settings(self.jobruns_conn_id, conn.password, conn.host, conn.extra_dejson)
        return self._connect(jobruns.connect, provider, settings)

    async def get_async_client(self) -> jobruns.AsyncClient:
        """An asyncio client; the connection is read without blocking the event loop (the triggerer's)."""
        from airflow.providers.common.compat.connection import get_async_connection, get_async_extra_dejson

        conn = await get_async_connection(self.jobruns_conn_id, hook=self)
        extra = await get_async_extra_dejson(conn)
        provider, settings = client_settings(self.jobruns_conn_id, conn.password, conn.host, extra)
        return self._connect(jobruns.connect_async, provider, settings)

    def _connect(self, connect: Any, provider: str, settings: dict[str, Any]) -> Any:
        try:
            return connect(provider, **settings)
        except jobruns.ConfigError as exc:  # jobruns' message, saying which connection it is about
            raise jobruns.ConfigError(f"connection {self.jobruns_conn_id!r}: {exc}", about=exc.about) from None
