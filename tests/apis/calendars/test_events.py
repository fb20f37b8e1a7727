"""Listing appointments (GET /calendars/events) and blocked slots (GET /calendars/blocked-slots)."""

from __future__ import annotations

import pytest

from tests.apis.calendars.conftest import Desk
from tests.apis.calendars.test_free_slots import M, block, seed

MONDAY_MS = {"startTime": "1772427600000", "endTime": "1772513999999"}


@pytest.fixture
def booked(desk: Desk) -> dict:
    group = desk.group()
    host = desk.user("Grace")
    grouped = desk.calendar(name="Grouped", groupId=group["id"], calendarType="round_robin",
                            teamMembers=[{"userId": host}])
    loose = desk.calendar(name="Loose")
    return {
        "group": group, "host": host, "grouped": grouped, "loose": loose,
        "a": seed(desk, grouped["id"], *M("09:00", "09:30"), assignedUserId=host),
        "b": seed(desk, loose["id"], *M("10:00", "10:30")),
        "c": seed(desk, loose["id"], "2026-03-03T10:00:00-05:00", "2026-03-03T10:30:00-05:00"),
        "block": block(desk, *M("11:00", "11:30"), calendarId=loose["id"]),
        "user_block": block(desk, *M("11:00", "12:00"), assignedUserId=host),
    }


def listed(desk: Desk, path: str = "/calendars/events", **query) -> list[str]:
    response = desk.http.get(path, params={"locationId": desk.location_id, **MONDAY_MS, **query})
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["events"]]


def test_events_filter_by_calendar_group_and_user_inside_the_window(desk: Desk, booked: dict):
    assert listed(desk, calendarId=booked["loose"]["id"]) == [booked["b"]["id"]]
    assert listed(desk, groupId=booked["group"]["id"]) == [booked["a"]["id"]]
    assert listed(desk, userId=booked["host"]) == [booked["a"]["id"]]
    assert listed(desk, userId=booked["host"], calendarId=booked["loose"]["id"]) == []
    whole_week = {"startTime": "1772427600000", "endTime": str(1772427600000 + 7 * 86_400_000)}
    assert listed(desk, calendarId=booked["loose"]["id"], **whole_week) == [booked["b"]["id"], booked["c"]["id"]]


def test_the_window_keeps_events_that_overlap_it(desk: Desk, booked: dict):
    ten_oclock = 1772463600000  # 2026-03-02T10:00:00-05:00
    around = lambda start, end: listed(desk, calendarId=booked["loose"]["id"],
                                       startTime=str(start), endTime=str(end))
    assert around(ten_oclock + 10 * 60_000, ten_oclock + 20 * 60_000) == [booked["b"]["id"]]  # inside it
    assert around(ten_oclock + 30 * 60_000, ten_oclock + 40 * 60_000) == []  # starts as it ends
    assert around(ten_oclock - 60_000, ten_oclock) == [booked["b"]["id"]]  # ends as it starts


def test_listed_events_carry_ghls_fields(desk: Desk, booked: dict):
    event = desk.http.get("/calendars/events", params={"locationId": desk.location_id, **MONDAY_MS,
                                                       "groupId": booked["group"]["id"]}).json()["events"][0]
    assert {k: event[k] for k in ("calendarId", "groupId", "assignedUserId", "users", "appointmentStatus")} == {
        "calendarId": booked["grouped"]["id"], "groupId": booked["group"]["id"], "assignedUserId": booked["host"],
        "users": [booked["host"]], "appointmentStatus": "confirmed"}


def test_blocked_slots_are_listed_apart_from_appointments(desk: Desk, booked: dict):
    assert listed(desk, "/calendars/blocked-slots", calendarId=booked["loose"]["id"]) == [booked["block"]["id"]]
    assert listed(desk, "/calendars/blocked-slots", userId=booked["host"]) == [booked["user_block"]["id"]]
    assert booked["block"]["id"] not in listed(desk, calendarId=booked["loose"]["id"])


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_listing_needs_an_owner_filter_and_known_ids(desk: Desk, booked: dict):
    for query, message in (({}, "Either of calendarId, userId or groupId is required"),
                           ({"calendarId": "nope"}, "Calendar not found"),
                           ({"groupId": "nope"}, "Group not found"),
                           ({"calendarId": booked["loose"]["id"], "startTime": "2", "endTime": "1"},
                            "endTime must be greater than startTime")):
        response = desk.http.get("/calendars/events", params={"locationId": desk.location_id, **MONDAY_MS, **query})
        assert (response.status_code, response.json()["message"]) == (400, message)
    bad = desk.http.get("/calendars/events", params={"locationId": desk.location_id, "calendarId": "x",
                                                     "startTime": "monday", "endTime": "1"})
    assert (bad.status_code, bad.json()["message"]) == (422, ["startTime must be a number string"])
