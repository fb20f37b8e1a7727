"""Calendar operations, free slots included."""

from __future__ import annotations

from mock_server.apis.calendars import availability, calendars
from mock_server.apis.calendars.models import calendars as models
from mock_server.apis.calendars.routes.spec import api, sent
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

READ, WRITE = "calendars.readonly", "calendars.write"


@api.get("/calendars/", "get-calendars", scopes=READ, tokens=LOCATION, query=models.CalendarsQuery,
         response=models.CalendarsResponse, summary="Get Calendars")
def get_calendars(call: Call) -> dict:
    q = call.query
    return {"calendars": calendars.list_calendars(call.tenant, group_id=q.groupId,
                                                  show_drafted=q.showDrafted)}


@api.post("/calendars/", "create-calendar", scopes=WRITE, tokens=LOCATION, body=models.CreateCalendarBody,
          response=models.CalendarResponse, status=200, summary="Create Calendar")
def create_calendar(call: Call) -> dict:
    fields = sent(call.body)
    fields.pop("locationId")
    return {"calendar": calendars.create_calendar(call.tenant, fields)}


@api.get("/calendars/{calendarId}", "get-calendar", scopes=READ, tokens=LOCATION,
         response=models.CalendarResponse, summary="Get Calendar")
def get_calendar(call: Call) -> dict:
    return {"calendar": calendars.get_calendar(call.tenant, call.path["calendarId"])}


@api.put("/calendars/{calendarId}", "update-calendar", scopes=WRITE, tokens=LOCATION, body=models.UpdateCalendarBody,
         response=models.CalendarResponse, summary="Update Calendar",
         notes=("CalendarUpdateDTO lists preBufferUnit but not slotBufferUnit; both are accepted",))
def update_calendar(call: Call) -> dict:
    return {"calendar": calendars.update_calendar(call.tenant, call.path["calendarId"],
                                                  sent(call.body))}


@api.delete("/calendars/{calendarId}", "delete-calendar", scopes=WRITE, tokens=LOCATION,
            response=models.DeleteCalendarResponse, summary="Delete Calendar")
def delete_calendar(call: Call) -> dict:
    """Delete a calendar, with its appointments, blocked slots and notifications."""
    calendars.delete_calendar(call.tenant, call.path["calendarId"])
    return {"success": True}


@api.get("/calendars/{calendarId}/free-slots", "get-slots", scopes=READ, tokens=LOCATION,
         query=models.FreeSlotsQuery, response=models.FreeSlotsResponse, summary="Get Free Slots")
def get_free_slots(call: Call) -> dict:
    """Free slots of a calendar between two epoch-millisecond instants (at most 31 days apart),
    grouped by local date of ``timezone`` (default: the location's)."""
    q = call.query
    return availability.calendar_free_slots(
        call.tenant, call.path["calendarId"], start_ms=q.startDate, end_ms=q.endDate,
        timezone=q.timezone, user_ids=availability.requested_users(q.userId, q.userIds))
