"""The provider registry: every provider jobruns knows, each described once, loaded only when used.

Everything that lists providers (``jobruns.providers()``, the CLI's choices and help, the JSON schema's enum, the demo,
the sandbox's emulators) reads this registry; pyproject's extras and the specs the wheel ships are checked against
it by tests/test_registry.py. A provider is:

- its entry (``Provider``): name, how prose writes it, where its adapter and emulator live, the settings its demo
  connects to the sandbox with;
- its adapter (``jobruns.adapters.Adapter``): package, settings, status table, capabilities, docs URL, and the mapping
  between its generated package and jobruns' model;
- its emulator (``jobruns.sandbox.Emulator``): how the sandbox answers as it.

The four jobruns ships are listed in BUILT_IN. Any other installed distribution adds its own as a folder
``jobruns_providers/<name>/`` (a namespace package: no ``jobruns_providers/__init__.py``) whose ``__init__.py``
defines ``PROVIDER``; docs/adding-a-provider.md walks through one. Finding them costs a directory listing, not the
~20 ms of reading every distribution's entry points, which `jobruns --help` would pay at each start.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from ._errors import ConfigError

if TYPE_CHECKING:
    from ._adapter import Adapter

NAMESPACE = "jobruns_providers"  # where other distributions put their providers: jobruns_providers/<name>/


def _read_only(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


@frozen
class Provider:
    """One provider as jobruns knows it. ``adapter`` and ``emulator`` are ``"module:Class"`` strings, imported only
    when used (as libcloud's driver registry does): listing the providers imports no provider's code."""

    name: str  # one lowercase word, used everywhere: the adapter's name, jobruns_<name>, /<name> in the sandbox
    title: str  # as prose writes it: "TrueFoundry"
    adapter: str  # "module:Class" of its jobruns.adapters.Adapter subclass
    emulator: str  # "module:Class" of its jobruns.sandbox.Emulator subclass
    # the settings connect() needs besides base_url and token against the sandbox (which takes any value)
    demo_settings: Mapping[str, str] = field(factory=dict, converter=_read_only)


BUILT_IN = (
    Provider(
        "truefoundry",
        "TrueFoundry",
        "jobruns.adapters.truefoundry:TrueFoundry",
        "jobruns.sandbox.emulators.truefoundry:TrueFoundry",
    ),
    Provider(
        "intuned",
        "Intuned",
        "jobruns.adapters.intuned:Intuned",
        "jobruns.sandbox.emulators.intuned:Intuned",
        {"workspace_id": "3f1c2a9e-0d1b-4c5e-8f7a-9b8c7d6e5f40", "project": "demo"},
    ),
    Provider(
        "northflank",
        "Northflank",
        "jobruns.adapters.northflank:Northflank",
        "jobruns.sandbox.emulators.northflank:Northflank",
        {"project_id": "demo"},
    ),
    Provider(
        "blaxel",
        "Blaxel",
        "jobruns.adapters.blaxel:Blaxel",
        "jobruns.sandbox.emulators.blaxel:Blaxel",
        {"workspace": "demo"},
    ),
)


_BUILT_IN = {provider.name: provider for provider in BUILT_IN}


@functools.cache
def registered() -> dict[str, Provider]:
    """Every provider by name: the built-in ones first, in their order, then the installed ones, by name."""
    found = dict(_BUILT_IN)
    for name in _installed_names():
        module = f"{NAMESPACE}.{name}"
        entry = getattr(importlib.import_module(module), "PROVIDER", None)
        if not isinstance(entry, Provider):
            raise ConfigError(f"{module} defines no PROVIDER = jobruns.adapters.Provider(...)")
        if entry.name != name:
            raise ConfigError(f"{module}: its PROVIDER is named {entry.name!r}; a provider's folder takes its name")
        found.setdefault(name, entry)  # a built-in provider keeps its own entry
    return found


def _installed_names() -> list[str]:
    """The folders of the jobruns_providers namespace package, over every path it spans."""
    import os

    spec = importlib.util.find_spec(NAMESPACE)
    if spec is None or not spec.submodule_search_locations:
        return []
    folders: set[str] = set()
    for location in spec.submodule_search_locations:
        try:
            entries = os.scandir(location)
        except OSError:
            continue
        with entries:  # a provider's folder is named as it is: one lowercase word (not __pycache__)
            folders.update(e.name for e in entries if e.is_dir() and e.name.isidentifier() and e.name[0].islower())
    return sorted(folders)


def names() -> list[str]:
    return list(registered())


def get(provider: object) -> Provider:
    """The registered provider of that name (any case); ConfigError naming the known ones otherwise. A built-in one
    is found without looking for the others."""
    if isinstance(provider, str):
        found = _BUILT_IN.get(provider.lower()) or registered().get(provider.lower())
        if found is not None:
            return found
    raise ConfigError(f"unknown provider {provider!r}; jobruns knows {', '.join(registered())}")


def _load(pointer: str, what: str, provider: str) -> Any:
    module, _, name = pointer.partition(":")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"{provider}: its {what} {pointer!r} cannot be loaded: {exc}") from None


def adapter_class(provider: object) -> type[Adapter]:
    entry = get(provider)
    cls: type[Adapter] = _load(entry.adapter, "adapter", entry.name)
    if getattr(cls, "name", None) != entry.name:
        raise ConfigError(f"{entry.name}: its adapter {entry.adapter} is named {getattr(cls, 'name', None)!r}")
    return cls


def emulator_class(provider: object) -> type[Any]:
    """The provider's ``jobruns.sandbox.Emulator`` subclass (typed loosely: the sandbox is a layer above)."""
    entry = get(provider)
    cls: type[Any] = _load(entry.emulator, "emulator", entry.name)
    if getattr(cls, "name", None) != entry.name:
        raise ConfigError(f"{entry.name}: its emulator {entry.emulator} is named {getattr(cls, 'name', None)!r}")
    return cls


def titles() -> str:
    """The providers as prose lists them: "TrueFoundry, Intuned, Northflank and Blaxel"."""
    written = [provider.title for provider in registered().values()]
    return ", ".join(written[:-1]) + f" and {written[-1]}" if len(written) > 1 else "".join(written)


def providers() -> list[dict[str, Any]]:
    """Each provider: its settings (with environment variables), capabilities and whether it is installed."""
    return [adapter_class(name).describe() for name in registered()]
