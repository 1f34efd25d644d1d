"""One module per provider, mapping its generated package to jobruns' model.

What a provider's own code builds on (docs/adding-a-provider.md walks through a new provider): ``Provider``, its
registry entry; ``Adapter``, the class its adapter subclasses, with ``Call``, ``PageOf``, ``Position`` and
``runs_under`` for its methods; ``Setting``, one of its settings; ``to_utc``, any time a provider sends (ISO
string, epoch seconds or milliseconds) as an aware UTC datetime, None when absent or unreadable.
"""

from .._adapter import Adapter, Call, PageOf, Position, runs_under
from .._registry import Provider
from .._settings import Setting
from .._time import to_utc

__all__ = ["Adapter", "Call", "PageOf", "Position", "Provider", "Setting", "runs_under", "to_utc"]
