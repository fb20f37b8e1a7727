from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from mock_server.apis.calendars.slots.rules import CalendarRules

NY = ZoneInfo("America/New_York")


def rules(**calendar) -> CalendarRules:
    return CalendarRules.from_calendar(calendar)


@pytest.mark.parametrize(
    "calendar, duration, interval",
    [
        pytest.param({}, 1800, 1800, id="all-defaults"),
        pytest.param({"slotDuration": 60}, 3600, 1800, id="interval-missing-is-30"),
        pytest.param({"slotDuration": 60, "slotInterval": None}, 3600, 3600, id="interval-null-is-duration"),
        pytest.param({"slotDuration": 60, "slotInterval": 0}, 3600, 3600, id="interval-0-is-duration"),
        pytest.param({"slotDuration": 1, "slotDurationUnit": "hours", "slotInterval": 15}, 3600, 900, id="unit-hours"),
        pytest.param({"slotDuration": 45, "slotDurationUnit": "eons"}, 2700, 1800, id="unknown-unit-is-mins"),
        pytest.param({"slotDuration": 0}, 1800, 1800, id="duration-0-is-default"),
        pytest.param({"slotDuration": 20, "slotInterval": 1, "slotIntervalUnit": "hours"}, 1200, 3600, id="interval-hours"),
        pytest.param({"slotInterval": 0.02}, 1800, 60, id="sub-minute-interval-steps-a-minute"),
        pytest.param({"slotInterval": 1.5}, 1800, 90, id="fractional-minutes-above-one-kept"),
    ],
)
def test_duration_and_interval(calendar: dict, duration: int, interval: int) -> None:
    assert (rules(**calendar).duration, rules(**calendar).interval) == (duration, interval)


@pytest.mark.parametrize(
    "per_slot, expected", [(None, 1), (0, 1), (-2, 1), (3, 3), ("2", 2)]
)
def test_per_slot_defaults(per_slot, expected) -> None:
    assert rules(appoinmentPerSlot=per_slot).per_slot == expected


def test_per_day() -> None:
    assert rules().per_day is None
    assert rules(appoinmentPerDay=None).per_day is None
    assert rules(appoinmentPerDay=0).per_day == 0
    assert rules(appoinmentPerDay=4).per_day == 4


def test_buffers() -> None:
    found = rules(preBuffer=1, preBufferUnit="hours", slotBuffer=10)
    assert (found.pre, found.post) == (3600, 600)


NOW = datetime(2026, 3, 7, 23, 30, tzinfo=NY)  # Saturday evening, before the DST change


def test_notice_defaults_to_hours_and_is_elapsed_time() -> None:
    assert rules(allowBookingAfter=2).earliest_start(NOW, NY) == int(NOW.timestamp()) + 7200
    # one day across the spring-forward night is still 24 elapsed hours: Monday 00:30 EDT
    one_day = rules(allowBookingAfter=1, allowBookingAfterUnit="days").earliest_start(NOW, NY)
    assert datetime.fromtimestamp(one_day, NY).replace(tzinfo=None) == datetime(2026, 3, 9, 0, 30)


def test_notice_in_months_keeps_the_wall_clock_and_clamps() -> None:
    now = datetime(2026, 1, 31, 9, 0, tzinfo=NY)
    found = rules(allowBookingAfter=1, allowBookingAfterUnit="months").earliest_start(now, NY)
    assert found == int(datetime(2026, 2, 28, 9, 0, tzinfo=NY).timestamp())


def test_no_notice_rounds_now_up_to_the_second() -> None:
    now = datetime(2026, 3, 2, 14, 10, 0, 1, tzinfo=UTC)
    assert rules().earliest_start(now, NY) == int(now.replace(microsecond=0).timestamp()) + 1


@pytest.mark.parametrize(
    "window, unit, last_day",
    [
        (2, None, (2026, 3, 9)),  # days by default: today (Saturday 7th) + 2
        (1, "weeks", (2026, 3, 14)),
        (1, "months", (2026, 4, 7)),
        (3, "hours", (2026, 3, 8)),  # 23:30 + 3 h is Sunday
        (20, "mins", (2026, 3, 7)),
    ],
)
def test_booking_window_ends_after_whole_local_dates(window, unit, last_day) -> None:
    calendar = {"allowBookingFor": window} | ({"allowBookingForUnit": unit} if unit else {})
    end = rules(**calendar).window_end(NOW, NY)
    y, m, d = last_day
    assert end == int(datetime(y, m, d + 1, tzinfo=NY).timestamp())


def test_booking_window_today_is_the_hosts_date() -> None:
    now = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # Monday in UTC, still Sunday in New York
    calendar = rules(allowBookingFor=1)
    assert calendar.window_end(now, NY) == int(datetime(2026, 3, 3, tzinfo=NY).timestamp())
    utc = ZoneInfo("UTC")
    assert calendar.window_end(now, utc) == int(datetime(2026, 3, 4, tzinfo=utc).timestamp())


def test_no_window() -> None:
    assert rules().window_end(NOW, NY) is None
    assert rules(allowBookingFor=0).window_end(NOW, NY) is None
