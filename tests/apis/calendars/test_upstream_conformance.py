"""The Calendars API against GHL's official calendars.json: every operation is declared with the
file's scopes and answers bodies its response schemas accept (minus the allowlisted file defects).

Skipped when the official files are absent (they are reference material, not part of the project).
"""

from __future__ import annotations

import httpx
import pytest

from mock_server.contracts import upstream
from mock_server.platform.routing import OperationRouter
from tests.apis.calendars.conftest import MONDAY, Desk

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)

METHODS = ("get", "post", "put", "delete", "patch")


def official_operations(spec_file: str) -> dict[tuple[str, str], dict]:
    paths = upstream.load_spec(spec_file)["paths"]
    return {(method.upper(), path): op for path, item in paths.items() for method, op in item.items()
            if method in METHODS}


def test_every_calendars_operation_is_declared_with_the_files_scopes(ghl_app):
    official = official_operations("calendars.json")
    ours = {(op.method, op.path): op for op in ghl_app.world.registry if op.spec_file == "calendars.json"}
    assert sorted(ours) == sorted(official)
    for key, op in ours.items():
        declared = sorted(s for requirement in official[key].get("security", []) for s in next(iter(
            requirement.values())))
        assert (op.operation_id, sorted(op.scopes)) == (official[key]["operationId"], declared), key
        assert str(op.status) in official[key]["responses"], key


def test_contact_appointments_is_declared_as_contacts_json_has_it(ghl_app):
    op = ghl_app.world.registry.find("GET", "/contacts/{contactId}/appointments")
    official = official_operations("contacts.json")[("GET", "/contacts/{contactId}/appointments")]
    assert (op.spec_file, op.operation_id, list(op.scopes)) == (
        "contacts.json", official["operationId"], official["security"][0]["bearer"])


class Recorder:
    """Every response a client gets, keyed by the operation that answered it."""

    def __init__(self, registry) -> None:
        self.router = OperationRouter(registry)
        self.seen: list[tuple] = []

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
    http.delete(f"/calendars/events/{team_booking['id']}")
    http.delete(f"/calendars/{team['id']}")
    http.delete(f"/calendars/groups/{group['id']}")
    http.get("/calendars/nope")  # 400: not found


def test_every_response_matches_the_official_schemas(desk: Desk):
    recorder = Recorder(desk.ghl.world.registry)
    desk.http.event_hooks["response"].append(recorder)
    exercise_every_operation(desk)

    answered = {op for op, status, _ in recorder.seen if status < 300 and op.spec_file == "calendars.json"}
    missing = [op for op in desk.ghl.world.registry if op.spec_file == "calendars.json" and op not in answered]
    assert missing == [], "operations the walk never got a success from"
    problems = [f"{op.method} {op.path} {status}: {problem}"
                for op, status, body in recorder.seen if op.tag in ("Calendars", "Contacts")
                and (status < 300 or status == 400)
                for problem in upstream.response_problems(op.spec_file, op.method, op.path, status, body)]
    assert problems == [], "\n".join(problems)
    assert {status for _, status, _ in recorder.seen} >= {200, 201, 400}
