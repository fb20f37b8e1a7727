"""Block slots: they take time from an event calendar, or from one user on every calendar."""

from __future__ import annotations

from tests.apis.calendars.conftest import Desk
from tests.apis.calendars.test_free_slots import M, block


def test_a_block_on_an_event_calendar_takes_its_slots_until_moved_or_deleted(desk: Desk):
    calendar = desk.calendar()
    created = block(desk, *M("10:00", "11:00"), calendarId=calendar["id"], title="Lunch")
    assert created == {"id": created["id"], "locationId": desk.location_id, "title": "Lunch",
                       "calendarId": calendar["id"], "startTime": "2026-03-02T10:00:00-05:00",
                       "endTime": "2026-03-02T11:00:00-05:00", "traceId": created["traceId"]}
    assert desk.monday_slots(calendar["id"]) == M("09:00", "09:30", "11:00", "11:30")
    assert desk.book(calendar["id"], "2026-03-02T10:00:00-05:00").status_code == 400

    moved = desk.http.put(f"/calendars/events/block-slots/{created['id']}", json={
        "locationId": desk.location_id, "calendarId": calendar["id"],
        "startTime": "2026-03-02T14:00:00.000Z", "endTime": "2026-03-02T15:00:00.000Z"})
    assert moved.status_code == 201  # the official file says 201 for this PUT
    assert moved.json()["startTime"] == "2026-03-02T09:00:00-05:00"
    assert desk.monday_slots(calendar["id"]) == M("10:00", "10:30", "11:00", "11:30")

    desk.http.delete(f"/calendars/events/{created['id']}")
    assert len(desk.monday_slots(calendar["id"])) == 6


def test_a_users_block_takes_that_user_off_every_calendar(desk: Desk):
    u1, u2 = desk.user("Uno"), desk.user("Dos")
    calendar = desk.calendar(calendarType="round_robin", teamMembers=[{"userId": u1}, {"userId": u2}])
    block(desk, *M("09:00", "12:00"), assignedUserId=u1)
    assert len(desk.monday_slots(calendar["id"])) == 6  # u2 is still free
    assert desk.monday_slots(calendar["id"], userId=u1) == []
    booked = desk.book(calendar["id"], "2026-03-02T09:00:00-05:00").json()
    assert booked["assignedUserId"] == u2


def test_blocks_need_exactly_one_owner_and_a_real_window(desk: Desk):
    calendar = desk.calendar()
    team = desk.calendar(name="Team", calendarType="round_robin", teamMembers=[{"userId": desk.ghl.user_id}])
    cases = [
        ({"calendarId": calendar["id"], "assignedUserId": desk.ghl.user_id},
         "Either calendarId or assignedUserId can be set, not both."),
        ({}, "Either calendarId or assignedUserId is required"),
        ({"calendarId": team["id"]}, "The calendar is not an event calendar."),
        ({"calendarId": "nope"}, "Calendar not found"),
        ({"assignedUserId": "nope"}, "The user does not exist."),
    ]
    for owner, message in cases:
        response = desk.http.post("/calendars/events/block-slots", json={
            "locationId": desk.location_id, "startTime": "2026-03-02T10:00:00-05:00",
            "endTime": "2026-03-02T11:00:00-05:00", **owner})
        assert (response.status_code, response.json()["message"]) == (400, message), owner
    reversed_window = desk.http.post("/calendars/events/block-slots", json={
        "locationId": desk.location_id, "calendarId": calendar["id"],
        "startTime": "2026-03-02T11:00:00-05:00", "endTime": "2026-03-02T10:00:00-05:00"})
    assert reversed_window.json()["message"] == "endTime must be greater than startTime"
    no_times = desk.http.post("/calendars/events/block-slots", json={"locationId": desk.location_id,
                                                                     "calendarId": calendar["id"]})
    assert no_times.json()["message"] == "startTime and endTime are required"
    unknown = desk.http.put("/calendars/events/block-slots/nope", json={"locationId": desk.location_id,
                                                                        "calendarId": calendar["id"]})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Blocked slot not found")
