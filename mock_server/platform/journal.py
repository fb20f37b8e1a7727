"""The request journal: what the mock was asked and what it answered, newest last.

Kept in memory (a bounded ring), listed and cleared through ``/_mock/journal``. Tests use it to
assert what their client actually sent; the dashboard shows it.

Every request writes an entry but few are ever read, so an entry is stored as the pipeline has it
(the mock-clock timestamp, the ``Principal``, the duration in seconds) and made readable (ISO time,
the principal described, milliseconds) only when listed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mock_server.platform.ring_log import RingLog

DEFAULT_CAPACITY = 5000


class Journal(RingLog):
    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        super().__init__(capacity)

    def entries(self, *, location_id: str | None = None, company_id: str | None = None,
                operation_id: str | None = None, limit: int | None = None,
                since: int | None = None) -> list[dict[str, Any]]:
        return [_readable(entry) for entry in super().entries(
            since=since, limit=limit, locationId=location_id, companyId=company_id, operationId=operation_id)]


def _readable(entry: dict[str, Any]) -> dict[str, Any]:
    readable = {key: value for key, value in entry.items() if key != "seconds"}
    readable.update(time=datetime.fromtimestamp(entry["time"], UTC).isoformat(),
                    principal=entry["principal"].describe() if entry["principal"] is not None else None,
                    durationMs=round(entry["seconds"] * 1000, 3))
    return readable
