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
from mock_server.platform.world import World

# DECISION: GHL's texts are not known.
SCHEDULE_NOT_FOUND = "Schedule not found"
# DECISION: a user has at most one schedule per calendar, so which hours apply is never ambiguous.
CALENDAR_HAS_SCHEDULE = "The user already has a schedule for this calendar"


def search_schedules(world: World, location_id: str, *, user_id: str, calendar_id: str | None, skip: int,
                     limit: int) -> list[dict]:
    found = [dict(s) for s in world.store.scan(location_id, tables.SCHEDULES)
             if s["userId"] == user_id and (calendar_id is None or calendar_id in s.get("calendarIds", ()))]
    return page(found, skip, limit, limit)


def create_schedule(world: World, location_id: str, fields: dict[str, Any]) -> dict:
    lookups.location_user(world, location_id, fields["userId"])
    stamp = iso_z(lookups.now(world, location_id))
    schedule = {"id": lookups.new_id(world, location_id), "locationId": location_id, "name": fields["name"],
                "userId": fields["userId"], "timezone": fields["timezone"], "rules": fields.get("rules") or [],
                "calendarIds": [], "deleted": False, "dateAdded": stamp, "dateUpdated": stamp}
    for calendar_id in dict.fromkeys(fields.get("calendarIds") or ()):
        _link(world, location_id, schedule, lookups.calendar(world, location_id, calendar_id)["id"])
    return world.store.put(location_id, tables.SCHEDULES, schedule)


def get_schedule(world: World, location_id: str, schedule_id: str) -> dict:
    return lookups.existing(world, location_id, tables.SCHEDULES, schedule_id, NotFound(SCHEDULE_NOT_FOUND))


def update_schedule(world: World, location_id: str, schedule_id: str, changes: dict[str, Any]) -> dict:
    schedule = get_schedule(world, location_id, schedule_id)
    schedule.update({k: v for k, v in changes.items() if v is not None})
    schedule["dateUpdated"] = iso_z(lookups.now(world, location_id))
    return world.store.put(location_id, tables.SCHEDULES, schedule)


def delete_schedule(world: World, location_id: str, schedule_id: str) -> None:
    get_schedule(world, location_id, schedule_id)
    world.store.delete(location_id, tables.SCHEDULES, schedule_id)


def add_calendar(world: World, location_id: str, schedule_id: str, calendar_id: str) -> None:
    schedule = get_schedule(world, location_id, schedule_id)
    if world.store.get(location_id, tables.CALENDARS, calendar_id) is None:
        raise NotFound(lookups.CALENDAR_NOT_FOUND)
    if calendar_id not in schedule["calendarIds"]:
        _link(world, location_id, schedule, calendar_id)
        _touch(world, location_id, schedule)


def remove_calendar(world: World, location_id: str, schedule_id: str, calendar_id: str) -> None:
    schedule = get_schedule(world, location_id, schedule_id)
    if calendar_id not in schedule["calendarIds"]:
        raise NotFound(lookups.CALENDAR_NOT_FOUND)
    schedule["calendarIds"].remove(calendar_id)
    _touch(world, location_id, schedule)


def _link(world: World, location_id: str, schedule: dict, calendar_id: str) -> None:
    for other in world.store.scan(location_id, tables.SCHEDULES):
        if other["id"] != schedule["id"] and other["userId"] == schedule["userId"] \
                and calendar_id in other.get("calendarIds", ()):
            raise BadRequest(CALENDAR_HAS_SCHEDULE)
    schedule["calendarIds"].append(calendar_id)


def _touch(world: World, location_id: str, schedule: dict) -> None:
    schedule["dateUpdated"] = iso_z(lookups.now(world, location_id))
    world.store.put(location_id, tables.SCHEDULES, schedule)
