"""A client library for accessing Northflank API (jobruns, written from the API reference)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
