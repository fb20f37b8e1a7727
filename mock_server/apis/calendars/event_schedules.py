"""An event calendar's own schedule (v3): its weekly and per-date hours, in its own time zone.

The slot engine hosts an event calendar (no team) with this schedule instead of the calendar's
``openHours`` (free-slots.md §2 "User schedules (v3)": ``hosts._schedule_for`` takes the schedule naming
the calendar and no user). One per calendar, found by its ``calendarId`` (an indexed field). The three
operations are the calendars operations whose official file declares 404s (like the user schedules').
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import lookups, tables
from mock_server.apis.calendars.slots.hosts import calendar_type
from mock_server.apis.common import iso_z
from mock_server.platform.errors import NotFound, Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known. An unknown calendar is the 404 the file declares ("Event calendar
# with the specified ID was not found"), in the words of the calendars' 400; so is a calendar with no schedule.
SCHEDULE_NOT_FOUND = "Schedule not found"
# DECISION: the file's 422 is for "conflicting data": a second schedule of the same calendar, and a
# schedule for a calendar that is not an event calendar (a team calendar takes its hosts' schedules).
ALREADY_SCHEDULED = "The calendar already has a schedule"
NOT_AN_EVENT_CALENDAR = "The calendar is not an event calendar"
FIELDS = ("calendarId", "timezone", "rules", "dateAdded", "dateUpdated")


def _event_calendar(tenant: Tenant, calendar_id: str) -> dict:
    calendar = tenant.store.get(tables.CALENDARS, calendar_id)
    if calendar is None:
        raise NotFound(lookups.CALENDAR_NOT_FOUND)
    return calendar


def answer(schedule: dict) -> dict:
    return {key: schedule[key] for key in FIELDS if key in schedule}


def get_schedule(tenant: Tenant, calendar_id: str) -> dict:
    _event_calendar(tenant, calendar_id)
    schedule = tenant.store.find_first(tables.EVENT_SCHEDULES, "calendarId", calendar_id)
    if schedule is None:
        raise NotFound(SCHEDULE_NOT_FOUND)
    return schedule


def create_schedule(tenant: Tenant, calendar_id: str, fields: dict[str, Any]) -> dict:
    calendar = _event_calendar(tenant, calendar_id)
    if calendar_type(calendar) != "event":
        raise Unprocessable([NOT_AN_EVENT_CALENDAR])
    if tenant.store.find_first(tables.EVENT_SCHEDULES, "calendarId", calendar_id) is not None:
        raise Unprocessable([ALREADY_SCHEDULED])
    stamp = iso_z(tenant.now())
    return tenant.store.put(tables.EVENT_SCHEDULES, {
        "id": tenant.new_id(), "calendarId": calendar_id, "locationId": tenant.location_id,
        "timezone": fields["timezone"], "rules": fields["rules"], "dateAdded": stamp, "dateUpdated": stamp})


def update_schedule(tenant: Tenant, calendar_id: str, changes: dict[str, Any]) -> dict:
    schedule = get_schedule(tenant, calendar_id)
    schedule.update({key: value for key, value in changes.items() if value is not None})
    schedule["dateUpdated"] = iso_z(tenant.now())
    return tenant.store.put(tables.EVENT_SCHEDULES, schedule)
