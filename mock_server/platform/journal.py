"""The request journal: what the mock was asked and what it answered, newest last.

Kept in memory (a bounded ring), listed and cleared through ``/_mock/journal``. Tests use it to
assert what their client actually sent; the dashboard shows it.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Iterable
from typing import Any

DEFAULT_CAPACITY = 5000


class Journal:
    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self._entries: deque[dict[str, Any]] = deque(maxlen=capacity)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.last_seq = 0  # the seq of the newest entry: a watermark for "entries since"

    def record(self, entry: dict[str, Any]) -> None:
        with self._lock:
            entry["seq"] = self.last_seq = next(self._ids)
            self._entries.append(entry)

    def entries(self, *, location_id: str | None = None, company_id: str | None = None,
                operation_id: str | None = None, limit: int | None = None,
                since: int | None = None) -> list[dict[str, Any]]:
        """Entries matching every filter given; ``since``: only those recorded after that seq."""
        with self._lock:
            selected: Iterable[dict[str, Any]] = (list(self._entries) if since is None
                                                  else newer_than(self._entries, since))
        if location_id is not None:
            selected = [e for e in selected if e.get("locationId") == location_id]
        if company_id is not None:
            selected = [e for e in selected if e.get("companyId") == company_id]
        if operation_id is not None:
            selected = [e for e in selected if e.get("operationId") == operation_id]
        selected = list(selected)
        return selected[-limit:] if limit else selected

    def clear(self, *, location_id: str | None = None, company_id: str | None = None) -> int:
        with self._lock:
            before = len(self._entries)
            if location_id is None and company_id is None:
                self._entries.clear()
            else:
                kept = [e for e in self._entries
                        if not ((location_id and e.get("locationId") == location_id)
                                or (company_id and e.get("companyId") == company_id))]
                self._entries.clear()
                self._entries.extend(kept)
            return before - len(self._entries)


def newer_than(entries: deque[dict[str, Any]], seq: int) -> list[dict[str, Any]]:
    """The entries whose seq is above ``seq`` (newest last), reading only the tail of the ring."""
    tail: list[dict[str, Any]] = []
    for entry in reversed(entries):
        if entry["seq"] <= seq:
            break
        tail.append(entry)
    tail.reverse()
    return tail
