"""A walk through every operation of the Calendars API, recording what each answered: the
conformance tests (ours and the official file's) check those answers."""

from __future__ import annotations

import httpx

from mock_server.apis.calendars import routes as calendar_routes
from mock_server.platform.operations import Operation
from mock_server.platform.routing import OperationRouter
from tests.apis.calendars.conftest import MONDAY, Desk


class Recorder:
    """Every response ``desk``'s client gets, with the operation that answered it."""

    def __init__(self, desk: Desk) -> None:
        self.router = OperationRouter(desk.ghl.world.registry)
        self.seen: list[tuple[Operation, int, object]] = []
        desk.http.event_hooks["response"].append(self)

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        matched = self.router.match(response.request.method, response.request.url.path)
        assert matched is not None, response.request.url
        self.seen.append((matched[0], response.status_code, response.json()))


def exercise_every_operation(desk: Desk) -> None:
    """One booking integration's life: every operation of the area at least once, plus some 400s."""
    http, loc = desk.http, desk.location_id
    group = desk.group()
    http.get("/calendars/groups", params={"locationId": loc})
    http.post("/calendars/groups/validate-slug", json={"locationId": loc, "slug": "sales"})
    http.put(f"/calendars/groups/{group['id']}", json={"name": "S", "description": "d", "slug": "sales-2"})
    http.put(f"/calendars/groups/{group['id']}/status", json={"isActive": True})
    host = desk.user("Grace")
    calendar = desk.calendar(groupId=group["id"], notifications=[{
        "shouldSendToContact": True, "shouldSendToGuest": False, "shouldSendToUser": True,
        "shouldSendToSelectedUsers": False, "selectedUsers": ""}],
        availabilities=[{"date": "2026-03-03T00:00:00.000Z", "hours": []}],
        locationConfigurations=[{"kind": "custom", "location": "Office"}],
        lookBusyConfig={"enabled": False, "LookBusyPercentage": 10})
    team = desk.calendar(name="Team", calendarType="round_robin", teamMembers=[{"userId": host, "priority": 1}])
    http.get("/calendars/", params={"locationId": loc})
    http.get(f"/calendars/{calendar['id']}")
    http.put(f"/calendars/{calendar['id']}", json={"description": "Intro"})
    http.get(f"/calendars/{calendar['id']}/free-slots", params=MONDAY)
    http.get(f"/calendars/{team['id']}/free-slots", params={**MONDAY, "userId": host})
    contact = desk.contact()
    appointment = desk.book(calendar["id"], "2026-03-02T09:00:00-05:00", contact, address="Main St").json()
    team_booking = desk.book(team["id"], "2026-03-02T09:00:00-05:00", contact).json()
    desk.book(calendar["id"], "2026-03-02T09:00:00-05:00")  # 400: taken
    http.put(f"/calendars/events/appointments/{appointment['id']}", json={"startTime": "2026-03-02T10:00:00-05:00"})
    http.get(f"/calendars/events/appointments/{appointment['id']}")
    http.get(f"/calendars/events/appointments/{team_booking['id']}")
    window = {"locationId": loc, "startTime": "1772427600000", "endTime": "1772513999999"}
    http.get("/calendars/events", params={**window, "calendarId": calendar["id"]})
    http.get("/calendars/events", params={**window, "userId": host})
    blocked = http.post("/calendars/events/block-slots", json={
        "locationId": loc, "calendarId": calendar["id"], "title": "Break",
        "startTime": "2026-03-02T11:00:00-05:00", "endTime": "2026-03-02T11:30:00-05:00"}).json()
    http.put(f"/calendars/events/block-slots/{blocked['id']}", json={"locationId": loc, "calendarId": calendar["id"],
                                                                     "endTime": "2026-03-02T12:00:00-05:00"})
    http.post("/calendars/events/block-slots", json={"locationId": loc, "assignedUserId": host,
                                                     "startTime": "2026-03-02T11:00:00-05:00",
                                                     "endTime": "2026-03-02T11:30:00-05:00"})
    http.get("/calendars/blocked-slots", params={**window, "calendarId": calendar["id"]})
    http.get("/calendars/blocked-slots", params={**window, "userId": host})
    notes = f"/calendars/appointments/{appointment['id']}/notes"
    note = http.post(notes, json={"body": "Bring ID"}).json()["note"]
    http.get(notes, params={"limit": 10, "offset": 0})
    http.put(f"{notes}/{note['id']}", json={"body": "Bring two IDs"})
    http.delete(f"{notes}/{note['id']}")
    notifications = f"/calendars/{calendar['id']}/notifications"
    created = http.post(notifications, json=[{"receiverType": "contact", "channel": "email",
                                               "notificationType": "reminder", "subject": "Soon",
                                               "beforeTime": [{"timeOffset": 1, "unit": "hours"}]}]).json()
    http.get(notifications)
    http.get(f"{notifications}/{created[0]['_id']}")
    http.put(f"{notifications}/{created[0]['_id']}", json={"subject": "Tomorrow"})
    http.delete(f"{notifications}/{created[0]['_id']}")
    for kind in ("rooms", "equipments"):
        resource = http.post(f"/calendars/resources/{kind}", json={
            "locationId": loc, "name": kind, "description": "d", "quantity": 2, "outOfService": 0, "capacity": 4,
            "calendarIds": [calendar["id"]]}).json()
        http.get(f"/calendars/resources/{kind}", params={"locationId": loc, "limit": 10, "skip": 0})
        http.get(f"/calendars/resources/{kind}/{resource['id']}")
        http.put(f"/calendars/resources/{kind}/{resource['id']}", json={"capacity": 6})
        http.delete(f"/calendars/resources/{kind}/{resource['id']}")
    schedule = http.post("/calendars/schedules", json={
        "locationId": loc, "name": "Week", "userId": host, "timezone": "UTC", "rules": [
            {"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "12:00"}]},
            {"type": "date", "date": "2026-03-04", "intervals": []}]}).json()["schedule"]
    http.get("/calendars/schedules/search", params={"locationId": loc, "userId": host})
    http.get(f"/calendars/schedules/{schedule['id']}")
    http.put(f"/calendars/schedules/{schedule['id']}", json={"name": "Mornings"})
    http.put(f"/calendars/schedules/{schedule['id']}/associations/{team['id']}")
    http.delete(f"/calendars/schedules/{schedule['id']}/associations/{team['id']}")
    http.delete(f"/calendars/schedules/{schedule['id']}")
    http.get(f"/contacts/{contact}/appointments")
    _v3_operations(desk, calendar["id"], host, contact)
    http.delete(f"/calendars/events/{team_booking['id']}")
    http.delete(f"/calendars/{team['id']}")
    http.delete(f"/calendars/groups/{group['id']}")
    http.get("/calendars/nope")  # 400: not found


def _v3_operations(desk: Desk, calendar_id: str, host: str, contact: str) -> None:
    """The operations only calendars-v3.json declares: an event calendar's schedule, the services."""
    http, loc = desk.http, desk.location_id
    schedule = f"/calendars/schedules/event-calendar/{calendar_id}"
    http.get(schedule)  # 404: none yet
    http.post(schedule, json={"timezone": "America/New_York", "rules": [
        {"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "12:00"}]}]})
    http.get(schedule)
    http.put(schedule, json={"timezone": "America/Chicago"})
    place = http.post("/calendars/services/locations", json={
        "locationId": loc, "name": "Downtown", "slug": "downtown", "address": "1 Main St"}).json()
    http.get("/calendars/services/locations", params={"locationId": loc})
    http.get(f"/calendars/services/locations/{place['id']}")
    http.put(f"/calendars/services/locations/{place['id']}", json={"phone": "+15550100"})
    service = http.post("/calendars/services/catalog", json={
        "locationId": loc, "name": "Cut", "slug": "cut", "staff": [{"id": host}], "serviceDuration": 30,
        "variations": [{"name": "Short", "serviceDuration": 15, "payment": {"amount": 20}}]}).json()["service"]
    http.get("/calendars/services/catalog", params={"locationId": loc})
    http.get(f"/calendars/services/catalog/{service['id']}")
    http.put(f"/calendars/services/catalog/{service['id']}", json={"description": "A cut"})
    booking = http.post("/calendars/services/bookings", json={
        "locationId": loc, "contactId": contact, "startTime": "2026-03-02T14:00:00-05:00",
        "endTime": "2026-03-02T14:30:00-05:00", "timezone": "America/New_York",
        "services": [{"id": service["id"]}]}).json()
    window = {"locationId": loc, "startTime": "1772427600000", "endTime": "1772513999999"}
    http.get("/calendars/services/bookings", params=window)
    http.get(f"/calendars/services/bookings/{booking['bookingId']}")
    http.put(f"/calendars/services/bookings/{booking['bookingId']}", json={"title": "Quick cut"})
    http.get("/calendars/services/bookings/nope")  # 400: not found
    http.delete(f"/calendars/services/bookings/{booking['bookingId']}")
    http.delete(f"/calendars/services/catalog/{service['id']}")
    http.delete(f"/calendars/services/locations/{place['id']}")


AREA = (*calendar_routes.api.operations, *calendar_routes.contacts_api.operations,
        *calendar_routes.v3_api.operations)


def assert_every_operation_succeeded(recorder: Recorder) -> None:
    answered = {op for op, status, _ in recorder.seen if status < 300}
    assert [op for op in AREA if op not in answered] == [], "operations the walk never got a success from"
