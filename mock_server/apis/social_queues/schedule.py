"""When a queue's items go out: its weekly time slots, in the location's time zone, taken in turn.

DECISION (GHL schedules queues outside its API; the mock computes what it would show): from the queue's start
(its activation; now for a queue still in draft) every weekly slot after it is a post of the queue, except the
slots ``skipDateTime`` names (skipped). The items take the slots in their order and start over at the end (a
queue is evergreen: cyclic), each turn using the item's next variation. Items with errors take no slot.
``cursor`` shifts the turn by one each time the current post is deleted (the next item takes its slot).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from mock_server.apis.common import iso_z

# A queue's schedule is computed this far ahead at most (and a calendar answers this many posts at most).
HORIZON = timedelta(days=3 * 366)
MAX_POSTS = 500


@dataclass(frozen=True)
class Occurrence:
    at: datetime
    item: dict[str, Any] | None  # None: a skipped slot
    variation: int = 0


def _slots(time_slots: list[dict[str, Any]], zone: ZoneInfo, after: datetime) -> Iterator[datetime]:
    """Every slot instant strictly after ``after``, in order, up to the horizon."""
    if not time_slots:
        return
    day = after.astimezone(zone).date()
    for _ in range(HORIZON.days + 1):
        js_day = (day.weekday() + 1) % 7  # the file's dayOfWeek: 0 is Sunday
        for time in sorted({s["time"] for s in time_slots if s["dayOfWeek"] == js_day}):
            hour, minute = map(int, time.split(":"))
            instant = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(UTC)
            if instant > after:
                yield instant
        day += timedelta(days=1)


def occurrences(queue: dict[str, Any], items: list[dict[str, Any]], zone: ZoneInfo,
                start: datetime) -> Iterator[Occurrence]:
    """The queue's posts from ``start`` on: each slot with the item (and variation) it publishes."""
    ready = [i for i in items if not i["errors"]]
    skipped, turn = set(queue["skipDateTime"]), queue.get("cursor", 0)
    for at in _slots(queue["timeSlots"], zone, start):
        if iso_z(at) in skipped:
            yield Occurrence(at, None)
            continue
        if not ready:
            return
        item = ready[turn % len(ready)]
        yield Occurrence(at, item, (turn // len(ready)) % max(len(item["variations"]), 1))
        turn += 1


def upcoming(queue: dict[str, Any], items: list[dict[str, Any]], zone: ZoneInfo, anchor: datetime,
             now: datetime) -> Iterator[Occurrence]:
    """The queue's posts after ``now`` (counted from ``anchor``, its start)."""
    return (o for o in occurrences(queue, items, zone, anchor) if o.at > now)


def next_of_each(queue: dict[str, Any], items: list[dict[str, Any]], zone: ZoneInfo, anchor: datetime,
                 now: datetime) -> dict[str, Occurrence]:
    """Each item's next post after ``now``, by item id (items with errors have none)."""
    wanted, found = {i["id"] for i in items if not i["errors"]}, {}
    if not wanted:
        return found
    for occurrence in upcoming(queue, items, zone, anchor, now):
        if occurrence.item is not None and occurrence.item["id"] not in found:
            found[occurrence.item["id"]] = occurrence
            if len(found) == len(wanted):
                break
    return found


def last_before(queue: dict[str, Any], items: list[dict[str, Any]], zone: ZoneInfo, anchor: datetime,
                now: datetime) -> Occurrence | None:
    """The queue's most recent post at or before ``now``."""
    last = None
    for occurrence in occurrences(queue, items, zone, anchor):
        if occurrence.at > now:
            break
        if occurrence.item is not None:
            last = occurrence
    return last
