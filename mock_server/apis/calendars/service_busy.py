"""Service bookings as the slot engine's busy time: each booked service keeps its staff member busy.

Read by ``busy_lookup`` (a calendar's free slots and bookings) and by ``service_bookings`` (the next
service booking), so a staff member booked for a service is not offered or booked elsewhere at that time.
"""

from __future__ import annotations

from mock_server.apis.calendars import tables
from mock_server.platform.tenant_context import Tenant


def staff_events(tenant: Tenant, user_ids: list[str]) -> list[dict]:
    """Each booked service of ``user_ids`` as the engine reads an appointment of another calendar: on no
    calendar of the location, keeping its staff member busy (its buffers included: the booking's ``held``)
    while its booking's status holds time."""
    found: set[str] = set()
    for user_id in user_ids:
        found |= tenant.store.ids_where(tables.SERVICE_BOOKINGS, "staffIds", user_id)
    return [{"id": booking["id"], "calendarId": None, "assignedUserId": item["staffId"],
             "startTime": item["startTime"], "endTime": item["endTime"],
             "appointmentStatus": engine_status(booking["status"])}
            for booking in tenant.store.scan_ids(tables.SERVICE_BOOKINGS, found)
            for item in booking["held"] if item["staffId"] in user_ids]


def engine_status(status: str) -> str:
    """A service booking's status in the engine's words (its ``noshow`` is the services' ``no_show``)."""
    return "noshow" if status == "no_show" else status
