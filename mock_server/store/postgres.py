"""The PostgreSQL backend: one database that several ghl-mock processes (workers, replicas) share.

``ghl-mock serve --store postgresql://user@host/db`` (or ``GHL_MOCK_STORE``). Needs the ``postgres`` extra
(``pip install 'ghl-mock[postgres]'``: psycopg 3 and psycopg_pool).

DECISION: one table for every record, ``ghl_records(id PRIMARY KEY, tenant, kind, seq, doc JSONB)``, not one
table per GHL table. The store's contract makes an id unique across the whole store and finds any record by
its id alone (``owner``: tokens, tenancy checks and cascades all ask it); with one table that is the primary
key, checked by the database in the same statement as the write. One table per GHL table would need a second,
hand-kept id table written in every transaction (or a UNION over every table for each lookup), and DDL
whenever an area adds a table. What one table per kind would buy, separate statistics per kind, is what a
partial index per kind gives too: each area-declared index is a real database index, a GIN expression index
on ``doc -> 'field'`` limited to its kind (``WHERE kind = 'contacts'``), which answers both "equals" and
"list contains" (``@>``). ``seq`` keeps insertion order (what ``scan`` promises); ``(tenant, kind, seq)`` is
the scan index.

DECISION: races are settled by the database. Every transaction runs SERIALIZABLE (PostgreSQL's SSI): when
two concurrent transactions read what the other writes (two bookings of one free slot, in any processes),
one of them is refused (SQLSTATE 40001) and raised as ``Conflict``; ``atomically`` (the request pipeline)
runs it again from the start, and the second run sees the first one's booking. No process lock is involved,
so the guarantee holds across workers and replicas. A transaction only takes a connection when it first
touches the store, and reads outside a transaction are single autocommit statements.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import orjson

from mock_server.store.backend import Conflict, Doc, StoreBackend, run_committed
from mock_server.store.files import WriteFailed

try:
    import psycopg
    import psycopg.types.json
    from psycopg import sql
    from psycopg_pool import ConnectionPool
except ImportError:  # pragma: no cover - exercised where the extra is missing
    psycopg = None

log = logging.getLogger("ghl_mock")

SCHEMA_VERSION = 1
# pg_advisory_lock keys: schema set-up, and the start-up of a process (secret, bootstrap tenant).
_SCHEMA_LOCK, _STARTUP_LOCK = 0x6768_6C01, 0x6768_6C02
# The conflicts SERIALIZABLE reports, a deadlock, and a statement after a conflict some code swallowed (the
# transaction is aborted): all mean "run the transaction again".
_RETRYABLE = ("40001", "40P01", "25P02")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS ghl_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE SEQUENCE IF NOT EXISTS ghl_records_seq;
CREATE TABLE IF NOT EXISTS ghl_records (
    id text PRIMARY KEY,
    tenant text NOT NULL,
    kind text NOT NULL,
    seq bigint NOT NULL DEFAULT nextval('ghl_records_seq'),
    doc jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS ghl_records_scan ON ghl_records (tenant, kind, seq);
"""


def available() -> bool:
    return psycopg is not None


