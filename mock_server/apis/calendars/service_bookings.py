"""Service bookings (v3): a contact booking one or more services of the catalog, back to back, each given by
one of its staff at a service location.

Availability is the calendars' free-slot engine's: each booked service is checked as a booking of a
round-robin "calendar" made of that service (its duration plus add-ons, its buffers, its staff as the team,
open all day), against the staff's appointments on every calendar,
their blocked slots and their other service bookings. The calendars' free slots see service bookings the
same way (``service_busy``, read by ``busy_lookup``): a staff member is one person, whatever booked them.

Evidence: only calendars-v3.json; GHL's public issue tracker has nothing on the services endpoints (searched
2026-12-03) and spec-oddities.md / ghl-behaviour.md say nothing of them, so every text here is a DECISION.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from mock_server.apis.calendars import (
    availability,
    lookups,
    service_busy,
    service_catalog,
    service_locations,
    tables,
)
from mock_server.apis.calendars.slots import check_booking, format_slot, parse_ghl_time
from mock_server.apis.calendars.slots.decisions import BLOCKING_STATUSES
from mock_server.apis.calendars.slots.units import to_seconds
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known; they follow the calendars' (the slot refusal is the engine's [OBS] text).
BOOKING_NOT_FOUND = "Service booking not found"
DELETED = "Booking deleted successfully"
NOT_STAFF = "The staff member does not give this service"
END_BEFORE_START = "endTime must be greater than startTime"
MEETING_LOCATION_REQUIRED = "meetingLocation is required for an ask-the-booker service location"
# DECISION: "the status configured in Service Global Settings" (UI only) is taken as "confirmed".
DEFAULT_STATUS = "confirmed"
# DECISION: what createdBy.source says for bookings made through the API (as the calendars' appointments).
API_SOURCE = "third_party"
# DECISION: a staff member's working hours for services are set in GHL's UI (no operation reads or writes them;
# the user schedules name calendars, never services): the mock offers staff all day, on the booking's time zone's
# clock, busy only with their appointments, blocked slots and service bookings.
ALL_DAY = [{"daysOfTheWeek": list(range(7)),
            "hours": [{"openHour": 0, "openMinute": 0, "closeHour": 23, "closeMinute": 59}]}]
ANSWER_FIELDS = ("locationId", "contactId", "serviceLocationId", "title", "startTime", "endTime", "services",
                 "timezone", "status", "deleted", "dateAdded", "dateUpdated", "createdBy", "meetingLocation")


def answer(booking: dict, timezone: str | None = None) -> dict:
    """ServiceBookingResponseDTO: the record under ``bookingId``, its times on ``timezone``'s clock if given."""
    shown = {"bookingId": booking["id"], **{key: booking[key] for key in ANSWER_FIELDS if key in booking}}
    if timezone:
        moved = lambda text: format_slot(datetime.fromisoformat(text), timezone)
        shown.update(startTime=moved(booking["startTime"]), endTime=moved(booking["endTime"]), timezone=timezone,
                     services=[{**item, "serviceStartTime": moved(item["serviceStartTime"]),
                                "serviceEndTime": moved(item["serviceEndTime"])} for item in booking["services"]])
    return shown


def get_booking(tenant: Tenant, booking_id: str) -> dict:
    return tenant.require(tables.SERVICE_BOOKINGS, booking_id)


def list_bookings(tenant: Tenant, *, start_ms: int, end_ms: int, place_id: str | None) -> list[dict]:
    """The bookings overlapping ``[start_ms, end_ms]``, by start time; of one service location if given."""
    found = (tenant.store.find(tables.SERVICE_BOOKINGS, "serviceLocationId", place_id) if place_id
             else tenant.store.scan(tables.SERVICE_BOOKINGS))
    epoch_ms = lambda text: int(datetime.fromisoformat(text).timestamp() * 1000)
    chosen = [b for b in found if epoch_ms(b["endTime"]) >= start_ms and epoch_ms(b["startTime"]) <= end_ms]
    return sorted(chosen, key=lambda booking: (epoch_ms(booking["startTime"]), booking["id"]))


