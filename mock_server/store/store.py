"""The in-memory store (tests, ``ghl-mock serve`` without ``--data``): every record of every tenant, in tables,
with an id index and secondary indexes. File mode is ``sqlite.py``; both pass ``tests/store/test_contract.py``.

Records are JSON dicts with an ``id``. Each lives in one tenant (a location id, a company id, or
``GLOBAL``) and one table, stored under ``"<tenant>/<table>"`` in one dict of dicts. Reading by id is a
dict lookup however large a location grows; declared secondary indexes (say ``contacts.email``) make
equality lookups constant-time too.

DECISION: a record is kept as its JSON bytes (orjson's), not as a dict, and decoded when read. A dict
costs about 2 KB per contact against 0.5 KB of bytes. Reads had to copy the record anyway (one orjson round
trip), and now decode it once instead. The cost is in scans: ``scan`` decodes every record of the table.

Writes happen inside transactions: if anything raises before the transaction ends, every change is
undone (no half-written data). Values are copied on the way in and out (an orjson round trip), so callers
can never change stored state by mutating a dict they were given.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import orjson

from mock_server.store.backend import StoreBackend, run_committed
from mock_server.store.indexes import Indexes

GLOBAL = "_global"

Doc = dict[str, Any]
T = TypeVar("T")


_decode = orjson.loads
_NO_TABLES: dict[str, dict[str, bytes]] = {}
_NO_DOCS: dict[str, bytes] = {}


class Store(StoreBackend):
    """The embedded backend, in memory."""

    durable = False

    def __init__(self) -> None:
        # tenant -> table -> id -> the record's JSON: a tenant's tables are found without scanning the others'
        # (GET /_mock/tenants counts every tenant's tables; a test's teardown drops its tenant).
        self._data: dict[str, dict[str, dict[str, bytes]]] = {}
        self._owners: dict[str, tuple[str, str]] = {}
        self._indexes = Indexes()
        # Bumped on every change to a table (rollbacks included), and globally on drop/clear/load:
        # lets an area cache something derived from a table (a sort order) and know when it is stale.
        self._table_versions: dict[str, int] = {}
        self._epoch = 0
        self._lock = threading.RLock()
        self._undo: list[tuple] | None = None
        self._dropped: list[str] = []
        self._after_commit: list[Callable[[], None]] = []
        self._drop_listeners: list[Callable[[str], None]] = []

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def in_memory(cls) -> Store:
        return cls()

    def _own_all(self, tenants: dict[str, dict[str, dict[str, bytes]]]) -> None:
        """Note the tenant and table of every record of ``tenants``."""
        for tenant, tables in tenants.items():
            for table, docs in tables.items():
                self._owners.update(dict.fromkeys(docs, (tenant, table)))  # one tuple a table, shared

    def _docs(self, tenant: str, table: str) -> dict[str, bytes]:
        """The table's records by id (READ-ONLY: an empty dict when there are none)."""
        return self._data.get(tenant, _NO_TABLES).get(table, _NO_DOCS)

    # -- indexes -----------------------------------------------------------------------------
    def declare_index(self, table: str, *fields: str) -> None:
        """Keep an equality index on ``table.field`` in every tenant (list values index each item).

        Call it any number of times, before or after data is loaded: nothing is built here (each tenant's
        index is built on its first read), so declaring never rescans the store."""
        with self._lock:
            self._indexes.declare(table, fields)

    # -- tenants -----------------------------------------------------------------------------
    def on_tenant_dropped(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(tenant)`` whenever a tenant's records are dropped (``drop_tenant``, a reset), once the
        transaction that dropped them has committed: the hook for per-tenant caches kept outside the store."""
        self._drop_listeners.append(listener)

    # -- reads -------------------------------------------------------------------------------
    def get(self, tenant: str, table: str, record_id: str) -> Doc | None:
        raw = self._docs(tenant, table).get(record_id)
        return None if raw is None else _decode(raw)

    def owner(self, record_id: str) -> tuple[str, str] | None:
        """``(tenant, table)`` of the record with this id, in any tenant."""
        return self._owners.get(record_id)

    def scan(self, tenant: str, table: str) -> list[Doc]:
        """Every record of the table, in insertion order (fresh copies)."""
        with self._lock:
            raws = list(self._docs(tenant, table).values())
        return list(map(_decode, raws))

    def scan_ids(self, tenant: str, table: str, ids: Iterable[str]) -> list[Doc]:
        """The records with these ids (unknown ids skipped), fresh copies like ``scan``."""
        docs = self._docs(tenant, table)
        return [_decode(raw) for raw in map(docs.get, ids) if raw is not None]

    def count(self, tenant: str, table: str) -> int:
        return len(self._docs(tenant, table))

    def counts(self, tenant: str) -> dict[str, int]:
        """``{table: number of records}`` for every non-empty table of the tenant."""
        with self._lock:
            return {table: len(docs) for table, docs in self._data.get(tenant, _NO_TABLES).items() if docs}

    def version(self, tenant: str, table: str) -> tuple[int, int]:
        """Changes whenever the table changes: equal versions mean equal contents."""
        return self._epoch, self._table_versions.get(f"{tenant}/{table}", 0)

    def ids_where(self, tenant: str, table: str, field: str, value: Any) -> set[str]:
        """Ids whose indexed ``field`` equals (or, for lists, contains) ``value``."""
        with self._lock:
            return self._indexes.ids(tenant, table, field, value, self._docs(tenant, table))

    def find(self, tenant: str, table: str, field: str, value: Any) -> list[Doc]:
        """Copies of the records whose indexed ``field`` matches ``value``, in insertion order."""
        ids = self.ids_where(tenant, table, field, value)
        docs = self._docs(tenant, table)
        found = [i for i in ids if i in docs]
        if len(found) > 1:
            order = {rid: n for n, rid in enumerate(docs)}
            found.sort(key=order.__getitem__)
        return [_decode(docs[i]) for i in found]

    def tenants(self) -> set[str]:
        return set(self._data)

    # -- writes ------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: undone if the block raises."""
        with self._lock:
            if self._undo is not None:  # joining an enclosing transaction
                yield
                return
            self._begin()
            try:
                yield
            except BaseException:
                self._rollback(self._undo)
                raise
            finally:
                dropped, committed = self._end()
        self._followers(dropped, committed)

    def _transact(self, work: Callable[[], T]) -> T:
        """``atomically``'s attempt: ``transaction()`` without a generator's cost (every API request runs here)."""
        with self._lock:
            if self._undo is not None:  # joining an enclosing transaction
                return work()
            self._begin()
            try:
                result = work()
            except BaseException:
                self._rollback(self._undo)
                raise
            finally:
                dropped, committed = self._end()
        self._followers(dropped, committed)
        return result

    def _begin(self) -> None:
        self._undo, self._dropped, self._after_commit = [], [], []

    def _end(self) -> tuple[list[str], list[Callable[[], None]]]:
        """Close the transaction (committed or undone); answers what must follow it."""
        dropped, committed = self._dropped, self._after_commit
        self._undo, self._dropped, self._after_commit = None, [], []
        return dropped, committed

    def _followers(self, dropped: list[str], committed: list[Callable[[], None]]) -> None:
        """Outside the lock: a listener or callback may hand work to another thread."""
        for tenant in dropped:
            run_committed([lambda listener=listener: listener(tenant) for listener in self._drop_listeners])
        if committed:
            run_committed(committed)

    def in_transaction(self) -> bool:
        return self._undo is not None and self._lock._is_owned()

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
        raw = orjson.dumps(doc)
        stored = _decode(raw)  # the caller's copy, and what the indexes read
        rid = stored["id"]
        with self.transaction():
            owner = self._owners.get(rid)
            if owner is not None and owner != (tenant, table):
                raise ValueError(f"id {rid} already belongs to {owner[0]}/{owner[1]}")
            before = self._docs(tenant, table).get(rid)
            self._write(tenant, table, rid, raw, before, stored)
            self._undo.append(("put", tenant, table, rid, before))
        return stored

    def put_only(self, tenant: str, table: str, doc: Doc) -> None:
        """``put`` without decoding a copy to answer (decoded for the indexes only when the table's are built)."""
        raw = orjson.dumps(doc)
        if self._undo is not None and self._lock._is_owned():  # in this thread's transaction: join it directly
            self._put_raw(tenant, table, doc["id"], raw)  # (a nested ``transaction()`` costs more than the write)
            return
        with self.transaction():
            self._put_raw(tenant, table, doc["id"], raw)

    def _put_raw(self, tenant: str, table: str, rid: str, raw: bytes) -> None:
        owner = self._owners.get(rid)
        if owner is not None and owner != (tenant, table):
            raise ValueError(f"id {rid} already belongs to {owner[0]}/{owner[1]}")
        before = self._docs(tenant, table).get(rid)
        self._write(tenant, table, rid, raw, before)
        self._undo.append(("put", tenant, table, rid, before))

    def delete(self, tenant: str, table: str, record_id: str) -> bool:
        with self.transaction():
            before = self._docs(tenant, table).get(record_id)
            if before is None:
                return False
            self._write(tenant, table, record_id, None, before)
            self._undo.append(("put", tenant, table, record_id, before))
        return True

    def _write(self, tenant: str, table: str, rid: str, raw: bytes | None, before: bytes | None,
               doc: Doc | None = None) -> None:
        """Store ``raw`` (None: remove) where ``before`` was; ``doc``, if given, is ``raw`` decoded."""
        name = f"{tenant}/{table}"
        self._table_versions[name] = self._table_versions.get(name, 0) + 1
        indexed = self._indexes.has(tenant, table)  # decode for the indexes only when some are built
        if before is not None and indexed:
            self._indexes.remove(tenant, table, _decode(before))
        if raw is None:
            self._data.get(tenant, _NO_TABLES).get(table, {}).pop(rid, None)
            self._owners.pop(rid, None)
        else:
            self._data.setdefault(tenant, {}).setdefault(table, {})[rid] = raw
            self._owners[rid] = (tenant, table)
            if indexed:
                self._indexes.add(tenant, table, doc if doc is not None else _decode(raw))

    def drop_tenant(self, tenant: str) -> None:
        """Remove every record of one tenant (and what the store derived from them)."""
        with self.transaction():
            tables = self._data.pop(tenant, {})
            self._epoch += 1
            for table, docs in tables.items():
                self._table_versions.pop(f"{tenant}/{table}", None)
                for rid in docs:
                    self._owners.pop(rid, None)
            self._indexes.forget(tenant)
            self._undo.append(("drop", {tenant: tables}, tenant))
            self._dropped.append(tenant)

    def clear(self) -> None:
        """Remove everything."""
        with self.transaction():
            tenants = self.tenants()
            self._undo.append(("clear", self._data, None))
            self._data = {}
            self._owners.clear()
            self._table_versions.clear()
            self._indexes.forget_all()
            self._epoch += 1
            self._dropped.extend(sorted(tenants))

    def _rollback(self, undo: list[tuple]) -> None:
        for entry in reversed(undo):
            if entry[0] == "put":
                _, tenant, table, rid, before = entry
                current = self._docs(tenant, table).get(rid)
                self._write(tenant, table, rid, before, current)
            else:  # drop / clear: put the removed tenants back
                _, tenants, tenant = entry
                self._data.update(tenants)
                self._own_all(tenants)
                self._epoch += 1
                # An index read since the drop saw the tenant empty: let it be built again.
                if tenant is None:
                    self._indexes.forget_all()
                else:
                    self._indexes.forget(tenant)

    def close(self) -> None:
        """Nothing to release: the records go with the process."""


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

    def find_first(self, table: str, field: str, value: Any) -> Doc | None:
        """The earliest-stored record whose indexed ``field`` matches ``value`` (one per location, one per
        code ...), or None."""
        found = self.store.find(self.tenant, table, field, value)
        return found[0] if found else None

    def ids_where(self, table: str, field: str, value: Any) -> set[str]:
        return self.store.ids_where(self.tenant, table, field, value)

    def where(self, table: str, predicate: Callable[[Doc], bool]) -> list[Doc]:
        """Copies of the records matching ``predicate`` (a full scan: prefer an index when there is one)."""
        return [d for d in self.scan(table) if predicate(d)]
