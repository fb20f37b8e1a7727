from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from mock_server.apis.calendars.slots.hours import Availability, open_ranges, wall_range

from .helpers import hours

NY = ZoneInfo("America/New_York")
MONDAY = date(2026, 3, 2).toordinal()


def ny(day: int, hour: int, minute: int = 0) -> int:
    return int(datetime(2026, 3, day, hour, minute, tzinfo=NY).timestamp())


@pytest.mark.parametrize(
    "hour, expected",
    [
        pytest.param(hours("09:00", "17:00"), (540, 1020), id="plain"),
        pytest.param(hours("09:00", "24:00"), (540, 1440), id="closeHour-24"),
        pytest.param(hours("09:00", "23:59"), (540, 1440), id="close-23:59-is-end-of-day"),
        pytest.param({"openHour": 9, "openMinute": 0, "closeHour": 23, "closeMinute": 60}, (540, 1440), id="closeMinute-60-rolls-to-24"),
        pytest.param({"openHour": 9, "openMinute": 0, "closeHour": 10, "closeMinute": 60}, (540, 660), id="closeMinute-60-rolls-an-hour"),
        pytest.param(hours("17:00", "09:00"), None, id="inverted-is-empty"),
        pytest.param(hours("09:00", "09:00"), None, id="zero-length-is-empty"),
        pytest.param({"openHour": 9, "closeHour": 10}, (540, 600), id="missing-minutes-are-0"),
    ],
)
def test_hour_normalisation(hour: dict, expected) -> None:
    availability = Availability.from_calendar({"openHours": [{"daysOfTheWeek": [1], "hours": [hour]}]})
    assert availability.wall_ranges(MONDAY) == ([expected] if expected else [])


def test_wall_range_clamps() -> None:
    assert wall_range(-30, 60) == (0, 60)
    assert wall_range(0, 5000) == (0, 1440)


def test_weekday_numbers_are_js_getday() -> None:
    availability = Availability.from_calendar({"openHours": [{"daysOfTheWeek": [0], "hours": [hours("09:00", "10:00")]}]})
    sunday = date(2026, 3, 1).toordinal()
    assert availability.wall_ranges(sunday) == [(540, 600)]
    assert all(availability.wall_ranges(sunday + k) == [] for k in range(1, 7))


def test_empty_hours_close_the_day() -> None:
    availability = Availability.from_calendar({"openHours": [{"daysOfTheWeek": [1], "hours": []}]})
    assert open_ranges(availability, NY, MONDAY) == []


def test_weekday_items_are_unioned_and_merged() -> None:
    calendar = {
        "openHours": [
            {"daysOfTheWeek": [1], "hours": [hours("09:00", "10:00"), hours("13:00", "14:00")]},
            {"daysOfTheWeek": [1, 2], "hours": [hours("09:30", "11:00"), hours("11:00", "12:00")]},
        ]
    }
    ranges = open_ranges(Availability.from_calendar(calendar), NY, MONDAY)
    assert ranges == [(ny(2, 9), ny(2, 12)), (ny(2, 13), ny(2, 14))]  # overlapping and touching ranges merge


OVERRIDE = {"date": "2026-03-02T00:00:00.000Z", "hours": [hours("13:00", "14:00")]}
WEEKLY = [{"daysOfTheWeek": [1, 2], "hours": [hours("09:00", "10:00")]}]


@pytest.mark.parametrize(
    "kind, monday, tuesday",
    [
        pytest.param(None, [(780, 840)], [(540, 600)], id="null-both-date-wins"),
        pytest.param(0, [(540, 600)], [(540, 600)], id="0-weekly-only"),
        pytest.param(1, [(780, 840)], [], id="1-dates-only"),
    ],
)
def test_availability_type(kind, monday, tuesday) -> None:
    availability = Availability.from_calendar({"openHours": WEEKLY, "availabilities": [OVERRIDE], "availabilityType": kind})
    assert (availability.wall_ranges(MONDAY), availability.wall_ranges(MONDAY + 1)) == (monday, tuesday)


def test_date_entries_union_and_deleted_ones_are_ignored() -> None:
    entries = [
        OVERRIDE,
        {"date": "2026-03-02T00:00:00.000Z", "hours": [hours("15:00", "16:00")]},
        {"date": "2026-03-02T00:00:00.000Z", "hours": [hours("06:00", "07:00")], "deleted": True},
        {"date": "2026-03-03T00:00:00.000Z", "hours": [hours("06:00", "07:00")], "deleted": True},
        {"date": "garbage", "hours": [hours("06:00", "07:00")]},
    ]
    availability = Availability.from_calendar({"openHours": WEEKLY, "availabilities": entries})
    assert availability.wall_ranges(MONDAY) == [(780, 840), (900, 960)]
    assert availability.wall_ranges(MONDAY + 1) == [(540, 600)]  # the deleted override does not close Tuesday


def test_schedule_rules() -> None:
    schedule = {
        "rules": [
            {"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "12:00"}]},
            {"type": "wday", "day": "tuesday", "intervals": [{"from": "08:00", "to": "23:59"}]},
            {"type": "date", "date": "2026-03-09", "intervals": []},
            {"type": "date", "date": "2026-03-10", "intervals": [{"from": "07:00", "to": "08:00"}]},
            {"type": "wday", "day": "funday", "intervals": [{"from": "07:00", "to": "08:00"}]},
        ]
    }
    availability = Availability.from_schedule(schedule)
    assert availability.wall_ranges(MONDAY) == [(540, 720)]
    assert availability.wall_ranges(MONDAY + 1) == [(480, 1440)]
    assert availability.wall_ranges(MONDAY + 7) == []  # an empty date rule closes the day
    assert availability.wall_ranges(MONDAY + 8) == [(420, 480)]
    assert availability.wall_ranges(MONDAY + 2) == []


def test_range_inside_a_spring_forward_gap_is_dropped() -> None:
    sunday = date(2026, 3, 8).toordinal()
    calendar = {"openHours": [{"daysOfTheWeek": [0], "hours": [hours("02:00", "03:00"), hours("02:30", "04:00")]}]}
    ranges = open_ranges(Availability.from_calendar(calendar), NY, sunday)
    gap_end = int(datetime(2026, 3, 8, 7, tzinfo=UTC).timestamp())  # 03:00 EDT
    assert ranges == [(gap_end + 1800, gap_end + 3600)]  # 02:30 became 03:30 EDT; 02:00-03:00 vanished


def test_close_24_on_the_day_dst_ends() -> None:
    sunday = date(2026, 11, 1).toordinal()
    calendar = {"openHours": [{"daysOfTheWeek": [0], "hours": [hours("00:00", "24:00")]}]}
    (start, end), = open_ranges(Availability.from_calendar(calendar), NY, sunday)
    assert end - start == 25 * 3600
