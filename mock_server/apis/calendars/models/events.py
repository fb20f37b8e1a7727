"""Events: appointments (AppointmentCreateSchema / AppointmentEditSchema), block slots, listings."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from mock_server.apis.calendars.models.common import EARLIEST, LATEST, OUT_OF_RANGE
from mock_server.apis.calendars.slots import parse_ghl_time
from mock_server.platform.models import BodyModel, NumberString, QueryModel, ResponseModel

AppointmentStatus = Literal["new", "confirmed", "cancelled", "showed", "noshow", "invalid"]
MeetingLocationType = Literal["custom", "zoom", "gmeet", "phone", "address", "ms_teams", "google"]


def _date_time(value: str) -> str:
    """An ISO 8601 date-time (``Z``, an offset, or none: then the location's wall clock)."""
    try:
        moment = parse_ghl_time(value, "UTC")
    except ValueError:
        raise PydanticCustomError("ghl", "{field} must be a valid ISO 8601 date string") from None
    if not EARLIEST <= moment < LATEST:
        raise PydanticCustomError("ghl", OUT_OF_RANGE)
    return value


DateTime = Annotated[str, AfterValidator(_date_time)]


class AppointmentFields(BodyModel):
    """What AppointmentCreateSchema and AppointmentEditSchema share."""

    title: str | None = None
    meetingLocationType: MeetingLocationType | None = None
    meetingLocationId: str | None = None
    overrideLocationConfig: bool | None = None
    appointmentStatus: AppointmentStatus | None = None
    assignedUserId: str | None = None
    description: str | None = None
    address: str | None = None
    ignoreDateRange: bool | None = None
    toNotify: bool | None = None
    ignoreFreeSlotValidation: bool | None = None
    rrule: str | None = None
    endTime: DateTime | None = None


class CreateAppointmentBody(AppointmentFields):
    calendarId: str
    locationId: str
    contactId: str
    startTime: DateTime


class EditAppointmentBody(AppointmentFields):
    calendarId: str | None = None
    startTime: DateTime | None = None


class BlockSlotBody(BodyModel):
    """BlockSlotCreateRequestDTO / BlockSlotEditRequestDTO.

    The file marks ``calendarId`` required, yet says "either calendarId or assignedUserId can be
    set, not both": one of the two is required (checked by the domain), and the times are required
    on create because a block without them blocks nothing.
    """

    title: str | None = None
    calendarId: str | None = None
    assignedUserId: str | None = None
    locationId: str
    startTime: DateTime | None = None
    endTime: DateTime | None = None


class DeleteEventBody(BodyModel):
    """DeleteAppointmentSchema: an empty object (clients send ``{}`` or nothing)."""


class EventsQuery(QueryModel):
    locationId: str
    userId: str | None = None
    calendarId: str | None = None
    groupId: str | None = None
    startTime: NumberString  # epoch milliseconds, as a string of digits
    endTime: NumberString


# -- responses --------------------------------------------------------------------------------
class CreatedBy(ResponseModel):
    userId: str | None = None
    source: str


class AppointmentOut(ResponseModel):
    """AppointmentSchemaResponse: what create and edit answer."""

    id: str
    calendarId: str
    locationId: str
    contactId: str
    startTime: str | None = None
    endTime: str | None = None
    title: str | None = None
    meetingLocationType: str | None = None
    appointmentStatus: str | None = None
    assignedUserId: str | None = None
    address: str | None = None
    isRecurring: bool | None = None
    rrule: str | None = None


class EventOut(ResponseModel):
    """CalendarEventDTO: an appointment (or, in the blocked-slots listing, a block) as listed."""

    id: str
    title: str
    calendarId: str | None = None
    locationId: str
    contactId: str | None = None
    groupId: str | None = None
    appointmentStatus: str | None = None
    assignedUserId: str | None = None
    users: list[str] = []
    address: str | None = None
    notes: str | None = None
    description: str | None = None
    isRecurring: bool | None = None
    rrule: str | None = None
    startTime: str
    endTime: str
    dateAdded: str
    dateUpdated: str
    assignedResources: list[str] | None = None
    createdBy: CreatedBy | None = None
    masterEventId: str | None = None


class EventResponse(ResponseModel):
    event: EventOut


class EventsResponse(ResponseModel):
    events: list[EventOut]


class BlockSlotOut(ResponseModel):
    """BlockedSlotSuccessfulResponseDto."""

    id: str
    locationId: str
    title: str
    startTime: str
    endTime: str
    calendarId: str | None = None
    assignedUserId: str | None = None


class DeleteEventResponse(ResponseModel):
    succeeded: bool


class ContactEventOut(ResponseModel):
    """GetEventSchema of contacts.json: an appointment as the contact's history lists it."""

    id: str
    calendarId: str | None = None
    status: str | None = None
    title: str | None = None
    assignedUserId: str | None = None
    notes: str | None = None
    startTime: str | None = None
    endTime: str | None = None
    address: str | None = None
    locationId: str | None = None
    contactId: str | None = None
    groupId: str | None = None
    appointmentStatus: str | None = None
    users: list[str] | None = None
    dateAdded: str | None = None
    dateUpdated: str | None = None
    assignedResources: list[str] | None = None


class ContactEventsResponse(ResponseModel):
    events: list[ContactEventOut]
