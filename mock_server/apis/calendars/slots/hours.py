"""Open hours: which instants of each local date a host can be booked (§3 step 3).

Two sources share one model, ``Availability``: a calendar's ``openHours`` / ``availabilities`` /
``availabilityType``, and a v3 schedule's ``wday`` / ``date`` rules. Hours are wall-clock minutes
of a local date; they become instants only in ``open_ranges``, per date, in the host's zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from .decisions import END_OF_DAY_FROM_MINUTE, MINUTES_PER_DAY
from .intervals import merge
from .units import number
from .zones import wall_to_epoch

WallRange = tuple[int, int]  # minutes since local midnight, [open, close)

WEEKDAY_NAMES = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")


def wall_range(open_minute: float, close_minute: float) -> WallRange | None:
    """A normalised wall-clock range, or None when it is empty (ranges never pass midnight)."""
    start = int(min(max(open_minute, 0), MINUTES_PER_DAY))
    end = MINUTES_PER_DAY if close_minute >= END_OF_DAY_FROM_MINUTE else int(max(close_minute, 0))
    return (start, end) if end > start else None


def _hour_range(hour: Any) -> WallRange | None:
    """A GHL ``Hour`` dict; missing numbers are 0."""
    if not isinstance(hour, Mapping):
        return None
    values = [number(hour.get(key)) or 0.0 for key in ("openHour", "openMinute", "closeHour", "closeMinute")]
    return wall_range(values[0] * 60 + values[1], values[2] * 60 + values[3])


def _clock_minutes(text: Any) -> float | None:
    """``"HH:MM"`` from a schedule interval, as minutes since midnight."""
    if not isinstance(text, str) or ":" not in text:
        return None
    hours, _, minutes = text.partition(":")
    hour, minute = number(hours), number(minutes)
    return None if hour is None or minute is None else hour * 60 + minute


def _interval_range(interval: Any) -> WallRange | None:
    if not isinstance(interval, Mapping):
        return None
    start, end = _clock_minutes(interval.get("from")), _clock_minutes(interval.get("to"))
    return None if start is None or end is None else wall_range(start, end)


def _date_ordinal(text: Any) -> int | None:
    """The ``YYYY-MM-DD`` part of a date or date-time string (§8: the rest is ignored)."""
    try:
        return date.fromisoformat(str(text)[:10]).toordinal()
    except ValueError:
        return None


def _ranges(items: Any, reader) -> list[WallRange]:
    return [r for r in (reader(item) for item in (items if isinstance(items, list) else ())) if r]


@dataclass(eq=False)
class Availability:
    """Weekly hours (by JS weekday, 0 = Sunday) and date overrides (by date ordinal).

    A date present in ``dates`` with no ranges is closed that day.
    """

    weekly: dict[int, list[WallRange]] = field(default_factory=dict)
    dates: dict[int, list[WallRange]] = field(default_factory=dict)
    use_weekly: bool = True
    use_dates: bool = True

    def wall_ranges(self, ordinal: int) -> list[WallRange]:
        """The wall-clock ranges of one local date: a date entry wins over the weekday (§3.3)."""
        if self.use_dates and ordinal in self.dates:
            return self.dates[ordinal]
        if self.use_weekly:
            return self.weekly.get(ordinal % 7, [])  # ordinal 7 is a Sunday: ordinal % 7 == getDay
        return []

    @classmethod
    def from_calendar(cls, calendar: Mapping[str, Any]) -> Availability:
        result = cls()
        kind = number(calendar.get("availabilityType"))
        result.use_weekly, result.use_dates = kind != 1, kind != 0
        for item in _list(calendar.get("openHours")):
            hours = _ranges(item.get("hours"), _hour_range)
            for day in _list_values(item.get("daysOfTheWeek")):
                weekday = number(day)
                if weekday is not None and weekday == int(weekday) and 0 <= weekday <= 6:
                    result.weekly.setdefault(int(weekday), []).extend(hours)
        for item in _list(calendar.get("availabilities")):
            ordinal = _date_ordinal(item.get("date"))
            if ordinal is not None and not item.get("deleted"):
                result.dates.setdefault(ordinal, []).extend(_ranges(item.get("hours"), _hour_range))
        return result

    @classmethod
    def from_schedule(cls, schedule: Mapping[str, Any]) -> Availability:
        """A v3 schedule: ``wday`` rules are weekly hours, ``date`` rules are date overrides."""
        result = cls()
        for rule in _list(schedule.get("rules")):
            ranges = _ranges(rule.get("intervals"), _interval_range)
            if rule.get("type") == "wday" and rule.get("day") in WEEKDAY_NAMES:
                result.weekly.setdefault(WEEKDAY_NAMES.index(rule["day"]), []).extend(ranges)
            elif rule.get("type") == "date":
                ordinal = _date_ordinal(rule.get("date"))
                if ordinal is not None:
                    result.dates.setdefault(ordinal, []).extend(ranges)
        return result


def _list(value: Any) -> Iterable[Mapping[str, Any]]:
    return [item for item in _list_values(value) if isinstance(item, Mapping)]


def _list_values(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def open_ranges(availability: Availability, tz: ZoneInfo, ordinal: int) -> list[tuple[int, int]]:
    """The merged open ranges of one local date as epoch-second ``[start, end)`` pairs.

    Merging happens after the wall-clock conversion (§8), so a range squeezed to nothing by a
    spring-forward gap disappears, and ranges that touch become one (the grid restarts per range).
    """
    instants = (
        (wall_to_epoch(tz, ordinal, start), wall_to_epoch(tz, ordinal, end))
        for start, end in availability.wall_ranges(ordinal)
    )
    return merge((start, end) for start, end in instants if end > start)
