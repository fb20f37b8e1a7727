"""Edge cases of the algorithm beyond the §6 vectors (§3, §4, §8)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from mock_server.apis.calendars.slots import SlotQuery, event_window_ms, validate_query
from mock_server.platform.errors import BadRequest

from .helpers import (
    Q1_END,
    Q1_START,
    TUE_END,
    WED_END,
    appt,
    block,
    calendar_f,
    mon,
    run,
    team_calendar,
    tue,
    utc,
    weekday_hours,
)

t = "2026-03-02T{}:00-05:00".format
SIX = mon("09:00", "09:30", "10:00", "10:30", "11:00", "11:30")


@pytest.mark.parametrize(
    "changes, expected",
    [
        pytest.param({"slotDuration": 60}, mon("09:00", "09:30", "10:00", "10:30", "11:00"), id="interval-missing-is-30"),
        pytest.param({"slotDuration": 60, "slotInterval": None}, mon("09:00", "10:00", "11:00"), id="interval-null-is-D"),
        pytest.param({"slotDuration": 60, "slotInterval": 0}, mon("09:00", "10:00", "11:00"), id="interval-0-is-D"),
        pytest.param(
            {"slotDuration": 1, "slotDurationUnit": "hours", "slotInterval": 1, "slotIntervalUnit": "hours"},
            mon("09:00", "10:00", "11:00"),
            id="unit-hours",
        ),
        pytest.param({"openHours": [{"daysOfTheWeek": [1], "hours": []}]}, [], id="empty-hours-closed"),
        pytest.param({"openHours": weekday_hours("11:00", "24:00")}, None, id="closeHour-24"),
        pytest.param({"openHours": weekday_hours("11:00", "23:59")}, None, id="close-23:59"),
        pytest.param(
            {"openHours": [{"daysOfTheWeek": [1], "hours": [{"openHour": 11, "openMinute": 0, "closeHour": 23, "closeMinute": 60}]}]},
            None,
            id="closeMinute-60",
        ),
        pytest.param({"availabilityType": 1}, [], id="availabilityType-1-without-dates-is-closed"),
        pytest.param({"appoinmentPerDay": 0}, [], id="daily-cap-0"),
    ],
)
def test_calendar_fields(changes: dict[str, Any], expected: list[str] | None) -> None:
    slots = run(calendar_f(**changes)).get("2026-03-02", [])
    if expected is None:  # open until midnight: the last 30-minute slot starts at 23:30
        assert slots[0] == t("11:00") and slots[-1] == t("23:30") and len(slots) == 26
    else:
        assert slots == expected


def test_start_and_end_filter_the_start_instant_only() -> None:
    start, end = 1772463600000, 1772467200000  # 10:00 and 11:00 EST, both inclusive
    assert run(calendar_f(slotDuration=60), start_ms=start, end_ms=end) == {"2026-03-02": mon("10:00", "10:30", "11:00")}
    assert run(calendar_f(), start_ms=start + 1, end_ms=end - 1) == {"2026-03-02": mon("10:30")}


def test_float_bounds_are_accepted() -> None:
    assert run(calendar_f(), start_ms=float(Q1_START), end_ms=Q1_END + 0.5) == run(calendar_f())


def test_notice_in_months() -> None:
    calendar = calendar_f(openHours=weekday_hours("09:00", "10:00", range(7)), allowBookingAfter=1, allowBookingAfterUnit="months")
    now = utc(2026, 1, 31, 14, 15)  # 09:15 EST on the 31st: one month later is 28 Feb 09:15
    feb27 = 1772168400000  # 2026-02-27T00:00 EST
    result = run(calendar, now=now, start_ms=feb27, end_ms=feb27 + 3 * 86_400_000 - 1)
    assert result == {
        "2026-02-28": ["2026-02-28T09:30:00-05:00"],
        "2026-03-01": ["2026-03-01T09:00:00-05:00", "2026-03-01T09:30:00-05:00"],
    }


def test_booking_window_in_weeks_and_ignore_date_range() -> None:
    calendar = calendar_f(allowBookingFor=1, allowBookingForUnit="weeks", openHours=weekday_hours("09:00", "09:30"))
    now = utc(2026, 3, 2, 12)  # Monday 07:00 EST: the window runs through next Monday
    result = run(calendar, now=now, end_ms=Q1_START + 14 * 86_400_000)
    assert list(result) == ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-09"]
    assert len(run(calendar, now=now, end_ms=Q1_START + 14 * 86_400_000, ignore_date_range=True)) == 10


def test_pre_buffer_needs_free_time_after_a_block_and_after_a_booking() -> None:
    calendar = calendar_f(preBuffer=30)
    blocked = [block(t("09:00"), t("09:30"))]
    assert run(calendar, blocked=blocked)["2026-03-02"] == mon("10:00", "10:30", "11:00", "11:30")
    # a booking holds its own pre-buffer too: 10:30 needs 10:00-10:30 free, and 10:00 is taken
    booked = [appt(t("10:00"), t("10:30"))]
    assert run(calendar, appointments=booked)["2026-03-02"] == mon("09:00", "11:00", "11:30")


def test_capacity_counts_overlapping_bookings_not_peak_concurrency() -> None:
    calendar = calendar_f(appoinmentPerSlot=2, slotInterval=15, openHours=weekday_hours("09:00", "10:00"))
    events = [appt(t("09:00"), t("09:15")), appt(t("09:15"), t("09:30"))]
    # 09:00-09:30 overlaps both back-to-back bookings (never more than one at a time): still full
    assert run(calendar, appointments=events) == {"2026-03-02": mon("09:15", "09:30")}


def test_capacity_applies_per_host_on_team_calendars() -> None:
    calendar = team_calendar(appoinmentPerSlot=2, openHours=weekday_hours("09:00", "10:00"))
    events = [appt(t("09:00"), t("09:30"), assigned="U1"), appt(t("09:00"), t("09:30"), assigned="U1")]
    assert run(calendar, appointments=events, user_ids=("U1",)) == {"2026-03-02": mon("09:30")}
    assert run(calendar, appointments=events) == {"2026-03-02": mon("09:00", "09:30")}  # U2 is free


@pytest.mark.parametrize(
    "status, blocks",
    [("confirmed", True), ("new", True), ("showed", True), ("active", True), ("completed", True), (None, True),
     ("cancelled", False), ("invalid", False), ("noshow", False), ("rescheduled?", False)],
)
def test_statuses(status: str | None, blocks: bool) -> None:
    slots = run(calendar_f(), appointments=[appt(t("10:00"), t("10:30"), status=status)])["2026-03-02"]
    assert (t("10:00") not in slots) == blocks


def test_deleted_appointment_never_blocks() -> None:
    assert run(calendar_f(), appointments=[appt(t("10:00"), t("10:30"), deleted=True)])["2026-03-02"] == SIX


def test_appointments_of_other_calendars_do_not_block_an_event_calendar() -> None:
    events = [appt(t("10:00"), t("10:30"), calendar_id="C2", assigned="U1")]
    assert run(calendar_f(), appointments=events)["2026-03-02"] == SIX


def test_team_booking_with_no_person_blocks_no_member() -> None:
    calendar = team_calendar(openHours=weekday_hours("09:00", "10:00"))
    events = [appt(t("09:00"), t("10:00")), appt(t("09:00"), t("10:00"), assigned="U1")]
    assert run(calendar, appointments=events) == {"2026-03-02": mon("09:00", "09:30")}  # U2 free
    assert run(calendar, appointments=events, user_ids=("U1",)) == {}


def test_users_list_involves_members() -> None:
    calendar = team_calendar(openHours=weekday_hours("09:00", "10:00"))
    events = [appt(t("09:00"), t("09:30"), users=["U1", "U2"])]
    assert run(calendar, appointments=events) == {"2026-03-02": mon("09:30")}


def test_blocked_slot_for_one_user() -> None:
    calendar = team_calendar(openHours=weekday_hours("09:00", "10:00"))
    blocked = [block(t("09:00"), t("09:30"), calendar_id=None, assigned="U1")]
    assert run(calendar, blocked=blocked, user_ids=("U1",)) == {"2026-03-02": mon("09:30")}
    assert run(calendar, blocked=blocked, user_ids=("U2",)) == {"2026-03-02": mon("09:00", "09:30")}
    assert run(calendar, blocked=[block(t("09:00"), t("09:30"), calendar_id="C2")]) == {"2026-03-02": mon("09:00", "09:30")}


def test_daily_cap_counts_per_host_on_team_calendars() -> None:
    calendar = team_calendar(appoinmentPerDay=1, openHours=weekday_hours("09:00", "10:00"))
    events = [appt(t("09:00"), t("09:30"), assigned="U1")]
    assert run(calendar, appointments=events, user_ids=("U1",), end_ms=TUE_END) == {"2026-03-03": tue("09:00", "09:30")}
    assert run(calendar, appointments=events, user_ids=("U2",)) == {"2026-03-02": mon("09:00", "09:30")}


def test_collective_intersection_and_subset() -> None:
    calendar = team_calendar("collective", openHours=weekday_hours("09:00", "10:30"))
    events = [appt(t("09:00"), t("09:30"), assigned="U1"), appt(t("10:00"), t("10:30"), assigned="U2")]
    assert run(calendar, appointments=events) == {"2026-03-02": mon("09:30")}
    assert run(calendar, appointments=events, user_ids=("U2",)) == {"2026-03-02": mon("09:00", "09:30")}


def test_user_filter_on_an_event_calendar() -> None:
    members = [{"userId": "U1"}]
    assert run(calendar_f(teamMembers=members), user_ids=("U1",))["2026-03-02"] == SIX
    assert run(calendar_f(teamMembers=members), user_ids=("U9",)) == {}
    assert run(calendar_f(), user_ids=("U1",)) == {}


def test_event_calendar_schedule_replaces_its_hours() -> None:
    schedule = {"calendarId": "C", "timezone": "Europe/London",
                "rules": [{"type": "wday", "day": "monday", "intervals": [{"from": "15:00", "to": "16:00"}]}]}
    assert run(calendar_f(), schedules=[schedule]) == {"2026-03-02": mon("10:00", "10:30")}


def test_booking_window_today_is_taken_in_the_hosts_zone() -> None:
    # U1 works in Tokyo, on 4 March 14:00-15:00 there (= 4 March 00:00-01:00 in New York)
    schedule = {"userId": "U1", "calendarIds": ["C"], "timezone": "Asia/Tokyo",
                "rules": [{"type": "date", "date": "2026-03-04", "intervals": [{"from": "14:00", "to": "15:00"}]}]}
    calendar = team_calendar(allowBookingFor=1, openHours=[])
    query = {"schedules": [schedule], "user_ids": ("U1",), "end_ms": WED_END}
    # 16:00Z on the 2nd is already the 3rd in Tokyo: the window runs through the 4th (Tokyo)
    assert run(calendar, now=utc(2026, 3, 2, 16), **query) == {
        "2026-03-04": ["2026-03-04T00:00:00-05:00", "2026-03-04T00:30:00-05:00"]
    }
    # 14:00Z is still the 2nd in Tokyo: the window ends with the 3rd (Tokyo)
    assert run(calendar, now=utc(2026, 3, 2, 14), **query) == {}


def test_output_zone_with_a_half_hour_offset() -> None:
    result = run(calendar_f(), tz="Asia/Kolkata")
    assert result == {"2026-03-02": [f"2026-03-02T{h}:00+05:30" for h in ("19:30", "20:00", "20:30", "21:00", "21:30", "22:00")]}


def test_empty_timezone_means_the_location_zone() -> None:
    assert run(calendar_f(), tz="") == run(calendar_f())


def test_invalid_location_zone_falls_back_to_utc() -> None:
    assert run(calendar_f(), location_timezone="Nowhere/Nothing", start_ms=Q1_START, end_ms=Q1_END) == {
        "2026-03-02": [f"2026-03-02T{h}:00+00:00" for h in ("09:00", "09:30", "10:00", "10:30", "11:00", "11:30")]
    }


def test_lord_howe_half_hour_dst_change() -> None:
    # DST ends 2026-04-05 02:00 (+11:00 -> +10:30): 01:30-02:00 happens twice
    calendar = calendar_f(openHours=weekday_hours("00:00", "04:00", [0]), slotDuration=60, slotInterval=60)
    start = 1775307600000  # 2026-04-04T13:00Z = 04-05 00:00 +11:00
    result = run(calendar, location_timezone="Australia/Lord_Howe", start_ms=start, end_ms=start + 86_400_000 - 1)
    assert result == {"2026-04-05": ["2026-04-05T00:00:00+11:00", "2026-04-05T01:00:00+11:00",
                                     "2026-04-05T01:30:00+10:30", "2026-04-05T02:30:00+10:30"]}


def test_validate_query_order_and_bounds() -> None:
    assert validate_query(SlotQuery(0, 31 * 86_400_000)) is None
    assert str(validate_query(SlotQuery(5, 5, "UTC"))) == "UTC"
    with pytest.raises(BadRequest, match="31 days"):
        validate_query(SlotQuery(0, 31 * 86_400_000 + 1))


def test_event_window_covers_buffers_and_duration() -> None:
    low, high = event_window_ms(calendar_f(preBuffer=15, slotBuffer=30, slotDuration=60), 1_000_000_000, 2_000_000_000)
    assert low <= 1_000_000_000 - 45 * 60_000 - 86_400_000
    assert high >= 2_000_000_000 + 105 * 60_000 + 86_400_000


def test_events_outside_the_event_window_change_nothing() -> None:
    calendar = calendar_f(appoinmentPerDay=1, preBuffer=30, slotBuffer=30)
    low, high = event_window_ms(calendar, Q1_START, Q1_END)
    far = [("2026-02-20T10:00:00-05:00", "2026-02-20T10:30:00-05:00"),
           ("2026-03-10T10:00:00-05:00", "2026-03-10T10:30:00-05:00")]
    assert all(ms(end) < low or ms(start) > high for start, end in far)
    assert run(calendar, appointments=[appt(start, end) for start, end in far])["2026-03-02"] == SIX


def ms(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp() * 1000)
