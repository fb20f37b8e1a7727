"""Benchmark of GET /calendars/{calendarId}/free-slots over real HTTP (a script, not a test):
``python bench/bench_calendars_http.py``.

The scenario of ``bench_slots.py`` (a round-robin calendar with 5 members, 30-minute slots on a
15-minute grid, 2,000 existing appointments, a 31-day query), stored in a mock served by uvicorn on
a loopback port and asked by an httpx keep-alive client. Target: median <= 40 ms, shown beside the
engine alone on the same data (target 20 ms) and a plain calendar read (the HTTP floor). A last row
adds 20,000 appointments of the previous year, which the API drops before the engine parses them.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

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


def timed(action) -> list[float]:
    action()  # warm-up
    samples = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def history(count: int = 20_000) -> list[dict]:
    """Appointments a year before the scenario's month (distinct ids): old data every query must skip."""
    past = []
    for event in appointments(count, seed=11):
        shift = lambda text: (datetime.fromisoformat(text) - timedelta(days=365)).isoformat()
        past.append({**event, "id": "H" + event["id"], "startTime": shift(event["startTime"]),
                     "endTime": shift(event["endTime"])})
    return past


def main() -> None:
    app = build_app(Settings(bootstrap=False, random_seed="bench"))
    tenant = GhlTenant(app, seed="bench", timezone=TZ)
    tenant.freeze(NOW)
    store, location = app.world.store, tenant.location_id
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


if __name__ == "__main__":
    main()
