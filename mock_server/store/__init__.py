"""Per-tenant record storage behind one contract (``backend.py``): in memory for tests, a crash-safe SQLite
file for a personal sandbox, PostgreSQL for a sandbox several processes share."""

from mock_server.store.backend import Conflict, StoreBackend
from mock_server.store.files import DataFileCorrupt, DataFileError, DataFileInUse, WriteFailed
from mock_server.store.store import GLOBAL, Store, TenantStore


def is_database_url(spec: str | None) -> bool:
    return bool(spec) and spec.split(":", 1)[0] in ("postgresql", "postgres")


def open_store(spec: str | None, *, fsync: bool = True) -> StoreBackend:
    """The store ``spec`` names: None (memory), a file path (file mode) or a ``postgresql://`` URL."""
    if not spec:
        return Store.in_memory()
    if is_database_url(spec):
        from mock_server.store.postgres import PostgresStore

        return PostgresStore(spec)
    from mock_server.store.sqlite import SqliteStore

    return SqliteStore(spec, fsync=fsync)


__all__ = ["GLOBAL", "Conflict", "DataFileCorrupt", "DataFileError", "DataFileInUse", "Store", "StoreBackend",
           "TenantStore", "WriteFailed", "is_database_url", "open_store"]