def create_booking(tenant: Tenant, fields: dict[str, Any], *, user_id: str | None, override: bool,
                   skip_notice: bool) -> dict:
    contact = lookups.contact(tenant, fields["contactId"])
    stamp = iso_z(tenant.now())
    booking: dict[str, Any] = {
        "id": tenant.new_id(), "locationId": tenant.location_id, "contactId": contact["id"],
        "status": fields.get("status") or DEFAULT_STATUS, "deleted": False, "dateAdded": stamp,
        "createdBy": {"userId": user_id, "source": API_SOURCE} if user_id else {"source": API_SOURCE}}
    _place(tenant, booking, fields.get("serviceLocationId"), fields.get("meetingLocation"))
    _schedule(tenant, booking, fields, override=override, skip_notice=skip_notice)
    booking["title"] = fields.get("title") or _default_title(tenant, booking)
    booking["dateUpdated"] = stamp
    return tenant.store.put(tables.SERVICE_BOOKINGS, booking)


def update_booking(tenant: Tenant, booking_id: str, changes: dict[str, Any], *, override: bool,
                   skip_notice: bool) -> dict:
    """Change a booking. New times or services (or bringing a cancelled one back) are checked like a new
    booking, the booking itself left out; cancelling frees its staff."""
    booking = get_booking(tenant, booking_id)
    was_holding = _holds_time(booking["status"])
    if changes.get("serviceLocationId") is not None or changes.get("meetingLocation") is not None:
        _place(tenant, booking, changes.get("serviceLocationId") or booking["serviceLocationId"],
               changes.get("meetingLocation") or booking.get("meetingLocation"))
    for key in ("title", "status"):
        if changes.get(key) is not None:
            booking[key] = changes[key]
    moved = any(changes.get(key) is not None for key in ("startTime", "endTime", "timezone", "services"))
    if moved or (_holds_time(booking["status"]) and not was_holding):
        plan = {"startTime": booking["startTime"], "endTime": booking["endTime"], "timezone": booking["timezone"],
                "services": [{"id": item["id"], "staffId": item["serviceStaffId"],
                              "addOns": item.get("serviceAddOns") or []} for item in booking["services"]]}
        plan.update({key: value for key, value in changes.items() if value is not None and key in plan})
        _schedule(tenant, booking, plan, override=override, skip_notice=skip_notice)
    booking["dateUpdated"] = iso_z(tenant.now())
    return tenant.store.put(tables.SERVICE_BOOKINGS, booking)


def delete_booking(tenant: Tenant, booking_id: str) -> None:
    """DECISION: a deleted booking is gone (GET answers the not-found 400), its staff freed at once."""
    get_booking(tenant, booking_id)
    tenant.delete(tables.SERVICE_BOOKINGS, booking_id)


def _holds_time(status: str) -> bool:
    return service_busy.engine_status(status) in BLOCKING_STATUSES


def _place(tenant: Tenant, booking: dict, place_id: str | None, meeting: str | None) -> None:
    """The service location (the default one when none is named) and where an ask-the-booker one meets.

    DECISION: a meetingLocation sent for a location that is not ask-the-booker is dropped (the file's
    ``messages`` would say so, but its item type is not text: the mock sends none).
    """
    place = service_locations.get_location(tenant, place_id) if place_id else service_locations.default_location(tenant)
    booking["serviceLocationId"] = place["id"]
    booking.pop("meetingLocation", None)
    if place.get("locationType") == service_locations.ASK_BOOKER:
        if not meeting:
            raise BadRequest(MEETING_LOCATION_REQUIRED)
        booking["meetingLocation"] = meeting


