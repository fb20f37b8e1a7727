"""Benchmarks of free slots and booking over real HTTP (a script, not a test):
``python bench/bench_calendars_http.py [busy|unrelated]`` (both sections by default).

**busy**:
The scenario of ``bench_slots.py`` (a round-robin calendar with 5 members, 30-minute slots on a
15-minute grid, 2,000 existing appointments, a 31-day query), stored in a mock served by uvicorn on
a loopback port and asked by an httpx keep-alive client. Target: median <= 40 ms, shown beside the
engine alone on the same data (target 20 ms) and a plain calendar read (the HTTP floor). A last row
adds 20,000 appointments of the previous year, which the API drops before the engine parses them.

**unrelated**: an empty round-robin calendar (two hosts with nothing booked) in a location holding
0, 2,000 and 8,000 appointments on OTHER calendars for OTHER users, all on the queried day: free
slots for that day and a booking (created, then removed outside the timing) measured side by side.
Their cost must follow the calendar's own hosts, not the location's. Measured through the whole
request pipeline in-process (the pytest plugin's path; wall time, and the CPU time the process
spent, which other load on a shared machine does not inflate) and over loopback HTTP (which adds
uvicorn and a socket: see the floor row). Target: in-process medians < 2 ms at 8,000.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_slots import CALENDAR, NOW, QUERY, TZ, appointments

from mock_server.apis.calendars import tables
from mock_server.apis.calendars.slots import free_slots
from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing import LiveServer
from mock_server.testing.tenant import GhlTenant

RUNS = 50
TARGET_HTTP_MS = 40
TARGET_ENGINE_MS = 20


def timed(action, clock=time.perf_counter) -> list[float]:
    """Milliseconds per run over RUNS runs after a warm-up (``clock``: wall time, or ``time.process_time``
    for the CPU the process spent, which other load on a shared machine does not inflate)."""
    action()  # warm-up
    samples = []
    for _ in range(RUNS):
        began = clock()
        action()
        samples.append((clock() - began) * 1000)
    return samples


def history(count: int = 20_000) -> list[dict]:
    """Appointments a year before the scenario's month (distinct ids): old data every query must skip."""
    past = []
    for event in appointments(count, seed=11):
        shift = lambda text: (datetime.fromisoformat(text) - timedelta(days=365)).isoformat()
        past.append({**event, "id": "H" + event["id"], "startTime": shift(event["startTime"]),
                     "endTime": shift(event["endTime"])})
    return past


def bench_tenant():
    """A fresh in-process mock and one tenant in New York, its clock frozen at the scenario's now."""
    app = build_app(Settings(bootstrap=False, random_seed="bench"))
    tenant = GhlTenant(app, seed="bench", timezone=TZ)
    tenant.freeze(NOW)
    return app, tenant, app.world.store, tenant.location_id


def busy_section() -> None:
    app, tenant, store, location = bench_tenant()
    events = [{**event, "locationId": location} for event in appointments()]
    with store.transaction():
        store.put(location, tables.CALENDARS, {**CALENDAR, "locationId": location, "name": "Bench"})
        store.put(location, tables.CALENDARS, {**CALENDAR, "id": "OTHER", "locationId": location, "name": "Other"})
        for event in events:
            store.put(location, tables.APPOINTMENTS, event)
    params = {"startDate": QUERY.start_ms, "endDate": QUERY.end_ms}
    engine = lambda: free_slots(CALENDAR, location_timezone=TZ, now=NOW, query=QUERY, appointments=events)

    with LiveServer(app) as served, httpx.Client(base_url=served.url,
                                                headers=tenant.headers(version="2021-04-15")) as client:
        answer = client.get("/calendars/C/free-slots", params=params).json()
        expected = engine()
        assert {d: v["slots"] for d, v in answer.items() if d != "traceId"} == expected, "HTTP and engine disagree"
        timed_rows = [
            ("engine alone (pure function)", timed(engine), TARGET_ENGINE_MS),
            ("HTTP: same request", timed(lambda: client.get("/calendars/C/free-slots", params=params)),
             TARGET_HTTP_MS),
            ("HTTP floor: GET /calendars/C", timed(lambda: client.get("/calendars/C")), None),
        ]
        with store.transaction():
            for event in history():
                store.put(location, tables.APPOINTMENTS, {**event, "locationId": location})
        timed_rows.append(("HTTP: + 20,000 appointments a year ago",
                           timed(lambda: client.get("/calendars/C/free-slots", params=params)), TARGET_HTTP_MS))
        rows = timed_rows
    app.world.close()
    base = statistics.median(rows[0][1])
    print(f"31 days, 5 members, 15-min grid, 2,000 appointments: {sum(map(len, expected.values()))} slots")
    print(f"{'scenario':<38} {'median ms':>10} {'p95 ms':>8} {'x engine':>9} {'target':>8}")
    verdicts = []
    for name, samples, target in rows:
        median = statistics.median(samples)
        p95 = statistics.quantiles(samples, n=20)[-1]
        print(f"{name:<38} {median:>10.2f} {p95:>8.2f} {median / base:>9.2f} {target or '':>8}")
        if target is not None:
            verdicts.append(median <= target)
    print("targets (median): engine <= 20 ms, HTTP <= 40 ms ->", "OK" if all(verdicts) else "TOO SLOW")


