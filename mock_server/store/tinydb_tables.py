"""TinyDB glue: string-keyed tables whose writes cost O(1).

TinyDB's own ``Table._update_table`` rebuilds the whole table dict twice on every write (to convert
document ids), which makes each insert O(n): fine for a few hundred records, fatal at 100,000.
Our ids are already strings, so the override below applies the update to the stored dict directly.
The storage keeps everything in memory; durability is the write-ahead log's job (see ``files.py``),
and snapshots are written in TinyDB's own JSON layout, so ``TinyDB(path)`` can open a sandbox file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table


class StringIdTable(Table):
    document_id_class = str

    def _update_table(self, updater: Callable[[dict[str, Any]], None]) -> None:
        tables = self._storage.read()
        raw_table = tables.setdefault(self.name, {})
        updater(raw_table)
        self.clear_cache()

    def raw(self) -> dict[str, dict[str, Any]]:
        """The stored documents by id (read-only by convention: never mutate them)."""
        return self._storage.read().get(self.name, {})


class InMemoryStorage(Storage):
    """Holds the TinyDB data dict; ``read`` returns it without copying."""

    def __init__(self, data: dict[str, dict[str, Any]] | None = None) -> None:
        self.data: dict[str, dict[str, Any]] = data if data is not None else {}

    def read(self) -> dict[str, dict[str, Any]]:
        return self.data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.data = data


class StringIdTinyDB(TinyDB):
    table_class = StringIdTable
    default_table_name = "_default"


def open_tinydb(data: dict[str, dict[str, Any]] | None = None) -> StringIdTinyDB:
    return StringIdTinyDB(storage=InMemoryStorage, data=data)
