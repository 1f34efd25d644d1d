"""The provider registry: one line per provider, adapters imported only when used."""

from __future__ import annotations

import importlib
from typing import Any

from ._adapter import Adapter
from ._errors import ConfigError
from ._settings import COMMON_SETTINGS

# name -> the adapter class, as "module:Class"; adding a provider is one spec, one adapter and one line here
ADAPTERS = {
    "truefoundry": "jobruns.adapters.truefoundry:TrueFoundry",
    "intuned": "jobruns.adapters.intuned:Intuned",
    "northflank": "jobruns.adapters.northflank:Northflank",
    "blaxel": "jobruns.adapters.blaxel:Blaxel",
}


def adapter_class(provider: object) -> type[Adapter]:
    if not isinstance(provider, str) or provider.lower() not in ADAPTERS:
        raise ConfigError(f"unknown provider {provider!r}; jobruns knows {', '.join(ADAPTERS)}")
    module, _, name = ADAPTERS[provider.lower()].partition(":")
    cls: type[Adapter] = getattr(importlib.import_module(module), name)
    return cls


def providers() -> list[dict[str, Any]]:
    """Each provider: its settings (with environment variables), capabilities and whether it is installed."""
    described = []
    for name in ADAPTERS:
        cls = adapter_class(name)
        described.append(
            {
                "name": name,
                "package": cls.package,
                "installed": cls.installed(),
                "install": f"pip install 'jobruns[{name}]'",
                "settings": [
                    {
                        "name": s.name,
                        "env": s.env(name),
                        "required": s.required or (s.name == "base_url" and cls.default_base_url is None),
                        "description": s.description,
                    }
                    for s in (*cls.settings, *COMMON_SETTINGS)
                ],
                "default_base_url": cls.default_base_url,
                "capabilities": {
                    "get_run": True,
                    "list_runs": True,
                    "wait_for_run": True,
                    "status_filter": "server" if cls.filters_status_server_side else "client",
                    "max_page_size": cls.max_page_size,
                },
                "docs": cls.docs_url,
            }
        )
    return described
