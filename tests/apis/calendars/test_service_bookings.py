"""Service bookings (v3): booked through the free-slot engine (staff busy on calendars and services alike),
listed by time, moved, cancelled, deleted; tenancy and scopes."""

from __future__ import annotations

import pytest

from mock_server.platform.tenancy import NO_LOCATION_ACCESS
from mock_server.testing.tenant import GhlTenant
from tests.apis.calendars.conftest import MONDAY, WEEKDAYS_9_TO_12, Desk
from tests.apis.calendars.services_setup import MONDAY_10, Counter

TAKEN = "The slot you have selected is no longer available."
WINDOW = {"startTime": str(MONDAY["startDate"]), "endTime": str(MONDAY["endDate"])}


@pytest.fixture
def counter(desk: Desk) -> Counter:
    counter = Counter(desk)
    counter.place()
    return counter


def listed(counter: Counter, **query) -> list[dict]:
    answer = counter.http.get("/calendars/services/bookings", params={"locationId": counter.location_id, **WINDOW,
                                                                      **query})
    assert answer.status_code == 200, answer.text
    return answer.json()["bookings"]


def test_a_booking_is_created_listed_read_and_deleted(counter: Counter):
    service = counter.service(serviceDuration=45)
    contact = counter.desk.contact()
    created = counter.book([{"id": service["id"]}], contactId=contact)
    assert created.status_code == 201, created.text
    booking = created.json()
    assert {k: booking[k] for k in ("contactId", "title", "startTime", "endTime", "status", "deleted", "timezone")} == {
        "contactId": contact, "title": "Haircut", "startTime": MONDAY_10, "endTime": "2026-03-02T11:00:00-05:00",
        "status": "confirmed", "deleted": False, "timezone": "America/New_York"}
    assert [(s["id"], s["serviceStaffId"], s["serviceStartTime"], s["serviceEndTime"]) for s in booking["services"]] == [
        (service["id"], counter.desk.ghl.user_id, MONDAY_10, "2026-03-02T10:45:00-05:00")]
    assert [b["bookingId"] for b in listed(counter)] == [booking["bookingId"]]
    assert listed(counter, startTime="1772514000000", endTime="1772600399999") == []  # Tuesday

    url = f"/calendars/services/bookings/{booking['bookingId']}"
    assert counter.http.get(url).json()["title"] == "Haircut"
    deleted = counter.http.delete(url)
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    gone = counter.http.get(url)
    assert (gone.status_code, gone.json()["message"]) == (400, "Service booking not found")
    assert listed(counter) == []


def test_the_list_shows_times_in_the_zone_asked_and_filters_by_service_location(counter: Counter):
    service = counter.service()
    uptown = counter.place(slug="uptown")
    counter.book([{"id": service["id"]}])
    at_uptown = counter.book([{"id": service["id"]}], start="2026-03-02T10:30:00-05:00",
                             serviceLocationId=uptown["id"]).json()
    in_utc = listed(counter, timezone="UTC")
    assert [(b["startTime"], b["timezone"]) for b in in_utc] == [("2026-03-02T15:00:00+00:00", "UTC"),
                                                                 ("2026-03-02T15:30:00+00:00", "UTC")]
    assert [b["bookingId"] for b in listed(counter, serviceLocationId=uptown["id"])] == [at_uptown["bookingId"]]


def test_a_booked_staff_member_is_busy_until_the_booking_is_cancelled(counter: Counter):
    service = counter.service(serviceDuration=45, postBuffer=15)
    first = counter.book([{"id": service["id"]}]).json()
    clash = counter.book([{"id": service["id"]}], start="2026-03-02T10:45:00-05:00")  # inside the post-buffer
    assert (clash.status_code, clash.json()["message"]) == (400, TAKEN)
    assert counter.book([{"id": service["id"]}], start="2026-03-02T11:00:00-05:00").status_code == 201

    url = f"/calendars/services/bookings/{first['bookingId']}"
    assert counter.http.put(url, json={"status": "cancelled"}).json()["status"] == "cancelled"
    assert counter.book([{"id": service["id"]}]).status_code == 201
    back = counter.http.put(url, json={"status": "confirmed"})  # its time was taken meanwhile
    assert (back.status_code, back.json()["message"]) == (400, TAKEN)


def test_override_availability_books_a_taken_time(counter: Counter):
    service = counter.service()
    counter.book([{"id": service["id"]}])
    forced = counter.book([{"id": service["id"]}], params={"overrideAvailability": "true"})
    assert forced.status_code == 201, forced.text
    assert len(listed(counter)) == 2


