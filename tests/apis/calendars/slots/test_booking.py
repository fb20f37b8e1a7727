"""check_booking beyond the §6.20 rows: host choice, collective, moves, capacity, odd inputs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from mock_server.apis.calendars.slots import check_booking
from mock_server.platform.errors import BadRequest

from .helpers import F_NOW, NY, appt, block, book, calendar_f, team_calendar, weekday_hours

t = "2026-03-02T{}:00-05:00".format


def refused(*args: Any, **kwargs: Any) -> bool:
    try:
        book(*args, **kwargs)
    except BadRequest as error:
        assert error.message == "The slot you have selected is no longer available."
        return True
    return False


def test_times_come_back_on_the_location_clock() -> None:
    decision = book("2026-03-02T15:00:00Z")
    assert decision.start.isoformat() == t("10:00") and decision.end.isoformat() == t("10:30")
    assert (decision.assigned_user_id, decision.users) == (None, [])


def test_end_must_follow_start() -> None:
    assert refused(t("10:00"), t("10:00"))
    assert refused(t("10:00"), t("09:30"))


def test_start_with_milliseconds_is_off_grid() -> None:
    assert refused("2026-03-02T10:00:00.250-05:00")


def test_naive_datetimes_are_read_in_the_location_zone() -> None:
    decision = check_booking(calendar_f(), location_timezone=NY, now=F_NOW, start=datetime(2026, 3, 2, 10),
                             end=None, assigned_user_id=None)
    assert decision.start.isoformat() == t("10:00")


def test_moving_an_appointment_ignores_itself() -> None:
    events = [appt(t("10:00"), t("10:30"), id="A-moving")]
    assert refused(t("10:00"), events=events)
    assert book(t("10:00"), events=events, exclude_event_id="A-moving").start.isoformat() == t("10:00")
    assert refused(t("10:00"), events=events, exclude_event_id="someone-else")


def test_capacity_two_takes_a_second_booking_then_refuses() -> None:
    calendar = calendar_f(appoinmentPerSlot=2)
    events = [appt(t("10:00"), t("10:30"))]
    assert not refused(t("10:00"), calendar=calendar, events=events)
    assert refused(t("10:00"), calendar=calendar, events=events * 2)


def test_buffers_of_a_long_booking() -> None:
    calendar = calendar_f(slotBuffer=30)
    events = [appt(t("11:30"), t("12:00"))]
    assert not refused(t("09:00"), t("10:30"), calendar=calendar, events=events)  # post-buffer ends 11:00
    assert refused(t("09:00"), t("11:15"), calendar=calendar, events=events)  # post-buffer runs into 11:30


def test_blocked_slot_refuses() -> None:
    assert refused(t("10:00"), calendar=calendar_f(), events=[], blocked_slots=[block(t("10:15"), t("10:20"))])


def test_assignee_must_be_a_member() -> None:
    assert refused(t("10:00"), calendar=team_calendar(), assigned="UX")
    assert refused(t("10:00"), calendar=calendar_f(), assigned="U1")  # no team at all
    assert book(t("10:00"), calendar=calendar_f(teamMembers=[{"userId": "U1"}]), assigned="U1").users == ["U1"]


def test_round_robin_priority_and_ties() -> None:
    members = [{"userId": "A", "priority": 0}, {"userId": "B"}, {"userId": "C", "priority": 0.5}, {"userId": "D", "priority": 1}]
    calendar = calendar_f(calendarType="round_robin", teamMembers=members)
    assert book(t("10:00"), calendar=calendar).assigned_user_id == "D"
    busy_d = [appt(t("10:00"), t("10:30"), assigned="D")]
    assert book(t("10:00"), calendar=calendar, events=busy_d).assigned_user_id == "B"  # tie with C: earlier member
    busy = [appt(t("10:00"), t("10:30"), assigned=u) for u in "BCD"]
    decision = book(t("10:00"), calendar=calendar, events=busy)
    assert (decision.assigned_user_id, decision.users) == ("A", ["A"])
    assert refused(t("10:00"), calendar=calendar, events=busy + [appt(t("10:00"), t("10:30"), assigned="A")])


def test_class_booking_counts_seats_per_member() -> None:
    calendar = calendar_f(calendarType="class_booking", teamMembers=[{"userId": "U1"}], appoinmentPerSlot=3)
    seats = [appt(t("10:00"), t("10:30"), assigned="U1")] * 2
    assert book(t("10:00"), calendar=calendar, events=seats).assigned_user_id == "U1"
    assert refused(t("10:00"), calendar=calendar, events=seats * 2)


def test_collective_needs_every_member_and_names_the_primary() -> None:
    calendar = team_calendar("collective")
    decision = book(t("10:30"), calendar=calendar)
    assert (decision.assigned_user_id, decision.users) == ("U1", ["U1", "U2"])
    assert book(t("10:30"), calendar=calendar, assigned="U2").assigned_user_id == "U2"
    busy_u2 = [appt(t("10:30"), t("11:00"), assigned="U2", calendar_id="C2")]
    assert refused(t("10:30"), calendar=calendar, events=busy_u2)
    assert refused(t("10:30"), calendar=calendar, events=busy_u2, assigned="U1")


def test_collective_without_primary_names_the_first_member() -> None:
    calendar = calendar_f(calendarType="collective", teamMembers=[{"userId": "X"}, {"userId": "Y"}])
    assert book(t("10:30"), calendar=calendar).assigned_user_id == "X"


@pytest.mark.parametrize(
    "calendar, assigned, expected",
    [
        (team_calendar(), None, ("U1", ["U1"])),
        (team_calendar(), "U2", ("U2", ["U2"])),
        (team_calendar(), "UX", ("UX", ["UX"])),  # created as sent
        (team_calendar("collective"), None, ("U1", ["U1", "U2"])),
        (calendar_f(), None, (None, [])),
    ],
)
def test_ignore_free_slot_validation_skips_every_check(calendar, assigned, expected) -> None:
    events = [appt(t("09:00"), t("12:00"), assigned=u) for u in ("U1", "U2", None)]
    decision = book("2026-03-01T03:07:00-05:00", t("01:00"), calendar=calendar, events=events, assigned=assigned,
                    ignore_free_slot_validation=True)
    assert (decision.assigned_user_id, decision.users) == expected


def test_booking_a_slot_in_a_dst_gap_day() -> None:
    calendar = calendar_f(openHours=weekday_hours("00:00", "04:00", [0]), slotDuration=60, slotInterval=60)
    assert not refused("2026-03-08T03:00:00-04:00", calendar=calendar)
    assert not refused("2026-03-08T02:00:00-05:00", calendar=calendar)  # the same instant, written in EST
    assert refused("2026-03-08T02:30:00", calendar=calendar)  # no offset: 02:30 is 03:30 EDT, off the grid
    assert book("2026-03-08T01:00:00", calendar=calendar).end.isoformat() == "2026-03-08T03:00:00-04:00"
