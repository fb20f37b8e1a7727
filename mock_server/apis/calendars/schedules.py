"""User availability schedules: a user's weekly and per-date hours for some calendars.

The slot engine uses a user's schedule instead of the calendar's open hours on the calendars it
lists (free-slots.md §2). The schedule operations are the only calendars operations whose
official file declares 404 for an unknown id, so they answer 404 where the rest answer 400.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import lookups, tables
from mock_server.apis.common import iso_z, page
from mock_server.platform.errors import BadRequest, NotFound
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known.
SCHEDULE_NOT_FOUND = "Schedule not found"
# DECISION: a user has at most one schedule per calendar, so which hours apply is never ambiguous.
CALENDAR_HAS_SCHEDULE = "The user already has a schedule for this calendar"


def search_schedules(tenant: Tenant, *, user_id: str, calendar_id: str | None, skip: int,
                     limit: int) -> list[dict]:
    found = [dict(s) for s in tenant.store.scan(tables.SCHEDULES)
             if s["userId"] == user_id and (calendar_id is None or calendar_id in s.get("calendarIds", ()))]
    return page(found, skip, limit, limit)


def create_schedule(tenant: Tenant, fields: dict[str, Any]) -> dict:
    lookups.location_user(tenant, fields["userId"])
    stamp = iso_z(tenant.now())
    schedule = {"id": tenant.new_id(), "locationId": tenant.location_id, "name": fields["name"],
                "userId": fields["userId"], "timezone": fields["timezone"], "rules": fields.get("rules") or [],
                "calendarIds": [], "deleted": False, "dateAdded": stamp, "dateUpdated": stamp}
    for calendar_id in dict.fromkeys(fields.get("calendarIds") or ()):
        _link(tenant, schedule, lookups.calendar(tenant, calendar_id)["id"])
    return tenant.store.put(tables.SCHEDULES, schedule)


def get_schedule(tenant: Tenant, schedule_id: str) -> dict:
    return tenant.require(tables.SCHEDULES, schedule_id)


def update_schedule(tenant: Tenant, schedule_id: str, changes: dict[str, Any]) -> dict:
    schedule = get_schedule(tenant, schedule_id)
    schedule.update({k: v for k, v in changes.items() if v is not None})
    schedule["dateUpdated"] = iso_z(tenant.now())
    return tenant.store.put(tables.SCHEDULES, schedule)


def delete_schedule(tenant: Tenant, schedule_id: str) -> None:
    get_schedule(tenant, schedule_id)
    tenant.delete(tables.SCHEDULES, schedule_id)


def add_calendar(tenant: Tenant, schedule_id: str, calendar_id: str) -> None:
    schedule = get_schedule(tenant, schedule_id)
    if tenant.store.get(tables.CALENDARS, calendar_id) is None:
        raise NotFound(lookups.CALENDAR_NOT_FOUND)
    if calendar_id not in schedule["calendarIds"]:
        _link(tenant, schedule, calendar_id)
        _touch(tenant, schedule)


def remove_calendar(tenant: Tenant, schedule_id: str, calendar_id: str) -> None:
    schedule = get_schedule(tenant, schedule_id)
    if calendar_id not in schedule["calendarIds"]:
        raise NotFound(lookups.CALENDAR_NOT_FOUND)
    schedule["calendarIds"].remove(calendar_id)
    _touch(tenant, schedule)


def _link(tenant: Tenant, schedule: dict, calendar_id: str) -> None:
    for other in tenant.store.scan(tables.SCHEDULES):
        if other["id"] != schedule["id"] and other["userId"] == schedule["userId"] \
                and calendar_id in other.get("calendarIds", ()):
            raise BadRequest(CALENDAR_HAS_SCHEDULE)
    schedule["calendarIds"].append(calendar_id)


def _touch(tenant: Tenant, schedule: dict) -> None:
    schedule["dateUpdated"] = iso_z(tenant.now())
    tenant.store.put(tables.SCHEDULES, schedule)
