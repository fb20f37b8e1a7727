"""Calendars: creation with GHL's defaults, updates, listing filters, team checks, deletion."""

from __future__ import annotations

import pytest

from tests.apis.calendars.conftest import Desk


def test_a_new_calendar_answers_with_ghls_defaults(desk: Desk):
    created = desk.http.post("/calendars/", json={"locationId": desk.location_id, "name": "Intro Call!"})
    assert created.status_code == 200  # the official file says 200 for this create
    calendar = created.json()["calendar"]
    assert calendar["locationId"] == desk.location_id
    assert {k: calendar[k] for k in ("isActive", "calendarType", "slotDuration", "slotDurationUnit", "slotInterval",
                                     "appoinmentPerSlot", "autoConfirm", "eventColor", "slug", "widgetSlug")} == {
        "isActive": True, "calendarType": "event", "slotDuration": 30, "slotDurationUnit": "mins",
        "slotInterval": 30, "appoinmentPerSlot": 1, "autoConfirm": True, "eventColor": "#039be5",
        "slug": "intro-call", "widgetSlug": "intro-call"}
    assert desk.http.get(f"/calendars/{calendar['id']}").json()["calendar"] == calendar


def test_derived_slugs_stay_unique(desk: Desk):
    first = desk.http.post("/calendars/", json={"locationId": desk.location_id, "name": "Demo"}).json()["calendar"]
    second = desk.http.post("/calendars/", json={"locationId": desk.location_id, "name": "Demo"}).json()["calendar"]
    assert (first["slug"], second["slug"]) == ("demo", "demo-2")


def test_an_update_changes_only_what_was_sent(desk: Desk):
    calendar = desk.calendar(appoinmentPerDay=3, description="old")
    updated = desk.http.put(f"/calendars/{calendar['id']}", json={"name": "Renamed", "appoinmentPerDay": None,
                                                                  "slotBuffer": 15, "slotBufferUnit": "mins"})
    assert updated.status_code == 200
    body = updated.json()["calendar"]
    assert (body["name"], body["description"], body["slotBuffer"]) == ("Renamed", "old", 15)
    assert "appoinmentPerDay" not in body  # null lifts the cap
    assert body["openHours"] == calendar["openHours"]
    cleared = desk.http.put(f"/calendars/{calendar['id']}", json={"availabilities": None, "teamMembers": None})
    assert cleared.status_code == 200 and "availabilities" not in cleared.json()["calendar"]


def M(*times: str) -> list[str]:
    return [f"2026-03-02T{t}:00-05:00" for t in times]


def test_a_null_slot_interval_is_kept_and_slots_step_by_the_duration(desk: Desk):
    """free-slots.md §2/§8: ``slotInterval: null`` means interval = slot duration, on create and on update."""
    created = desk.calendar(slotDuration=45, slotInterval=None)
    assert "slotInterval" not in created  # kept as null, answered as unset (CalendarDTO: a number or nothing)
    assert "slotInterval" not in desk.http.get(f"/calendars/{created['id']}").json()["calendar"]
    assert desk.monday_slots(created["id"]) == M("09:00", "09:45", "10:30", "11:15")
    stepping = desk.calendar(slotDuration=60)  # slotInterval 30: hour-long slots every half hour
    assert desk.monday_slots(stepping["id"]) == M("09:00", "09:30", "10:00", "10:30", "11:00")
    updated = desk.http.put(f"/calendars/{stepping['id']}", json={"slotInterval": None}).json()["calendar"]
    assert "slotInterval" not in updated
    assert desk.monday_slots(stepping["id"]) == M("09:00", "10:00", "11:00")


def test_date_availabilities_are_merged_by_id(desk: Desk):
    hours = [{"openHour": 13, "openMinute": 0, "closeHour": 14, "closeMinute": 0}]
    calendar = desk.calendar(availabilities=[{"date": "2026-03-03T00:00:00.000Z", "hours": hours},
                                             {"date": "2026-03-04T00:00:00.000Z", "hours": []}])
    first, second = calendar["availabilities"]
    assert first["id"] and second["id"] and first["id"] != second["id"]
    updated = desk.http.put(f"/calendars/{calendar['id']}", json={"availabilities": [
        {"id": first["id"], "date": first["date"], "hours": hours, "deleted": True},
        {"date": "2026-03-05T00:00:00.000Z", "hours": hours}]}).json()["calendar"]
    assert [a["date"] for a in updated["availabilities"]] == ["2026-03-04T00:00:00.000Z", "2026-03-05T00:00:00.000Z"]
    unknown = desk.http.put(f"/calendars/{calendar['id']}", json={"availabilities": [
        {"id": "nope", "date": "2026-03-05T00:00:00.000Z", "hours": []}]})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Availability not found")


