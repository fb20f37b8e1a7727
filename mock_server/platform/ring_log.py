"""A bounded, thread-safe log of dict entries, newest last: the journal and the violation log.

Each entry gets a ``seq``; ``last_seq`` is a watermark so a caller (the pytest plugin) can ask for
"everything since". Entries can be filtered and cleared per location or company.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from typing import Any


class RingLog:
    def __init__(self, capacity: int) -> None:
        self._entries: deque[dict[str, Any]] = deque(maxlen=capacity)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.last_seq = 0  # the seq of the newest entry

    def record(self, entry: dict[str, Any]) -> None:
        with self._lock:
            entry["seq"] = self.last_seq = next(self._ids)
            self._entries.append(entry)

    def entries(self, *, since: int | None = None, limit: int | None = None,
                **equal: str | None) -> list[dict[str, Any]]:
        """Entries whose fields equal every non-None filter (``locationId="..."``); ``since``: recorded
        after that seq; ``limit``: only the newest that many."""
        with self._lock:
            selected = list(self._entries) if since is None else self._newer_than(since)
        wanted = {k: v for k, v in equal.items() if v is not None}
        if wanted:
            selected = [e for e in selected if all(e.get(k) == v for k, v in wanted.items())]
        return selected[-limit:] if limit else selected

    def clear(self, *, location_id: str | None = None, company_id: str | None = None) -> int:
        """Forget everything, or only what one location or company did; answers how many went."""
        with self._lock:
            before = len(self._entries)
            kept = [] if location_id is None and company_id is None else [
                e for e in self._entries
                if not ((location_id and e.get("locationId") == location_id)
                        or (company_id and e.get("companyId") == company_id))]
            self._entries.clear()
            self._entries.extend(kept)
            return before - len(self._entries)

    def _newer_than(self, seq: int) -> list[dict[str, Any]]:
        """Reads only the tail of the ring."""
        tail: list[dict[str, Any]] = []
        for entry in reversed(self._entries):
            if entry["seq"] <= seq:
                break
            tail.append(entry)
        tail.reverse()
        return tail
