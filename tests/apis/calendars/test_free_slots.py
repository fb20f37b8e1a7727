"""GET /calendars/{calendarId}/free-slots over HTTP: free-slots.md §6 vectors with their data set up
through the API (the engine's own tests in ``slots/`` run every vector against the pure engine)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from tests.apis.calendars.conftest import Desk

HOURS_9_TO_1030 = [{"daysOfTheWeek": [1, 2, 3, 4, 5],
                    "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 10, "closeMinute": 30}]}]
TUESDAY_END = 1772600399999


def M(*times: str) -> list[str]:
    return [f"2026-03-02T{t}:00-05:00" for t in times]


def T(*times: str) -> list[str]:
    return [f"2026-03-03T{t}:00-05:00" for t in times]


def seed(desk: Desk, calendar_id: str, start: str, end: str, status: str = "confirmed", **fields) -> dict:
    """An existing appointment, written whatever the slots say (ignoreFreeSlotValidation)."""
    response = desk.book(calendar_id, start, endTime=end, appointmentStatus=status, ignoreFreeSlotValidation=True,
                         **fields)
    assert response.status_code == 200, response.text
    return response.json()


def block(desk: Desk, start: str, end: str, **owner) -> dict:
    response = desk.http.post("/calendars/events/block-slots", json={
        "locationId": desk.location_id, "startTime": start, "endTime": end, **owner})
    assert response.status_code == 201, response.text
    return response.json()


def test_vector_1_the_answer_is_keyed_by_date_with_a_trace_id_last(desk: Desk):
    calendar = desk.calendar()
    body = desk.slots(calendar["id"]).json()
    assert list(body) == ["2026-03-02", "traceId"]
    assert body["2026-03-02"] == {"slots": M("09:00", "09:30", "10:00", "10:30", "11:00", "11:30")}
    uuid.UUID(body["traceId"])


def test_vector_4_confirmed_appointments_take_slots_and_cancelled_ones_do_not(desk: Desk):
    calendar = desk.calendar()
    seed(desk, calendar["id"], *M("10:00", "10:30"))
    seed(desk, calendar["id"], *M("11:00", "11:30"), status="cancelled")
    assert desk.monday_slots(calendar["id"]) == M("09:00", "09:30", "10:30", "11:00", "11:30")


def test_vector_5_buffers_widen_appointments(desk: Desk):
    calendar = desk.calendar(preBuffer=15, preBufferUnit="mins", slotBuffer=15, slotBufferUnit="mins")
    seed(desk, calendar["id"], *M("10:00", "10:30"))
    assert desk.monday_slots(calendar["id"]) == M("09:00", "11:00", "11:30")


def test_vector_6_blocked_slots_take_their_time(desk: Desk):
    calendar = desk.calendar()
    block(desk, *M("10:15", "10:45"), calendarId=calendar["id"])
    assert desk.monday_slots(calendar["id"]) == M("09:00", "09:30", "11:00", "11:30")


def test_vector_8a_notice_counts_from_the_mock_clock(desk: Desk):
    calendar = desk.calendar(allowBookingAfter=1, allowBookingAfterUnit="hours")
    desk.travel(datetime(2026, 3, 2, 14, 10, tzinfo=UTC))
    assert desk.monday_slots(calendar["id"]) == M("10:30", "11:00", "11:30")


def test_vector_10_the_booking_window(desk: Desk):
    hours = [{"daysOfTheWeek": [1, 2, 3, 4, 5], "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 10,
                                                           "closeMinute": 0}]}]
    calendar = desk.calendar(openHours=hours, allowBookingFor=2, allowBookingForUnit="days")
    desk.travel(datetime(2026, 3, 2, 12, tzinfo=UTC))
    body = desk.slots(calendar["id"], endDate=1772859599999).json()
    assert [k for k in body if k != "traceId"] == ["2026-03-02", "2026-03-03", "2026-03-04"]


def test_vector_11_capacity_per_slot(desk: Desk):
    calendar = desk.calendar(openHours=HOURS_9_TO_1030, slotInterval=15, appoinmentPerSlot=2)
    seed(desk, calendar["id"], *M("09:00", "09:30"))
    seed(desk, calendar["id"], *M("09:15", "09:45"))
    assert desk.monday_slots(calendar["id"]) == M("09:30", "09:45", "10:00")


def test_vector_12_the_daily_cap(desk: Desk):
    calendar = desk.calendar(openHours=HOURS_9_TO_1030, appoinmentPerDay=2)
    seed(desk, calendar["id"], *M("09:00", "09:30"))
    seed(desk, calendar["id"], *M("09:30", "10:00"))
    seed(desk, calendar["id"], *M("10:00", "10:30"), status="cancelled")
    seed(desk, calendar["id"], *T("09:00", "09:30"))
    body = desk.slots(calendar["id"], endDate=TUESDAY_END).json()
    assert body == {"2026-03-03": {"slots": T("09:30", "10:00")}, "traceId": body["traceId"]}


@pytest.mark.parametrize("availability_type, expected_days", [
    (None, {"2026-03-02": 6, "2026-03-03": 2}),
    (0, {"2026-03-02": 6, "2026-03-03": 6, "2026-03-04": 6}),
    (1, {"2026-03-03": 2}),
])
def test_vector_13_date_specific_hours(desk: Desk, availability_type, expected_days):
    hours = [{"openHour": 13, "openMinute": 0, "closeHour": 14, "closeMinute": 0}]
    fields = {"availabilities": [{"date": "2026-03-03T00:00:00.000Z", "hours": hours},
                                 {"date": "2026-03-04T00:00:00.000Z", "hours": []}]}
    if availability_type is not None:
        fields["availabilityType"] = availability_type
    calendar = desk.calendar(**fields)
    body = desk.slots(calendar["id"], endDate=1772686799999).json()
    assert {day: len(v["slots"]) for day, v in body.items() if day != "traceId"} == expected_days


def test_vector_14_slots_in_another_timezone(desk: Desk):
    calendar = desk.calendar()
    body = desk.slots(calendar["id"], timezone="Asia/Tokyo").json()
    assert body["2026-03-02"]["slots"] == ["2026-03-02T23:00:00+09:00", "2026-03-02T23:30:00+09:00"]
    assert body["2026-03-03"]["slots"][0] == "2026-03-03T00:00:00+09:00"


def test_vector_17_offsets_follow_daylight_saving(desk: Desk):
    every_day = [{"daysOfTheWeek": [0, 1, 2, 3, 4, 5, 6],
                  "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 10, "closeMinute": 0}]}]
    calendar = desk.calendar(openHours=every_day, slotDuration=60, slotInterval=60)
    window = {"startDate": 1772859600000, "endDate": 1773115199999}
    local = desk.slots(calendar["id"], **window).json()
    assert [v["slots"][0] for k, v in local.items() if k != "traceId"] == [
        "2026-03-07T09:00:00-05:00", "2026-03-08T09:00:00-04:00", "2026-03-09T09:00:00-04:00"]
    utc = desk.slots(calendar["id"], timezone="UTC", **window).json()
    assert [v["slots"][0] for k, v in utc.items() if k != "traceId"] == [
        "2026-03-07T14:00:00+00:00", "2026-03-08T13:00:00+00:00", "2026-03-09T13:00:00+00:00"]


def make_team(desk: Desk, calendar_type: str = "round_robin") -> dict:
    """Vector 18: U1 (priority 1, primary) busy 09:00-10:00 on C; U2 (priority 0.5) busy 09:30-10:30 on C2."""
    u1, u2 = desk.user("Uno"), desk.user("Dos")
    hours = [{"daysOfTheWeek": [1, 2, 3, 4, 5], "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 11,
                                                           "closeMinute": 0}]}]
    members = [{"userId": u1, "priority": 1, "isPrimary": True}, {"userId": u2, "priority": 0.5}]
    calendar = desk.calendar(calendarType=calendar_type, teamMembers=members, openHours=hours)
    other = desk.calendar(name="C2", calendarType="round_robin", teamMembers=[{"userId": u2}], openHours=hours)
    seed(desk, calendar["id"], *M("09:00", "10:00"), assignedUserId=u1)
    seed(desk, other["id"], *M("09:30", "10:30"), assignedUserId=u2)
    return {"calendar": calendar, "U1": u1, "U2": u2}


@pytest.fixture
def team(desk: Desk) -> dict:
    return make_team(desk)


def test_vector_18_round_robin_slots_are_the_union_of_the_members(desk: Desk, team: dict):
    calendar_id = team["calendar"]["id"]
    assert desk.monday_slots(calendar_id) == M("09:00", "10:00", "10:30")
    assert desk.monday_slots(calendar_id, userId=team["U1"]) == M("10:00", "10:30")
    assert desk.monday_slots(calendar_id, userIds=team["U2"]) == M("09:00", "10:30")
    assert desk.monday_slots(calendar_id, **{"userIds[]": [team["U1"], team["U2"]]}) == M("09:00", "10:00", "10:30")
    assert desk.monday_slots(calendar_id, userIds=f"{team['U1']},{team['U2']}") == M("09:00", "10:00", "10:30")
    nobody = desk.slots(calendar_id, userId="UX").json()
    assert list(nobody) == ["traceId"]


def test_vector_18_collective_slots_are_the_intersection(desk: Desk):
    collective = make_team(desk, "collective")
    assert desk.monday_slots(collective["calendar"]["id"]) == M("10:30")


def test_vector_18b_a_members_schedule_replaces_the_calendars_hours(desk: Desk):
    u1, u2 = desk.user("Uno"), desk.user("Dos")
    hours = [{"daysOfTheWeek": [1, 2, 3, 4, 5], "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 10,
                                                           "closeMinute": 0}]}]
    calendar = desk.calendar(calendarType="round_robin", openHours=hours,
                             teamMembers=[{"userId": u1, "priority": 1}, {"userId": u2}])
    created = desk.http.post("/calendars/schedules", json={
        "locationId": desk.location_id, "name": "LA mornings", "userId": u1, "timezone": "America/Los_Angeles",
        "calendarIds": [calendar["id"]],
        "rules": [{"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "10:00"}]}]})
    assert created.status_code == 201, created.text
    assert desk.monday_slots(calendar["id"]) == M("09:00", "09:30", "12:00", "12:30")


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
@pytest.mark.parametrize("query, status, message", [
    ({"endDate": 1775106000001}, 400, "Date range cannot be more than 31 days"),
    ({"startDate": 1772513999999, "endDate": 1772427600000}, 400, "endDate must be greater than startDate"),
    ({"startDate": "abc"}, 422, ["startDate must be a number conforming to the specified constraints"]),
    ({"timezone": "Mars/Olympus"}, 400, "Invalid timezone"),
])
def test_vector_19_bad_queries(desk: Desk, query, status, message):
    calendar = desk.calendar()
    response = desk.slots(calendar["id"], **query)
    assert (response.status_code, response.json()["message"]) == (status, message)


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_vector_19_missing_dates_and_the_whole_31_days(desk: Desk):
    calendar = desk.calendar()
    missing = desk.http.get(f"/calendars/{calendar['id']}/free-slots", params={"endDate": 1772513999999})
    assert missing.status_code == 422
    assert missing.json() | {"traceId": None} == {
        "statusCode": 422, "message": ["startDate must be a number conforming to the specified constraints"],
        "error": "Unprocessable Entity", "traceId": None}
    month = desk.slots(calendar["id"], endDate=1775106000000).json()
    days = [k for k in month if k != "traceId"]
    assert (len(days), days[0], days[-1]) == (23, "2026-03-02", "2026-04-01")
    assert month["2026-03-06"]["slots"][0].endswith("-05:00") and month["2026-03-09"]["slots"][0].endswith("-04:00")


def test_vector_19_inactive_calendars_and_past_windows(desk: Desk):
    inactive = desk.calendar(isActive=False)
    response = desk.slots(inactive["id"])
    assert (response.status_code, response.json()["message"]) == (400, "Calendar is inactive")
    calendar = desk.calendar(name="Active")
    desk.travel(datetime(2026, 3, 5, tzinfo=UTC))
    assert list(desk.slots(calendar["id"]).json()) == ["traceId"]


def test_the_query_is_checked_before_the_calendar(desk: Desk):
    response = desk.slots("nope", endDate=1775106000001)
    assert response.json()["message"] == "Date range cannot be more than 31 days"


@pytest.mark.parametrize("fields, slots", [
    ({"allowBookingFor": 1e12, "allowBookingForUnit": "months"}, 6),  # a window past year 9999: no end
    ({"allowBookingFor": 1e12, "allowBookingForUnit": "weeks"}, 6),
    ({"allowBookingAfter": 1e12, "allowBookingAfterUnit": "months"}, 0),  # a notice past year 9999: never
    ({"appoinmentPerSlot": 1e300}, 6),
])
def test_absurd_settings_give_answers_not_errors(desk: Desk, fields, slots):
    calendar = desk.calendar(**fields)
    assert len(desk.monday_slots(calendar["id"])) == slots


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
@pytest.mark.parametrize("query", [{"startDate": 1e20, "endDate": 1e20}, {"startDate": -1e20},
                                   {"startDate": 32503680000001, "endDate": 32503680000001}])
def test_instants_outside_the_supported_years_are_refused(desk: Desk, query):
    response = desk.slots(desk.calendar()["id"], **query)
    assert response.status_code == 422
    assert response.json()["message"][0].startswith("startDate must not be")


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
@pytest.mark.parametrize("start", ["0001-01-01T00:00:00+00:00", "9999-12-31T23:30:00+00:00"])
def test_event_times_outside_the_supported_years_are_refused(desk: Desk, start):
    response = desk.book(desk.calendar()["id"], start, ignoreFreeSlotValidation=True)
    assert (response.status_code, response.json()["message"]) == (422, [
        "startTime must be a date between 1900 and 2999"])


def test_events_outside_the_query_still_count_when_they_reach_into_it(desk: Desk):
    """The API drops far-away events before the engine sees them: not those that matter."""
    long = desk.calendar(name="Long")
    seed(desk, long["id"], "2026-02-27T09:00:00-05:00", "2026-03-02T10:00:00-05:00")  # Friday to Monday 10:00
    assert desk.monday_slots(long["id"]) == M("10:00", "10:30", "11:00", "11:30")
    buffered = desk.calendar(name="Buffered", preBuffer=3, preBufferUnit="hours", slotBuffer=142,
                             slotBufferUnit="hours")
    seed(desk, buffered["id"], "2026-02-24T09:00:00-05:00", "2026-02-24T09:30:00-05:00")  # + 142 h: Monday 07:30
    assert desk.monday_slots(buffered["id"]) == M("10:30", "11:00", "11:30")  # and each slot's own 3 h before
