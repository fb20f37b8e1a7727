"""Block slots: time taken out of an event calendar, or out of one user's availability everywhere.

A blocked slot always blocks (free-slots.md §3.6: a hard interval, no buffers of its own); creating
one never checks what it overlaps, since blocking booked time is how a host takes a day off.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mock_server.apis.calendars import lookups, tables
from mock_server.apis.calendars.slots import format_slot, parse_ghl_time
from mock_server.apis.calendars.slots.hosts import calendar_type
from mock_server.apis.common import iso_z
from mock_server.apis.locations.service import location_timezone
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# [OBS] free-slots.md §5.8.
NOT_AN_EVENT_CALENDAR = "The calendar is not an event calendar."
# The official description of calendarId / assignedUserId.
ONE_OWNER = "Either calendarId or assignedUserId can be set, not both."
# DECISION: GHL's texts for these are not known.
NO_OWNER = "Either calendarId or assignedUserId is required"
TIMES_REQUIRED = "startTime and endTime are required"
END_BEFORE_START = "endTime must be greater than startTime"
BLOCKED_SLOT_NOT_FOUND = "Blocked slot not found"
# DECISION: the title of a block created without one (BlockedSlotSuccessfulResponseDto requires a title).
DEFAULT_TITLE = "Blocked"
ANSWER_FIELDS = ("id", "locationId", "title", "startTime", "endTime", "calendarId", "assignedUserId")


def answer(slot: dict) -> dict:
    """The block as BlockedSlotSuccessfulResponseDto shows it."""
    return {key: slot[key] for key in ANSWER_FIELDS if key in slot}


def create_block_slot(tenant: Tenant, fields: dict[str, Any]) -> dict:
    if not (fields.get("startTime") and fields.get("endTime")):
        raise BadRequest(TIMES_REQUIRED)
    stamp = iso_z(tenant.now())
    slot = {"id": tenant.new_id(), "locationId": tenant.location_id,
            "title": fields.get("title") or DEFAULT_TITLE, "dateAdded": stamp}
    _apply(tenant, slot, fields)
    return tenant.store.put(tables.BLOCKED_SLOTS, slot)


def edit_block_slot(tenant: Tenant, event_id: str, fields: dict[str, Any]) -> dict:
    slot = tenant.require(tables.BLOCKED_SLOTS, event_id)
    if fields.get("title"):
        slot["title"] = fields["title"]
    if fields.get("calendarId") or fields.get("assignedUserId"):  # a new owner replaces the old one
        slot.pop("calendarId", None)
        slot.pop("assignedUserId", None)
    _apply(tenant, slot, fields)
    return tenant.store.put(tables.BLOCKED_SLOTS, slot)


def _apply(tenant: Tenant, slot: dict, fields: dict[str, Any]) -> None:
    """Owner (an event calendar, or a user of the location) and times, checked and written."""
    calendar_id = fields.get("calendarId") or slot.get("calendarId")
    user_id = fields.get("assignedUserId") or slot.get("assignedUserId")
    if calendar_id and user_id:
        raise BadRequest(ONE_OWNER)
    if not (calendar_id or user_id):
        raise BadRequest(NO_OWNER)
    if calendar_id:
        calendar = lookups.calendar(tenant, calendar_id)
        if calendar_type(calendar) != "event":
            raise BadRequest(NOT_AN_EVENT_CALENDAR)
        slot["calendarId"] = calendar_id
    else:
        lookups.location_user(tenant, user_id)
        slot["assignedUserId"] = user_id
    tz = location_timezone(tenant)
    start: datetime = parse_ghl_time(fields.get("startTime") or slot["startTime"], tz)
    end: datetime = parse_ghl_time(fields.get("endTime") or slot["endTime"], tz)
    if end <= start:
        raise BadRequest(END_BEFORE_START)
    slot.update(startTime=format_slot(start, tz), endTime=format_slot(end, tz),
                dateUpdated=iso_z(tenant.now()))
