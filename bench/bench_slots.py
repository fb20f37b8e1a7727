"""Benchmark of the free-slot engine (a script, not a test): ``python bench/bench_slots.py``.

Scenario (the performance requirement): a round-robin calendar with 5 members, 30-minute slots on a
15-minute grid, open 09:00-17:00 Monday-Friday in New York, 2,000 existing appointments spread over
the members (a fifth of them on another calendar, so they block as hard intervals), and a 31-day
query. Target: median <= 20 ms. The baseline is the same query with no busy data at all: the cost
of the candidate grid and the slot strings alone.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mock_server.apis.calendars.slots import (
    SlotQuery,
    free_slots,
    zones,
)

TZ = "America/New_York"
RUNS = 50
MEMBERS = [f"U{i}" for i in range(1, 6)]
START = datetime(2026, 3, 2, tzinfo=ZoneInfo(TZ))
QUERY = SlotQuery(int(START.timestamp() * 1000), int((START + timedelta(days=31)).timestamp() * 1000) - 1)
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)

CALENDAR: dict[str, Any] = {
    "id": "C",
    "calendarType": "round_robin",
    "teamMembers": [{"userId": user, "priority": 0.5} for user in MEMBERS],
    "slotDuration": 30,
    "slotDurationUnit": "mins",
    "slotInterval": 15,
    "slotIntervalUnit": "mins",
    "appoinmentPerSlot": 1,
    "openHours": [
        {"daysOfTheWeek": [1, 2, 3, 4, 5], "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 17, "closeMinute": 0}]}
    ],
}


def appointments(count: int = 2000, seed: int = 7) -> list[dict[str, Any]]:
    """Appointments at random 15-minute starts between 07:00 and 19:00 local over the 31 days."""
    rng = random.Random(seed)
    events = []
    for index in range(count):
        start = START + timedelta(days=rng.randrange(31), minutes=7 * 60 + 15 * rng.randrange(48))
        end = start + timedelta(minutes=rng.choice((15, 30, 45, 60)))
        events.append(
            {
                "id": f"A{index}",
                "calendarId": "C" if rng.random() < 0.8 else "OTHER",
                "assignedUserId": rng.choice(MEMBERS),
                "users": [],
                "appointmentStatus": rng.choice(("confirmed", "confirmed", "new", "cancelled")),
                "startTime": start.isoformat(),
                "endTime": end.isoformat(),
                "deleted": False,
            }
        )
    return events


def timed(action: Callable[[], Any], *, cold: bool = False) -> list[float]:
    """Milliseconds per run over RUNS runs (after one warm-up); ``cold`` clears the zone caches first."""
    action()
    samples = []
    for _ in range(RUNS):
        if cold:
            zones.wall_to_epoch.cache_clear()
            zones._zone.cache_clear()
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def main() -> None:
    events = appointments()
    busy = lambda: free_slots(CALENDAR, location_timezone=TZ, now=NOW, query=QUERY, appointments=events)
    empty = lambda: free_slots(CALENDAR, location_timezone=TZ, now=NOW, query=QUERY)
    result = busy()
    rows = [
        ("baseline: grid + strings, no busy data", timed(empty)),
        ("2,000 appointments (warm zone caches)", timed(busy)),
        ("2,000 appointments (cold zone caches)", timed(busy, cold=True)),
    ]
    base = statistics.median(rows[0][1])
    print(f"31 days, 5 members, 15-min grid, 30-min slots: {sum(map(len, result.values()))} free slots returned")
    print(f"{'scenario':<42} {'median ms':>10} {'p95 ms':>8} {'x baseline':>11}")
    for name, samples in rows:
        median = statistics.median(samples)
        p95 = statistics.quantiles(samples, n=20)[-1]
        print(f"{name:<42} {median:>10.2f} {p95:>8.2f} {median / base:>11.2f}")
    verdict = "OK" if statistics.median(rows[2][1]) <= 20 else "TOO SLOW"
    print(f"target: median <= 20 ms with 2,000 appointments -> {verdict}")


if __name__ == "__main__":
    main()
