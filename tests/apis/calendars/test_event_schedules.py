"""An event calendar's own schedule (v3): created once, read, changed; the free slots follow it; 404s."""

from __future__ import annotations

import pytest

from mock_server.platform.tenancy import NO_LOCATION_ACCESS
from mock_server.testing.tenant import GhlTenant
from tests.apis.calendars.conftest import Desk

MONDAY_MORNING = [{"type": "wday", "day": "monday", "intervals": [{"from": "10:00", "to": "11:00"}]}]


def url(calendar: dict) -> str:
    return f"/calendars/schedules/event-calendar/{calendar['id']}"


def test_a_schedule_is_created_read_and_changed(desk: Desk):
    calendar = desk.calendar()
    created = desk.http.post(url(calendar), json={"timezone": "America/Chicago", "rules": MONDAY_MORNING})
    assert created.status_code == 201, created.text
    schedule = created.json()["schedule"]
    assert {k: schedule[k] for k in ("calendarId", "timezone", "rules")} == {
        "calendarId": calendar["id"], "timezone": "America/Chicago", "rules": MONDAY_MORNING}
    assert desk.http.get(url(calendar)).json()["schedule"] == schedule

    changed = desk.http.put(url(calendar), json={"timezone": "America/New_York"})
    assert (changed.json()["schedule"]["timezone"], changed.json()["schedule"]["rules"]) == (
        "America/New_York", MONDAY_MORNING)
    again = desk.http.post(url(calendar), json={"timezone": "UTC", "rules": []})
    assert (again.status_code, again.json()["message"]) == (422, ["The calendar already has a schedule"])


def test_the_free_slots_follow_the_schedule(desk: Desk):
    calendar = desk.calendar()  # Mon-Fri 09:00-12:00 New York, 30-minute slots
    assert len(desk.monday_slots(calendar["id"])) == 6
    desk.http.post(url(calendar), json={"timezone": "America/New_York", "rules": MONDAY_MORNING})
    assert desk.monday_slots(calendar["id"]) == ["2026-03-02T10:00:00-05:00", "2026-03-02T10:30:00-05:00"]
    desk.http.put(url(calendar), json={"rules": [{"type": "date", "date": "2026-03-02", "intervals": []}]})
    assert desk.monday_slots(calendar["id"]) == []


def test_unknown_calendars_and_missing_schedules_are_404(desk: Desk):
    unknown = desk.http.get("/calendars/schedules/event-calendar/nope")
    assert (unknown.status_code, unknown.json()["message"]) == (404, "Calendar not found")
    calendar = desk.calendar()
    for answer in (desk.http.get(url(calendar)), desk.http.put(url(calendar), json={"timezone": "UTC"})):
        assert (answer.status_code, answer.json()["message"]) == (404, "Schedule not found")
    created = desk.http.post("/calendars/schedules/event-calendar/nope", json={"timezone": "UTC", "rules": []})
    assert created.status_code == 404


def test_only_an_event_calendar_takes_one(desk: Desk):
    team = desk.calendar(calendarType="round_robin", teamMembers=[{"userId": desk.ghl.user_id}])
    refused = desk.http.post(url(team), json={"timezone": "UTC", "rules": []})
    assert (refused.status_code, refused.json()["message"]) == (422, ["The calendar is not an event calendar"])


def test_deleting_the_calendar_deletes_its_schedule(desk: Desk):
    calendar = desk.calendar()
    desk.http.post(url(calendar), json={"timezone": "UTC", "rules": MONDAY_MORNING})
    assert desk.http.delete(f"/calendars/{calendar['id']}").status_code == 200
    assert desk.http.get(url(calendar)).status_code == 404
    assert desk.ghl.world.store.scan(desk.location_id, "calendarEventSchedules") == []


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_bad_schedules_are_refused(desk: Desk):
    calendar = desk.calendar()
    zone = desk.http.post(url(calendar), json={"timezone": "Mars/Base", "rules": []})
    assert zone.status_code == 422
    rule = desk.http.post(url(calendar), json={"timezone": "UTC", "rules": [{"type": "wday", "intervals": []}]})
    assert rule.status_code == 422
    assert desk.http.get(url(calendar)).status_code == 404


def test_another_location_cannot_see_it(desk: Desk, ghl_app):
    calendar = desk.calendar()
    desk.http.post(url(calendar), json={"timezone": "UTC", "rules": MONDAY_MORNING})
    other = GhlTenant(ghl_app, seed="the-other-event-calendar")
    try:
        theirs = other.client(version="v3")
        for answer in (theirs.get(url(calendar)), theirs.put(url(calendar), json={"timezone": "Europe/Paris"}),
                       theirs.post(url(calendar), json={"timezone": "UTC", "rules": []})):
            assert (answer.status_code, answer.json()["message"]) == (403, NO_LOCATION_ACCESS)
    finally:
        other.close()
    assert desk.http.get(url(calendar)).json()["schedule"]["timezone"] == "UTC"


def test_the_scopes_are_the_files(desk: Desk):
    calendar = desk.calendar()
    reader = desk.ghl.client(version="v3", scopes=["calendars.readonly"])
    assert reader.post(url(calendar), json={"timezone": "UTC", "rules": []}).status_code == 401
    assert reader.get(url(calendar)).status_code == 404