def _schedule(tenant: Tenant, booking: dict, plan: dict[str, Any], *, override: bool, skip_notice: bool) -> None:
    """Times and services: each service after the previous one (by ``position``, then as sent), its staff
    the one named or the first of its staff who is free, checked unless ``override``.

    DECISION: the services need not fill [startTime, endTime]: the booking keeps the times sent, each service
    holds its own duration (plus add-ons' minutes); skipSchedulingNotice has nothing to skip (services have no
    notice or booking window through the API) but a time in the past is still refused without
    overrideAvailability, as the calendars' engine refuses it.
    """
    tz = plan["timezone"]
    start, end = parse_ghl_time(plan["startTime"], tz), parse_ghl_time(plan["endTime"], tz)
    if end <= start:
        raise BadRequest(END_BEFORE_START)
    ordered = sorted(enumerate(plan["services"]), key=lambda pair: (pair[1].get("position") is None,
                                                                     pair[1].get("position") or 0, pair[0]))
    booked: list[dict] = []
    held: list[dict] = []
    moment = start
    for _, item in ordered:
        service = service_catalog.get_service(tenant, item["id"])
        staff = [member["id"] for member in service.get("staff") or ()]
        if item.get("staffId") and item["staffId"] not in staff:
            raise BadRequest(NOT_STAFF)
        minutes = _minutes(service) + sum((add_on.get("duration") or 0) for add_on in item.get("addOns") or ())
        finish = moment + timedelta(minutes=minutes)
        calendar = _as_calendar(service, minutes, staff)
        if override:
            chosen = item.get("staffId") or staff[0]
        else:
            chosen = _free_staff(tenant, booking, calendar, held, tz, moment, finish, item.get("staffId"),
                                 skip_notice)
        booked.append({"id": service["id"], "serviceCategoryId": service["serviceCategoryId"],
                       "serviceStaffId": chosen, "serviceStartTime": format_slot(moment, tz),
                       "serviceEndTime": format_slot(finish, tz), "serviceResources": [],
                       "serviceAddOns": [{key: add_on[key] for key in ("id", "quantity") if add_on.get(key) is not None}
                                         for add_on in item.get("addOns") or ()]})
        held.append({"staffId": chosen, "startTime": format_slot(moment - _buffer(service, "pre"), tz),
                     "endTime": format_slot(finish + _buffer(service, "post"), tz)})
        moment = finish
    booking.update(startTime=format_slot(start, tz), endTime=format_slot(end, tz), timezone=tz, services=booked,
                   held=held, staffIds=sorted({item["staffId"] for item in held}))


def _free_staff(tenant: Tenant, booking: dict, calendar: dict, held: list[dict], tz: str, start: datetime,
                end: datetime, staff_id: str | None, skip_notice: bool) -> str:
    """The engine's choice of staff for one service: the named one if free, else the first free one."""
    first_ms, last_ms = int(start.timestamp() * 1000), int(end.timestamp() * 1000)
    appointments, blocked = availability.busy_records(tenant, calendar, first_ms, last_ms)
    earlier = [{"id": None, "calendarId": None, "assignedUserId": item["staffId"], "appointmentStatus": "new",
                "startTime": item["startTime"], "endTime": item["endTime"]} for item in held]
    decision = check_booking(calendar, location_timezone=tz, now=tenant.now(), start=start, end=end,
                             assigned_user_id=staff_id, appointments=[*appointments, *earlier], blocked_slots=blocked,
                             ignore_date_range=skip_notice,
                             exclude_event_id=booking["id"])
    return decision.assigned_user_id  # type: ignore[return-value]


def _as_calendar(service: dict, minutes: float, staff: list[str]) -> dict:
    """The service as the engine reads a round-robin calendar: one slot is this booked service."""
    return {"id": service["id"], "calendarType": "round_robin", "openHours": ALL_DAY,
            "teamMembers": [{"userId": user_id} for user_id in staff],
            "slotDuration": minutes, "slotDurationUnit": "mins", "slotInterval": 1, "slotIntervalUnit": "mins",
            "preBuffer": service.get("preBuffer") or 0, "preBufferUnit": service.get("preBufferUnit") or "mins",
            "slotBuffer": service.get("postBuffer") or 0, "slotBufferUnit": service.get("postBufferUnit") or "mins"}


def _buffer(service: dict, side: str) -> timedelta:
    """DECISION: a booked service holds its staff member for its buffers too (``held``: the pre-buffer before
    it, the post-buffer after it), as a calendar's booking holds its own; the answer shows the service's times."""
    return timedelta(seconds=to_seconds(service.get(f"{side}Buffer") or 0, service.get(f"{side}BufferUnit") or "mins"))


def _minutes(service: dict) -> float:
    return to_seconds(service.get("serviceDuration") or 30, service.get("serviceDurationUnit") or "mins") / 60


def _default_title(tenant: Tenant, booking: dict) -> str:
    """DECISION: a booking without a title is named after its services, as GHL's booking page lists them."""
    names = []
    for item in booking["services"]:
        service = tenant.store.get(tables.SERVICES, item["id"])
        names.append(service["name"] if service else item["id"])
    return ", ".join(names)
