"""A client library for accessing TrueFoundry API (jobruns vendored subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
