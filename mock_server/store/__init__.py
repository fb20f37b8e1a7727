"""Per-tenant record storage with TinyDB behind it: in memory for tests, a crash-safe file for the sandbox."""

from mock_server.store.files import DataFileInUse
from mock_server.store.store import GLOBAL, Store, TenantStore

__all__ = ["GLOBAL", "DataFileInUse", "Store", "TenantStore"]
