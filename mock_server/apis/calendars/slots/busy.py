"""Busy time per host: soft intervals that use capacity, hard ones that always block (§3 step 6).

Events are parsed once per request into integer epoch seconds (``EventBook``) and indexed by
user, then each host gets a ``HostBusy``: sorted arrays that answer "does ``[a, b)`` conflict?"
with three ``bisect`` calls, whatever the number of events.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from .decisions import BLOCKING_STATUSES, MISSING_STATUS_BLOCKS
from .formatting import event_epoch
from .intervals import merge
from .zones import DayTable


class Event(NamedTuple):  # a tuple: thousands are built per request
    calendar_id: Any
    people: frozenset[str]  # assignedUserId plus users[]
    start: int
    end: int


def blocks(appointment: Mapping[str, Any]) -> bool:
    """Whether an appointment's status holds its time (deleted ones never do)."""
    if appointment.get("deleted"):
        return False
    status = appointment.get("appointmentStatus")
    return MISSING_STATUS_BLOCKS if status is None else status in BLOCKING_STATUSES


def _live(raw: Mapping[str, Any]) -> bool:
    return not raw.get("deleted")


def _people(raw: Mapping[str, Any]) -> frozenset[str]:
    """assignedUserId plus users[]: everyone an event keeps busy."""
    users = raw.get("users")
    found = {u for u in users if isinstance(u, str)} if isinstance(users, list) else set()
    assigned = raw.get("assignedUserId")
    if isinstance(assigned, str) and assigned:
        found.add(assigned)
    return frozenset(found)


def _events(raws: Iterable[Mapping[str, Any]], keep, tz: ZoneInfo, low: int, high: int, skip_id: Any):
    """``(raw, start, end)`` of the events ``keep`` accepts that touch ``[low, high]`` (epoch s).

    Unreadable times and events that end before they start are dropped (see decisions).
    """
    for raw in raws:
        if not keep(raw) or (skip_id is not None and raw.get("id") == skip_id):
            continue
        start, end = event_epoch(raw.get("startTime"), tz), event_epoch(raw.get("endTime"), tz)
        if start is not None and end is not None and start <= end and end >= low and start <= high:
            yield raw, start, end


@dataclass
class EventBook:
    """The blocking appointments and live blocked slots of a request, inside its time window."""

    calendar_id: Any
    appointments: list[Event] = field(default_factory=list)
    blocked: list[Event] = field(default_factory=list)
    _by_user: dict[str, list[Event]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        calendar_id: Any,
        appointments: Iterable[Mapping[str, Any]],
        blocked_slots: Iterable[Mapping[str, Any]],
        *,
        location_tz: ZoneInfo,
        window: tuple[int, int],
        exclude_id: str | None = None,
    ) -> EventBook:
        """Parse the events once; drop those outside ``window`` (epoch s) or not holding time."""
        book = cls(calendar_id)
        for raw, start, end in _events(appointments, blocks, location_tz, *window, exclude_id):
            event = Event(raw.get("calendarId"), _people(raw), start, end)
            book.appointments.append(event)
            for person in event.people:
                book._by_user.setdefault(person, []).append(event)
        for raw, start, end in _events(blocked_slots, _live, location_tz, *window, exclude_id):
            assigned = raw.get("assignedUserId")
            people = frozenset([assigned]) if isinstance(assigned, str) else frozenset()
            book.blocked.append(Event(raw.get("calendarId"), people, start, end))
        return book

    def busy_for(self, user_id: str | None, *, pre: int, post: int) -> HostBusy:
        """Soft and hard intervals of one host (``None``: the calendar itself)."""
        mine = self.calendar_id
        if user_id is None:
            soft = [e for e in self.appointments if e.calendar_id == mine]
            hard = [(e.start, e.end) for e in self.blocked if e.calendar_id == mine]
        else:
            involved = self._by_user.get(user_id, ())
            soft = [e for e in involved if e.calendar_id == mine]
            hard = [(e.start, e.end) for e in involved if e.calendar_id != mine]
            hard += [(e.start, e.end) for e in self.blocked if e.calendar_id == mine or user_id in e.people]
        return HostBusy.build(soft, hard, pre=pre, post=post)


@dataclass
class HostBusy:
    """Sorted busy arrays of one host.

    Hard intervals are merged, so their starts and ends are both ascending and the last one that
    starts before ``b`` is the only one that can reach past ``a``. Soft intervals are kept as two
    independently sorted lists: the number overlapping ``[a, b)`` is
    ``#(start < b) - #(end <= a)``, since every interval that ends by ``a`` also starts before ``b``.
    """

    hard_starts: list[int]
    hard_ends: list[int]
    soft_starts: list[int]
    soft_ends: list[int]
    soft_events: list[Event]

    @classmethod
    def build(cls, soft: list[Event], hard: list[tuple[int, int]], *, pre: int, post: int) -> HostBusy:
        merged = merge(hard)
        return cls(
            hard_starts=[m[0] for m in merged],
            hard_ends=[m[1] for m in merged],
            # an existing booking holds its own buffers too: [start - pre, end + post)
            soft_starts=sorted(e.start - pre for e in soft),
            soft_ends=sorted(e.end + post for e in soft),
            soft_events=soft,
        )

    def hard_conflict(self, a: int, b: int) -> bool:
        index = bisect_left(self.hard_starts, b)
        return index > 0 and self.hard_ends[index - 1] > a

    def soft_overlaps(self, a: int, b: int) -> int:
        return bisect_left(self.soft_starts, b) - bisect_right(self.soft_ends, a)

    def allows(self, a: int, b: int, capacity: int) -> bool:
        """Whether ``[a, b)`` (buffers included) is free for one more booking."""
        return not self.hard_conflict(a, b) and self.soft_overlaps(a, b) < capacity

    def starts_per_day(self, table: DayTable) -> dict[int, int]:
        """How many soft bookings start on each local date (ordinal) of ``table``'s zone."""
        counts: dict[int, int] = {}
        for event in self.soft_events:
            day = table.ordinal(event.start)
            counts[day] = counts.get(day, 0) + 1
        return counts
