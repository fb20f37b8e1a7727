"""The file store: one SQLite database per sandbox (``ghl-mock serve --data sandbox.db``), for one process.

DECISION: file mode runs on SQLite (the standard library's ``sqlite3``), not on a JSON snapshot loaded whole
into memory. Measured with ``bench/bench_restart.py`` at 100,000 contacts (which also hold 100,000 webhook
events: half of the data), the in-memory design started in 2.0 s of CPU (0.7 s of it imports) and held 271 MB
(peak 436 MB): every record had to be read, kept in memory and scanned by the webhook outbox before the server
was healthy, so start-up time and memory grew with the data, and 200 MB could not be met (the records' JSON
alone is 113 MB). SQLite keeps the records and the declared indexes on disk: a start opens the file and reads
nothing. Same run, this design: 0.75 s of CPU at 100,000 contacts against 0.72 s with an empty file, 79 MB
resident (peak 79 MB). Every declared index is a real index, kept in the same transaction as its record, so
nothing is rebuilt after a restart (the first indexed lookup after a start: 0.4 s against 2.8 s, mostly
first-request work). Requests read records by id from a bounded cache in process (``_RecordCache``) and small
tables through a scan cache, so they cost what they cost in memory (``bench/bench_file_reads.py``); writes
cost more CPU (the index rows), and the first start of an older file migrates it (about 15 s at 100,000).

Durability: WAL journal with ``synchronous=FULL`` (the log is fsync'd before a commit returns), so a ``kill -9``
or a power cut loses nothing acknowledged; a write the disk refuses (full, over a size limit) rolls the
whole transaction back and raises ``WriteFailed``. SQLite owns the torn-log cases the JSON log handled by hand.
One process owns the file (``flock`` on ``<data>.lock``): versions and counts are kept in process.

A data file in the older layout (a JSON snapshot plus a ``.wal`` log of JSON lines, TinyDB's JSON layout) is
migrated on its first start: read with the same checks as before (a torn last log line dropped, any other
damage refused loudly), written into a new database, and kept beside it as ``<data>.json-backup`` (and
``<data>.wal.json-backup``), never deleted.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from mock_server.store.backend import Doc, StoreBackend, run_committed
from mock_server.store.files import DataFiles, WriteFailed, _open_private
from mock_server.store.indexes import _keys

log = logging.getLogger("ghl_mock")

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".json-backup"
SCHEMA_VERSION = 1
CACHE_KIB = -8192  # SQLite's page cache (negative: KiB): the hot pages of a large sandbox, not all of it
BULK_CACHE_KIB = -262144
# Records read or written lately, as their JSON, in process: a request reads the same few records (its location,
# agency, token, user) again and again, and a dict lookup is ~20x cheaper than a SQLite statement.
CACHE_BYTES = 32 * 1024 * 1024
# Whole small tables read by ``scan`` (a location's custom fields, pipelines, calendars: read on many requests),
# kept while their version holds. A table above SCAN_CACHE_TABLE_BYTES (a location's contacts) is always read.
SCAN_CACHE_TABLE_BYTES = 256 * 1024
SCAN_CACHE_BYTES = 16 * 1024 * 1024

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- rowid is the insertion order (an upsert keeps a record's rowid, so an update keeps its place)
CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, tenant TEXT NOT NULL, tbl TEXT NOT NULL, doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS records_scan ON records (tenant, tbl);
-- one row per (declared field, value) of a record; key is the value's JSON (so 1 and "1" differ)
CREATE TABLE IF NOT EXISTS idx (tenant TEXT NOT NULL, tbl TEXT NOT NULL, field TEXT NOT NULL, key TEXT NOT NULL,
                                id TEXT NOT NULL, PRIMARY KEY (tenant, tbl, field, key, id)) WITHOUT ROWID;
"""


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_HEADER
    except FileNotFoundError:
        return False


