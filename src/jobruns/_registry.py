"""The provider registry: one line per provider, adapters imported only when used."""

from __future__ import annotations

import functools
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
                "install": install_line(name),
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
                    # list_runs' since/until: the run time compared, and the sort asked for (None: the listing's
                    # own order, newest first, is relied on)
                    "since_until": {"compares": cls.listed_by, "newest_first": cls.newest_first},
                    "trigger_run": True,
                    "cancel_run": True,
                    # where trigger_run's params go (None: it takes none) and its idempotency key (None: no such key)
                    "trigger_params": cls.params,
                    "idempotency_key": cls.idempotency_key,
                    # iter_logs: "documented", "experimental" (an endpoint the provider does not publish), or None
                    "logs": cls.logs,
                },
                "docs": cls.docs_url,
            }
        )
    return described


@functools.cache
def _installed_from() -> dict[str, Any]:
    """Where jobruns itself was installed from, as pip and uv record it (PEP 610 direct_url.json): a directory
    (a checkout), a VCS URL or an archive. Empty when it came from an index or --find-links, or is not installed."""
    import importlib.metadata  # here, as the imports of install_line: `jobruns --help` needs none of them (~30 ms)
    import json

    try:
        recorded = importlib.metadata.distribution("jobruns").read_text("direct_url.json")
        origin = json.loads(recorded) if recorded else {}
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return {}
    return origin if isinstance(origin, dict) else {}


def install_line(provider: str) -> str:
    """The pip line that installs a provider package from where jobruns came from: the provider packages are on no
    index, so `pip install 'jobruns[<provider>]'` alone finds nothing."""
    import shlex
    from pathlib import Path
    from urllib.parse import urlsplit
    from urllib.request import url2pathname

    origin = _installed_from()
    url = str(origin.get("url", ""))
    vcs = origin.get("vcs_info")
    if isinstance(vcs, dict) and url:
        source = f"{vcs.get('vcs', 'git')}+{url}" + (f"@{vcs['commit_id']}" if vcs.get("commit_id") else "")
        return f"pip install 'jobruns-{provider} @ {source}#subdirectory=generated/{provider}'"
    if url.startswith("file:"):
        where = Path(url2pathname(urlsplit(url).path))
        if "dir_info" in origin:  # a checkout
            return f"pip install {shlex.quote(str(where / 'generated' / provider))}"
        # a wheel or sdist file, written by `nox -s build` beside the provider packages'
        return f"pip install --find-links {shlex.quote(str(where.parent))} 'jobruns[{provider}]'"
    return f"pip install --find-links DIST 'jobruns[{provider}]' (DIST: the dist/ folder `nox -s build` wrote)"
