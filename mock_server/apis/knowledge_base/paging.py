"""Cursor paging as GHL's knowledge-base listings do it: the page after the record a cursor names."""

from __future__ import annotations

from typing import Any

from mock_server.platform.errors import GhlError


def after(records: list[dict[str, Any]], cursor: str | None, limit: float,
          unknown: GhlError) -> tuple[list[dict[str, Any]], bool]:
    """The ``limit`` records after the one whose id is ``cursor`` (from the start without one), and whether
    more follow. A cursor naming none of ``records`` raises ``unknown``."""
    start = 0
    if cursor:
        ids = [record["id"] for record in records]
        if cursor not in ids:
            raise unknown
        start = ids.index(cursor) + 1
    size = int(limit)
    return records[start:start + size], start + size < len(records)
