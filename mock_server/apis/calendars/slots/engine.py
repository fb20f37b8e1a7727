"""The free-slot algorithm of ``design/free-slots.md`` §3, run once per host, then combined (§4).

All arithmetic is on integer epoch seconds. The hot loop (one iteration per grid start) does
three ``bisect`` calls and no ``datetime`` work; dates, zones and strings are handled per date or
per returned slot only.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from mock_server.platform.errors import BadRequest

from .busy import EventBook, HostBusy
from .decisions import (
    EMPTY_TIMEZONE_IS_UNSET,
    EVENT_WINDOW_MARGIN_MS,
    MAX_RANGE_MS,
    MSG_CALENDAR_INACTIVE,
    MSG_END_BEFORE_START,
    MSG_INVALID_TIMEZONE,
    MSG_RANGE_TOO_LONG,
)
from .formatting import group_slots
from .hosts import INTERSECTION, Host, HostPlan, plan_hosts
from .hours import open_ranges
from .rules import CalendarRules
from .zones import DayTable, epoch_seconds_ceil, local_ordinal, zone, zone_or_fallback


@dataclass(frozen=True)
class SlotQuery:
    """The free-slots query: epoch-millisecond bounds (both inclusive), output zone, user filter."""

    start_ms: int
    end_ms: int
    timezone: str | None = None  # IANA name of the output zone; None: the location's
    user_ids: tuple[str, ...] | None = None  # userId / userIds; None or (): every host


def validate_query(query: SlotQuery) -> ZoneInfo | None:
    """The 400 checks of §1 in their order; returns the requested output zone (None if unset)."""
    requested = query.timezone
    if requested == "" and EMPTY_TIMEZONE_IS_UNSET:
        requested = None
    output = None if requested is None else zone(requested)
    if requested is not None and output is None:
        raise BadRequest(MSG_INVALID_TIMEZONE)
    if query.end_ms < query.start_ms:
        raise BadRequest(MSG_END_BEFORE_START)
    if query.end_ms - query.start_ms > MAX_RANGE_MS:
        raise BadRequest(MSG_RANGE_TOO_LONG)
    return output


def ensure_active(calendar: Mapping[str, Any]) -> None:
    """400 ``Calendar is inactive`` for a calendar whose ``isActive`` is false (missing = active)."""
    if calendar.get("isActive") is False:
        raise BadRequest(MSG_CALENDAR_INACTIVE)


def event_window_ms(calendar: Mapping[str, Any], start_ms: int, end_ms: int) -> tuple[int, int]:
    """The epoch-ms range ``[from, to]`` of events that can affect slots starting in ``[start_ms, end_ms]``.

    An appointment or blocked slot that ends before ``from`` or starts after ``to`` cannot change
    the answer, so the API may pre-filter its store with it (``end >= from and start <= to``).
    For a booking pass the booking's start and end.
    """
    rules = CalendarRules.from_calendar(calendar)
    reach = (rules.pre + rules.post) * 1000 + EVENT_WINDOW_MARGIN_MS
    return start_ms - reach, end_ms + rules.duration * 1000 + reach


class SlotSearch:
    """One request's shared state: the rules, the parsed events, "now", the cached open ranges."""

    def __init__(
        self,
        calendar: Mapping[str, Any],
        *,
        location_timezone: str,
        now: datetime,
        window_ms: tuple[int, int],
        appointments: Iterable[Mapping[str, Any]] = (),
        blocked_slots: Iterable[Mapping[str, Any]] = (),
        ignore_date_range: bool = False,
        exclude_event_id: str | None = None,
    ) -> None:
        self.rules = CalendarRules.from_calendar(calendar)
        self.location_tz = zone_or_fallback(location_timezone)
        self.now = now
        self.ignore_date_range = ignore_date_range
        low, high = event_window_ms(calendar, *window_ms)
        self.book = EventBook.build(
            calendar.get("id"),
            appointments,
            blocked_slots,
            location_tz=self.location_tz,
            window=(low // 1000, -(-high // 1000)),
            exclude_id=exclude_event_id,
        )
        self._ranges: dict[tuple[int, ZoneInfo, int, int], list[tuple[int, int, int]]] = {}
        self._busy: dict[str | None, HostBusy] = {}

    def busy(self, host: Host) -> HostBusy:
        if host.user_id not in self._busy:
            self._busy[host.user_id] = self.book.busy_for(host.user_id, pre=self.rules.pre, post=self.rules.post)
        return self._busy[host.user_id]

    def _day_ranges(self, host: Host, first: int, last: int) -> list[tuple[int, int, int]]:
        """``(date ordinal, open, close)`` for local dates ``first..last``; shared by hosts with the same hours."""
        key = (id(host.availability), host.tz, first, last)
        if key not in self._ranges:
            self._ranges[key] = [
                (day, start, end)
                for day in range(first, last + 1)
                for start, end in open_ranges(host.availability, host.tz, day)
            ]
        return self._ranges[key]

    def host_slots(self, host: Host, start: int, end: int) -> list[int]:
        """Ascending epoch seconds where ``host`` can take a booking, for starts in ``[start, end]``."""
        rules, tz = self.rules, host.tz
        first, last = local_ordinal(tz, start) - 1, local_ordinal(tz, end) + 1  # §3.2: one spare day each side
        low = max(start, epoch_seconds_ceil(self.now))
        high = end
        if not self.ignore_date_range:
            low = max(low, rules.earliest_start(self.now, tz))
            window_end = rules.window_end(self.now, tz)
            if window_end is not None:
                high = min(high, window_end - 1)
        if low > high:
            return []
        busy = self.busy(host)
        full_days: set[int] = set()
        if rules.per_day is not None:
            counts = busy.starts_per_day(DayTable(tz, first, last))
            full_days = {day for day in range(first, last + 1) if counts.get(day, 0) >= rules.per_day}
        duration, step, pre, post, capacity = rules.duration, rules.interval, rules.pre, rules.post, rules.per_slot
        hard_starts, hard_ends = busy.hard_starts, busy.hard_ends
        soft_starts, soft_ends = busy.soft_starts, busy.soft_ends
        found: list[int] = []
        for day, open_at, close_at in self._day_ranges(host, first, last):
            top = min(close_at - duration, high)
            if top < low or open_at > high or day in full_days:
                continue
            # the grid is anchored at the range's opening; jump straight to the first start >= low
            first_step = -(-(low - open_at) // step) if low > open_at else 0
            for slot in range(open_at + first_step * step, top + 1, step):
                # HostBusy.allows, inlined: a method call per candidate costs more than its bisects
                a, b = slot - pre, slot + duration + post
                index = bisect_left(hard_starts, b)
                if index and hard_ends[index - 1] > a:
                    continue
                if bisect_left(soft_starts, b) - bisect_right(soft_ends, a) >= capacity:
                    continue
                found.append(slot)
        return found

    def combined(self, plan: HostPlan, start: int, end: int) -> set[int]:
        """Union or intersection of the hosts' slots (§3 step 8)."""
        per_host = (self.host_slots(host, start, end) for host in plan.hosts)
        if plan.combine == INTERSECTION:
            result: set[int] | None = None
            for slots in per_host:
                result = set(slots) if result is None else result.intersection(slots)
                if not result:
                    return set()
            return result or set()
        merged: set[int] = set()
        for slots in per_host:
            merged.update(slots)
        return merged


def free_slots(
    calendar: Mapping[str, Any],
    *,
    location_timezone: str,
    now: datetime,
    query: SlotQuery,
    appointments: Iterable[Mapping[str, Any]] = (),
    blocked_slots: Iterable[Mapping[str, Any]] = (),
    schedules: Iterable[Mapping[str, Any]] = (),
    ignore_date_range: bool = False,
) -> dict[str, list[str]]:
    """The calendar's free slots, grouped by local date of the output zone (§1, §3, §4).

    Returns ``{"YYYY-MM-DD": ["YYYY-MM-DDTHH:MM:SS±HH:MM", ...]}`` with ascending dates and slots and
    no empty dates. Raises ``BadRequest`` for the query errors of §1 (zone, order, 31 days).
    Calendar lookup, ``isActive`` (see ``ensure_active``) and 422s are the caller's job.
    """
    output = validate_query(query)
    plan = plan_hosts(calendar, location_tz=location_timezone, schedules=schedules, user_ids=query.user_ids)
    if not plan.hosts:
        return {}
    search = SlotSearch(
        calendar,
        location_timezone=location_timezone,
        now=now,
        window_ms=(query.start_ms, query.end_ms),
        appointments=appointments,
        blocked_slots=blocked_slots,
        ignore_date_range=ignore_date_range,
    )
    # whole seconds inside the ms bounds (the API may hand over floats: JSON numbers)
    start, end = -(-math.ceil(query.start_ms) // 1000), math.floor(query.end_ms) // 1000
    instants = search.combined(plan, start, end)
    return group_slots(instants, output or search.location_tz)
