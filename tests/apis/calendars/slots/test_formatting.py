from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mock_server.apis.calendars.slots import format_slot, parse_ghl_time
from mock_server.apis.calendars.slots.formatting import group_slots, offset_text

NY = "America/New_York"
INSTANT = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["2026-03-02T15:30:00Z", "2026-03-02T15:30:00.000Z", "2026-03-02T10:30:00-05:00", "2026-03-02T21:00:00+05:30",
     "2026-03-02T10:30:00", "2026-03-02T10:30:00.000", "2026-03-02 10:30:00"],
)
def test_parse_ghl_time(text: str) -> None:
    assert parse_ghl_time(text, NY) == INSTANT


def test_parse_without_offset_in_a_gap_moves_forward() -> None:
    parsed = parse_ghl_time("2026-03-08T02:30:00", NY)
    assert parsed == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)


@pytest.mark.parametrize("bad", ["tomorrow", "", "2026-13-01T00:00:00Z", 1772427600000])
def test_parse_rejects(bad) -> None:
    with pytest.raises(ValueError):
        parse_ghl_time(bad, NY)


@pytest.mark.parametrize(
    "tz, expected",
    [
        ("UTC", "2026-03-02T15:30:00+00:00"),
        (NY, "2026-03-02T10:30:00-05:00"),
        ("Asia/Kolkata", "2026-03-02T21:00:00+05:30"),
        ("Asia/Kathmandu", "2026-03-02T21:15:00+05:45"),
        ("Pacific/Kiritimati", "2026-03-03T05:30:00+14:00"),
    ],
)
def test_format_slot(tz: str, expected: str) -> None:
    assert format_slot(INSTANT + timedelta(microseconds=123), tz) == expected


def test_format_slot_rejects_unknown_zone() -> None:
    with pytest.raises(ValueError):
        format_slot(INSTANT, "Nope/Nope")


def test_offset_text() -> None:
    assert [offset_text(s) for s in (0, -18000, 19800, -12600, -17762)] == ["+00:00", "-05:00", "+05:30", "-03:30", "-04:56"]


@pytest.mark.parametrize("name", ["America/New_York", "Australia/Lord_Howe", "Europe/London", "Asia/Kolkata", "UTC"])
def test_group_slots_agrees_with_format_slot(name: str) -> None:
    start = int(datetime(2026, 3, 27, tzinfo=UTC).timestamp())
    instants = list(range(start, start + 12 * 86_400, 1_357))  # crosses London's and Lord Howe's changes
    grouped = group_slots(reversed(instants), ZoneInfo(name))
    flat = [slot for slots in grouped.values() for slot in slots]
    assert flat == [format_slot(datetime.fromtimestamp(i, UTC), name) for i in instants]
    assert all(slot.startswith(day) for day, slots in grouped.items() for slot in slots)
    assert list(grouped) == sorted(grouped)