class PostgresStore(StoreBackend):
    shared = True

    def __init__(self, url: str, *, pool_size: int = 8) -> None:
        if psycopg is None:
            raise WriteFailed("the PostgreSQL store needs psycopg: pip install 'ghl-mock[postgres]'")
        self.url = url
        try:  # one plain connection first: an unreachable server fails at once, with the driver's reason
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.Error as exc:
            raise WriteFailed(f"cannot reach the PostgreSQL store {self.path}: {str(exc).strip()}") from None
        self._pool = ConnectionPool(url, min_size=1, max_size=pool_size, open=False, name="ghl-mock",
                                    kwargs={"autocommit": True}, configure=_configure)
        try:
            self._pool.open(wait=True, timeout=30)
        except Exception as exc:
            self._pool.close()
            raise WriteFailed(f"cannot reach the PostgreSQL store {self.path}: {exc}") from None
        self._local = threading.local()
        self._indexed: dict[str, tuple[str, ...]] = {}
        self._drop_listeners: list[Callable[[str], None]] = []
        self._versions = itertools.count(1)
        self._migrate()

    # -- schema --------------------------------------------------------------------------------
    def _migrate(self) -> None:
        """Create the schema, or bring an older one up to ``SCHEMA_VERSION`` (one process at a time)."""
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            conn.execute(_SCHEMA)
            row = conn.execute("SELECT value FROM ghl_meta WHERE key = 'schema'").fetchone()
            found = int(row[0]) if row else 0
            if found > SCHEMA_VERSION:
                raise WriteFailed(f"the PostgreSQL store {self.path} was written by a newer ghl-mock (schema "
                                  f"{found}, this one knows {SCHEMA_VERSION}): upgrade ghl-mock")
            # (migrations from older schema versions go here, in order)
            conn.execute("INSERT INTO ghl_meta VALUES ('schema', %s) ON CONFLICT (key) DO UPDATE SET value = "
                         "EXCLUDED.value", (str(SCHEMA_VERSION),))

    def declare_index(self, table: str, *fields: str) -> None:
        """A real database index per field: GIN on ``doc -> field``, for this table's records only."""
        new = [f for f in fields if f not in self._indexed.get(table, ())]
        if not new:
            return
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            for field in new:
                conn.execute(sql.SQL("CREATE INDEX IF NOT EXISTS {name} ON ghl_records USING gin "
                                     "((doc -> {field}) jsonb_path_ops) WHERE kind = {kind}").format(
                    name=sql.Identifier(_index_name(table, field)), field=sql.Literal(field),
                    kind=sql.Literal(table)))
        self._indexed[table] = (*self._indexed.get(table, ()), *new)

    def on_tenant_dropped(self, listener: Callable[[str], None]) -> None:
        self._drop_listeners.append(listener)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._pool.connection() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (_STARTUP_LOCK,))
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (_STARTUP_LOCK,))

    # -- statements ----------------------------------------------------------------------------
    def _run(self, query: Any, params: tuple = ()) -> list[tuple]:
        """Run one statement: in this thread's transaction, or on its own (autocommit)."""
        tx = getattr(self._local, "tx", None)
        try:
            if tx is not None:
                cursor = tx.connection(self._pool).execute(query, params)
                return cursor.fetchall() if cursor.description else []
            with self._pool.connection() as conn:
                cursor = conn.execute(query, params)
                return cursor.fetchall() if cursor.description else []
        except psycopg.Error as exc:
            raise _translated(exc) from exc

    # -- reads -------------------------------------------------------------------------------
    def get(self, tenant: str, table: str, record_id: str) -> Doc | None:
        rows = self._run("SELECT doc FROM ghl_records WHERE id = %s AND tenant = %s AND kind = %s",
                         (record_id, tenant, table))
        return rows[0][0] if rows else None

    def owner(self, record_id: str) -> tuple[str, str] | None:
        rows = self._run("SELECT tenant, kind FROM ghl_records WHERE id = %s", (record_id,))
        return (rows[0][0], rows[0][1]) if rows else None

    def scan(self, tenant: str, table: str) -> list[Doc]:
        rows = self._run("SELECT doc FROM ghl_records WHERE tenant = %s AND kind = %s ORDER BY seq", (tenant, table))
        return [row[0] for row in rows]

    def scan_ids(self, tenant: str, table: str, ids: Iterable[str]) -> list[Doc]:
        ids = list(ids)
        if not ids:
            return []
        rows = self._run("SELECT id, doc FROM ghl_records WHERE id = ANY(%s) AND tenant = %s AND kind = %s",
                         (ids, tenant, table))
        found = dict(rows)
        return [found[i] for i in ids if i in found]

    def count(self, tenant: str, table: str) -> int:
        return self._run("SELECT count(*) FROM ghl_records WHERE tenant = %s AND kind = %s", (tenant, table))[0][0]

    def counts(self, tenant: str) -> dict[str, int]:
        rows = self._run("SELECT kind, count(*) FROM ghl_records WHERE tenant = %s GROUP BY kind ORDER BY kind",
                         (tenant,))
        return dict(rows)

    def version(self, tenant: str, table: str) -> tuple[int, int]:
        # DECISION: another process may have changed the table since any version this one saw, and asking the
        # database on every read would cost what caching saves. So every call is a new version: caches derived
        # from a table (contact listing orders, webhook routes) are rebuilt from the database each time.
        return 0, next(self._versions)

    def _matching(self, select: str, tenant: str, table: str, field: str, value: Any) -> list[tuple]:
        if field not in self._indexed.get(table, ()):
            raise KeyError(f"{table}.{field} is not indexed; declare_index it first")
        query = sql.SQL("SELECT " + select + " FROM ghl_records WHERE tenant = %s AND kind = %s "
                        "AND doc -> {field} @> %s::jsonb ORDER BY seq").format(field=sql.Literal(field))
        return self._run(query, (tenant, table, orjson.dumps(value).decode()))

    def ids_where(self, tenant: str, table: str, field: str, value: Any) -> set[str]:
        return {row[0] for row in self._matching("id", tenant, table, field, value)}

    def find(self, tenant: str, table: str, field: str, value: Any) -> list[Doc]:
        return [row[0] for row in self._matching("doc", tenant, table, field, value)]

    def tenants(self) -> set[str]:
        return {row[0] for row in self._run("SELECT DISTINCT tenant FROM ghl_records")}

    # -- writes ------------------------------------------------------------------------------
    def in_transaction(self) -> bool:
        return getattr(self._local, "tx", None) is not None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.in_transaction():
            yield
            return
        tx = self._local.tx = _Transaction()
        try:
            yield
            tx.commit()
        except BaseException:
            tx.rollback()
            raise
        finally:
            self._local.tx = None
            tx.release(self._pool)
        for tenant in tx.dropped:
            run_committed([lambda listener=listener: listener(tenant) for listener in self._drop_listeners])
        run_committed(tx.after_commit)

    def on_commit(self, callback: Callable[[], None]) -> None:
        tx = getattr(self._local, "tx", None)
        if tx is None:
            callback()
        else:
            tx.after_commit.append(callback)

    def put(self, tenant: str, table: str, doc: Doc) -> Doc:
        stored = orjson.loads(orjson.dumps(doc))
        rows = self._run(
            "INSERT INTO ghl_records (id, tenant, kind, doc) VALUES (%s, %s, %s, %s::jsonb) "
            "ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc "
            "WHERE ghl_records.tenant = EXCLUDED.tenant AND ghl_records.kind = EXCLUDED.kind RETURNING 1",
            (stored["id"], tenant, table, orjson.dumps(stored).decode()))
        if not rows:
            owner = self.owner(stored["id"])
            raise ValueError(f"id {stored['id']} already belongs to {owner[0]}/{owner[1]}" if owner else
                             f"id {stored['id']} already belongs to another table")
        return stored

    def delete(self, tenant: str, table: str, record_id: str) -> bool:
        rows = self._run("DELETE FROM ghl_records WHERE id = %s AND tenant = %s AND kind = %s RETURNING 1",
                         (record_id, tenant, table))
        return bool(rows)

    def drop_tenant(self, tenant: str) -> None:
        with self.transaction():
            self._run("DELETE FROM ghl_records WHERE tenant = %s", (tenant,))
            self._local.tx.dropped.append(tenant)

    def clear(self) -> None:
        with self.transaction():
            tenants = sorted(self.tenants())
            self._run("DELETE FROM ghl_records")
            self._local.tx.dropped.extend(tenants)

    # -- persistence -------------------------------------------------------------------------
    @property
    def persistent(self) -> bool:
        return True

    @property
    def path(self) -> str:
        return redacted(self.url)

    def close(self) -> None:
        self._pool.close()


