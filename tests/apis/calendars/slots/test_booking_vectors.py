"""design/free-slots.md §6.20: appointment creation, at engine level through ``check_booking``.

(The concurrency row is the API's job: it serialises creation per calendar.)
"""

from __future__ import annotations

from typing import Any

import pytest

from mock_server.apis.calendars.slots import BookingDecision, format_slot, parse_ghl_time
from mock_server.platform.errors import BadRequest

from . import helpers
from .helpers import NY, appt, calendar_f, team_calendar, team_events, utc

NOTICE_8A = {"allowBookingAfter": 1, "allowBookingAfterUnit": "hours"}
NOW_8A = utc(2026, 3, 2, 14, 10)


def vector4_events() -> list[dict[str, Any]]:
    return [
        appt("2026-03-02T10:00:00-05:00", "2026-03-02T10:30:00-05:00"),
        appt("2026-03-02T11:00:00-05:00", "2026-03-02T11:30:00-05:00", status="cancelled"),
    ]


def book(start: str, end: str | None = None, *, events: list[dict[str, Any]] | None = None, **body: Any) -> BookingDecision:
    """A booking against the state of vector 4 unless ``events`` says otherwise."""
    return helpers.book(start, end, events=vector4_events() if events is None else events, **body)


ACCEPTED = [
    pytest.param({"start": "2026-03-02T09:30:00-05:00"}, None, id="v20-free-slot"),
    pytest.param(
        {"start": "2026-03-02T10:00:00-05:00", "ignore_free_slot_validation": True}, None, id="v20-ignore-validation"
    ),
    pytest.param({"start": "2026-03-02T15:30:00.000Z"}, None, id="v20-utc-start-matches-instant"),
    pytest.param(
        {"start": "2026-03-02T09:30:00-05:00", "calendar": calendar_f(**NOTICE_8A), "now": NOW_8A,
         "ignore_date_range": True},
        None,
        id="v20-notice-ignored-with-ignoreDateRange",
    ),
    pytest.param(
        {"start": "2026-03-02T11:00:00-05:00", "end": "2026-03-02T14:30:00-05:00"}, None, id="v20-long-booking"
    ),
    pytest.param(
        {"start": "2026-03-02T10:30:00-05:00", "calendar": team_calendar(), "events": team_events()},
        "U1",
        id="v20-round-robin-priority-U1",
    ),
    pytest.param(
        {"start": "2026-03-02T09:00:00-05:00", "calendar": team_calendar(), "events": team_events()},
        "U2",
        id="v20-round-robin-only-U2-free",
    ),
]


@pytest.mark.parametrize("body, assignee", ACCEPTED)
def test_v20_accepted(body: dict[str, Any], assignee: str | None) -> None:
    decision = book(**body)
    assert decision.assigned_user_id == assignee
    assert decision.start == parse_ghl_time(body["start"], NY)
    assert format_slot(decision.start, NY) == format_slot(parse_ghl_time(body["start"], NY), NY)


def test_v20_end_defaults_to_start_plus_duration() -> None:
    decision = book("2026-03-02T09:30:00-05:00")
    assert format_slot(decision.end, NY) == "2026-03-02T10:00:00-05:00"
    assert decision.start.utcoffset() == decision.end.utcoffset()  # written in the location's zone


REFUSED = [
    pytest.param({"start": "2026-03-02T10:00:00-05:00"}, id="v20-taken"),
    pytest.param({"start": "2026-03-02T09:10:00-05:00"}, id="v20-off-grid"),
    pytest.param(
        {"start": "2026-03-02T09:30:00-05:00", "calendar": calendar_f(**NOTICE_8A), "now": NOW_8A},
        id="v20-inside-notice",
    ),
    pytest.param(
        {"start": "2026-03-02T09:00:00-05:00", "calendar": calendar_f(**NOTICE_8A), "now": NOW_8A,
         "ignore_date_range": True},
        id="v20-past-even-with-ignoreDateRange",
    ),
    pytest.param(
        {"start": "2026-03-02T09:00:00-05:00", "end": "2026-03-02T10:15:00-05:00"}, id="v20-long-runs-into-appt"
    ),
    pytest.param(
        {"start": "2026-03-02T09:00:00-05:00", "calendar": team_calendar(), "events": team_events(), "assigned": "U1"},
        id="v20-assigned-U1-busy",
    ),
]


@pytest.mark.parametrize("body", REFUSED)
def test_v20_refused(body: dict[str, Any]) -> None:
    with pytest.raises(BadRequest) as caught:
        book(**body)
    assert (caught.value.status, caught.value.message) == (400, "The slot you have selected is no longer available.")
