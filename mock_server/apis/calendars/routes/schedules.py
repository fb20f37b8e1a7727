"""User availability schedule operations."""

from __future__ import annotations

from mock_server.apis.calendars import schedules
from mock_server.apis.calendars.models import schedules as models
from mock_server.apis.calendars.routes.spec import api, sent
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

READ, WRITE = "calendars.readonly", "calendars.write"
ONE = "/calendars/schedules/{id}"
ASSOCIATION = ONE + "/associations/{calendarId}"


@api.get("/calendars/schedules/search", "getAllSchedules", scopes=READ, tokens=LOCATION,
         query=models.SchedulesQuery, response=models.SchedulesResponse, summary="Get all schedules")
def search_schedules(call: Call) -> dict:
    q = call.query
    return {"schedules": schedules.search_schedules(call.tenant, user_id=q.userId,
                                                    calendar_id=q.calendarId, skip=int(q.skip), limit=int(q.limit))}


@api.get(ONE, "getScheduleById", errors=(404,), scopes=READ, tokens=LOCATION, response=models.ScheduleResponse,
         summary="Get schedule by ID")
def get_schedule(call: Call) -> dict:
    return {"schedule": schedules.get_schedule(call.tenant, call.path["id"])}


@api.put(ONE, "updateSchedule", errors=(404,), scopes=WRITE, tokens=LOCATION, body=models.UpdateScheduleBody,
         response=models.ScheduleResponse, summary="Update schedule")
def update_schedule(call: Call) -> dict:
    return {"schedule": schedules.update_schedule(call.tenant, call.path["id"], sent(call.body))}


@api.delete(ONE, "deleteSchedule", errors=(404,), scopes=WRITE, tokens=LOCATION, response=models.ScheduleSuccess,
            summary="Delete schedule")
def delete_schedule(call: Call) -> dict:
    schedules.delete_schedule(call.tenant, call.path["id"])
    return {"success": True}


@api.post("/calendars/schedules", "createSchedule", scopes=WRITE, tokens=LOCATION, body=models.CreateScheduleBody,
          response=models.ScheduleResponse, status=201, summary="Create schedule")
def create_schedule(call: Call) -> dict:
    fields = sent(call.body)
    fields.pop("locationId")
    return {"schedule": schedules.create_schedule(call.tenant, fields)}


@api.put(ASSOCIATION, "add-calendar-to-schedule", errors=(404,), scopes=WRITE, tokens=LOCATION,
         response=models.ScheduleSuccess, summary="Add calendar to schedule")
def add_calendar(call: Call) -> dict:
    schedules.add_calendar(call.tenant, call.path["id"], call.path["calendarId"])
    return {"success": True}


@api.delete(ASSOCIATION, "remove-calendar-from-schedule", errors=(404,), scopes=WRITE, tokens=LOCATION,
            response=models.ScheduleSuccess, summary="Remove calendar from schedule")
def remove_calendar(call: Call) -> dict:
    schedules.remove_calendar(call.tenant, call.path["id"], call.path["calendarId"])
    return {"success": True}
