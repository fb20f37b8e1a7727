"""The report and filter dates these operations take: ``YYYY-MM-DD``, the first not after the last."""

from __future__ import annotations

from datetime import date

from mock_server.platform.errors import BadRequest, Unprocessable

# DECISION: class-validator's text for a date that is not one; GHL's text for a reversed range is not known.
REVERSED = "startDate must not be after endDate"


def day(name: str, value: str) -> date:
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise Unprocessable([f"{name} must be a valid ISO 8601 date string"]) from None


def date_range(start: str, end: str) -> tuple[date, date]:
    first, last = day("startDate", start), day("endDate", end)
    if first > last:
        raise BadRequest(REVERSED)
    return first, last


def optional_range(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    first = day("startDate", start) if start is not None else None
    last = day("endDate", end) if end is not None else None
    if first is not None and last is not None and first > last:
        raise BadRequest(REVERSED)
    return first, last
