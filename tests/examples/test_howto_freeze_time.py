"""How to: freeze time to test free slots (and anything else that depends on "now").

Free slots depend on the current time (nothing in the past, minimum notice, booking windows), so a
test that reads them against the real clock passes on Monday morning and fails on Friday night. Each
test's tenant has its own clock: ``ghl.freeze(...)`` stops it at a known instant, ``ghl.advance(...)``
moves it, and no other test (not even one running beside it on the same mock) sees the change.
Naive times are UTC; the calendar's hours are in the location's time zone (America/New_York here).
"""

from __future__ import annotations

from datetime import UTC, datetime


def monday(ghl, calendar) -> list[str]:
    """The calendar's free slots on Monday 2026-03-02 (New York), as the API lists them."""
    return ghl.free_slots(calendar, start=datetime(2026, 3, 2, 5, tzinfo=UTC), days=1)


def test_before_opening_the_whole_day_is_free(ghl):
    ghl.freeze("2026-03-02T12:00:00Z")                   # Monday 07:00 in New York
    calendar = ghl.calendar()                              # Mon-Fri 9:00-17:00, 30-minute slots
    slots = monday(ghl, calendar)
    assert slots[0] == "2026-03-02T09:00:00-05:00" and slots[-1] == "2026-03-02T16:30:00-05:00"


def test_slots_in_the_past_disappear_as_time_moves(ghl):
    ghl.freeze("2026-03-02T12:00:00Z")
    calendar = ghl.calendar()
    ghl.advance(hours=3, minutes=5)                        # 10:05 in New York
    assert monday(ghl, calendar)[0] == "2026-03-02T10:30:00-05:00"


def test_minimum_notice_counts_from_the_frozen_now(ghl):
    ghl.freeze("2026-03-02T12:00:00Z")
    calendar = ghl.calendar(allowBookingAfter=4, allowBookingAfterUnit="hours")
    assert monday(ghl, calendar)[0] == "2026-03-02T11:00:00-05:00"   # 07:00 + 4 h notice


def test_after_closing_nothing_is_left_today(ghl):
    ghl.freeze("2026-03-02T22:30:00Z")                   # 17:30 in New York
    assert monday(ghl, ghl.calendar()) == []


def test_your_clients_keep_working_across_time_travel(ghl, ghl_client):
    """The fixtures' tokens outlive any jump (ask for ``ghl.token(expires_in=86399)`` to test expiry)."""
    ghl.freeze("2031-06-02T12:00:00Z")
    assert ghl_client.get(f"/locations/{ghl.location_id}").status_code == 200
