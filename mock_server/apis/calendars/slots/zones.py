"""Time zone arithmetic on integer epoch seconds.

Wall-clock times become instants with ``zoneinfo`` and ``fold=0`` (§3.3): a time in a
spring-forward gap moves forward by the gap, an ambiguous fall-back time takes its first
occurrence. ``DayTable`` caches the start of each local date and the UTC offset of each date,
so hot loops never build ``datetime`` objects.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .decisions import FALLBACK_LOCATION_TIMEZONE

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ONE_SECOND = timedelta(seconds=1)
DAY = 86_400


def zone(name: object) -> ZoneInfo | None:
    """The ZoneInfo for an IANA name, or None when the value is not a known zone's name."""
    return _zone(name) if isinstance(name, str) and name else None


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        return None


def zone_or_fallback(name: str | None) -> ZoneInfo:
    """A stored timezone (location, schedule); invalid names fall back (see decisions)."""
    return zone(name) or zone(FALLBACK_LOCATION_TIMEZONE)  # type: ignore[return-value,arg-type]


def epoch_seconds(moment: datetime) -> int:
    """Whole epoch seconds of an aware datetime, rounded down (naive is read as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if moment.microsecond:
        return (moment - EPOCH) // ONE_SECOND
    return int(moment.timestamp())  # exact for whole seconds, and twice as fast as the subtraction


def epoch_seconds_ceil(moment: datetime) -> int:
    """Whole epoch seconds rounded up: ``s >= moment`` iff ``s >= epoch_seconds_ceil(moment)``."""
    floor = epoch_seconds(moment)
    return floor if moment.microsecond == 0 else floor + 1


def pinned(moment: datetime, tz: ZoneInfo) -> datetime:
    """``moment`` on ``tz``'s clock, with that instant's offset as a fixed ``timezone``.

    Aware datetimes at ambiguous or skipped wall times of a ``ZoneInfo`` never compare equal to
    other zones (PEP 495); a fixed offset keeps the instant and the local reading unambiguous.
    """
    local = moment.astimezone(tz)
    return local.replace(tzinfo=timezone(local.utcoffset()), fold=0)  # type: ignore[arg-type]


@lru_cache(maxsize=65_536)
def wall_to_epoch(tz: ZoneInfo, ordinal: int, minute: int) -> int:
    """The instant of ``minute`` (0..1440) on local date ``ordinal``; 1440 is the next midnight."""
    day = date.fromordinal(ordinal + minute // 1440)
    hour, minute = divmod(minute % 1440, 60)
    return epoch_seconds(datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz))


def local_ordinal(tz: ZoneInfo, epoch: int) -> int:
    """The proleptic ordinal of the local date of an instant."""
    return datetime.fromtimestamp(epoch, tz).toordinal()


def offset_seconds(tz: ZoneInfo, epoch: int) -> int:
    """The UTC offset of ``tz`` at an instant, in seconds."""
    return int(datetime.fromtimestamp(epoch, tz).utcoffset().total_seconds())  # type: ignore[union-attr]


class DayTable:
    """Local dates ``first..last`` of one zone: where each starts, and each one's UTC offset.

    A date whose offset is the same at its first and last second is taken to have one offset
    all day; dates with a transition fall back to ``zoneinfo`` per instant.
    """

    def __init__(self, tz: ZoneInfo, first: int, last: int) -> None:
        self.tz = tz
        self.first = first
        self.starts = [wall_to_epoch(tz, day, 0) for day in range(first, last + 2)]
        self.offsets: list[int | None] = []
        for start, end in zip(self.starts, self.starts[1:]):
            head = offset_seconds(tz, start)
            self.offsets.append(head if head == offset_seconds(tz, end - 1) else None)

    @classmethod
    def covering(cls, tz: ZoneInfo, start: int, end: int) -> DayTable:
        """A table for every local date that an instant in ``[start, end]`` can fall on."""
        return cls(tz, local_ordinal(tz, start), local_ordinal(tz, end))

    def ordinal(self, epoch: int) -> int:
        """The local date of an instant inside the table."""
        index = bisect_right(self.starts, epoch) - 1
        if 0 <= index < len(self.offsets):
            return self.first + index
        return local_ordinal(self.tz, epoch)

    def offset(self, epoch: int) -> int:
        index = bisect_right(self.starts, epoch) - 1
        if 0 <= index < len(self.offsets):
            cached = self.offsets[index]
            if cached is not None:
                return cached
        return offset_seconds(self.tz, epoch)
