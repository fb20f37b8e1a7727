"""Calendar resources: rooms and equipment, per type, linked to calendars."""

from __future__ import annotations

import pytest

from tests.apis.calendars.conftest import Desk

ROOM = {"name": "Room A", "description": "2nd floor", "quantity": 1, "outOfService": 0, "capacity": 8}


def test_rooms_are_created_listed_read_updated_and_deleted(desk: Desk):
    calendar = desk.calendar()
    created = desk.http.post("/calendars/resources/rooms",
                             json={"locationId": desk.location_id, **ROOM, "calendarIds": [calendar["id"]]})
    assert created.status_code == 201
    room = created.json()
    assert {k: room[k] for k in ("resourceType", "isActive", "calendarIds", "capacity")} == {
        "resourceType": "rooms", "isActive": True, "calendarIds": [calendar["id"]], "capacity": 8}

    listing = desk.http.get("/calendars/resources/rooms", params={"locationId": desk.location_id, "limit": 10,
                                                                  "skip": 0})
    assert [r["id"] for r in listing.json()] == [room["id"]]  # a bare array
    assert desk.http.get("/calendars/resources/equipments",
                         params={"locationId": desk.location_id, "limit": 10, "skip": 0}).json() == []

    updated = desk.http.put(f"/calendars/resources/rooms/{room['id']}", json={"capacity": 10, "isActive": False})
    assert (updated.status_code, updated.json()["capacity"], updated.json()["isActive"]) == (200, 10, False)
    assert desk.http.get(f"/calendars/resources/rooms/{room['id']}").json()["capacity"] == 10

    deleted = desk.http.delete(f"/calendars/resources/rooms/{room['id']}")
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    assert desk.http.get(f"/calendars/resources/rooms/{room['id']}").json()["message"] == "Resource not found"


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_resources_are_checked(desk: Desk):
    room = desk.http.post("/calendars/resources/rooms", json={"locationId": desk.location_id, **ROOM,
                                                              "calendarIds": []}).json()
    assert desk.http.get(f"/calendars/resources/equipments/{room['id']}").json()["message"] == "Resource not found"
    unknown_calendar = desk.http.post("/calendars/resources/rooms", json={"locationId": desk.location_id, **ROOM,
                                                                          "calendarIds": ["nope"]})
    assert (unknown_calendar.status_code, unknown_calendar.json()["message"]) == (400, "Calendar not found")
    broken = desk.http.post("/calendars/resources/equipments", json={
        "locationId": desk.location_id, **ROOM, "quantity": 2, "outOfService": 3, "calendarIds": []})
    assert broken.json()["message"] == "outOfService must not be greater than quantity"
    wrong_type = desk.http.get("/calendars/resources/desks", params={"locationId": desk.location_id, "limit": 1,
                                                                     "skip": 0})
    assert (wrong_type.status_code, wrong_type.json()["message"]) == (
        422, ["resourceType must be one of the following values: equipments, rooms"])
    missing = desk.http.post("/calendars/resources/rooms", json={"locationId": desk.location_id, "name": "x"})
    assert missing.status_code == 422 and len(missing.json()["message"]) == 5
