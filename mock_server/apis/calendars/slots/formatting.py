"""GHL time strings: reading appointment times, writing slot strings (§1).

Slot strings are ``YYYY-MM-DDTHH:MM:SS±HH:MM``: no milliseconds, never ``Z``, the offset of the
output zone at that instant. ``group_slots`` writes many of them from epoch seconds using a
``DayTable``, so a month of slots costs a few ``zoneinfo`` calls, not one per slot.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from .zones import DAY, DayTable, epoch_seconds, pinned, zone, zone_or_fallback


def parse_ghl_time(value: str, location_timezone: str) -> datetime:
    """An aware datetime from a GHL time string.

    Accepts ``Z``, ``±hh:mm`` offsets and fractional seconds (``.000``). A string without an offset
    is a wall-clock time in the location's zone (a time in a DST gap moves forward, an ambiguous
    one takes its first occurrence) and comes back with that instant's fixed offset.
    Raises ``ValueError`` for anything else.
    """
    if not isinstance(value, str):
        raise ValueError(f"not a date-time string: {value!r}")
    moment = datetime.fromisoformat(value.strip())
    if moment.tzinfo is None:
        location = zone_or_fallback(location_timezone)
        moment = pinned(moment.replace(tzinfo=location, fold=0), location)
    return moment


def event_epoch(value: Any, location_tz: ZoneInfo) -> int | None:
    """Epoch seconds of a stored event time (string or datetime), or None when unreadable."""
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
    elif isinstance(value, datetime):
        moment = value
    else:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=location_tz, fold=0)
    elif not moment.microsecond:
        return int(moment.timestamp())  # the common case, inlined: this runs for every stored event
    return epoch_seconds(moment)


def offset_text(seconds: int) -> str:
    """``±HH:MM`` (sub-minute offsets, which only pre-1900 zones have, are truncated)."""
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def format_slot(instant: datetime, tz: str) -> str:
    """``instant`` on ``tz``'s wall clock as ``YYYY-MM-DDTHH:MM:SS±HH:MM`` (UTC as ``+00:00``)."""
    target = zone(tz)
    if target is None:
        raise ValueError(f"unknown time zone: {tz!r}")
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    local = instant.astimezone(target)
    offset = int(local.utcoffset().total_seconds())  # type: ignore[union-attr]
    return local.replace(tzinfo=None, microsecond=0).isoformat() + offset_text(offset)


def group_slots(instants: Iterable[int], tz: ZoneInfo) -> dict[str, list[str]]:
    """Ascending epoch seconds grouped by their local date in ``tz``, formatted as slot strings."""
    ordered = sorted(instants)
    if not ordered:
        return {}
    table = DayTable.covering(tz, ordered[0], ordered[-1])
    grouped: dict[str, list[str]] = {}
    day_text: dict[int, str] = {}
    offset_texts: dict[int, str] = {}
    for instant in ordered:
        offset = table.offset(instant)
        local = instant + offset
        days, seconds = divmod(local, DAY)
        label = day_text.get(days)
        if label is None:
            label = day_text[days] = date.fromordinal(days + _EPOCH_ORDINAL).isoformat()
        suffix = offset_texts.get(offset)
        if suffix is None:
            suffix = offset_texts[offset] = offset_text(offset)
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        grouped.setdefault(label, []).append(f"{label}T{hours:02d}:{minutes:02d}:{secs:02d}{suffix}")
    return grouped


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
