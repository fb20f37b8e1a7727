from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mock_server.apis.calendars.slots.zones import (
    DayTable,
    epoch_seconds,
    epoch_seconds_ceil,
    wall_to_epoch,
    zone,
    zone_or_fallback,
)

NY = ZoneInfo("America/New_York")


def utc_epoch(*parts: int) -> int:
    return int(datetime(*parts, tzinfo=UTC).timestamp())


def test_zone_lookup() -> None:
    assert zone("Asia/Kolkata") == ZoneInfo("Asia/Kolkata")
    for bad in ("Mars/Base", "", None, "../etc/passwd", ["UTC"]):
        assert zone(bad) is None
    assert zone_or_fallback("nope") == ZoneInfo("UTC")


def test_epoch_seconds_rounding() -> None:
    moment = datetime(2026, 3, 2, 14, 10, 0, 500_000, tzinfo=UTC)
    assert epoch_seconds(moment) == utc_epoch(2026, 3, 2, 14, 10)
    assert epoch_seconds_ceil(moment) == utc_epoch(2026, 3, 2, 14, 10, 1)
    assert epoch_seconds_ceil(moment.replace(microsecond=0)) == utc_epoch(2026, 3, 2, 14, 10)
    assert epoch_seconds(datetime(2026, 3, 2)) == utc_epoch(2026, 3, 2)  # naive: UTC


def test_wall_time_in_a_gap_moves_forward() -> None:
    day = date(2026, 3, 8).toordinal()
    assert wall_to_epoch(NY, day, 150) == utc_epoch(2026, 3, 8, 7, 30)  # 02:30 -> 03:30 EDT
    assert wall_to_epoch(NY, day, 180) == utc_epoch(2026, 3, 8, 7)  # 03:00 EDT: the gap closes to nothing


def test_ambiguous_wall_time_takes_the_first_occurrence() -> None:
    day = date(2026, 11, 1).toordinal()
    assert wall_to_epoch(NY, day, 90) == utc_epoch(2026, 11, 1, 5, 30)  # 01:30 EDT, not EST


def test_minute_1440_is_the_next_midnight() -> None:
    day = date(2026, 3, 8).toordinal()
    assert wall_to_epoch(NY, day, 1440) == wall_to_epoch(NY, day + 1, 0) == utc_epoch(2026, 3, 9, 4)


@pytest.mark.parametrize("name", ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"])
def test_day_table_agrees_with_zoneinfo(name: str) -> None:
    tz = ZoneInfo(name)
    first, last = date(2026, 3, 25).toordinal(), date(2026, 4, 8).toordinal()  # spans Lord Howe's and London's changes
    table = DayTable(tz, first, last)
    start = wall_to_epoch(tz, first, 0)
    for instant in range(start, wall_to_epoch(tz, last + 1, 0), 7 * 60 + 13):
        local = datetime.fromtimestamp(instant, tz)
        assert table.ordinal(instant) == local.toordinal()
        assert table.offset(instant) == local.utcoffset() // timedelta(seconds=1)
    outside = start - 3 * 86_400
    assert table.ordinal(outside) == datetime.fromtimestamp(outside, tz).toordinal()
