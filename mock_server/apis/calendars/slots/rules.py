"""The calendar's slot-shaping fields, read once with GHL's defaults (§2, §8).

``CalendarRules`` is the only place that knows the field names (with GHL's misspellings
``appoinmentPerSlot`` / ``appoinmentPerDay``). It also turns "now" into the notice threshold and
the booking-window end for one host zone (§3 step 5).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from .decisions import (
    DEFAULT_DURATION_UNIT,
    DEFAULT_NOTICE_UNIT,
    DEFAULT_PER_SLOT,
    DEFAULT_SLOT_VALUE,
    DEFAULT_WINDOW_UNIT,
    MIN_INTERVAL_SECONDS,
)
from .units import Span, add_months, add_months_wall, number, seconds_field, to_seconds, unit_of
from .zones import epoch_seconds, epoch_seconds_ceil, wall_to_epoch

# An epoch second later than any date: the notice threshold when the notice overflows datetime.
BEYOND_ANY_DATE = 2 ** 62


@dataclass(frozen=True)
class CalendarRules:
    duration: int  # seconds, D
    interval: int  # seconds, I (> 0)
    pre: int  # seconds of free time needed before a booking
    post: int  # seconds of free time needed after a booking (slotBuffer)
    per_slot: int  # soft bookings a host can hold at once
    per_day: int | None  # soft bookings a host can start per local date; None = unlimited
    notice: Span | None  # allowBookingAfter
    window: Span | None  # allowBookingFor

    @classmethod
    def from_calendar(cls, calendar: Mapping[str, Any]) -> CalendarRules:
        duration = _slot_length(calendar, "slotDuration")
        if "slotInterval" in calendar:
            raw = number(calendar["slotInterval"])
            interval = to_seconds(raw, unit_of(calendar, "slotInterval", DEFAULT_DURATION_UNIT)) if raw else 0
            interval = interval if interval > 0 else duration  # null / 0: step by the duration (§8)
        else:
            interval = _slot_length(calendar, "slotInterval")
        interval = max(interval, MIN_INTERVAL_SECONDS)
        per_slot = number(calendar.get("appoinmentPerSlot"))
        per_day = number(calendar.get("appoinmentPerDay"))
        return cls(
            duration=duration,
            interval=interval,
            pre=seconds_field(calendar, "preBuffer", DEFAULT_DURATION_UNIT),
            post=seconds_field(calendar, "slotBuffer", DEFAULT_DURATION_UNIT),
            per_slot=int(per_slot) if per_slot and per_slot >= 1 else DEFAULT_PER_SLOT,
            per_day=None if per_day is None else max(int(per_day), 0),
            notice=Span.from_field(calendar, "allowBookingAfter", DEFAULT_NOTICE_UNIT),
            window=Span.from_field(calendar, "allowBookingFor", DEFAULT_WINDOW_UNIT),
        )

    def earliest_start(self, now: datetime, tz: ZoneInfo) -> int:
        """The first epoch second a slot may start at in zone ``tz``: now plus the notice."""
        now = _aware(now)
        if self.notice is None:
            return epoch_seconds_ceil(now)
        try:
            if self.notice.is_months:
                return epoch_seconds_ceil(add_months_wall(now.astimezone(tz), int(self.notice.amount)))
            return epoch_seconds_ceil(now) + to_seconds(self.notice.amount, self.notice.unit)
        except (OverflowError, ValueError):  # a notice reaching past year 9999: nothing is ever bookable
            return BEYOND_ANY_DATE

    def window_end(self, now: datetime, tz: ZoneInfo) -> int | None:
        """Slots must start before this epoch second (exclusive); None when there is no window.

        The window covers whole local dates: today ... today + N units (§3 step 5).
        """
        if self.window is None:
            return None
        local_now = _aware(now).astimezone(tz)
        days = self.window.whole_days
        try:
            if self.window.is_months:
                last = add_months(local_now.date(), int(self.window.amount))
            elif days is not None:
                last = local_now.date() + timedelta(days=days)
            else:  # a sub-day unit: the local date reached after that much elapsed time
                later = epoch_seconds(local_now) + to_seconds(self.window.amount, self.window.unit)
                last = datetime.fromtimestamp(later, tz).date()
            return wall_to_epoch(tz, last.toordinal() + 1, 0)
        except (OverflowError, ValueError, OSError):  # a window reaching past year 9999: no end
            return None


def _slot_length(calendar: Mapping[str, Any], field: str) -> int:
    """slotDuration, or a missing slotInterval: 30 in the field's unit unless a positive value is set."""
    amount = number(calendar.get(field))
    if amount is None or amount <= 0:
        amount = DEFAULT_SLOT_VALUE
    return max(to_seconds(amount, unit_of(calendar, field, DEFAULT_DURATION_UNIT)), 1)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
