"""Appointments: booking (validated against the free slots), reading, rescheduling, cancelling.

An appointment is stored as the CalendarEventDTO it is listed as (its ``groupId`` excepted: that is
read from its calendar); ``startTime``/``endTime`` are written with the location timezone's offset,
like the free slots (free-slots.md §5.7).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mock_server.apis.calendars import appointment_events, availability, lookups, tables
from mock_server.apis.calendars.slots import format_slot, parse_ghl_time
from mock_server.apis.calendars.slots.busy import blocks
from mock_server.apis.common import iso_z
from mock_server.apis.locations.service import location_timezone
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text is not known.
APPOINTMENT_NOT_FOUND = "Appointment not found"
# DECISION (free-slots.md §5.7): the status of a booking that names none.
STATUS_AUTO_CONFIRMED = "confirmed"
STATUS_AWAITING_CONFIRMATION = "new"
# DECISION: what createdBy.source says for bookings made through the API.
API_SOURCE = "third_party"
# Fields of the body that are stored as sent.
PASSTHROUGH = ("address", "description", "meetingLocationType", "meetingLocationId", "overrideLocationConfig",
               "toNotify")
# The fields of AppointmentSchemaResponse, what create and edit answer.
ANSWER_FIELDS = ("id", "calendarId", "locationId", "contactId", "startTime", "endTime", "title",
                 "meetingLocationType", "appointmentStatus", "assignedUserId", "address", "isRecurring", "rrule")


def get_appointment(tenant: Tenant, event_id: str) -> dict:
    return tenant.require(tables.APPOINTMENTS, event_id)


def read_appointment(tenant: Tenant, event_id: str) -> dict:
    """The appointment as CalendarEventDTO shows it."""
    return with_groups(tenant, [get_appointment(tenant, event_id)])[0]


def with_groups(tenant: Tenant, appointments: list[dict]) -> list[dict]:
    """Appointments with their calendar's ``groupId`` as it is now: it is not stored with them, so a
    calendar moving to another group (or its group being deleted) never leaves a stale one behind."""
    groups: dict[str, str | None] = {}
    for appointment in appointments:
        calendar_id = appointment["calendarId"]
        if calendar_id not in groups:
            calendar = tenant.store.get(tables.CALENDARS, calendar_id)
            groups[calendar_id] = (calendar or {}).get("groupId")
        if groups[calendar_id]:
            appointment["groupId"] = groups[calendar_id]
    return appointments


def answer(appointment: dict) -> dict:
    """The appointment as AppointmentSchemaResponse shows it."""
    return {key: appointment[key] for key in ANSWER_FIELDS if key in appointment}


def create_appointment(tenant: Tenant, fields: dict[str, Any], *, user_id: str | None) -> dict:
    calendar = lookups.calendar(tenant, fields["calendarId"])
    availability.ensure_bookable(tenant, calendar)
    contact = lookups.contact(tenant, fields["contactId"])
    if fields.get("assignedUserId"):
        lookups.location_user(tenant, fields["assignedUserId"])
    tz = location_timezone(tenant)
    unchecked = bool(fields.get("ignoreFreeSlotValidation"))
    decision = availability.decide_booking(
        tenant, calendar, start=parse_ghl_time(fields["startTime"], tz),
        end=parse_ghl_time(fields["endTime"], tz) if fields.get("endTime") else None,
        assigned_user_id=fields.get("assignedUserId"), ignore_date_range=bool(fields.get("ignoreDateRange")),
        ignore_free_slot_validation=unchecked)
    stamp = iso_z(tenant.now())
    appointment: dict[str, Any] = {
        "id": tenant.new_id(),
        "locationId": tenant.location_id,
        "calendarId": calendar["id"],
        "contactId": contact["id"],
        "title": fields.get("title") or _default_title(calendar, contact),
        "appointmentStatus": fields.get("appointmentStatus") or default_status(calendar),
        "users": decision.users,
        "startTime": format_slot(decision.start, tz),
        "endTime": format_slot(decision.end, tz),
        # rrule is only honoured together with ignoreFreeSlotValidation (the official description).
        "isRecurring": bool(unchecked and fields.get("rrule")),
        "assignedResources": [],
        "createdBy": {"userId": user_id, "source": API_SOURCE} if user_id else {"source": API_SOURCE},
        "dateAdded": stamp,
        "dateUpdated": stamp,
    }
    if decision.assigned_user_id:
        appointment["assignedUserId"] = decision.assigned_user_id
    if appointment["isRecurring"]:
        appointment["rrule"] = fields["rrule"]
    appointment.update({key: fields[key] for key in PASSTHROUGH if fields.get(key) is not None})
    if fields.get("address") and "meetingLocationType" not in fields:
        appointment["meetingLocationType"] = "custom"  # the file: an address implies "custom"
    stored = tenant.store.put(tables.APPOINTMENTS, appointment)
    appointment_events.announce(tenant, appointment_events.APPOINTMENT_CREATE, stored)
    return stored


def edit_appointment(tenant: Tenant, event_id: str, fields: dict[str, Any]) -> dict:
    """Change an appointment. Moving it (time, calendar, host) or bringing a cancelled one back
    takes the new time only if it is free; cancelling frees it (non-blocking statuses hold no time)."""
    appointment = get_appointment(tenant, event_id)
    calendar = lookups.calendar(tenant, fields.get("calendarId") or appointment["calendarId"])
    if fields.get("assignedUserId"):
        lookups.location_user(tenant, fields["assignedUserId"])
    _reschedule(tenant, appointment, calendar, fields)
    appointment.update({key: fields[key] for key in (*PASSTHROUGH, "title", "appointmentStatus")
                        if fields.get(key) is not None})
    appointment["dateUpdated"] = iso_z(tenant.now())
    stored = tenant.store.put(tables.APPOINTMENTS, appointment)
    appointment_events.announce(tenant, appointment_events.APPOINTMENT_UPDATE, stored)
    return stored


def _reschedule(tenant: Tenant, appointment: dict, calendar: dict, fields: dict[str, Any]) -> None:
    """Apply a new time, calendar or host, checked as a booking (leaving the appointment itself out
    of the busy data) whenever the appointment will hold time it did not hold before."""
    tz = location_timezone(tenant)
    old_start, old_end = (parse_ghl_time(appointment[k], tz) for k in ("startTime", "endTime"))
    start = parse_ghl_time(fields["startTime"], tz) if fields.get("startTime") else old_start
    if fields.get("endTime"):
        end: datetime = parse_ghl_time(fields["endTime"], tz)
    else:
        end = start + (old_end - old_start)  # DECISION: a moved appointment keeps its length
    moved_calendar = calendar["id"] != appointment["calendarId"]
    # DECISION: a rescheduled appointment keeps its host unless the body names another or it moves
    # to another calendar (whose own host rule then chooses).
    host = fields.get("assignedUserId") or (None if moved_calendar else appointment.get("assignedUserId"))
    moved = moved_calendar or start != old_start or end != old_end or host != appointment.get("assignedUserId")
    holds_time = blocks({"appointmentStatus": fields.get("appointmentStatus") or appointment.get("appointmentStatus")})
    if not (moved or (holds_time and not blocks(appointment))):
        return
    if holds_time:
        availability.ensure_bookable(tenant, calendar)
    decision = availability.decide_booking(
        tenant, calendar, start=start, end=end, assigned_user_id=host,
        ignore_date_range=bool(fields.get("ignoreDateRange")),
        # an appointment that will not hold time (cancelled ...) is moved without a slot check
        ignore_free_slot_validation=bool(fields.get("ignoreFreeSlotValidation")) or not holds_time,
        exclude_event_id=appointment["id"])
    appointment.update(calendarId=calendar["id"], startTime=format_slot(decision.start, tz),
                       endTime=format_slot(decision.end, tz), users=decision.users)
    appointment.pop("assignedUserId", None)
    if decision.assigned_user_id:
        appointment["assignedUserId"] = decision.assigned_user_id


def default_status(calendar: dict) -> str:
    return STATUS_AWAITING_CONFIRMATION if calendar.get("autoConfirm") is False else STATUS_AUTO_CONFIRMED


def _default_title(calendar: dict, contact: dict) -> str:
    """The calendar's ``eventTitle`` with ``{{contact.name}}`` filled in (GHL's default title)."""
    name = contact.get("name") or " ".join(p for p in (contact.get("firstName"), contact.get("lastName")) if p)
    title = (calendar.get("eventTitle") or "{{contact.name}}").replace("{{contact.name}}", name or "")
    return title.strip() or calendar.get("name") or "Appointment"


def appointments_of_contact(tenant: Tenant, contact_id: str) -> list[dict]:
    """The contact's appointments, earliest first (GET /contacts/{contactId}/appointments)."""
    lookups.contact(tenant, contact_id)
    found = tenant.store.find(tables.APPOINTMENTS, "contactId", contact_id)
    found.sort(key=lambda a: datetime.fromisoformat(a["startTime"]))
    # DECISION: GetEventSchema's legacy ``status`` repeats ``appointmentStatus``.
    return [{**a, "status": a.get("appointmentStatus")} for a in with_groups(tenant, found)]
