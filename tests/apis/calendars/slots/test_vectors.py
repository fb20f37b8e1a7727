"""design/free-slots.md §6, vectors 1-17 and 19, one test each (vector number in the test id)."""

from __future__ import annotations

from typing import Any

import pytest

from mock_server.apis.calendars.slots import ensure_active
from mock_server.platform.errors import BadRequest

from .helpers import (
    FRI_END,
    Q1_END,
    Q1_START,
    TUE_END,
    WED_END,
    appt,
    block,
    calendar_f,
    hours,
    mon,
    run,
    tue,
    utc,
    weekday_hours,
)

M = "2026-03-02T{}:00-05:00"
SIX = ("09:00", "09:30", "10:00", "10:30", "11:00", "11:30")


def at(time: str, day: str = "2026-03-02", offset: str = "-05:00") -> str:
    return f"{day}T{time}:00{offset}"


CASES: list[Any] = [
    pytest.param({}, {}, {}, {"2026-03-02": mon(*SIX)}, id="v01-fixture-F"),
    pytest.param({"slotDuration": 60}, {}, {}, {"2026-03-02": mon(*SIX[:5])}, id="v02-duration-60"),
    pytest.param(
        {"slotInterval": 45}, {}, {}, {"2026-03-02": mon("09:00", "09:45", "10:30", "11:15")}, id="v03-interval-45"
    ),
    pytest.param(
        {},
        {},
        {"appointments": [appt(at("10:00"), at("10:30")), appt(at("11:00"), at("11:30"), status="cancelled")]},
        {"2026-03-02": mon("09:00", "09:30", "10:30", "11:00", "11:30")},
        id="v04-confirmed-blocks-cancelled-not",
    ),
    pytest.param(
        {"preBuffer": 15, "slotBuffer": 15},
        {},
        {"appointments": [appt(at("10:00"), at("10:30"))]},
        {"2026-03-02": mon("09:00", "11:00", "11:30")},
        id="v05-pre-and-post-buffers",
    ),
    pytest.param(
        {},
        {},
        {"blocked": [block(at("10:15"), at("10:45"))]},
        {"2026-03-02": mon("09:00", "09:30", "11:00", "11:30")},
        id="v06-blocked-slot",
    ),
    pytest.param(
        {"slotBuffer": 30},
        {},
        {"appointments": [appt(at("10:00"), at("10:30"))]},
        {"2026-03-02": mon("09:00", "11:00", "11:30")},
        id="v07a-post-buffer-on-appointment",
    ),
    pytest.param(
        {"slotBuffer": 30},
        {},
        {"blocked": [block(at("10:00"), at("10:30"))]},
        {"2026-03-02": mon("09:00", "10:30", "11:00", "11:30")},
        id="v07b-blocked-slot-has-no-buffer",
    ),
    pytest.param(
        {"allowBookingAfter": 1, "allowBookingAfterUnit": "hours"},
        {"now": utc(2026, 3, 2, 14, 10)},
        {},
        {"2026-03-02": mon("10:30", "11:00", "11:30")},
        id="v08a-notice-1-hour",
    ),
    pytest.param(
        {},
        {"now": utc(2026, 3, 2, 14, 10)},
        {},
        {"2026-03-02": mon("09:30", "10:00", "10:30", "11:00", "11:30")},
        id="v08b-past-slots-dropped",
    ),
    pytest.param(
        {"allowBookingAfter": 1, "allowBookingAfterUnit": "days"},
        {"now": utc(2026, 3, 2, 15), "end_ms": TUE_END},
        {},
        {"2026-03-03": tue("10:00", "10:30", "11:00", "11:30")},
        id="v09-notice-1-day",
    ),
    pytest.param(
        {"openHours": weekday_hours("09:00", "10:00"), "allowBookingFor": 2, "allowBookingForUnit": "days"},
        {"now": utc(2026, 3, 2, 12), "end_ms": FRI_END},
        {},
        {d: [at("09:00", d), at("09:30", d)] for d in ("2026-03-02", "2026-03-03", "2026-03-04")},
        id="v10-booking-window-2-days",
    ),
    pytest.param(
        {"openHours": weekday_hours("09:00", "10:30"), "slotInterval": 15, "appoinmentPerSlot": 2},
        {},
        {"appointments": [appt(at("09:00"), at("09:30")), appt(at("09:15"), at("09:45"))]},
        {"2026-03-02": mon("09:30", "09:45", "10:00")},
        id="v11-capacity-2",
    ),
    pytest.param(
        {"openHours": weekday_hours("09:00", "10:30"), "appoinmentPerDay": 2},
        {"end_ms": TUE_END},
        {
            "appointments": [
                appt(at("09:00"), at("09:30")),
                appt(at("09:30"), at("10:00")),
                appt(at("10:00"), at("10:30"), status="cancelled"),
                appt(at("09:00", "2026-03-03"), at("09:30", "2026-03-03")),
            ]
        },
        {"2026-03-03": tue("09:30", "10:00")},
        id="v12-daily-cap",
    ),
]

