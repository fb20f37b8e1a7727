"""The Calendars area's webhooks: an appointment's creation, change and deletion (``{appointment: {...}}``).

(``events.py`` here is the calendar-events domain, hence this module's name.)

DECISION: deleting a blocked slot sends nothing (the event map names appointments only); an appointment the
deletion of its contact or calendar takes with it sends nothing either. ``source`` is the appointment's
``createdBy.source``; ``groupId`` its calendar's group as it is now (as GHL reads it).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import tables
from mock_server.platform.tenant_context import Tenant
from mock_server.webhooks import Cause, EventType

# The generic values give no time the new calendar has free: booking as the API allows without that check.
_BOOK = Cause("create-appointment", body={"ignoreFreeSlotValidation": True})
_AN_APPOINTMENT = {"eventId": "$/calendars/events/appointments"}

APPOINTMENT_CREATE = EventType("AppointmentCreate", caused_by=(_BOOK,), always=("appointment",))
APPOINTMENT_UPDATE = EventType("AppointmentUpdate", caused_by=(
    Cause("edit-appointment", body={"title": "Moved by a webhook test"}, path=_AN_APPOINTMENT),),
    always=("appointment",))
APPOINTMENT_DELETE = EventType("AppointmentDelete", caused_by=(Cause("delete-event", path=_AN_APPOINTMENT),),
                               always=("appointment",))

EVENTS = (APPOINTMENT_CREATE, APPOINTMENT_UPDATE, APPOINTMENT_DELETE)

_FIELDS = ("id", "address", "title", "calendarId", "contactId", "groupId", "appointmentStatus", "assignedUserId",
           "users", "notes", "source", "startTime", "endTime", "dateAdded", "dateUpdated")


def payload(appointment: dict[str, Any]) -> dict[str, Any]:
    """``{"appointment": {...}}``: the fields the appointment docs show, unset ones left out."""
    found = {**appointment, "source": (appointment.get("createdBy") or {}).get("source")}
    return {"appointment": {name: found[name] for name in _FIELDS if found.get(name) is not None}}


def announce(tenant: Tenant, event: EventType, appointment: dict[str, Any]) -> None:
    calendar = tenant.store.get(tables.CALENDARS, appointment["calendarId"]) or {}
    tenant.emit(event, payload({**appointment, "groupId": calendar.get("groupId")}))
