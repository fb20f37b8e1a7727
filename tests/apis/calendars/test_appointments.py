"""Booking, reading, rescheduling, cancelling and deleting appointments (free-slots.md §5, vector 20)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.apis.calendars.conftest import Desk
from tests.apis.calendars.test_free_slots import M, make_team, seed

UNAVAILABLE = "The slot you have selected is no longer available."


@pytest.fixture
def vector4(desk: Desk) -> dict:
    """Fixture F with a confirmed 10:00-10:30 and a cancelled 11:00-11:30 appointment."""
    calendar = desk.calendar()
    seed(desk, calendar["id"], *M("10:00", "10:30"))
    seed(desk, calendar["id"], *M("11:00", "11:30"), status="cancelled")
    return calendar


def refused(response) -> bool:
    return response.status_code == 400 and response.json()["message"] == UNAVAILABLE


def test_booking_a_free_slot_answers_the_appointment_in_the_location_offset(desk: Desk, vector4: dict):
    contact = desk.contact()
    response = desk.book(vector4["id"], "2026-03-02T09:30:00-05:00", contact)
    assert response.status_code == 200
    body = response.json()
    assert {k: body[k] for k in ("calendarId", "locationId", "contactId", "startTime", "endTime",
                                 "appointmentStatus", "title")} == {
        "calendarId": vector4["id"], "locationId": desk.location_id, "contactId": contact,
        "startTime": "2026-03-02T09:30:00-05:00", "endTime": "2026-03-02T10:00:00-05:00",
        "appointmentStatus": "confirmed", "title": "Ada Lovelace"}
    event = desk.http.get(f"/calendars/events/appointments/{body['id']}").json()["event"]
    assert (event["id"], event["startTime"], event["contactId"]) == (body["id"], body["startTime"], contact)


def test_a_booked_slot_disappears_and_the_others_stay(desk: Desk, vector4: dict):
    before = desk.monday_slots(vector4["id"])
    desk.book(vector4["id"], "2026-03-02T09:30:00-05:00")
    assert desk.monday_slots(vector4["id"]) == [s for s in before if s != "2026-03-02T09:30:00-05:00"]


@pytest.mark.parametrize("start, extra, ok", [
    ("2026-03-02T10:00:00-05:00", {}, False),  # taken
    ("2026-03-02T10:00:00-05:00", {"ignoreFreeSlotValidation": True}, True),  # overlap allowed
    ("2026-03-02T15:30:00.000Z", {}, True),  # 10:30 EST, written in UTC
    ("2026-03-02T09:10:00-05:00", {}, False),  # not on the grid
    ("2026-03-02T11:00:00-05:00", {"endTime": "2026-03-02T14:30:00-05:00"}, True),  # long, nothing overlaps
    ("2026-03-02T09:00:00-05:00", {"endTime": "2026-03-02T10:15:00-05:00"}, False),  # runs into 10:00
    ("2026-03-02T11:00:00-05:00", {"endTime": "2026-03-02T11:00:00-05:00"}, False),  # ends at its start
])
def test_vector_20_only_free_slots_can_be_booked(desk: Desk, vector4: dict, start, extra, ok):
    response = desk.book(vector4["id"], start, **extra)
    assert response.status_code == 200 if ok else refused(response), response.text


def test_vector_20_notice_and_ignore_date_range(desk: Desk):
    calendar = desk.calendar(allowBookingAfter=1, allowBookingAfterUnit="hours")
    desk.travel(datetime(2026, 3, 2, 14, 10, tzinfo=UTC))
    assert refused(desk.book(calendar["id"], "2026-03-02T09:30:00-05:00"))
    assert desk.book(calendar["id"], "2026-03-02T09:30:00-05:00", ignoreDateRange=True).status_code == 200
    assert refused(desk.book(calendar["id"], "2026-03-02T09:00:00-05:00", ignoreDateRange=True))  # in the past


def test_vector_20_round_robin_hosts_by_priority(desk: Desk):
    team = make_team(desk)
    calendar_id = team["calendar"]["id"]
    both_free = desk.book(calendar_id, "2026-03-02T10:30:00-05:00").json()
    assert both_free["assignedUserId"] == team["U1"]
    only_u2 = desk.book(calendar_id, "2026-03-02T09:00:00-05:00").json()
    assert only_u2["assignedUserId"] == team["U2"]
    assert refused(desk.book(calendar_id, "2026-03-02T10:00:00-05:00", assignedUserId=team["U2"]))


def test_collective_bookings_hold_every_member(desk: Desk):
    team = make_team(desk, "collective")
    booked = desk.book(team["calendar"]["id"], "2026-03-02T10:30:00-05:00").json()
    event = desk.http.get(f"/calendars/events/appointments/{booked['id']}").json()["event"]
    assert (event["assignedUserId"], sorted(event["users"])) == (team["U1"], sorted([team["U1"], team["U2"]]))


def test_status_defaults_follow_auto_confirm_and_an_explicit_status_is_kept(desk: Desk):
    manual = desk.calendar(autoConfirm=False)
    assert desk.book(manual["id"], "2026-03-02T09:00:00-05:00").json()["appointmentStatus"] == "new"
    auto = desk.calendar(name="Auto")
    kept = desk.book(auto["id"], "2026-03-02T09:00:00-05:00", appointmentStatus="showed").json()
    assert kept["appointmentStatus"] == "showed"


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_unknown_references_are_refused(desk: Desk, vector4: dict):
    no_calendar = desk.book("nope", "2026-03-02T09:00:00-05:00")
    assert (no_calendar.status_code, no_calendar.json()["message"]) == (400, "Calendar not found")
    no_contact = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00", "nope")
    assert (no_contact.status_code, no_contact.json()["message"]) == (400, "Contact with id nope not found")
    no_user = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00", assignedUserId="nope")
    assert (no_user.status_code, no_user.json()["message"]) == (400, "The user does not exist.")
    bad_time = desk.book(vector4["id"], "next monday")
    assert (bad_time.status_code, bad_time.json()["message"]) == (
        422, ["startTime must be a valid ISO 8601 date string"])
    missing = desk.http.post("/calendars/events/appointments", json={"locationId": desk.location_id})
    assert missing.status_code == 422
    assert set(missing.json()["message"]) == {"calendarId must be a string", "contactId must be a string",
                                              "startTime must be a string"}
    assert desk.http.get("/calendars/events/appointments/nope").json()["message"] == "Appointment not found"


def test_an_appointment_on_another_locations_calendar_is_not_found(desk: Desk, ghl_app):
    from mock_server.testing.tenant import GhlTenant

    other = GhlTenant(ghl_app, seed="the-other-calendar-owner")
    try:
        theirs = other.client().post("/calendars/", json={"locationId": other.location_id, "name": "Theirs"})
        response = desk.book(theirs.json()["calendar"]["id"], "2026-03-02T09:00:00-05:00")
        assert (response.status_code, response.json()["message"]) == (400, "Calendar not found")
    finally:
        other.close()


def test_rescheduling_frees_the_old_slot_and_takes_the_new_one(desk: Desk, vector4: dict):
    booked = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00").json()
    moved = desk.http.put(f"/calendars/events/appointments/{booked['id']}",
                          json={"startTime": "2026-03-02T11:30:00-05:00"})
    assert moved.status_code == 200
    assert (moved.json()["startTime"], moved.json()["endTime"]) == ("2026-03-02T11:30:00-05:00",
                                                                    "2026-03-02T12:00:00-05:00")
    slots = desk.monday_slots(vector4["id"])
    assert "2026-03-02T09:00:00-05:00" in slots and "2026-03-02T11:30:00-05:00" not in slots
    onto_taken = desk.http.put(f"/calendars/events/appointments/{booked['id']}",
                               json={"startTime": "2026-03-02T10:00:00-05:00"})
    assert refused(onto_taken)
    assert desk.http.get(f"/calendars/events/appointments/{booked['id']}").json()["event"]["startTime"] == \
        "2026-03-02T11:30:00-05:00"  # a refused move changes nothing


def test_editing_without_moving_needs_no_free_slot(desk: Desk, vector4: dict):
    booked = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00").json()
    desk.travel(datetime(2026, 3, 3, tzinfo=UTC))  # the appointment is now in the past
    edited = desk.http.put(f"/calendars/events/appointments/{booked['id']}",
                           json={"title": "Checked in", "appointmentStatus": "showed",
                                 "startTime": "2026-03-02T09:00:00-05:00"})
    assert edited.status_code == 200, edited.text
    assert (edited.json()["title"], edited.json()["appointmentStatus"]) == ("Checked in", "showed")


def test_cancelling_frees_the_slot_and_reviving_takes_it_back_only_if_free(desk: Desk, vector4: dict):
    booked = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00").json()
    cancel = desk.http.put(f"/calendars/events/appointments/{booked['id']}", json={"appointmentStatus": "cancelled"})
    assert cancel.json()["appointmentStatus"] == "cancelled"
    assert "2026-03-02T09:00:00-05:00" in desk.monday_slots(vector4["id"])

    other = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00").json()
    assert refused(desk.http.put(f"/calendars/events/appointments/{booked['id']}",
                                 json={"appointmentStatus": "confirmed"}))
    desk.http.delete(f"/calendars/events/{other['id']}")
    revived = desk.http.put(f"/calendars/events/appointments/{booked['id']}", json={"appointmentStatus": "confirmed"})
    assert revived.status_code == 200
    assert "2026-03-02T09:00:00-05:00" not in desk.monday_slots(vector4["id"])


def test_deleting_an_appointment_frees_its_slot(desk: Desk, vector4: dict):
    booked = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00").json()
    deleted = desk.http.request("DELETE", f"/calendars/events/{booked['id']}", json={})
    assert (deleted.status_code, deleted.json()["succeeded"]) == (201, True)
    assert "2026-03-02T09:00:00-05:00" in desk.monday_slots(vector4["id"])
    again = desk.http.delete(f"/calendars/events/{booked['id']}")
    assert (again.status_code, again.json()["message"]) == (400, "Event not found")


def test_moving_to_another_calendar_books_there(desk: Desk, vector4: dict):
    second = desk.calendar(name="Second")
    booked = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00").json()
    moved = desk.http.put(f"/calendars/events/appointments/{booked['id']}", json={"calendarId": second["id"]})
    assert moved.json()["calendarId"] == second["id"]
    assert "2026-03-02T09:00:00-05:00" in desk.monday_slots(vector4["id"])
    assert "2026-03-02T09:00:00-05:00" not in desk.monday_slots(second["id"])


def test_recurrence_is_kept_only_without_slot_validation(desk: Desk, vector4: dict):
    rule = "RRULE:FREQ=DAILY;INTERVAL=1;COUNT=5"
    plain = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00", rrule=rule).json()
    assert plain["isRecurring"] is False and "rrule" not in plain
    forced = desk.book(vector4["id"], "2026-03-02T09:30:00-05:00", rrule=rule, ignoreFreeSlotValidation=True).json()
    assert (forced["isRecurring"], forced["rrule"]) == (True, rule)


def test_contact_appointments_lists_a_contacts_bookings_earliest_first(desk: Desk, vector4: dict):
    contact = desk.contact()
    later = desk.book(vector4["id"], "2026-03-02T11:30:00-05:00", contact).json()
    earlier = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00", contact).json()
    desk.book(vector4["id"], "2026-03-02T09:30:00-05:00")  # someone else's
    response = desk.ghl.client().get(f"/contacts/{contact}/appointments")  # contacts.json's Version
    assert response.status_code == 200
    events = response.json()["events"]
    assert [e["id"] for e in events] == [earlier["id"], later["id"]]
    assert events[0]["status"] == events[0]["appointmentStatus"] == "confirmed"
    unknown = desk.http.get("/contacts/nope/appointments")
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Contact with id nope not found")


def test_deleting_a_contact_deletes_its_appointments_and_frees_their_slots(desk: Desk, vector4: dict):
    contact = desk.contact()
    booked = desk.book(vector4["id"], "2026-03-02T09:00:00-05:00", contact).json()
    desk.http.post(f"/calendars/appointments/{booked['id']}/notes", json={"body": "VIP"})
    assert desk.http.delete(f"/contacts/{contact}").status_code == 200
    assert desk.http.get(f"/calendars/events/appointments/{booked['id']}").json()["message"] == "Appointment not found"
    assert "2026-03-02T09:00:00-05:00" in desk.monday_slots(vector4["id"])
    assert desk.ghl.world.store.count(desk.location_id, "appointmentNotes") == 0