def test_a_time_in_the_past_needs_override_availability(counter: Counter):
    service = counter.service()
    past = "2026-02-27T10:00:00-05:00"
    assert (counter.book([{"id": service["id"]}], start=past).json()["message"]) == TAKEN
    assert counter.book([{"id": service["id"]}], start=past, params={"skipSchedulingNotice": "true"}).status_code == 400
    assert counter.book([{"id": service["id"]}], start=past, params={"overrideAvailability": "true"}).status_code == 201


def test_the_first_free_staff_member_is_chosen_and_a_named_one_must_give_the_service(counter: Counter):
    grace = counter.desk.user("Grace")
    service = counter.service(staff=[counter.desk.ghl.user_id, grace])
    first = counter.book([{"id": service["id"]}]).json()
    second = counter.book([{"id": service["id"]}]).json()
    assert [first["services"][0]["serviceStaffId"], second["services"][0]["serviceStaffId"]] == [
        counter.desk.ghl.user_id, grace]
    full = counter.book([{"id": service["id"]}])
    assert (full.status_code, full.json()["message"]) == (400, TAKEN)
    named = counter.book([{"id": service["id"], "staffId": grace}], start="2026-03-02T11:00:00-05:00").json()
    assert named["services"][0]["serviceStaffId"] == grace
    stranger = counter.desk.user("Ada")
    refused = counter.book([{"id": service["id"], "staffId": stranger}], start="2026-03-02T12:00:00-05:00")
    assert (refused.status_code, refused.json()["message"]) == (400, "The staff member does not give this service")


def test_several_services_run_back_to_back_in_position_order(counter: Counter):
    cut = counter.service(serviceDuration=30)
    wash = counter.service(slug="wash", serviceDuration=15)
    booking = counter.book([{"id": cut["id"], "position": 2}, {"id": wash["id"], "position": 1,
                                                                "addOns": [{"id": "oil", "quantity": 1, "duration": 5}]}])
    assert booking.status_code == 201, booking.text
    assert [(s["id"], s["serviceStartTime"], s["serviceEndTime"]) for s in booking.json()["services"]] == [
        (wash["id"], MONDAY_10, "2026-03-02T10:20:00-05:00"),
        (cut["id"], "2026-03-02T10:20:00-05:00", "2026-03-02T10:50:00-05:00")]
    assert booking.json()["services"][0]["serviceAddOns"] == [{"id": "oil", "quantity": 1}]
    assert booking.json()["title"] == "Wash, Haircut"


def test_calendar_appointments_and_service_bookings_keep_the_same_person_busy(counter: Counter):
    desk = counter.desk
    host = desk.user("Grace")
    team = desk.calendar(calendarType="round_robin", teamMembers=[{"userId": host}], openHours=WEEKDAYS_9_TO_12)
    service = counter.service(staff=[host], serviceDuration=30)
    assert desk.book(team["id"], "2026-03-02T09:00:00-05:00").status_code in (200, 201)
    clash = counter.book([{"id": service["id"]}], start="2026-03-02T09:00:00-05:00")
    assert (clash.status_code, clash.json()["message"]) == (400, TAKEN)

    assert "2026-03-02T10:00:00-05:00" in desk.monday_slots(team["id"])
    assert counter.book([{"id": service["id"]}]).status_code == 201
    assert "2026-03-02T10:00:00-05:00" not in desk.monday_slots(team["id"])
    assert "2026-03-02T10:30:00-05:00" in desk.monday_slots(team["id"])


