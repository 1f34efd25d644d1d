"""A client library for accessing Blaxel Control Plane API (jobruns vendored subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
