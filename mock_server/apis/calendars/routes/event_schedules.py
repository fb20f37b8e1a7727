"""An event calendar's own schedule (calendars-v3.json only): 404s for an unknown calendar, as the file declares."""

from __future__ import annotations

from mock_server.apis.calendars import event_schedules
from mock_server.apis.calendars.models import services as models
from mock_server.apis.calendars.routes.spec import sent, v3_api
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

ONE = "/calendars/schedules/event-calendar/{calendarId}"


@v3_api.post(ONE, "createCalendarSchedule", scopes="calendars.write", tokens=LOCATION, errors=(404,),
             body=models.CreateEventCalendarScheduleBody, response=models.EventCalendarScheduleWrapperResponse,
             status=201, summary="Create an event calendar's schedule")
def create_calendar_schedule(call: Call) -> dict:
    schedule = event_schedules.create_schedule(call.tenant, call.path["calendarId"], sent(call.body))
    return {"schedule": event_schedules.answer(schedule)}


@v3_api.get(ONE, "getCalendarSchedule", scopes="calendars.readonly", tokens=LOCATION, errors=(404,),
            response=models.EventCalendarScheduleWrapperResponse, summary="Get an event calendar's schedule")
def get_calendar_schedule(call: Call) -> dict:
    return {"schedule": event_schedules.answer(event_schedules.get_schedule(call.tenant, call.path["calendarId"]))}


@v3_api.put(ONE, "updateCalendarSchedule", scopes="calendars.write", tokens=LOCATION, errors=(404,),
            body=models.UpdateEventCalendarScheduleBody, response=models.EventCalendarScheduleWrapperResponse,
            summary="Update an event calendar's schedule")
def update_calendar_schedule(call: Call) -> dict:
    schedule = event_schedules.update_schedule(call.tenant, call.path["calendarId"], sent(call.body))
    return {"schedule": event_schedules.answer(schedule)}
