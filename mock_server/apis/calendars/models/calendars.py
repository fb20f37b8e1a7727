"""Calendars: CalendarCreateDTO, CalendarUpdateDTO and CalendarDTO with their parts.

The settings both bodies share live in ``CalendarSettings``; ``CalendarOut`` is built from them.
Numbers are GHL's "number" (ints or floats); durations and counts may not be negative.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, create_model

from mock_server.apis.calendars.models.common import EARLIEST_MS, LATEST_MS, NonNegative, Number, number_choice
from mock_server.apis.calendars.slugs import Slug
from mock_server.platform.models import BodyModel, QueryModel, ResponseModel

CalendarType = Literal["round_robin", "event", "class_booking", "collective", "service_booking", "personal"]
EventType = Literal["RoundRobin_OptimizeForAvailability", "RoundRobin_OptimizeForEqualDistribution"]
DurationUnit = Literal["mins", "hours"]
NoticeUnit = Literal["hours", "days", "weeks", "months"]
WindowUnit = Literal["days", "weeks", "months"]
MeetingLocationType = Literal["custom", "zoom", "gmeet", "phone", "address", "teams", "booker"]
LocationKind = Literal["custom", "zoom_conference", "google_conference", "inbound_call", "outbound_call",
                       "physical", "booker", "ms_teams_conference"]


class Hour(BodyModel):
    openHour: Annotated[Number, Field(ge=0, le=23)]
    openMinute: Annotated[Number, Field(ge=0, le=60)]
    closeHour: Annotated[Number, Field(ge=0, le=23)]
    closeMinute: Annotated[Number, Field(ge=0, le=60)]


class OpenHour(BodyModel):
    daysOfTheWeek: list[Annotated[int, Field(ge=0, le=6)]]
    hours: list[Hour]


class Availability(BodyModel):
    date: str
    hours: list[Hour]
    deleted: bool = False


class UpdateAvailability(Availability):
    id: str | None = None


class LocationConfiguration(BodyModel):
    kind: LocationKind
    location: str | None = None


class TeamMember(BodyModel):
    userId: str
    priority: number_choice(0, 0.5, 1) = 0.5
    meetingLocationType: MeetingLocationType | None = None
    meetingLocation: str | None = None
    isPrimary: bool | None = None
    locationConfigurations: list[LocationConfiguration] | None = None


class CalendarNotification(BodyModel):
    type: Literal["email"] = "email"
    shouldSendToContact: bool
    shouldSendToGuest: bool
    shouldSendToUser: bool
    shouldSendToSelectedUsers: bool
    selectedUsers: str


class Recurring(BodyModel):
    freq: Literal["DAILY", "WEEKLY", "MONTHLY"] | None = None
    count: Annotated[Number, Field(ge=0, le=24)] | None = None
    bookingOption: Literal["skip", "continue", "book_next"] | None = None
    bookingOverlapDefaultStatus: Literal["confirmed", "new"] | None = None


class LookBusyConfiguration(BodyModel):
    enabled: bool
    LookBusyPercentage: Number


class CalendarSettings(BodyModel):
    """Fields CalendarCreateDTO and CalendarUpdateDTO share (all optional in both)."""

    notifications: list[CalendarNotification] | None = None
    groupId: str | None = None
    teamMembers: list[TeamMember] | None = None
    eventType: EventType | None = None
    description: str | None = None
    slug: Slug | None = None
    widgetSlug: str | None = None
    widgetType: Literal["default", "classic"] | None = None
    eventTitle: str | None = None
    eventColor: str | None = None
    meetingLocation: str | None = None
    locationConfigurations: list[LocationConfiguration] | None = None
    slotDuration: Annotated[Number, Field(gt=0)] | None = None
    slotDurationUnit: DurationUnit | None = None
    slotInterval: NonNegative | None = None
    slotIntervalUnit: DurationUnit | None = None
    slotBuffer: NonNegative | None = None
    # CalendarUpdateDTO forgets slotBufferUnit (it has preBufferUnit): both bodies take both.
    slotBufferUnit: DurationUnit | None = None
    preBuffer: NonNegative | None = None
    preBufferUnit: DurationUnit | None = None
    appoinmentPerSlot: NonNegative | None = None
    appoinmentPerDay: NonNegative | None = None
    allowBookingAfter: NonNegative | None = None
    allowBookingAfterUnit: NoticeUnit | None = None
    allowBookingFor: NonNegative | None = None
    allowBookingForUnit: WindowUnit | None = None
    openHours: list[OpenHour] | None = None
    enableRecurring: bool | None = None
    recurring: Recurring | None = None
    formId: str | None = None
    stickyContact: bool | None = None
    isLivePaymentMode: bool | None = None
    autoConfirm: bool | None = None
    shouldSendAlertEmailsToAssignedMember: bool | None = None
    alertEmail: str | None = None
    googleInvitationEmails: bool | None = None
    allowReschedule: bool | None = None
    allowCancellation: bool | None = None
    shouldAssignContactToTeamMember: bool | None = None
    shouldSkipAssigningContactForExisting: bool | None = None
    notes: str | None = None
    pixelId: str | None = None
    formSubmitType: Literal["RedirectURL", "ThankYouMessage"] | None = None
    formSubmitRedirectURL: str | None = None
    formSubmitThanksMessage: str | None = None
    availabilityType: number_choice(0, 1) | None = None
    guestType: Literal["count_only", "collect_detail"] | None = None
    consentLabel: str | None = None
    calendarCoverImage: str | None = None
    lookBusyConfig: LookBusyConfiguration | None = None
    isActive: bool | None = None


class CreateCalendarBody(CalendarSettings):
    locationId: str
    name: str
    calendarType: CalendarType | None = None
    availabilities: list[Availability] | None = None


class UpdateCalendarBody(CalendarSettings):
    name: str | None = None
    availabilities: list[UpdateAvailability] | None = None


class CalendarsQuery(QueryModel):
    locationId: str
    groupId: str | None = None
    showDrafted: bool = True


# -- responses --------------------------------------------------------------------------------
# CalendarDTO: the settings as the bodies take them (what is stored was validated by those models),
# plus the identity fields. Nested parts reuse the body models: the mock answers exactly what it stored.
CalendarOut = create_model(
    "CalendarOut",
    __base__=ResponseModel,
    __doc__="CalendarDTO: a calendar with every setting, GHL's defaults filled in.",
    id=(str, ...),
    locationId=(str, ...),
    name=(str, ...),
    calendarType=(CalendarType | None, None),
    availabilities=(list[UpdateAvailability] | None, None),
    **{name: (info.annotation, None) for name, info in CalendarSettings.model_fields.items()},
)


class CalendarResponse(ResponseModel):
    calendar: CalendarOut


class CalendarsResponse(ResponseModel):
    calendars: list[CalendarOut]


class DeleteCalendarResponse(ResponseModel):
    success: bool


# -- free slots -------------------------------------------------------------------------------
class FreeSlotsQuery(QueryModel):
    # epoch milliseconds; GHL's 422 for a missing or non-numeric value names a "number"
    startDate: Annotated[float, Field(allow_inf_nan=False, ge=EARLIEST_MS, le=LATEST_MS)]
    endDate: Annotated[float, Field(allow_inf_nan=False, ge=EARLIEST_MS, le=LATEST_MS)]
    timezone: str | None = None
    userId: str | None = None
    userIds: list[str] | None = None


class DaySlots(ResponseModel):
    slots: list[str]


class FreeSlotsResponse(ResponseModel):
    """``{"2026-03-02": {"slots": [...]}, ..., "traceId": "..."}``: one key per local date."""

    traceId: str | None = None
    __pydantic_extra__: dict[str, DaySlots] = Field(init=False)
