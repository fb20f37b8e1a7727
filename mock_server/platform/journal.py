"""The request journal: what the mock was asked and what it answered, newest last.

Kept in memory (a bounded ring), listed and cleared through ``/_mock/journal``. Tests use it to
assert what their client actually sent; the dashboard shows it.
"""

from __future__ import annotations

from typing import Any

from mock_server.platform.ring_log import RingLog

DEFAULT_CAPACITY = 5000


class Journal(RingLog):
    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        super().__init__(capacity)

    def entries(self, *, location_id: str | None = None, company_id: str | None = None,
                operation_id: str | None = None, limit: int | None = None,
                since: int | None = None) -> list[dict[str, Any]]:
        return super().entries(since=since, limit=limit, locationId=location_id, companyId=company_id,
                               operationId=operation_id)
