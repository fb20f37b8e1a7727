"""Secondary equality indexes (``contacts.email``, ``appointments.calendarId`` ...), per tenant, built on demand.

A field is declared once for a table, for every tenant. A tenant's index of one field is built from that
tenant's records the first time something reads it, then kept up to date by every write. So declaring
an index costs nothing, however much data is loaded and whenever it is declared (areas declare theirs
after a restart has loaded the data file), and a tenant nobody queries costs no index memory. Dropping
a tenant drops its indexes with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import orjson

Doc = dict[str, Any]
# value -> the id of the one record holding it, or a set of the ids when several do. Most indexed values
# are unique (emails, phones): a bare id instead of a set each halves the time to build such an index and
# saves ~200 bytes per record.
Bucket = dict[Any, str | set[str]]


def _add(bucket: Bucket, key: Any, rid: str) -> None:
    ids = bucket.get(key)
    if ids is None:
        bucket[key] = rid
    elif ids.__class__ is str:
        if ids != rid:
            bucket[key] = {ids, rid}
    else:
        ids.add(rid)


def _remove(bucket: Bucket, key: Any, rid: str) -> None:
    ids = bucket.get(key)
    if ids is None:
        return
    if ids.__class__ is str:
        if ids == rid:
            del bucket[key]
        return
    ids.discard(rid)
    if len(ids) == 1:
        bucket[key] = next(iter(ids))
    elif not ids:
        del bucket[key]


def _keys(value: Any) -> Iterable[Any]:
    """What a field's value is indexed under: itself, or each item of a list (scalars only)."""
    if isinstance(value, list):
        return [v for v in value if isinstance(v, (str, int, float, bool))]
    if isinstance(value, (str, int, float, bool)):
        return (value,)
    return ()


class Indexes:
    def __init__(self) -> None:
        self.fields: dict[str, tuple[str, ...]] = {}
        # tenant -> (table, field) -> bucket; only the indexes something has read so far.
        self._built: dict[str, dict[tuple[str, str], Bucket]] = {}

    def declare(self, table: str, fields: Iterable[str]) -> None:
        self.fields[table] = tuple(dict.fromkeys((*self.fields.get(table, ()), *fields)))

    def __len__(self) -> int:
        """How many tenants hold built indexes."""
        return len(self._built)

    def has(self, tenant: str, table: str) -> bool:
        """True when some index of the tenant's table is built (and so must follow its writes)."""
        built = self._built.get(tenant)
        return built is not None and any(key[0] == table for key in built)

    def ids(self, tenant: str, table: str, field: str, value: Any, docs: Mapping[str, bytes]) -> set[str]:
        """Ids of the records (``docs``: the tenant's table, id -> JSON) whose ``field`` equals or contains
        ``value``."""
        if field not in self.fields.get(table, ()):
            raise KeyError(f"{table}.{field} is not indexed; declare_index it first")
        built = self._built.get(tenant, {}).get((table, field))
        if built is None:
            if not docs:
                return set()  # nothing to index: build nothing, so an unknown tenant leaves no trace
            # Every declared field of the table not built yet, in one pass: each record is decoded once.
            have = self._built.setdefault(tenant, {})
            missing = [f for f in self.fields[table] if (table, f) not in have]
            for name, bucket in zip(missing, self._build(docs, missing), strict=True):
                have[(table, name)] = bucket
            built = have[(table, field)]
        ids = built.get(value)
        return set() if ids is None else {ids} if ids.__class__ is str else set(ids)

    @staticmethod
    def _build(docs: Mapping[str, bytes], fields: list[str]) -> list[Bucket]:
        buckets: list[Bucket] = [{} for _ in fields]
        pairs = list(zip(fields, buckets, strict=True))
        loads = orjson.loads
        for rid, raw in docs.items():  # once per record of a large location: decoding is most of its time
            doc = loads(raw)
            for field, bucket in pairs:
                value = doc.get(field)
                if value is not None:
                    for key in (value,) if value.__class__ is str else _keys(value):
                        _add(bucket, key, rid)
        return buckets

    def add(self, tenant: str, table: str, doc: Doc) -> None:
        for bucket, key in self._built_keys(tenant, table, doc):
            _add(bucket, key, doc["id"])

    def remove(self, tenant: str, table: str, doc: Doc) -> None:
        for bucket, key in self._built_keys(tenant, table, doc):
            _remove(bucket, key, doc["id"])

    def _built_keys(self, tenant: str, table: str, doc: Doc) -> Iterator[tuple[Bucket, Any]]:
        """Each built index of the tenant's table, with each key ``doc`` is (or was) filed under in it."""
        built = self._built.get(tenant)
        if built is None:
            return
        for field in self.fields.get(table, ()):
            bucket = built.get((table, field))
            if bucket is not None:
                for key in _keys(doc.get(field)):
                    yield bucket, key

    def forget(self, tenant: str) -> None:
        """Drop a tenant's indexes (its records are gone, or were put back behind the indexes' back)."""
        self._built.pop(tenant, None)

    def forget_all(self) -> None:
        self._built.clear()
