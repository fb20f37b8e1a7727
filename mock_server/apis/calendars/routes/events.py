"""Event operations: appointments, block slots, the two listings, and deleting either kind."""

from __future__ import annotations

from mock_server.apis.calendars import appointments, blocked_slots, events, tables
from mock_server.apis.calendars.models import events as models
from mock_server.apis.calendars.routes.spec import api, sent
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

READ, WRITE = "calendars/events.readonly", "calendars/events.write"


@api.get("/calendars/events", "get-calendar-events", scopes=READ, tokens=LOCATION, query=models.EventsQuery,
         response=models.EventsResponse, summary="Get Calendar Events")
def get_events(call: Call) -> dict:
    """Appointments overlapping ``[startTime, endTime]`` (epoch ms) of a calendar, group or user."""
    return {"events": appointments.with_groups(call.tenant, _listing(call, tables.APPOINTMENTS))}


@api.get("/calendars/blocked-slots", "get-blocked-slots", scopes=READ, tokens=LOCATION, query=models.EventsQuery,
         response=models.EventsResponse, summary="Get Blocked Slots")
def get_blocked_slots(call: Call) -> dict:
    """Blocked slots overlapping ``[startTime, endTime]`` (epoch ms) of a calendar, group or user."""
    return {"events": _listing(call, tables.BLOCKED_SLOTS)}


def _listing(call: Call, table: str) -> list[dict]:
    q = call.query
    return events.list_events(call.tenant, table, start_ms=int(q.startTime),
                              end_ms=int(q.endTime), calendar_id=q.calendarId, user_id=q.userId, group_id=q.groupId)


@api.post("/calendars/events/appointments", "create-appointment", scopes=WRITE, tokens=LOCATION,
          body=models.CreateAppointmentBody, response=models.AppointmentOut, status=200,
          summary="Create Appointment")
def create_appointment(call: Call) -> dict:
    """Book an appointment: the start must be a free slot unless ``ignoreFreeSlotValidation``."""
    created = appointments.create_appointment(call.tenant, sent(call.body),
                                              user_id=call.principal.user_id)
    return appointments.answer(created)


@api.put("/calendars/events/appointments/{eventId}", "edit-appointment", scopes=WRITE, tokens=LOCATION,
         body=models.EditAppointmentBody, response=models.AppointmentOut, summary="Edit Appointment")
def edit_appointment(call: Call) -> dict:
    """Reschedule, reassign, cancel or annotate an appointment."""
    edited = appointments.edit_appointment(call.tenant, call.path["eventId"], sent(call.body))
    return appointments.answer(edited)


@api.get("/calendars/events/appointments/{eventId}", "get-appointment", scopes=READ, tokens=LOCATION,
         response=models.EventResponse, summary="Get Appointment")
def get_appointment(call: Call) -> dict:
    return {"event": appointments.read_appointment(call.tenant, call.path["eventId"])}


@api.post("/calendars/events/block-slots", "create-block-slot", scopes=WRITE, tokens=LOCATION,
          body=models.BlockSlotBody, response=models.BlockSlotOut, status=201, summary="Create Block Slot",
          notes=("calendarId is optional: the file's own description says calendarId or assignedUserId",))
def create_block_slot(call: Call) -> dict:
    return blocked_slots.answer(blocked_slots.create_block_slot(call.tenant, sent(call.body)))


@api.put("/calendars/events/block-slots/{eventId}", "edit-block-slot", scopes=WRITE, tokens=LOCATION,
         body=models.BlockSlotBody, response=models.BlockSlotOut, status=201, summary="Edit Block Slot",
         notes=("calendarId is optional: the file's own description says calendarId or assignedUserId",))
def edit_block_slot(call: Call) -> dict:
    edited = blocked_slots.edit_block_slot(call.tenant, call.path["eventId"], sent(call.body))
    return blocked_slots.answer(edited)


@api.delete("/calendars/events/{eventId}", "delete-event", scopes=WRITE, tokens=LOCATION,
            body=models.DeleteEventBody, response=models.DeleteEventResponse, status=201, summary="Delete Event")
def delete_event(call: Call) -> dict:
    """Delete an appointment or a blocked slot (GHL answers 201)."""
    events.delete_event(call.tenant, call.path["eventId"])
    return {"succeeded": True}