def test_listing_filters_by_group_and_hides_drafts_on_request(desk: Desk):
    group = desk.group()
    grouped = desk.calendar(name="In group", groupId=group["id"])
    draft = desk.calendar(name="Draft", isActive=False)
    loose = desk.calendar(name="Loose")
    listing = lambda **q: [c["id"] for c in desk.http.get(
        "/calendars/", params={"locationId": desk.location_id, **q}).json()["calendars"]]
    assert listing() == [grouped["id"], draft["id"], loose["id"]]
    assert listing(showDrafted="false") == [grouped["id"], loose["id"]]
    assert listing(groupId=group["id"]) == [grouped["id"]]
    assert desk.http.get("/calendars", params={"locationId": desk.location_id}).status_code == 200  # no slash


def test_team_members_must_be_users_of_the_location(desk: Desk):
    host = desk.user("Grace")
    ok = desk.calendar(calendarType="round_robin", teamMembers=[{"userId": host}])
    assert ok["teamMembers"] == [{"userId": host, "priority": 0.5}]
    for members, message in (
        ([{"userId": "stranger"}], "The user does not exist."),
        ([{"userId": host, "isPrimary": True}, {"userId": desk.ghl.user_id, "isPrimary": True}],
         "Only one user can be primary."),
    ):
        response = desk.http.post("/calendars/", json={"locationId": desk.location_id, "name": "T",
                                                       "calendarType": "collective", "teamMembers": members})
        assert (response.status_code, response.json()["message"]) == (400, message)
    personal = desk.http.post("/calendars/", json={"locationId": desk.location_id, "name": "Mine",
                                                   "calendarType": "personal",
                                                   "teamMembers": [{"userId": host}, {"userId": desk.ghl.user_id}]})
    assert (personal.status_code, personal.json()["message"]) == (
        400, "A personal calendar can have only one team member")


def test_a_calendar_in_an_unknown_group_is_refused(desk: Desk):
    response = desk.http.post("/calendars/", json={"locationId": desk.location_id, "name": "X", "groupId": "nope"})
    assert (response.status_code, response.json()["message"]) == (400, "Group not found")


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_bad_settings_get_ghls_422(desk: Desk):
    response = desk.http.post("/calendars/", json={"locationId": desk.location_id, "name": "X", "slotDuration": "30",
                                                   "calendarType": "meeting", "appoinmentPerSlot": -1,
                                                   "unknown": 1})
    assert response.status_code == 422
    assert set(response.json()["message"]) == {
        "slotDuration must be a number conforming to the specified constraints",
        "calendarType must be one of the following values: round_robin, event, class_booking, collective, "
        "service_booking, personal",
        "appoinmentPerSlot must not be less than 0",
        "property unknown should not exist",
    }


def test_unknown_calendars_get_400_and_foreign_ones_403(desk: Desk, ghl_app):
    from mock_server.testing.tenant import GhlTenant

    for response in (desk.http.get("/calendars/nope"), desk.http.put("/calendars/nope", json={"name": "x"}),
                     desk.http.delete("/calendars/nope"), desk.slots("nope")):
        assert (response.status_code, response.json()["message"]) == (400, "Calendar not found")
    other = GhlTenant(ghl_app, seed="owner-of-a-foreign-calendar")
    try:
        theirs = other.client().post("/calendars/", json={"locationId": other.location_id, "name": "Theirs"})
        foreign = desk.http.get(f"/calendars/{theirs.json()['calendar']['id']}")
        assert (foreign.status_code, foreign.json()["message"]) == (
            403, "The token does not have access to this location.")
    finally:
        other.close()


def test_deleting_a_calendar_with_events_leaves_nothing_that_names_it(desk: Desk):
    calendar = desk.calendar()
    contact = desk.contact()
    booked = desk.book(calendar["id"], "2026-03-02T09:00:00-05:00", contact).json()
    desk.http.post(f"/calendars/appointments/{booked['id']}/notes", json={"body": "bring ID"})
    block = desk.http.post("/calendars/events/block-slots", json={
        "locationId": desk.location_id, "calendarId": calendar["id"],
        "startTime": "2026-03-02T10:00:00-05:00", "endTime": "2026-03-02T11:00:00-05:00"}).json()
    desk.http.post(f"/calendars/{calendar['id']}/notifications",
                   json=[{"receiverType": "contact", "channel": "email", "notificationType": "booked"}])
    schedule = desk.http.post("/calendars/schedules", json={
        "locationId": desk.location_id, "name": "Week", "userId": desk.ghl.user_id, "timezone": "UTC",
        "calendarIds": [calendar["id"]]}).json()["schedule"]

    deleted = desk.http.delete(f"/calendars/{calendar['id']}")
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    assert desk.http.get(f"/calendars/{calendar['id']}").status_code == 400
    assert desk.http.get(f"/calendars/events/appointments/{booked['id']}").json()["message"] == "Appointment not found"
    assert desk.http.get(f"/calendars/appointments/{booked['id']}/notes",
                         params={"limit": 10, "offset": 0}).status_code == 400
    assert desk.http.delete(f"/calendars/events/{block['id']}").json()["message"] == "Event not found"
    assert desk.http.get(f"/contacts/{contact}/appointments").json()["events"] == []
    assert desk.http.get(f"/calendars/schedules/{schedule['id']}").json()["schedule"]["calendarIds"] == []
