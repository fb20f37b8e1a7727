"""The date windows and newest-first paging the Documents & Contracts listings share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest

# DECISION: GHL's texts for these refusals are not known.
BAD_DATE = "{name} must be a valid ISO 8601 date string"
BOTH_DATES = "dateFrom and dateTo must be provided together"


def window(start: str | None, start_name: str, end: str | None, end_name: str) -> Callable[[str], bool]:
    """Whether a record's ``createdAt`` is in [start, end] (ISO 8601 instants, as the file's examples send)."""
    low, high = _instant(start, start_name), _instant(end, end_name)
    return lambda stamp: (low is None or stamp >= low) and (high is None or stamp <= high)


def paired(start: str | None, end: str | None) -> None:
    """The documents listing takes both bounds or neither (the file: "must be provided together")."""
    if bool(start) != bool(end):
        raise BadRequest(BOTH_DATES)


def _instant(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return iso_z(moment.astimezone(UTC) if moment.tzinfo else moment)
    except (ValueError, OverflowError):  # OverflowError: an offset past year 9999
        raise BadRequest(BAD_DATE.format(name=name)) from None


def newest_first(records: list[dict[str, Any]], skip: Any, limit: Any, default_limit: int) -> list[dict[str, Any]]:
    # stores scan in insertion order: reversed first, records made in the same millisecond list the later first
    ordered = sorted(reversed(records), key=lambda r: r["createdAt"], reverse=True)
    start = int(float(skip or 0))
    size = int(float(limit)) if limit not in (None, "") else default_limit
    return ordered[start:start + size]
