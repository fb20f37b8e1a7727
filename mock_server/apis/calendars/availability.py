"""Free slots and booking checks: the store's calendars, events and schedules handed to the pure
slot engine (``slots/``), with the errors the engine leaves to its caller (free-slots.md §1).
"""

from __future__ import annotations

from datetime import UTC, datetime

from mock_server.apis.calendars import busy_lookup, groups, lookups, tables
from mock_server.apis.calendars.slots import (
    BookingDecision,
    SlotQuery,
    check_booking,
    ensure_active,
    event_window_ms,
    free_slots,
    validate_query,
)
from mock_server.apis.calendars.slots.decisions import MSG_CALENDAR_INACTIVE
from mock_server.apis.locations.service import location_timezone
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant


def ensure_bookable(tenant: Tenant, calendar: dict) -> None:
    """400 ``Calendar is inactive`` for an inactive calendar.

    DECISION: a calendar in a disabled group cannot be booked either, and answers the same 400
    (its own ``isActive`` is left as it was, so re-enabling the group restores it).
    """
    ensure_active(calendar)
    if not groups.is_enabled(tenant, calendar.get("groupId")):
        raise BadRequest(MSG_CALENDAR_INACTIVE)


def requested_users(user_id: str | None, user_ids: list[str] | None) -> tuple[str, ...]:
    """``userId`` and ``userIds`` together; ``userIds`` may repeat its key or be comma-separated.

    DECISION: when both are sent, slots are computed for all of them.
    """
    found = [user_id] if user_id else []
    for value in user_ids or ():
        found += [part.strip() for part in value.split(",") if part.strip()]
    return tuple(dict.fromkeys(found))


def calendar_free_slots(tenant: Tenant, calendar_id: str, *, start_ms: float, end_ms: float,
                        timezone: str | None, user_ids: tuple[str, ...]) -> dict[str, dict[str, list[str]]]:
    """``{"YYYY-MM-DD": {"slots": [...]}}`` in the order of free-slots.md §1: the query's 400s,
    then the calendar's (not found, inactive)."""
    query = SlotQuery(int(start_ms), int(end_ms), timezone, user_ids or None)
    validate_query(query)
    calendar = lookups.calendar(tenant, calendar_id)
    ensure_bookable(tenant, calendar)
    appointments, blocked = busy_records(tenant, calendar, query.start_ms, query.end_ms)
    days = free_slots(calendar, location_timezone=location_timezone(tenant),
                      now=tenant.now(), query=query, appointments=appointments,
                      blocked_slots=blocked, schedules=live_schedules(tenant))
    return {day: {"slots": slots} for day, slots in days.items()}


def decide_booking(tenant: Tenant, calendar: dict, *, start: datetime, end: datetime | None,
                   assigned_user_id: str | None, ignore_date_range: bool, ignore_free_slot_validation: bool,
                   exclude_event_id: str | None = None) -> BookingDecision:
    """Accept a booking of ``calendar`` at ``start`` (and choose its host), or raise GHL's 400."""
    first_ms, last_ms = sorted(int(moment.timestamp() * 1000) for moment in (start, end or start))
    appointments, blocked = busy_records(tenant, calendar, first_ms, last_ms)
    return check_booking(
        calendar, location_timezone=location_timezone(tenant), now=tenant.now(),
        start=start, end=end, assigned_user_id=assigned_user_id, appointments=appointments,
        blocked_slots=blocked, schedules=live_schedules(tenant), ignore_date_range=ignore_date_range,
        ignore_free_slot_validation=ignore_free_slot_validation, exclude_event_id=exclude_event_id)


def busy_records(tenant: Tenant, calendar: dict, start_ms: int,
                 end_ms: int) -> tuple[list[dict], list[dict]]:
    """The appointments and blocked slots of the location that can matter to slots starting in
    ``[start_ms, end_ms]``, as stored (read-only dicts).

    Those of the calendar and of its possible hosts (their appointments on other calendars keep
    them busy too), found through the store's indexes (``busy_lookup``); the engine sorts out
    which concern which host. Events far from the window are dropped here first by the date part
    of their stored times (local dates, so a day of margin covers any offset), which costs a
    string comparison instead of a date-time parse.
    """
    low_ms, high_ms = event_window_ms(calendar, start_ms, end_ms)
    first_day, last_day = _date_text(low_ms - DAY_MS), _date_text(high_ms + DAY_MS)

    def near(event: dict) -> bool:
        start, end = event.get("startTime"), event.get("endTime")
        return not (isinstance(start, str) and isinstance(end, str)) or (
            end[:10] >= first_day and start[:10] <= last_day)

    appointments, blocked = busy_lookup.events_of_calendar_and_hosts(tenant, calendar)
    return [e for e in appointments if near(e)], [e for e in blocked if near(e)]


def _date_text(epoch_ms: int) -> str:
    """``YYYY-MM-DD`` (UTC) of an instant, clamped to the years datetime can write."""
    clamped = min(max(epoch_ms, _FIRST_MS), _LAST_MS)
    return datetime.fromtimestamp(clamped / 1000, UTC).strftime("%Y-%m-%d")


DAY_MS = 86_400_000
_FIRST_MS = int(datetime(1, 1, 2, tzinfo=UTC).timestamp() * 1000)
_LAST_MS = int(datetime(9999, 12, 30, tzinfo=UTC).timestamp() * 1000)


def live_schedules(tenant: Tenant) -> list[dict]:
    """The users' schedules and the event calendars' own (v3): the engine tells them apart (a user's names
    its ``userId`` and ``calendarIds``, an event calendar's its ``calendarId``)."""
    users = [s for s in tenant.store.scan(tables.SCHEDULES) if not s.get("deleted")]
    return users + tenant.store.scan(tables.EVENT_SCHEDULES)