def test_staff_are_offered_all_day_even_with_a_user_schedule(counter: Counter):
    """Their calendars' schedules name calendars, not services (the DECISION in service_bookings.py)."""
    service = counter.service()
    schedule = counter.desk.http.post("/calendars/schedules", json={
        "locationId": counter.location_id, "name": "Mornings", "userId": counter.desk.ghl.user_id,
        "timezone": "America/New_York",
        "rules": [{"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "12:00"}]}]})
    assert schedule.status_code == 201, schedule.text
    assert counter.book([{"id": service["id"]}], start="2026-03-02T21:00:00-05:00").status_code == 201


def test_service_locations_decide_where_the_booking_meets(desk: Desk):
    counter = Counter(desk)
    service = counter.service()
    nowhere = counter.book([{"id": service["id"]}])
    assert (nowhere.status_code, nowhere.json()["message"]) == (400, "Service location not found")
    default = counter.place(address="1 Main St")
    ask = counter.place(slug="ask", locationType="ask_booker", address="Your place")
    booking = counter.book([{"id": service["id"]}], meetingLocation="ignored").json()
    assert booking["serviceLocationId"] == default["id"] and "meetingLocation" not in booking
    missing = counter.book([{"id": service["id"]}], start="2026-03-02T11:00:00-05:00", serviceLocationId=ask["id"])
    assert missing.status_code == 400
    at_home = counter.book([{"id": service["id"]}], start="2026-03-02T11:00:00-05:00", serviceLocationId=ask["id"],
                           meetingLocation="12 Elm St").json()
    assert at_home["meetingLocation"] == "12 Elm St"


def test_moving_a_booking_rechecks_the_new_time_without_counting_itself(counter: Counter):
    service = counter.service(serviceDuration=60)
    first = counter.book([{"id": service["id"]}]).json()
    counter.book([{"id": service["id"]}], start="2026-03-02T12:00:00-05:00", end="2026-03-02T13:00:00-05:00")
    url = f"/calendars/services/bookings/{first['bookingId']}"
    later = counter.http.put(url, json={"startTime": "2026-03-02T10:30:00-05:00",
                                        "endTime": "2026-03-02T11:30:00-05:00"})
    assert later.status_code == 200, later.text
    assert later.json()["services"][0]["serviceStartTime"] == "2026-03-02T10:30:00-05:00"
    onto = counter.http.put(url, json={"startTime": "2026-03-02T11:30:00-05:00", "endTime": "2026-03-02T12:30:00-05:00"})
    assert (onto.status_code, onto.json()["message"]) == (400, TAKEN)
    assert counter.http.get(url).json()["startTime"] == "2026-03-02T10:30:00-05:00"


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_bad_bookings_are_refused(counter: Counter):
    service = counter.service()
    backwards = counter.book([{"id": service["id"]}], end="2026-03-02T09:00:00-05:00")
    assert (backwards.status_code, backwards.json()["message"]) == (400, "endTime must be greater than startTime")
    unknown = counter.book([{"id": "nope"}])
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Service not found")
    empty = counter.book([])
    assert empty.status_code == 422
    zone = counter.book([{"id": service["id"]}], timezone="Mars/Base")
    assert zone.status_code == 422
    assert listed(counter) == []


def test_deleting_the_contact_deletes_its_bookings(counter: Counter):
    service = counter.service()
    contact = counter.desk.contact()
    counter.book([{"id": service["id"]}], contactId=contact)
    assert counter.desk.http.delete(f"/contacts/{contact}").status_code == 200
    assert listed(counter) == []
    assert counter.book([{"id": service["id"]}]).status_code == 201  # the staff member is free again


def test_another_location_cannot_see_them(counter: Counter, ghl_app):
    service = counter.service()
    booking = counter.book([{"id": service["id"]}]).json()
    other = GhlTenant(ghl_app, seed="the-other-service-bookings")
    try:
        theirs = other.client(version="v3")
        url = f"/calendars/services/bookings/{booking['bookingId']}"
        for answer in (theirs.get(url), theirs.put(url, json={"title": "Mine"}), theirs.delete(url)):
            assert (answer.status_code, answer.json()["message"]) == (403, NO_LOCATION_ACCESS)
        contact = theirs.post("/contacts/", json={"locationId": other.location_id, "firstName": "Eve"}).json()
        mine = theirs.post("/calendars/services/bookings", json={
            "locationId": other.location_id, "contactId": contact["contact"]["id"], "startTime": MONDAY_10,
            "endTime": "2026-03-02T11:00:00-05:00", "timezone": "America/New_York", "services": [{"id": service["id"]}]})
        assert mine.status_code == 400  # our service (and location) are not theirs
        assert theirs.get("/calendars/services/bookings", params={"locationId": other.location_id, **WINDOW}).json()[
            "bookings"] == []
    finally:
        other.close()
    assert counter.http.get(f"/calendars/services/bookings/{booking['bookingId']}").json()["title"] == "Haircut"


def test_the_scopes_are_the_files(counter: Counter):
    service = counter.service()
    reader = counter.desk.ghl.client(version="v3", scopes=["calendars/events.readonly"])
    refused = reader.post("/calendars/services/bookings", json={
        "locationId": counter.location_id, "contactId": counter.desk.contact(), "startTime": MONDAY_10,
        "endTime": "2026-03-02T11:00:00-05:00", "timezone": "America/New_York", "services": [{"id": service["id"]}]})
    assert refused.status_code == 401
    assert reader.get("/calendars/services/bookings", params={"locationId": counter.location_id,
                                                             **WINDOW}).status_code == 200
    calendars_only = counter.desk.ghl.client(version="v3", scopes=["calendars.readonly"])
    assert calendars_only.get("/calendars/services/bookings", params={"locationId": counter.location_id,
                                                                     **WINDOW}).status_code == 401
