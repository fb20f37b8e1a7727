"""Fixture F of design/free-slots.md §6 and small builders for GHL-shaped events."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from mock_server.apis.calendars.slots import BookingDecision, SlotQuery, check_booking, free_slots, parse_ghl_time

NY = "America/New_York"
F_NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)  # Sunday
Q1_START, Q1_END = 1772427600000, 1772513999999  # Monday 2026-03-02 in New York
TUE_END, WED_END, FRI_END = 1772600399999, 1772686799999, 1772859599999


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def hours(open_at: str, close_at: str) -> dict[str, int]:
    """A GHL ``Hour`` from "HH:MM" strings."""
    (oh, om), (ch, cm) = (map(int, open_at.split(":")), map(int, close_at.split(":")))
    return {"openHour": oh, "openMinute": om, "closeHour": ch, "closeMinute": cm}


def calendar_f(**changes: Any) -> dict[str, Any]:
    """Fixture F's calendar C, with top-level fields replaced by ``changes``."""
    calendar: dict[str, Any] = {
        "id": "C",
        "locationId": "L",
        "calendarType": "event",
        "isActive": True,
        "teamMembers": [],
        "slotDuration": 30,
        "slotDurationUnit": "mins",
        "slotInterval": 30,
        "slotIntervalUnit": "mins",
        "preBuffer": 0,
        "preBufferUnit": "mins",
        "slotBuffer": 0,
        "slotBufferUnit": "mins",
        "appoinmentPerSlot": 1,
        "appoinmentPerDay": None,
        "allowBookingAfter": None,
        "allowBookingFor": None,
        "availabilityType": None,
        "openHours": [{"daysOfTheWeek": [1, 2, 3, 4, 5], "hours": [hours("09:00", "12:00")]}],
        "availabilities": [],
    }
    calendar.update(changes)
    return calendar


def weekday_hours(open_at: str, close_at: str, days: Iterable[int] = (1, 2, 3, 4, 5)) -> list[dict[str, Any]]:
    return [{"daysOfTheWeek": list(days), "hours": [hours(open_at, close_at)]}]


def mon(*times: str) -> list[str]:
    return [f"2026-03-02T{t}:00-05:00" for t in times]


def tue(*times: str) -> list[str]:
    return [f"2026-03-03T{t}:00-05:00" for t in times]


_ids = iter(range(1, 10**9))


def appt(
    start: str,
    end: str,
    *,
    status: str | None = "confirmed",
    calendar_id: str = "C",
    assigned: str | None = None,
    users: list[str] | None = None,
    deleted: bool = False,
    id: str | None = None,
) -> dict[str, Any]:
    """An appointment as the API stores it; ``start``/``end`` are ISO strings."""
    event: dict[str, Any] = {
        "id": id or f"A{next(_ids)}",
        "calendarId": calendar_id,
        "assignedUserId": assigned,
        "users": users or [],
        "startTime": start,
        "endTime": end,
        "deleted": deleted,
    }
    if status is not None:
        event["appointmentStatus"] = status
    return event


def block(start: str, end: str, *, calendar_id: str | None = "C", assigned: str | None = None) -> dict[str, Any]:
    event: dict[str, Any] = {"id": f"B{next(_ids)}", "startTime": start, "endTime": end}
    if calendar_id is not None:
        event["calendarId"] = calendar_id
    if assigned is not None:
        event["assignedUserId"] = assigned
    return event


def team_calendar(kind: str = "round_robin", **changes: Any) -> dict[str, Any]:
    """Vector 18's calendar: U1 (priority 1, the collective's primary) and U2, open 09:00-11:00."""
    members = [{"userId": "U1", "priority": 1, "isPrimary": kind == "collective"}, {"userId": "U2", "priority": 0.5}]
    changes.setdefault("openHours", weekday_hours("09:00", "11:00"))
    return calendar_f(calendarType=kind, teamMembers=members, **changes)


def team_events() -> list[dict[str, Any]]:
    """Vector 18's events: U1 busy on C (soft), U2 busy on another calendar (hard)."""
    return [
        appt("2026-03-02T09:00:00-05:00", "2026-03-02T10:00:00-05:00", assigned="U1"),  # soft, on C
        appt("2026-03-02T09:30:00-05:00", "2026-03-02T10:30:00-05:00", assigned="U2", calendar_id="C2"),  # hard
    ]


def run(
    calendar: Mapping[str, Any],
    *,
    now: datetime = F_NOW,
    start_ms: int = Q1_START,
    end_ms: int = Q1_END,
    tz: str | None = None,
    user_ids: tuple[str, ...] | None = None,
    appointments: Iterable[Mapping[str, Any]] = (),
    blocked: Iterable[Mapping[str, Any]] = (),
    schedules: Iterable[Mapping[str, Any]] = (),
    location_timezone: str = NY,
    ignore_date_range: bool = False,
) -> dict[str, list[str]]:
    return free_slots(
        calendar,
        location_timezone=location_timezone,
        now=now,
        query=SlotQuery(start_ms, end_ms, tz, user_ids),
        appointments=appointments,
        blocked_slots=blocked,
        schedules=schedules,
        ignore_date_range=ignore_date_range,
    )


def book(
    start: str,
    end: str | None = None,
    *,
    calendar: Mapping[str, Any] | None = None,
    events: Iterable[Mapping[str, Any]] = (),
    now: datetime = F_NOW,
    assigned: str | None = None,
    **options: Any,
) -> BookingDecision:
    """``check_booking`` with GHL time strings, on fixture F's calendar unless told otherwise."""
    return check_booking(
        calendar or calendar_f(),
        location_timezone=NY,
        now=now,
        start=parse_ghl_time(start, NY),
        end=parse_ghl_time(end, NY) if end else None,
        assigned_user_id=assigned,
        appointments=events,
        **options,
    )