UNRELATED_COUNTS = (0, 2_000, 8_000)
TARGET_UNRELATED_MS = 2
MONDAY_MS = {"startDate": 1772427600000, "endDate": 1772513999999}  # 2026-03-02 in New York


def unrelated(count: int, first: int, location: str) -> list[dict]:
    """Appointments ``first .. first+count-1`` on five other calendars, for ten other users, at
    random times on the queried Monday: near-term, so no date filter can skip them."""
    rng = random.Random(first)
    monday = datetime(2026, 3, 2, tzinfo=ZoneInfo(TZ))
    events = []
    for index in range(first, first + count):
        start = monday + timedelta(minutes=15 * rng.randrange(96))
        other = rng.randrange(10)
        events.append({"id": f"X{index}", "locationId": location, "calendarId": f"OTHER{other % 5}",
                       "contactId": "X", "assignedUserId": f"someone-else-{other}",
                       "users": [f"someone-else-{other}"], "appointmentStatus": "confirmed",
                       "startTime": start.isoformat(), "endTime": (start + timedelta(minutes=30)).isoformat()})
    return events


def unrelated_section() -> None:
    app, tenant, store, location = bench_tenant()
    hosts = [tenant.user()["id"], tenant.user()["id"]]
    calendar = tenant.calendar(team=hosts, calendarType="round_robin")["id"]
    contact = tenant.contact()["id"]
    with store.transaction():
        for other in range(5):
            store.put(location, tables.CALENDARS, {**CALENDAR, "id": f"OTHER{other}", "locationId": location,
                                                   "name": f"Other {other}"})
    booking = {"calendarId": calendar, "locationId": location, "contactId": contact,
               "startTime": "2026-03-02T09:00:00-05:00"}

    def book(client: httpx.Client, clock) -> float:
        began = clock()
        response = client.post("/calendars/events/appointments", json=booking)
        elapsed = (clock() - began) * 1000
        assert response.status_code == 200, response.text
        with store.transaction():  # leave the calendar empty for the next run
            store.delete(location, tables.APPOINTMENTS, response.json()["id"])
        return elapsed

    def measure(client: httpx.Client, clock=time.perf_counter) -> tuple[list[float], list[float]]:
        slots = lambda: client.get(f"/calendars/{calendar}/free-slots", params=MONDAY_MS)
        book(client, clock)  # warm-up
        return timed(slots, clock), [book(client, clock) for _ in range(RUNS)]

    rows, baseline = [], None
    in_process = tenant.client(version="2021-04-15")
    with LiveServer(app) as served, httpx.Client(base_url=served.url,
                                                headers=tenant.headers(version="2021-04-15")) as loopback:
        added = 0
        for count in UNRELATED_COUNTS:
            with store.transaction():
                for event in unrelated(count - added, added, location):
                    store.put(location, tables.APPOINTMENTS, event)
            added = count
            answer = loopback.get(f"/calendars/{calendar}/free-slots", params=MONDAY_MS).json()
            answer.pop("traceId")
            assert baseline is None or answer == baseline, "unrelated appointments changed the free slots"
            baseline = answer
            rows.append((count, *measure(in_process), *measure(in_process, time.process_time),
                         *measure(loopback)))
        floors = [timed(lambda c=c: c.get(f"/calendars/{calendar}")) for c in (in_process, loopback)]
    app.world.close()
    print(f"empty round-robin calendar (2 hosts), {sum(len(v['slots']) for v in baseline.values())} free slots "
          "on the day; other calendars' appointments on the same day. Median ms (p95):")
    print(f"{'':>10} | {'in-process, wall time':^31} | {'in-process, CPU time':^31} | {'loopback HTTP, wall':^31}")
    print(f"{'unrelated':>10} |" + f" {'free slots':>15} {'booking':>15} |" * 3)
    cell = lambda samples: f"{statistics.median(samples):.2f} ({statistics.quantiles(samples, n=20)[-1]:.2f})"
    for count, *samples in rows:
        print(f"{count:>10,} |" + " |".join(f" {cell(samples[n]):>15} {cell(samples[n + 1]):>15}"
                                            for n in (0, 2, 4)) + " |")
    print(f"{'floor':>10} | {cell(floors[0]):>15} {'(GET calendar)':>15} | {'':>31} | {cell(floors[1]):>15}")
    wall, cpu = (max(statistics.median(s) for s in rows[-1][first:first + 2]) for first in (1, 3))
    print(f"target: in-process medians < {TARGET_UNRELATED_MS} ms at {UNRELATED_COUNTS[-1]:,}: "
          f"CPU time {'OK' if cpu < TARGET_UNRELATED_MS else 'TOO SLOW'}, "
          f"wall time {'OK' if wall < TARGET_UNRELATED_MS else 'TOO SLOW (see the load: uptime)'}")


SECTIONS = {"busy": busy_section, "unrelated": unrelated_section}


if __name__ == "__main__":
    for name in sys.argv[1:] or list(SECTIONS):
        SECTIONS[name]()
