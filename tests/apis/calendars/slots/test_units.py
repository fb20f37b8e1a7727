from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from mock_server.apis.calendars.slots.units import Span, add_months, add_months_wall, number, seconds_field, unit_of


@pytest.mark.parametrize(
    "value, expected",
    [(30, 30.0), ("15", 15.0), (1.5, 1.5), (None, None), (True, None), ("abc", None), (float("nan"), None), ([], None)],
)
def test_number(value, expected) -> None:
    assert number(value) == expected


@pytest.mark.parametrize(
    "unit, months, expected",
    [("hours", False, "hours"), ("weeks", False, "weeks"), ("months", False, "mins"), ("months", True, "months"),
     ("fortnights", True, "mins"), (None, False, "mins")],
)
def test_unit_of_falls_back_to_the_field_default(unit, months, expected) -> None:
    assert unit_of({"xUnit": unit}, "x", "mins", months=months) == expected


def test_seconds_field() -> None:
    assert seconds_field({"preBuffer": 1, "preBufferUnit": "hours"}, "preBuffer", "mins") == 3600
    assert seconds_field({"preBuffer": 15}, "preBuffer", "mins") == 900
    assert seconds_field({"preBuffer": -5}, "preBuffer", "mins") == 0
    assert seconds_field({"preBuffer": None}, "preBuffer", "mins") == 0


def test_span() -> None:
    assert Span.from_field({"allowBookingFor": 0}, "allowBookingFor", "days") is None
    assert Span.from_field({"allowBookingFor": 2}, "allowBookingFor", "days") == Span(2, "days")
    assert Span(2, "weeks").whole_days == 14
    assert Span(3, "months").whole_days is None and Span(3, "months").is_months
    assert Span(36, "hours").whole_days is None


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 3, 15), 12, date(2027, 3, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
    ],
)
def test_add_months_clamps_the_day(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_add_months_keeps_the_wall_clock() -> None:
    tz = ZoneInfo("America/New_York")
    moment = datetime(2026, 2, 8, 9, 30, tzinfo=tz)  # EST
    shifted = add_months_wall(moment, 1)
    assert (shifted.month, shifted.day, shifted.hour, shifted.minute) == (3, 8, 9, 30)
    assert shifted.utcoffset() != moment.utcoffset()  # EDT by then: wall clock kept, not elapsed time
