"""The v3-only operations of calendars-v3.json: the services catalog, service locations, service bookings
(CreateServiceDTO, CreatePublicServiceBookingDTO ... and their answers) and an event calendar's schedule."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from mock_server.apis.calendars.models.common import Number
from mock_server.apis.calendars.models.events import DateTime
from mock_server.apis.calendars.models.schedules import ScheduleRule
from mock_server.apis.common import RECORD_MARK, Timezone
from mock_server.platform.models import BodyModel, NumberString, QueryModel, ResponseModel

# Durations and buffers in their unit ("mins" or "hours"). DECISION: at most a year (525600 minutes), so a
# booked service always ends on a date the mock can write; the file sets no bound.
Minutes = Annotated[Number, Field(ge=0, le=525_600)]
DurationUnit = Literal["mins", "hours"]
# The contract kit's generic requests (contracts/values.py): which records these ids name, and a booking's
# times an hour apart (its generic date-times are all one instant, which the calendars' probes book).
SERVICE_REF = {RECORD_MARK: "/calendars/services/catalog"}
STAFF_REF = {RECORD_MARK: "userId"}


# -- queries ---------------------------------------------------------------------------------------------
class GetServiceBookingsQuery(QueryModel):
    locationId: str
    startTime: NumberString  # epoch milliseconds, as a string of digits
    endTime: NumberString
    timezone: Timezone | None = None
    serviceLocationId: str | None = None


class CreateServiceBookingQuery(QueryModel):
    overrideAvailability: bool = False
    skipSchedulingNotice: bool = False


class GetServicesCatalogQuery(QueryModel):
    locationId: str
    serviceCategoryId: str | None = None
    isPrivate: bool | None = None


class GetServiceLocationsQuery(QueryModel):
    locationId: str


# -- bodies ----------------------------------------------------------------------------------------------
class ServiceAddOn(BodyModel):
    id: str
    quantity: Number | None = None
    duration: Minutes | None = None


class CreateBookingService(BodyModel):
    id: str = Field(json_schema_extra=SERVICE_REF)
    staffId: str | None = None
    position: Number | None = None
    addOns: list[ServiceAddOn] | None = None


class CreatePublicServiceBookingBody(BodyModel):
    locationId: str
    contactId: str
    startTime: DateTime = Field(json_schema_extra={"examples": ["2030-02-05T13:15:00.000Z"]})
    endTime: DateTime = Field(json_schema_extra={"examples": ["2030-02-05T14:15:00.000Z"]})
    timezone: Timezone
    services: Annotated[list[CreateBookingService], Field(min_length=1)]
    serviceLocationId: str | None = None
    meetingLocation: str | None = None
    title: str | None = None
    status: Literal["confirmed", "new"] | None = None


class UpdateServiceBookingBody(BodyModel):
    serviceLocationId: str | None = None
    meetingLocation: str | None = None
    title: str | None = None
    status: Literal["confirmed", "cancelled", "invalid", "new", "showed", "no_show"] | None = None
    startTime: DateTime | None = None
    endTime: DateTime | None = None
    timezone: Timezone | None = None
    services: Annotated[list[CreateBookingService], Field(min_length=1)] | None = None


class Staff(BodyModel):
    id: str = Field(json_schema_extra=STAFF_REF)  # a user of the location


class Payment(BodyModel):
    amount: Annotated[Number, Field(ge=0)] | None = None
    deposit: Annotated[Number, Field(ge=0)] | None = None
    depositType: Literal["percentage", "amount"] | None = None


class CreateServiceVariation(BodyModel):
    serviceDuration: Minutes | None = None
    serviceDurationUnit: DurationUnit | None = None
    preBuffer: Minutes | None = None
    preBufferUnit: DurationUnit | None = None
    postBuffer: Minutes | None = None
    postBufferUnit: DurationUnit | None = None
    payment: Payment | None = None
    name: str


class CreateServiceBody(BodyModel):
    locationId: str
    name: str
    slug: str
    staff: Annotated[list[Staff], Field(min_length=1)]  # the file: "at least one required"
    description: str | None = None
    eventColor: str | None = None
    coverImage: str | None = None
    serviceCategoryId: str | None = None
    payment: Payment | None = None
    serviceDuration: Minutes | None = None
    serviceDurationUnit: DurationUnit | None = None
    preBuffer: Minutes | None = None
    preBufferUnit: DurationUnit | None = None
    postBuffer: Minutes | None = None
    postBufferUnit: DurationUnit | None = None
    isPrivate: bool | None = None
    formId: str | None = None
    variations: list[CreateServiceVariation] | None = None


class UpdateServiceVariation(BodyModel):
    serviceDuration: Minutes | None = None
    serviceDurationUnit: DurationUnit | None = None
    preBuffer: Minutes | None = None
    preBufferUnit: DurationUnit | None = None
    postBuffer: Minutes | None = None
    postBufferUnit: DurationUnit | None = None
    payment: Payment | None = None
    id: str | None = None
    name: str | None = None


class UpdateServiceBody(BodyModel):
    name: str | None = None
    description: str | None = None
    slug: str | None = None
    eventColor: str | None = None
    coverImage: str | None = None
    serviceCategoryId: str | None = None
    payment: Payment | None = None
    serviceDuration: Minutes | None = None
    serviceDurationUnit: DurationUnit | None = None
    preBuffer: Minutes | None = None
    preBufferUnit: DurationUnit | None = None
    postBuffer: Minutes | None = None
    postBufferUnit: DurationUnit | None = None
    isPrivate: bool | None = None
    formId: str | None = None
    staff: Annotated[list[Staff], Field(min_length=1)] | None = None
    variations: list[UpdateServiceVariation] | None = None


class CreateServiceLocationBody(BodyModel):
    locationId: str
    name: str
    slug: str
    phone: str | None = None
    address: str | None = None
    coverImage: str | None = None
    locationType: Literal["offline", "ask_booker"] | None = None


class UpdateServiceLocationBody(BodyModel):
    name: str | None = None
    slug: str | None = None
    phone: str | None = None
    address: str | None = None
    coverImage: str | None = None
    locationType: Literal["offline", "ask_booker"] | None = None


# The file's pattern for timezone ("Area/City") refuses "UTC" and three-part names; any IANA zone is taken,
# as the user schedules take it (upstream.py).
class CreateEventCalendarScheduleBody(BodyModel):
    rules: list[ScheduleRule]
    timezone: Timezone


class UpdateEventCalendarScheduleBody(BodyModel):
    rules: list[ScheduleRule] | None = None
    timezone: Timezone | None = None


# -- answers ---------------------------------------------------------------------------------------------
class ServiceResourceOut(ResponseModel):
    id: str


class ServiceAddOnResponseOut(ResponseModel):
    id: str
    quantity: float | None = None


class ServiceOut(ResponseModel):
    id: str
    serviceCategoryId: str
    serviceStaffId: str
    serviceStartTime: str
    serviceEndTime: str
    serviceResources: list[ServiceResourceOut] | None = None
    serviceAddOns: list[ServiceAddOnResponseOut] | None = None


class CreatedOrUpdatedByOut(ResponseModel):
    userId: str | None = None
    source: str


class ServiceBookingResponse(ResponseModel):
    bookingId: str
    locationId: str
    contactId: str
    serviceLocationId: str
    title: str
    startTime: str
    endTime: str
    services: list[ServiceOut]
    timezone: str
    status: str
    deleted: bool
    dateAdded: str
    dateUpdated: str
    createdBy: CreatedOrUpdatedByOut
    meetingLocation: str | None = None


class ServiceBookingsListResponse(ResponseModel):
    bookings: list[ServiceBookingResponse]


class CreateOrUpdateServiceBookingResponse(ResponseModel):
    bookingId: str
    locationId: str
    contactId: str
    serviceLocationId: str
    title: str
    startTime: str
    endTime: str
    services: list[ServiceOut]
    timezone: str
    status: str
    deleted: bool
    dateAdded: str
    dateUpdated: str
    createdBy: CreatedOrUpdatedByOut
    meetingLocation: str | None = None
    messages: list[list[Any]] | None = None


class DeleteServiceBookingResponse(ResponseModel):
    success: bool
    message: str


class PaymentOut(ResponseModel):
    amount: float | None = None
    deposit: float | None = None
    depositType: Literal["percentage", "amount"] | None = None


class ServiceVariationOut(ResponseModel):
    id: str
    name: str
    serviceDuration: float | None = None
    serviceDurationUnit: Literal["mins", "hours"] | None = None
    payment: PaymentOut | None = None
    preBuffer: float | None = None
    preBufferUnit: Literal["mins", "hours"] | None = None
    postBuffer: float | None = None
    postBufferUnit: Literal["mins", "hours"] | None = None


class StaffOut(ResponseModel):
    id: str


class ServiceResponseOut(ResponseModel):
    id: str
    locationId: str
    name: str
    description: str | None = None
    slug: str | None = None
    eventColor: str | None = None
    coverImage: str | None = None
    serviceCategoryId: str | None = None
    payment: PaymentOut | None = None
    serviceDuration: float | None = None
    serviceDurationUnit: Literal["mins", "hours"] | None = None
    preBuffer: float | None = None
    preBufferUnit: Literal["mins", "hours"] | None = None
    postBuffer: float | None = None
    postBufferUnit: Literal["mins", "hours"] | None = None
    isPrivate: bool | None = None
    formId: str | None = None
    variations: list[ServiceVariationOut] | None = None
    staff: list[StaffOut] | None = None


class ServicesListResponse(ResponseModel):
    services: list[ServiceResponseOut]


class ServiceResponseWrapperResponse(ResponseModel):
    service: ServiceResponseOut


class DeleteServiceResponse(ResponseModel):
    success: bool
    message: str | None = None


class ServiceLocationResponse(ResponseModel):
    id: str
    locationId: str
    name: str
    slug: str
    isActive: bool | None = None
    isPrivate: bool | None = None
    coverImage: str | None = None
    locationType: Literal["offline", "ask_booker"] | None = None
    address: str | None = None
    phone: str | None = None


class ServiceLocationListResponse(ResponseModel):
    serviceLocations: list[ServiceLocationResponse]


class DeleteServiceLocationResponse(ResponseModel):
    success: bool
    message: str | None = None


class ScheduleIntervalOut(ResponseModel):
    from_: str = Field(alias="from")
    to: str


class ScheduleRuleOut(ResponseModel):
    type: Literal["wday", "date"]
    intervals: list[ScheduleIntervalOut]
    date: str | None = None
    day: Literal["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] | None = None


class EventCalendarScheduleResponseOut(ResponseModel):
    timezone: str
    rules: list[ScheduleRuleOut]
    calendarId: str
    dateAdded: str | None = None
    dateUpdated: str | None = None


class EventCalendarScheduleWrapperResponse(ResponseModel):
    schedule: EventCalendarScheduleResponseOut
