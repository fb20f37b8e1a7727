"""Contract violations: every request that GHL would refuse (or frown on) is recorded here.

The pipeline reports each problem it finds (a missing or unknown Version, an unknown body property,
a wrong type, a missing required field, an undeclared query parameter, a wrong content type, a
deprecated operation). In ``strict`` mode the mock then refuses the request as GHL would; in
``record`` mode it answers normally wherever it can and only records. Either way the violation is
listed by ``GET /_mock/violations``.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from typing import Any, Literal

from mock_server.platform.journal import newer_than

Mode = Literal["strict", "record"]

KINDS = (
    "missing_version", "unknown_version", "unknown_body_property", "wrong_type", "missing_required",
    "invalid_value", "undeclared_query_parameter", "wrong_content_type", "deprecated_operation",
)


class ViolationLog:
    def __init__(self, mode: Mode = "strict", capacity: int = 5000) -> None:
        self.mode: Mode = mode
        self._entries: deque[dict[str, Any]] = deque(maxlen=capacity)
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self.last_seq = 0  # the seq of the newest violation: a watermark for "violations since"

    def record(self, **violation: Any) -> None:
        with self._lock:
            violation["seq"] = self.last_seq = next(self._ids)
            self._entries.append(violation)

    def entries(self, *, location_id: str | None = None, company_id: str | None = None,
                trace_id: str | None = None, since: int | None = None) -> list[dict[str, Any]]:
        """Violations matching every filter given; ``since``: only those recorded after that seq."""
        with self._lock:
            selected = list(self._entries) if since is None else newer_than(self._entries, since)
        if location_id is not None:
            selected = [v for v in selected if v.get("locationId") == location_id]
        if company_id is not None:
            selected = [v for v in selected if v.get("companyId") == company_id]
        if trace_id is not None:
            selected = [v for v in selected if v.get("traceId") == trace_id]
        return selected

    def clear(self, *, location_id: str | None = None, company_id: str | None = None) -> int:
        with self._lock:
            before = len(self._entries)
            kept = [] if location_id is None and company_id is None else [
                v for v in self._entries
                if not ((location_id and v.get("locationId") == location_id)
                        or (company_id and v.get("companyId") == company_id))]
            self._entries.clear()
            self._entries.extend(kept)
            return before - len(self._entries)
