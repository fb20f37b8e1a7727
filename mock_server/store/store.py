"""The store: every record of every tenant, in TinyDB tables, with an id index and secondary indexes.

Records are JSON dicts with an ``id``. Each lives in one tenant (a location id, a company id, or
``GLOBAL``) and one table, as the TinyDB table ``"<tenant>/<table>"``. Reading by id is a dict
lookup however large a location grows; declared secondary indexes (say ``contacts.email``) make
equality lookups constant-time too.

Writes happen inside transactions: if anything raises before the transaction ends, every change is
undone (no half-written data); when it ends, the changes are logged durably (file mode) before the
caller answers. Values are copied on the way in and out (an orjson round trip), so callers can never
change stored state by mutating a dict they were given.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import orjson

from mock_server.store.files import DataFiles
from mock_server.store.tinydb_tables import open_tinydb

GLOBAL = "_global"
COMPACT_AFTER_BYTES = 16 * 1024 * 1024

Doc = dict[str, Any]


def _copy(doc: Doc) -> Doc:
    return orjson.loads(orjson.dumps(doc))


class Store:
    def __init__(self, files: DataFiles | None = None) -> None:
        self._files = files
        self._db = open_tinydb()
        self._data: dict[str, dict[str, Doc]] = self._db.storage.data
        self._owners: dict[str, tuple[str, str]] = {}
        self._index_fields: dict[str, tuple[str, ...]] = {}
        self._indexes: dict[tuple[str, str, str], dict[Any, set[str]]] = {}
        # Bumped on every change to a table (rollbacks included), and globally on drop/clear/load:
        # lets an area cache something derived from a table (a sort order) and know when it is stale.
        self._table_versions: dict[str, int] = {}
        self._epoch = 0
        self._lock = threading.RLock()
        self._undo: list[tuple] | None = None
        self._redo: list[Doc] = []
        self._after_commit: list[Callable[[], None]] = []
        if files is not None:
            self._load(files)

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def in_memory(cls) -> Store:
        return cls()

    @classmethod
    def open_file(cls, path: str, *, fsync: bool = True) -> Store:
        files = DataFiles(path, fsync=fsync)
        files.acquire()
        return cls(files)

    def _load(self, files: DataFiles) -> None:
        for name, docs in files.load_snapshot().items():
            self._data[name] = docs
        replayed = 0
        for transaction in files.committed_transactions():
            for op in transaction:
                self._apply_logged(op)
            replayed += 1
        self._rebuild_derived()
        if replayed:
            self.compact()

    def _apply_logged(self, op: Doc) -> None:
        kind = op["op"]
        if kind == "put":
            self._data.setdefault(op["t"], {})[op["doc"]["id"]] = op["doc"]
        elif kind == "del":
            self._data.get(op["t"], {}).pop(op["id"], None)
        elif kind == "drop":
            for name in [n for n in self._data if n.startswith(op["tenant"] + "/")]:
                del self._data[name]
        elif kind == "clear":
            self._data.clear()

    def _rebuild_derived(self) -> None:
        self._epoch += 1
        self._owners.clear()
        self._indexes.clear()
        for name, docs in self._data.items():
            tenant, _, table = name.partition("/")
            for rid, doc in docs.items():
                self._owners[rid] = (tenant, table)
                self._index(tenant, table, doc)

    # -- indexes -----------------------------------------------------------------------------
    def declare_index(self, table: str, *fields: str) -> None:
        """Keep an equality index on ``table.field`` in every tenant (list values index each item)."""
        with self._lock:
            self._index_fields[table] = tuple(dict.fromkeys(self._index_fields.get(table, ()) + fields))
            self._rebuild_derived()

    def _index_keys(self, value: Any) -> Iterable[Any]:
        if isinstance(value, list):
            return [v for v in value if isinstance(v, (str, int, float, bool))]
        if isinstance(value, (str, int, float, bool)):
            return (value,)
        return ()

    def _index(self, tenant: str, table: str, doc: Doc) -> None:
        for field in self._index_fields.get(table, ()):
            bucket = self._indexes.setdefault((tenant, table, field), {})
            for key in self._index_keys(doc.get(field)):
                bucket.setdefault(key, set()).add(doc["id"])

    def _unindex(self, tenant: str, table: str, doc: Doc) -> None:
        for field in self._index_fields.get(table, ()):
            bucket = self._indexes.get((tenant, table, field))
            if bucket is None:
                continue
            for key in self._index_keys(doc.get(field)):
                ids = bucket.get(key)
                if ids is not None:
                    ids.discard(doc["id"])
                    if not ids:
                        del bucket[key]

    # -- reads -------------------------------------------------------------------------------
    def get(self, tenant: str, table: str, record_id: str) -> Doc | None:
        doc = self._data.get(f"{tenant}/{table}", {}).get(record_id)
        return None if doc is None else _copy(doc)

    def owner(self, record_id: str) -> tuple[str, str] | None:
        """``(tenant, table)`` of the record with this id, in any tenant."""
        return self._owners.get(record_id)

    def scan(self, tenant: str, table: str) -> list[Doc]:
        """Every record of the table, in insertion order. READ-ONLY: never mutate these dicts."""
        with self._lock:
            return list(self._data.get(f"{tenant}/{table}", {}).values())

    def scan_ids(self, tenant: str, table: str, ids: Iterable[str]) -> list[Doc]:
        """The records with these ids (unknown ids skipped). READ-ONLY, like ``scan``: never mutate them."""
        docs = self._data.get(f"{tenant}/{table}", {})
        return [doc for doc in map(docs.get, ids) if doc is not None]

    def count(self, tenant: str, table: str) -> int:
        return len(self._data.get(f"{tenant}/{table}", {}))

    def counts(self, tenant: str) -> dict[str, int]:
        """``{table: number of records}`` for every non-empty table of the tenant."""
        prefix = f"{tenant}/"
        with self._lock:
            return {name[len(prefix):]: len(docs) for name, docs in self._data.items()
                    if name.startswith(prefix) and docs}

    def version(self, tenant: str, table: str) -> tuple[int, int]:
        """Changes whenever the table changes: equal versions mean equal contents."""
        return self._epoch, self._table_versions.get(f"{tenant}/{table}", 0)

    def ids_where(self, tenant: str, table: str, field: str, value: Any) -> set[str]:
        """Ids whose indexed ``field`` equals (or, for lists, contains) ``value``."""
        if field not in self._index_fields.get(table, ()):
            raise KeyError(f"{table}.{field} is not indexed; declare_index it first")
        return set(self._indexes.get((tenant, table, field), {}).get(value, ()))

    def find(self, tenant: str, table: str, field: str, value: Any) -> list[Doc]:
        """Copies of the records whose indexed ``field`` matches ``value``, in insertion order."""
        ids = self.ids_where(tenant, table, field, value)
        docs = self._data.get(f"{tenant}/{table}", {})
        found = [docs[i] for i in ids if i in docs]
        order = {rid: n for n, rid in enumerate(docs)} if len(found) > 1 else {}
        found.sort(key=lambda d: order.get(d["id"], 0))
        return [_copy(d) for d in found]

    def tenants(self) -> set[str]:
        return {name.partition("/")[0] for name in self._data}

    # -- writes ------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: undone if the block raises, durably logged when it ends."""
        committed: list[Callable[[], None]] = []
        with self._lock:
            if self._undo is not None:  # joining an enclosing transaction
                yield
                return
            self._undo, self._redo, self._after_commit = [], [], []
            try:
                yield
            except BaseException:
                self._rollback(self._undo)
                raise
            else:
                if self._redo and self._files is not None:
                    self._files.append(self._redo)
                    if self._files.wal_bytes > COMPACT_AFTER_BYTES:
                        self.compact()
                committed = self._after_commit
            finally:
                self._undo, self._redo, self._after_commit = None, [], []
        for callback in committed:  # outside the lock: a callback may hand work to another thread
            callback()

    def on_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the current transaction is durably committed (never if it rolls back).

        Outside a transaction it runs at once. This is how work that must follow a change (a webhook
        delivery) learns that the change is acknowledged, without ever running for a refused request.
        """
        with self._lock:
            if self._undo is not None:
                self._after_commit.append(callback)
                return
        callback()

    def put(self, tenant: str, table: str, doc: Doc) -> Doc:
        """Insert or replace ``doc`` (by its ``id``); returns a copy of what was stored."""
        stored = _copy(doc)
        rid = stored["id"]
        with self.transaction():
            owner = self._owners.get(rid)
            if owner is not None and owner != (tenant, table):
                raise ValueError(f"id {rid} already belongs to {owner[0]}/{owner[1]}")
            name = f"{tenant}/{table}"
            before = self._data.get(name, {}).get(rid)
            self._write(tenant, table, rid, stored, before)
            self._undo.append(("put", tenant, table, rid, before))
            self._redo.append({"op": "put", "t": name, "doc": stored})
        return _copy(stored)

    def delete(self, tenant: str, table: str, record_id: str) -> bool:
        name = f"{tenant}/{table}"
        with self.transaction():
            before = self._data.get(name, {}).get(record_id)
            if before is None:
                return False
            self._write(tenant, table, record_id, None, before)
            self._undo.append(("put", tenant, table, record_id, before))
            self._redo.append({"op": "del", "t": name, "id": record_id})
        return True

    def _write(self, tenant: str, table: str, rid: str, doc: Doc | None, before: Doc | None) -> None:
        name = f"{tenant}/{table}"
        self._table_versions[name] = self._table_versions.get(name, 0) + 1
        tiny_table = self._db.table(name)
        if before is not None:
            self._unindex(tenant, table, before)
        if doc is None:
            tiny_table._update_table(lambda raw: raw.pop(rid, None))
            self._owners.pop(rid, None)
        else:
            tiny_table._update_table(lambda raw: raw.__setitem__(rid, doc))
            self._owners[rid] = (tenant, table)
            self._index(tenant, table, doc)

    def drop_tenant(self, tenant: str) -> None:
        """Remove every record of one tenant."""
        with self.transaction():
            dropped = {n: self._data.pop(n) for n in [n for n in self._data if n.startswith(tenant + "/")]}
            self._epoch += 1
            for name, docs in dropped.items():
                table = name.partition("/")[2]
                self._db._tables.pop(name, None)
                for rid, doc in docs.items():
                    self._owners.pop(rid, None)
                    self._unindex(tenant, table, doc)
            self._undo.append(("drop", dropped))
            self._redo.append({"op": "drop", "tenant": tenant})

    def clear(self) -> None:
        """Remove everything."""
        with self.transaction():
            self._undo.append(("clear", dict(self._data)))
            self._data.clear()
            self._db._tables.clear()
            self._rebuild_derived()
            self._redo.append({"op": "clear"})

    def _rollback(self, undo: list[tuple]) -> None:
        for entry in reversed(undo):
            if entry[0] == "put":
                _, tenant, table, rid, before = entry
                current = self._data.get(f"{tenant}/{table}", {}).get(rid)
                self._write(tenant, table, rid, before, current)
            else:  # drop / clear: put the removed tables back (the rebuild bumps the epoch)
                self._data.update(entry[1])
                self._rebuild_derived()

    # -- persistence -------------------------------------------------------------------------
    @property
    def persistent(self) -> bool:
        return self._files is not None

    @property
    def path(self) -> str | None:
        return None if self._files is None else str(self._files.path)

    def compact(self) -> None:
        """Write a fresh snapshot and empty the log (file mode only)."""
        if self._files is not None:
            with self._lock:
                self._files.write_snapshot(self._data)

    def close(self) -> None:
        if self._files is not None:
            self.compact()
            self._files.release()
            self._files = None


class TenantStore:
    """The store as one tenant sees it: the same calls without the tenant argument."""

    __slots__ = ("store", "tenant")

    def __init__(self, store: Store, tenant: str) -> None:
        self.store = store
        self.tenant = tenant

    def get(self, table: str, record_id: str) -> Doc | None:
        return self.store.get(self.tenant, table, record_id)

    def put(self, table: str, doc: Doc) -> Doc:
        return self.store.put(self.tenant, table, doc)

    def delete(self, table: str, record_id: str) -> bool:
        return self.store.delete(self.tenant, table, record_id)

    def scan(self, table: str) -> list[Doc]:
        return self.store.scan(self.tenant, table)

    def scan_ids(self, table: str, ids: Iterable[str]) -> list[Doc]:
        return self.store.scan_ids(self.tenant, table, ids)

    def count(self, table: str) -> int:
        return self.store.count(self.tenant, table)

    def version(self, table: str) -> tuple[int, int]:
        return self.store.version(self.tenant, table)

    def find(self, table: str, field: str, value: Any) -> list[Doc]:
        return self.store.find(self.tenant, table, field, value)

    def ids_where(self, table: str, field: str, value: Any) -> set[str]:
        return self.store.ids_where(self.tenant, table, field, value)

    def where(self, table: str, predicate: Callable[[Doc], bool]) -> list[Doc]:
        """Copies of the records matching ``predicate`` (a full scan: prefer an index when there is one)."""
        return [_copy(d) for d in self.scan(table) if predicate(d)]