OVERRIDES = [
    {"date": "2026-03-03T00:00:00.000Z", "hours": [hours("13:00", "14:00")]},
    {"date": "2026-03-04T00:00:00.000Z", "hours": []},
]
CASES += [
    pytest.param(
        {"availabilities": OVERRIDES},
        {"end_ms": WED_END},
        {},
        {"2026-03-02": mon(*SIX), "2026-03-03": tue("13:00", "13:30")},
        id="v13-date-overrides",
    ),
    pytest.param(
        {"availabilities": OVERRIDES, "availabilityType": 0},
        {"end_ms": WED_END},
        {},
        {d: [at(t, d) for t in SIX] for d in ("2026-03-02", "2026-03-03", "2026-03-04")},
        id="v13b-availabilityType-0-ignores-overrides",
    ),
    pytest.param(
        {"availabilities": OVERRIDES, "availabilityType": 1},
        {"end_ms": WED_END},
        {},
        {"2026-03-03": tue("13:00", "13:30")},
        id="v13c-availabilityType-1-dates-only",
    ),
    pytest.param(
        {},
        {"tz": "Asia/Tokyo"},
        {},
        {
            "2026-03-02": ["2026-03-02T23:00:00+09:00", "2026-03-02T23:30:00+09:00"],
            "2026-03-03": [f"2026-03-03T0{h}:{m}:00+09:00" for h in (0, 1) for m in ("00", "30")],
        },
        id="v14-output-timezone",
    ),
]

DST_CALENDAR = {
    "openHours": [{"daysOfTheWeek": [0], "hours": [hours("00:00", "04:00"), hours("09:00", "10:00")]}],
    "slotDuration": 60,
    "slotInterval": 60,
}
EVERY_DAY_9_10 = {"openHours": weekday_hours("09:00", "10:00", range(7)), "slotDuration": 60, "slotInterval": 60}
CASES += [
    pytest.param(
        DST_CALENDAR,
        {"start_ms": 1772946000000, "end_ms": 1773028799999},
        {},
        {
            "2026-03-08": [
                "2026-03-08T00:00:00-05:00",
                "2026-03-08T01:00:00-05:00",
                "2026-03-08T03:00:00-04:00",
                "2026-03-08T09:00:00-04:00",
            ]
        },
        id="v15-dst-starts",
    ),
    pytest.param(
        DST_CALENDAR,
        {"start_ms": 1793505600000, "end_ms": 1793595599999},
        {},
        {
            "2026-11-01": [
                "2026-11-01T00:00:00-04:00",
                "2026-11-01T01:00:00-04:00",
                "2026-11-01T01:00:00-05:00",
                "2026-11-01T02:00:00-05:00",
                "2026-11-01T03:00:00-05:00",
                "2026-11-01T09:00:00-05:00",
            ]
        },
        id="v16-dst-ends",
    ),
    pytest.param(
        EVERY_DAY_9_10,
        {"start_ms": 1772859600000, "end_ms": 1773115199999},
        {},
        {
            "2026-03-07": ["2026-03-07T09:00:00-05:00"],
            "2026-03-08": ["2026-03-08T09:00:00-04:00"],
            "2026-03-09": ["2026-03-09T09:00:00-04:00"],
        },
        id="v17-hours-across-dst-location-tz",
    ),
    pytest.param(
        EVERY_DAY_9_10,
        {"start_ms": 1772859600000, "end_ms": 1773115199999, "tz": "UTC"},
        {},
        {
            "2026-03-07": ["2026-03-07T14:00:00+00:00"],
            "2026-03-08": ["2026-03-08T13:00:00+00:00"],
            "2026-03-09": ["2026-03-09T13:00:00+00:00"],
        },
        id="v17-hours-across-dst-utc",
    ),
]


@pytest.mark.parametrize("changes, query, events, expected", CASES)
def test_vector(changes: dict, query: dict, events: dict, expected: dict) -> None:
    assert run(calendar_f(**changes), **query, **events) == expected


# --- vector 19: errors and edge cases ---------------------------------------------------------


def test_v19_exactly_31_days_is_allowed() -> None:
    result = run(calendar_f(), end_ms=1775106000000)
    assert len(result) == 23
    assert list(result) == sorted(result)
    assert (list(result)[0], list(result)[-1]) == ("2026-03-02", "2026-04-01")
    assert all(len(slots) == 6 for slots in result.values())
    assert result["2026-03-06"][0] == "2026-03-06T09:00:00-05:00"
    assert result["2026-03-09"][0] == "2026-03-09T09:00:00-04:00"
    assert not {"2026-03-07", "2026-03-08"} & set(result)


@pytest.mark.parametrize(
    "start_ms, end_ms, message",
    [
        pytest.param(Q1_START, 1775106000001, "Date range cannot be more than 31 days", id="v19-31-days-plus-1ms"),
        pytest.param(Q1_END, Q1_START, "endDate must be greater than startDate", id="v19-end-before-start"),
    ],
)
def test_v19_bad_range(start_ms: int, end_ms: int, message: str) -> None:
    with pytest.raises(BadRequest) as caught:
        run(calendar_f(), start_ms=start_ms, end_ms=end_ms)
    assert (caught.value.status, caught.value.message) == (400, message)


def test_v19_invalid_timezone() -> None:
    with pytest.raises(BadRequest, match="^Invalid timezone$"):
        run(calendar_f(), tz="Mars/Olympus_Mons")


def test_v19_timezone_checked_before_range() -> None:
    with pytest.raises(BadRequest, match="^Invalid timezone$"):
        run(calendar_f(), tz="Nope/Nope", start_ms=Q1_END, end_ms=Q1_START)


def test_v19_inactive_calendar() -> None:
    ensure_active(calendar_f())
    ensure_active({k: v for k, v in calendar_f().items() if k != "isActive"})
    with pytest.raises(BadRequest, match="^Calendar is inactive$"):
        ensure_active(calendar_f(isActive=False))


def test_v19_whole_window_in_the_past() -> None:
    assert run(calendar_f(), now=utc(2026, 3, 5)) == {}
