"""Listing events (appointments) and blocked slots in a time window, and deleting either."""

from __future__ import annotations

from datetime import datetime

from mock_server.apis.calendars import appointment_events, lookups, tables
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# The parameters' own description: "Either of calendarId, userId or groupId is required".
# DECISION: refused with a 400 (the operation declares 400 and 401 only); the text is ours.
OWNER_FILTER_REQUIRED = "Either of calendarId, userId or groupId is required"
# DECISION: a window that ends before it starts is refused rather than answered empty.
WINDOW_REVERSED = "endTime must be greater than startTime"
# DECISION: GHL's text is not known.
EVENT_NOT_FOUND = "Event not found"


def list_events(tenant: Tenant, table: str, *, start_ms: int, end_ms: int,
                calendar_id: str | None, user_id: str | None, group_id: str | None) -> list[dict]:
    """Appointments (``tables.APPOINTMENTS``) or blocked slots (``tables.BLOCKED_SLOTS``) that
    overlap ``[start_ms, end_ms]`` and match every filter given, earliest first.

    DECISION: an event is in the window when it starts at or before ``end_ms`` and ends after
    ``start_ms`` (touching the window's start is not overlapping it). ``calendarId`` and
    ``groupId`` must name a calendar / group of the location (400 otherwise); ``userId`` matches
    the assigned user or any of ``users``. Filters combine with AND.
    """
    if not (calendar_id or user_id or group_id):
        raise BadRequest(OWNER_FILTER_REQUIRED)
    if end_ms < start_ms:
        raise BadRequest(WINDOW_REVERSED)
    calendar_ids: set[str] | None = None
    if calendar_id:
        calendar_ids = {lookups.calendar(tenant, calendar_id)["id"]}
    if group_id:
        lookups.group(tenant, group_id)
        in_group = tenant.store.ids_where(tables.CALENDARS, "groupId", group_id)
        calendar_ids = in_group if calendar_ids is None else calendar_ids & in_group
    found = []
    for event in tenant.store.scan(table):
        if calendar_ids is not None and event.get("calendarId") not in calendar_ids:
            continue
        if user_id and event.get("assignedUserId") != user_id and user_id not in (event.get("users") or ()):
            continue
        start, end = _epoch_ms(event["startTime"]), _epoch_ms(event["endTime"])
        if start <= end_ms and end > start_ms:
            found.append((start, dict(event)))
    found.sort(key=lambda pair: pair[0])
    return [event for _, event in found]


def delete_event(tenant: Tenant, event_id: str) -> None:
    """Delete an appointment (its notes go with it: a cascade of ``area.py``) or a blocked slot: its time is
    free again."""
    if tenant.delete(tables.BLOCKED_SLOTS, event_id):
        return
    appointment = tenant.store.get(tables.APPOINTMENTS, event_id)
    if appointment is None or not tenant.delete(tables.APPOINTMENTS, event_id):
        raise BadRequest(EVENT_NOT_FOUND)
    appointment_events.announce(tenant, appointment_events.APPOINTMENT_DELETE, appointment)


def _epoch_ms(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp() * 1000)
