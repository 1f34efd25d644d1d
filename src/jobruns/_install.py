"""How to install a provider package: the pip line that fits where jobruns itself came from.

Its own module, below both the registry (``jobruns.providers()`` shows the line) and the adapters (a missing package
raises ConfigError with it), so that neither imports the other for it.
"""

from __future__ import annotations

import functools
from typing import Any


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
