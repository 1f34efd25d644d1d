"""A client library for accessing Intuned API (jobruns vendored subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