class SqliteStore(StoreBackend):
    """Records and indexes in one SQLite file; nothing is loaded at start."""

    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self._files = DataFiles(path)  # the lock file, the 0600 modes and the older layout
        self._files.acquire()
        try:
            self._conn = self._open(fsync)
        except BaseException:
            self._files.release()
            raise
        self._lock = threading.RLock()
        self._depth = 0  # nesting of the open transaction (it belongs to whoever holds the lock)
        self._after_commit: list[Callable[[], None]] = []
        self._dropped: list[str] = []
        self._drop_listeners: list[Callable[[str], None]] = []
        self._indexed: dict[str, tuple[str, ...]] = orjson.loads(self._meta("indexed") or "{}")
        self._indexed = {table: tuple(fields) for table, fields in self._indexed.items()}
        self._declared: dict[str, tuple[str, ...]] = {}
        # Kept in process (one process owns the file): table versions for caches, record counts per table.
        self._table_versions: dict[str, int] = {}
        self._epoch = 0
        self._counts: dict[str, int] = {}
        self._cache = _RecordCache(CACHE_BYTES)
        self._written: list[str] = []  # ids written by the open transaction (evicted if it rolls back)
        self._scans: dict[str, tuple[tuple[int, int], list[bytes]]] = {}  # "tenant/table" -> (version, records)
        self._scans_bytes = 0

    # -- opening -------------------------------------------------------------------------------
    def _open(self, fsync: bool) -> sqlite3.Connection:
        path = self._files.path
        older = path.exists() and path.stat().st_size > 0 and not is_sqlite_file(path)
        if older or (not path.exists() and self._files.wal_path.exists()):
            return self._migrate(fsync)
        if not path.exists():
            os.close(_open_private(path, os.O_WRONLY))  # 0600 from the start; SQLite's -wal and -shm copy it
        return _connect(path, fsync)

    def _migrate(self, fsync: bool) -> sqlite3.Connection:
        """Read the older layout (snapshot + JSON log), write it into a new database beside it, keep a backup
        of the old files, then put the database in the data file's place (one atomic rename)."""
        files, path = self._files, self._files.path
        data = files.load_snapshot()
        for transaction in files.committed_transactions():
            for op in transaction:
                _apply_logged(data, op)
        for old in (path, files.wal_path):
            backup = old.with_name(old.name + BACKUP_SUFFIX)
            if old.exists() and not backup.exists():
                os.link(old, backup)  # the original bytes stay, whatever happens next
        building = files.tmp_path
        building.unlink(missing_ok=True)
        os.close(_open_private(building, os.O_WRONLY, exclusive=True))
        # A scratch file until the rename: no journal, one fsync at the end (a crash leaves a tmp file to redo).
        conn = _connect(building, fsync=False, journal="OFF", cache=BULK_CACHE_KIB)
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO records (id, tenant, tbl, doc) VALUES (?, ?, ?, ?)",
                         ((rid, *name.split("/", 1), raw) for name, docs in data.items() for rid, raw in docs.items()))
        conn.execute("COMMIT")
        conn.close()
        fd = os.open(building, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(building, path)
        files._fsync_dir()
        files.wal_path.unlink(missing_ok=True)  # its content is in the database (and in its backup)
        count = sum(len(docs) for docs in data.values())
        log.warning("migrated %s to SQLite (%d records); the older files are kept as %s%s", path, count,
                    path.name, BACKUP_SUFFIX)
        return _connect(path, fsync)

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    # -- set-up --------------------------------------------------------------------------------
    def declare_index(self, table: str, *fields: str) -> None:
        """Keep an index on ``table.field``; a field the file has not indexed yet is built once, from its records."""
        with self._lock:
            self._declared[table] = tuple(dict.fromkeys((*self._declared.get(table, ()), *fields)))
            new = [f for f in fields if f not in self._indexed.get(table, ())]
            if not new:
                return
            with self.transaction(), self._bulk():
                cursor = self._conn.execute("SELECT tenant, id, doc FROM records WHERE tbl = ?", (table,))
                # Sorted as the index is, so the inserts append instead of touching pages all over it.
                rows = sorted({(tenant, table, field, key, rid) for tenant, rid, raw in cursor
                               for field, key in _index_keys(orjson.loads(raw), new)})
                self._sql_many("INSERT OR IGNORE INTO idx VALUES (?, ?, ?, ?, ?)", rows)
                self._indexed[table] = (*self._indexed.get(table, ()), *new)
                self._sql("INSERT OR REPLACE INTO meta VALUES ('indexed', ?)", (orjson.dumps(self._indexed).decode(),))

    @contextmanager
    def _bulk(self) -> Iterator[None]:
        """A large page cache while building an index over existing records (a migrated file's first start):
        with SQLite's default 2 MB, 400,000 index rows spilled the same pages to the log again and again."""
        self._conn.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA cache_size = {CACHE_KIB}")
            self._conn.execute("PRAGMA shrink_memory")

    def on_tenant_dropped(self, listener: Callable[[str], None]) -> None:
        self._drop_listeners.append(listener)

    # -- reads ---------------------------------------------------------------------------------
    def _rows(self, query: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(query, params).fetchall()

    def _cached(self, record_id: str) -> tuple[str, str, bytes] | None:
        """(tenant, table, JSON) of the record with this id, from the cache or the file (then cached)."""
        with self._lock:
            entry = self._cache.get(record_id)
            if entry is None:
                entry = self._conn.execute("SELECT tenant, tbl, doc FROM records WHERE id = ?", (record_id,)).fetchone()
                if entry is not None:
                    self._cache.put(record_id, entry)
            return entry

    def get(self, tenant: str, table: str, record_id: str) -> Doc | None:
        entry = self._cached(record_id)
        if entry is None or entry[0] != tenant or entry[1] != table:
            return None
        return orjson.loads(entry[2])

    def owner(self, record_id: str) -> tuple[str, str] | None:
        entry = self._cached(record_id)
        return None if entry is None else (entry[0], entry[1])

    def scan(self, tenant: str, table: str) -> list[Doc]:
        name = f"{tenant}/{table}"
        with self._lock:
            version = self.version(tenant, table)
            cached = self._scans.get(name)
            if cached is not None and cached[0] == version:
                raws = cached[1]
            else:
                raws = [row[0] for row in self._conn.execute(
                    "SELECT doc FROM records WHERE tenant = ? AND tbl = ? ORDER BY rowid", (tenant, table))]
                self._keep_scan(name, version, raws)
        return list(map(orjson.loads, raws))

    def _keep_scan(self, name: str, version: tuple[int, int], raws: list[bytes]) -> None:
        size = sum(map(len, raws))
        previous = self._scans.pop(name, None)
        if previous is not None:
            self._scans_bytes -= sum(map(len, previous[1]))
        if size > SCAN_CACHE_TABLE_BYTES:
            return
        if self._scans_bytes + size > SCAN_CACHE_BYTES:
            self._scans.clear()
            self._scans_bytes = 0
        self._scans[name] = (version, raws)
        self._scans_bytes += size

    def scan_ids(self, tenant: str, table: str, ids: Iterable[str]) -> list[Doc]:
        ids = list(ids)
        found: dict[str, bytes] = {}
        with self._lock:
            missing = []
            for rid in ids:
                entry = self._cache.get(rid)
                if entry is None:
                    missing.append(rid)
                elif entry[0] == tenant and entry[1] == table:
                    found[rid] = entry[2]
            for start in range(0, len(missing), 500):  # SQLite's limit on bound parameters
                chunk = missing[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for rid, raw in self._rows(f"SELECT id, doc FROM records WHERE id IN ({marks}) AND tenant = ? "
                                           "AND tbl = ?", (*chunk, tenant, table)):
                    found[rid] = raw
                    self._cache.put(rid, (tenant, table, raw))
        return [orjson.loads(found[i]) for i in ids if i in found]

    def count(self, tenant: str, table: str) -> int:
        name = f"{tenant}/{table}"
        with self._lock:
            known = self._counts.get(name)
            if known is None:
                known = self._counts[name] = self._conn.execute(
                    "SELECT count(*) FROM records WHERE tenant = ? AND tbl = ?", (tenant, table)).fetchone()[0]
            return known

    def counts(self, tenant: str) -> dict[str, int]:
        return dict(self._rows("SELECT tbl, count(*) FROM records WHERE tenant = ? GROUP BY tbl ORDER BY tbl",
                               (tenant,)))

    def version(self, tenant: str, table: str) -> tuple[int, int]:
        return self._epoch, self._table_versions.get(f"{tenant}/{table}", 0)

    def _check_indexed(self, table: str, field: str) -> None:
        if field not in self._declared.get(table, ()):
            raise KeyError(f"{table}.{field} is not indexed; declare_index it first")

    def ids_where(self, tenant: str, table: str, field: str, value: Any) -> set[str]:
        self._check_indexed(table, field)
        rows = self._rows("SELECT id FROM idx WHERE tenant = ? AND tbl = ? AND field = ? AND key = ?",
                          (tenant, table, field, _key(value)))
        return {row[0] for row in rows}

    def find(self, tenant: str, table: str, field: str, value: Any) -> list[Doc]:
        ids = self.ids_where(tenant, table, field, value)
        if len(ids) <= 1:  # the usual answer (a token, a user by email): read through the record cache
            return self.scan_ids(tenant, table, ids)
        rows = self._rows("SELECT r.doc FROM idx i JOIN records r ON r.id = i.id WHERE i.tenant = ? AND i.tbl = ? "
                          "AND i.field = ? AND i.key = ? ORDER BY r.rowid", (tenant, table, field, _key(value)))
        return [orjson.loads(row[0]) for row in rows]

    def tenants(self) -> set[str]:
        return {row[0] for row in self._rows("SELECT DISTINCT tenant FROM records")}

    # -- writes --------------------------------------------------------------------------------
    def in_transaction(self) -> bool:
        return self._depth > 0 and self._lock._is_owned()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing (SQLite's own transaction), durable when it ends; a refused commit is ``WriteFailed``."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._depth, self._after_commit, self._dropped, self._written = 1, [], [], []
            try:
                yield
                if self._conn.in_transaction:  # begun by the first write (a read-only block costs no statement)
                    self._sql("COMMIT")
            except BaseException:
                self._rolled_back()
                raise
            finally:
                self._depth = 0
                dropped, committed = self._dropped, self._after_commit
                self._after_commit, self._dropped = [], []
        for tenant in dropped:
            run_committed([lambda listener=listener: listener(tenant) for listener in self._drop_listeners])
        run_committed(committed)

    def _rolled_back(self) -> None:
        if not self._conn.in_transaction and not self._written and not self._dropped:
            return  # nothing was written
        if self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error as exc:  # SQLite already rolled back (some I/O errors do)
                log.debug("rollback: %s", exc)
        # What the process keeps beside the file may have followed the undone writes: start it afresh.
        self._epoch += 1
        self._counts.clear()
        for rid in self._written:
            self._cache.pop(rid)
        if self._dropped:
            self._cache.clear()

    def _sql(self, statement: str, params: tuple | Iterable = ()) -> sqlite3.Cursor:
        """A write statement (or COMMIT), in the open transaction, which it begins if it is the first."""
        try:
            if self._depth and not self._conn.in_transaction:
                self._conn.execute("BEGIN IMMEDIATE")
            return self._conn.execute(statement, params)
        except sqlite3.OperationalError as exc:
            raise WriteFailed(_refused(self._files.path, exc)) from None

    def on_commit(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if self._depth:
                self._after_commit.append(callback)
                return
        callback()

    def put(self, tenant: str, table: str, doc: Doc) -> Doc:
        raw = orjson.dumps(doc)
        stored = orjson.loads(raw)
        rid = stored["id"]
        with self.transaction():
            row = self._conn.execute("SELECT tenant, tbl, doc FROM records WHERE id = ?", (rid,)).fetchone()
            if row is not None and (row[0], row[1]) != (tenant, table):
                raise ValueError(f"id {rid} already belongs to {row[0]}/{row[1]}")
            self._sql("INSERT INTO records (id, tenant, tbl, doc) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET doc = excluded.doc", (rid, tenant, table, raw))
            self._reindex(tenant, table, rid, None if row is None else orjson.loads(row[2]), stored)
            self._changed(tenant, table, 0 if row is not None else 1)
            self._written.append(rid)
            self._cache.put(rid, (tenant, table, raw))
        return stored

    def delete(self, tenant: str, table: str, record_id: str) -> bool:
        with self.transaction():
            row = self._conn.execute("SELECT doc FROM records WHERE id = ? AND tenant = ? AND tbl = ?",
                                     (record_id, tenant, table)).fetchone()
            if row is None:
                return False
            self._sql("DELETE FROM records WHERE id = ?", (record_id,))
            self._reindex(tenant, table, record_id, orjson.loads(row[0]), None)
            self._changed(tenant, table, -1)
            self._written.append(record_id)
            self._cache.pop(record_id)
        return True

    def _reindex(self, tenant: str, table: str, rid: str, before: Doc | None, after: Doc | None) -> None:
        fields = self._indexed.get(table)
        if not fields:
            return
        old = set(_index_keys(before, fields)) if before is not None else set()
        new = set(_index_keys(after, fields)) if after is not None else set()
        if old - new:
            self._sql_many("DELETE FROM idx WHERE tenant = ? AND tbl = ? AND field = ? AND key = ? AND id = ?",
                           [(tenant, table, field, key, rid) for field, key in old - new])
        if new - old:
            self._sql_many("INSERT OR IGNORE INTO idx VALUES (?, ?, ?, ?, ?)",
                           [(tenant, table, field, key, rid) for field, key in new - old])

    def _sql_many(self, statement: str, rows: list[tuple]) -> None:
        try:
            if self._depth and not self._conn.in_transaction:
                self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany(statement, rows)
        except sqlite3.OperationalError as exc:
            raise WriteFailed(_refused(self._files.path, exc)) from None

    def _changed(self, tenant: str, table: str, added: int) -> None:
        name = f"{tenant}/{table}"
        self._table_versions[name] = self._table_versions.get(name, 0) + 1
        if added and name in self._counts:
            self._counts[name] += added

    def drop_tenant(self, tenant: str) -> None:
        with self.transaction():
            self._sql("DELETE FROM records WHERE tenant = ?", (tenant,))
            self._sql("DELETE FROM idx WHERE tenant = ?", (tenant,))
            self._forget(tenant)
            self._dropped.append(tenant)

    def clear(self) -> None:
        with self.transaction():
            tenants = sorted(self.tenants())
            self._sql("DELETE FROM records")
            self._sql("DELETE FROM idx")
            self._forget(None)
            self._dropped.extend(tenants)

    def _forget(self, tenant: str | None) -> None:
        self._epoch += 1
        self._cache.clear()  # a reset or a tenant's end: rare, and the cache refills on the next reads
        self._scans.clear()
        self._scans_bytes = 0
        for name in [n for n in (*self._counts, *self._table_versions) if tenant is None or n.startswith(tenant + "/")]:
            self._counts.pop(name, None)
            self._table_versions.pop(name, None)

    # -- persistence ---------------------------------------------------------------------------
    @property
    def persistent(self) -> bool:
        return True

    @property
    def path(self) -> str:
        return str(self._files.path)

    @property
    def warnings(self) -> list[str]:
        return list(self._files.warnings)

    def compact(self) -> None:
        """Fold SQLite's write-ahead log into the database file (it also does so on its own as it grows)."""
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError as exc:
                raise WriteFailed(_refused(self._files.path, exc)) from None

    def close(self) -> None:
        with self._lock:
            if self._conn is None:
                return
            try:
                self.compact()
            except WriteFailed as exc:
                log.warning("could not fold the log into %s (the next start does): %s", self.path, exc)
            self._conn.close()
            self._conn = None
            self._files.release()


def _connect(path: Path, fsync: bool, *, journal: str = "WAL", cache: int = CACHE_KIB) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, cached_statements=256)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute(f"PRAGMA synchronous = {'FULL' if fsync else 'OFF'}")
    conn.execute(f"PRAGMA cache_size = {cache}")
    conn.executescript(_SCHEMA)
    found = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if found is not None and int(found[0]) > SCHEMA_VERSION:
        conn.close()
        raise WriteFailed(f"{path} was written by a newer ghl-mock (schema {found[0]}, this one knows "
                          f"{SCHEMA_VERSION}): upgrade ghl-mock")
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    return conn


def _key(value: Any) -> str:
    return orjson.dumps(value).decode()


def _index_keys(doc: Doc, fields: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(field, key) for every value ``doc`` is indexed under (list values: each scalar item)."""
    for field in fields:
        for value in _keys(doc.get(field)):
            yield field, _key(value)


def _apply_logged(data: dict[str, dict[str, bytes]], op: Doc) -> None:
    """Replay one operation of the older layout's JSON log onto its snapshot."""
    kind = op["op"]
    if kind == "put":
        data.setdefault(op["t"], {})[op["doc"]["id"]] = orjson.dumps(op["doc"])
    elif kind == "del":
        data.get(op["t"], {}).pop(op["id"], None)
    elif kind == "drop":
        for name in [n for n in data if n.startswith(op["tenant"] + "/")]:
            del data[name]
    elif kind == "clear":
        data.clear()


def _refused(path: Path, exc: Exception) -> str:
    return (f"The change was not saved: ghl-mock could not write its data file {path} ({exc}). "
            f"Nothing was applied; free disk space (or raise the file size limit) and retry.")


class _RecordCache:
    """id -> (tenant, table, JSON) of records read or written lately, up to ``budget`` bytes of JSON; the
    oldest entries go first when it is full. Callers hold the store's lock."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self._entries: dict[str, tuple[str, str, bytes]] = {}

    def get(self, record_id: str) -> tuple[str, str, bytes] | None:
        return self._entries.get(record_id)

    def put(self, record_id: str, entry: tuple[str, str, bytes]) -> None:
        self.pop(record_id)
        self._entries[record_id] = entry
        self.size += len(entry[2])
        while self.size > self.budget:
            self.pop(next(iter(self._entries)))

    def pop(self, record_id: str) -> None:
        entry = self._entries.pop(record_id, None)
        if entry is not None:
            self.size -= len(entry[2])

    def clear(self) -> None:
        self._entries.clear()
        self.size = 0
