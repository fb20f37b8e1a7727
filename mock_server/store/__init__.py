"""Per-tenant record storage: in memory for tests, a crash-safe file (TinyDB's JSON layout) for the sandbox."""

from mock_server.store.files import DataFileCorrupt, DataFileError, DataFileInUse, WriteFailed
from mock_server.store.store import GLOBAL, Store, TenantStore

__all__ = ["GLOBAL", "DataFileCorrupt", "DataFileError", "DataFileInUse", "Store", "TenantStore", "WriteFailed"]
