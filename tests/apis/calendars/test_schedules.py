"""User availability schedules: CRUD, search, calendar associations (404s, as the file declares)."""

from __future__ import annotations

import pytest

from tests.apis.calendars.conftest import Desk

RULES = [{"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "17:00"}]},
         {"type": "date", "date": "2026-03-04", "intervals": []}]


def create(desk: Desk, **fields) -> dict:
    response = desk.http.post("/calendars/schedules", json={
        "locationId": desk.location_id, "name": "Office hours", "userId": desk.ghl.user_id,
        "timezone": "Europe/Paris", "rules": RULES, **fields})
    assert response.status_code == 201, response.text
    return response.json()["schedule"]


def test_a_schedule_is_created_searched_updated_and_deleted(desk: Desk):
    calendar = desk.calendar()
    schedule = create(desk, calendarIds=[calendar["id"]])
    assert {k: schedule[k] for k in ("userId", "timezone", "rules", "calendarIds", "deleted")} == {
        "userId": desk.ghl.user_id, "timezone": "Europe/Paris", "rules": RULES,
        "calendarIds": [calendar["id"]], "deleted": False}
    search = lambda **q: [s["id"] for s in desk.http.get("/calendars/schedules/search", params={
        "locationId": desk.location_id, "userId": desk.ghl.user_id, **q}).json()["schedules"]]
    assert search() == [schedule["id"]]
    assert search(calendarId="other") == []

    updated = desk.http.put(f"/calendars/schedules/{schedule['id']}", json={"name": "Summer", "timezone": "UTC"})
    assert (updated.json()["schedule"]["name"], updated.json()["schedule"]["timezone"]) == ("Summer", "UTC")
    deleted = desk.http.delete(f"/calendars/schedules/{schedule['id']}")
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    gone = desk.http.get(f"/calendars/schedules/{schedule['id']}")
    assert (gone.status_code, gone.json()["message"]) == (404, "Schedule not found")


def test_calendars_are_added_to_and_removed_from_a_schedule(desk: Desk):
    calendar = desk.calendar()
    schedule = create(desk)
    url = f"/calendars/schedules/{schedule['id']}/associations/{calendar['id']}"
    assert desk.http.put(url).json()["success"] is True
    assert desk.http.get(f"/calendars/schedules/{schedule['id']}").json()["schedule"]["calendarIds"] == [calendar["id"]]
    clash = create(desk, name="Second")
    taken = desk.http.put(f"/calendars/schedules/{clash['id']}/associations/{calendar['id']}")
    assert (taken.status_code, taken.json()["message"]) == (400, "The user already has a schedule for this calendar")
    assert desk.http.delete(url).json()["success"] is True
    again = desk.http.delete(url)
    assert (again.status_code, again.json()["message"]) == (404, "Calendar not found")
    unknown = desk.http.put(f"/calendars/schedules/{schedule['id']}/associations/nope")
    assert unknown.status_code == 404


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_bad_schedules_are_refused(desk: Desk):
    base = {"locationId": desk.location_id, "name": "x", "userId": desk.ghl.user_id}
    bad_zone = desk.http.post("/calendars/schedules", json={**base, "timezone": "Mars/Base"})
    assert bad_zone.json()["message"] == ["timezone must be a valid IANA time zone"]
    bad_rule = desk.http.post("/calendars/schedules", json={**base, "timezone": "UTC", "rules": [
        {"type": "wday", "day": "monday", "intervals": [{"from": "9am", "to": "17:00"}]}]})
    assert bad_rule.json()["message"] == ["rules.0.intervals.0.from must match ^([01]?[0-9]|2[0-3]):[0-5][0-9]$"]
    no_day = desk.http.post("/calendars/schedules", json={**base, "timezone": "UTC", "rules": [
        {"type": "wday", "intervals": [{"from": "09:00", "to": "17:00"}]}]})
    assert (no_day.status_code, no_day.json()["message"]) == (422, ["day is required for wday rules"])
    stranger = desk.http.post("/calendars/schedules", json={**base, "timezone": "UTC", "userId": "nope"})
    assert (stranger.status_code, stranger.json()["message"]) == (400, "The user does not exist.")