class _Transaction:
    """One thread's open transaction: its connection (taken on first use), and what follows its commit."""

    __slots__ = ("conn", "after_commit", "dropped")

    def __init__(self) -> None:
        self.conn = None
        self.after_commit: list[Callable[[], None]] = []
        self.dropped: list[str] = []

    def connection(self, pool: ConnectionPool):
        if self.conn is None:
            self.conn = pool.getconn()
            self.conn.execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
        return self.conn

    def commit(self) -> None:
        if self.conn is not None:
            try:
                self.conn.execute("COMMIT")
            except psycopg.Error as exc:
                raise _translated(exc) from exc

    def rollback(self) -> None:
        if self.conn is not None and not self.conn.closed:
            try:
                self.conn.execute("ROLLBACK")
            except psycopg.Error:
                log.warning("rollback failed; the connection is discarded", exc_info=True)
                self.conn.close()

    def release(self, pool: ConnectionPool) -> None:
        if self.conn is not None:
            pool.putconn(self.conn)
            self.conn = None


def _configure(conn) -> None:
    conn.prepare_threshold = 2  # the store's statements repeat: prepare them early
    psycopg.types.json.set_json_loads(orjson.loads, conn)


def _translated(exc: Exception) -> Exception:
    if getattr(exc, "sqlstate", None) in _RETRYABLE:
        return Conflict(f"a concurrent transaction changed what this one read ({exc.sqlstate}); nothing was applied")
    if isinstance(exc, psycopg.OperationalError):
        return WriteFailed(f"The PostgreSQL store could not be used ({exc}); nothing of this request was applied. "
                           f"Retry once the database is reachable.")
    return exc


def _index_name(table: str, field: str) -> str:
    digest = hashlib.sha1(f"{table}.{field}".encode()).hexdigest()[:10]
    return f"ghl_ix_{table[:20]}_{field[:20]}_{digest}".lower()


def redacted(url: str) -> str:
    """The URL without its password, for banners and logs."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


__all__ = ["PostgresStore", "available", "redacted"]
