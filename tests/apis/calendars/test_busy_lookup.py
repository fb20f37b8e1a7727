"""Free slots and booking read only the events of the calendar and its hosts (``busy_lookup``); this
property test checks that they answer exactly what the engine answers when it is handed EVERY
appointment and blocked slot of the location (the brute-force computation), over random locations:
several calendars, hosts and non-hosts, statuses, deleted events, ``users`` lists, times near and
far, blocked slots on calendars and on users. It also checks the lookup itself against the rule of
free-slots.md §3 step 6, read literally: every event on the calendar or involving one of its hosts
is handed over (a missing one changes slots only when it happens to cover a candidate).

Each example writes its location's records inside a store transaction that is rolled back at the
end, so examples never see each other's data (and the store's index upkeep on rollback is
exercised too).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mock_server.apis.calendars import availability, busy_lookup, tables
from mock_server.apis.calendars.slots import SlotQuery, check_booking, free_slots
from mock_server.apis.locations.service import get_location
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant
from mock_server.platform.tenants import LOCATIONS
from mock_server.store import GLOBAL
from mock_server.testing.tenant import GhlTenant

from .slots import model
from .slots.model import World, worlds

# The model's hosts are drawn from U1-U3; U4 and U5 only ever appear on other people's events.
PEOPLE = [*model.USERS, "U4", "U5"]
CALENDARS = ["C", "C2", "C3"]
STATUSES = ["confirmed", "new", "showed", "cancelled", "noshow", "invalid", None]
HOUR = 3600


class RolledBack(Exception):
    """Raised at the end of each example to undo its records."""


def iso(epoch: int, style: int, tz: str) -> str:
    moment = datetime.fromtimestamp(epoch, model.ZoneInfo(tz) if style == 0 else UTC)
    return moment.isoformat() if style == 0 else moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def when(rng: random.Random, low: int, high: int) -> int:
    """A start on the 15-minute grid near the query (most), or days away from it (some)."""
    if rng.random() < 0.15:
        return rng.choice([low - rng.randint(2, 40) * 86_400, high + rng.randint(2, 40) * 86_400])
    return low + rng.randrange((high - low) // 900 + 1) * 900 + rng.choice([0, 0, 0, 300])


def location_events(seed: int, count: int, noise: int, ids: dict[str, str], tz: str, low: int,
                    high: int) -> tuple[list, list]:
    """``count`` appointments and a few blocked slots, spread over every calendar and person, then
    ``noise`` appointments on another calendar for people who never host: when they outnumber the
    rest, the lookup goes through the indexes instead of scanning the whole table."""
    rng = random.Random(seed)
    appointments = []
    for index in range(noise):
        start = when(rng, low, high)
        outsider = rng.choice(["U4", "U5", "someone-else"])
        appointments.append({"id": f"{ids['prefix']}N{index}", "calendarId": ids["C3"], "assignedUserId": outsider,
                             "users": [outsider], "appointmentStatus": "confirmed", "startTime": iso(start, 0, tz),
                             "endTime": iso(start + 1800, 0, tz)})
    for index in range(count):
        start = when(rng, low, high)
        end = start + rng.choice([0, 15, 30, 30, 60, 90, 240]) * 60
        style = rng.randrange(2)
        event: dict[str, Any] = {
            "id": f"{ids['prefix']}A{index}", "calendarId": ids[rng.choice(CALENDARS)],
            "users": rng.choice([[], [], rng.sample(PEOPLE, rng.randint(1, 3)), ["U4", 7], "U1"]),
            "appointmentStatus": rng.choice(STATUSES),
            "startTime": iso(start, style, tz), "endTime": iso(end, style, tz),
        }
        assigned = rng.choice([None, "", *PEOPLE, *PEOPLE])
        if assigned is not None:
            event["assignedUserId"] = assigned
        if rng.random() < 0.15:
            event["deleted"] = True
        appointments.append(event)
    blocked = []
    for index in range(rng.randint(0, 6)):
        start = when(rng, low, high)
        slot = {"id": f"{ids['prefix']}B{index}", "startTime": iso(start, 1, "UTC"),
                "endTime": iso(start + rng.randint(1, 12) * 900, 1, "UTC")}
        if rng.random() < 0.5:
            slot["calendarId"] = ids[rng.choice(CALENDARS)]
        else:
            slot["assignedUserId"] = rng.choice(PEOPLE)
        if rng.random() < 0.1:
            slot["deleted"] = True
        blocked.append(slot)
    return appointments, blocked


def store_location(ghl: GhlTenant, world: World, seed: int, count: int, noise: int) -> tuple[dict, dict[str, str]]:
    """Write the example's calendars, schedules and events into ``ghl``'s location (inside the
    caller's transaction); returns the calendar under test and the id of each model calendar."""
    store, location = ghl.world.store, ghl.location_id
    ids = {"prefix": f"{location}-"} | {name: f"{location}-{name}" for name in CALENDARS}
    store.put(GLOBAL, LOCATIONS, {**get_location(place(ghl)), "timezone": world.tz})
    calendar = {**world.calendar(), "id": ids["C"], "locationId": location}
    store.put(location, tables.CALENDARS, calendar)
    for name in CALENDARS[1:]:
        store.put(location, tables.CALENDARS, {**world.calendar(), "id": ids[name], "locationId": location})
    for index, schedule in enumerate(world.schedule_dicts()):
        store.put(location, tables.SCHEDULES, {**schedule, "id": f"{ids['prefix']}S{index}",
                                                "calendarIds": [ids["C"]], "locationId": location})
    low, high = world.start_ms // 1000 - 6 * HOUR, world.end_ms // 1000 + 6 * HOUR
    appointments, blocked = location_events(seed, count, noise, ids, world.tz, low, high)
    for event in appointments:
        store.put(location, tables.APPOINTMENTS, {**event, "locationId": location})
    for slot in blocked:
        store.put(location, tables.BLOCKED_SLOTS, {**slot, "locationId": location})
    return calendar, ids


def place(ghl: GhlTenant) -> Tenant:
    """The domain functions' view of ``ghl``'s location."""
    return ghl.world.tenant(ghl.location_id)


def every_event(ghl: GhlTenant) -> dict[str, list[dict]]:
    """The brute-force inputs: every appointment and blocked slot of the location."""
    store, location = ghl.world.store, ghl.location_id
    return {"appointments": store.scan(location, tables.APPOINTMENTS),
            "blocked_slots": store.scan(location, tables.BLOCKED_SLOTS),
            "schedules": availability.live_schedules(place(ghl))}


def must_see(world: World, ids: dict[str, str], everything: dict[str, list[dict]]) -> set[str]:
    """Ids of the events §3 step 6 makes relevant: on the calendar, or naming a possible host (its
    ``assignedUserId``, or an entry of an appointment's ``users`` list)."""
    hosts = set() if world.kind == "event" else {member[0] for member in world.members}

    def people(event: dict) -> set[str]:
        users = event.get("users")
        return {event.get("assignedUserId"), *(users if isinstance(users, list) else ())} & hosts

    return {e["id"] for kind in ("appointments", "blocked_slots") for e in everything[kind]
            if e.get("calendarId") == ids["C"] or people(e)}


def outcome(action) -> Any:
    """What a booking check answers: its decision, or the text of its 400."""
    try:
        return action()
    except BadRequest as refused:
        return ("refused", refused.message)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(world=worlds(max_events=0), seed=st.integers(0, 2**32 - 1), count=st.integers(0, 40),
       noise=st.integers(0, 120),
       narrow=st.one_of(st.none(), st.lists(st.sampled_from(PEOPLE), max_size=2)), picks=st.randoms())
def test_indexed_lookup_answers_like_every_event_of_the_location(ghl: GhlTenant, world: World, seed: int,
                                                                  count: int, noise: int, narrow: list[str] | None,
                                                                  picks: random.Random) -> None:
    now = datetime.fromtimestamp(world.now, UTC)
    ghl.freeze(now)
    try:
        with ghl.world.store.transaction():
            calendar, ids = store_location(ghl, world, seed, count, noise)
            everything = every_event(ghl)
            handed = busy_lookup.events_of_calendar_and_hosts(place(ghl), calendar)
            assert must_see(world, ids, everything) <= {e["id"] for events in handed for e in events}
            user_ids = tuple(narrow or ())
            indexed = availability.calendar_free_slots(
                place(ghl), ids["C"], start_ms=world.start_ms, end_ms=world.end_ms,
                timezone=world.output_tz, user_ids=user_ids)
            brute = free_slots(calendar, location_timezone=world.tz, now=now, query=SlotQuery(
                world.start_ms, world.end_ms, world.output_tz, user_ids or None), **everything)
            assert indexed == {day: {"slots": slots} for day, slots in brute.items()}

            # booking: at returned slots and at arbitrary grid times, for any host, moving any event
            starts = [slot for slots in brute.values() for slot in slots[:2]]
            starts += [iso(world.start_ms // 1000 + picks.randrange(48) * 900, 0, world.tz) for _ in range(2)]
            event_ids = [e["id"] for e in everything["appointments"]] + [None]
            for start in starts:
                moment = datetime.fromisoformat(start)
                assigned = picks.choice([None, None, *PEOPLE])
                moved = picks.choice(event_ids)
                ignore_date_range = picks.random() < 0.3
                by_index = outcome(lambda: availability.decide_booking(
                    place(ghl), calendar, start=moment, end=None, assigned_user_id=assigned,
                    ignore_date_range=ignore_date_range, ignore_free_slot_validation=False,
                    exclude_event_id=moved))
                by_scan = outcome(lambda: check_booking(
                    calendar, location_timezone=world.tz, now=now, start=moment, end=None,
                    assigned_user_id=assigned, ignore_date_range=ignore_date_range, exclude_event_id=moved,
                    **everything))
                assert by_index == by_scan, (start, assigned, moved)
            raise RolledBack
    except RolledBack:
        pass


def test_free_slots_read_none_of_the_appointments_other_hosts_hold(ghl: GhlTenant, monkeypatch):
    """Issue 10 item 11 (the cost follows the calendar's own hosts): with 500 appointments another user holds on
    another calendar, a free-slots request reads none of them from the store (before ``busy_lookup`` it scanned
    every appointment of the location, on every request)."""
    other_host = ghl.user()
    busy_calendar, quiet_calendar = ghl.calendar(team=[other_host]), ghl.calendar()
    store, location = ghl.world.store, ghl.location_id
    start = ghl.now().replace(microsecond=0)
    with store.transaction():
        for n in range(500):
            begins = start.timestamp() + n * HOUR
            store.put(location, tables.APPOINTMENTS, {
                "id": f"unrelated-{n}", "locationId": location, "calendarId": busy_calendar["id"],
                "assignedUserId": other_host["id"], "appointmentStatus": "confirmed",
                "startTime": iso(int(begins), 1, "UTC"), "endTime": iso(int(begins) + 1800, 1, "UTC")})
    appointments_read: list[int] = []

    def counting(read):
        def wrapper(tenant, table, *rest):
            rows = read(tenant, table, *rest)
            if table == tables.APPOINTMENTS:
                appointments_read.append(len(rows))
            return rows
        return wrapper

    monkeypatch.setattr(store, "scan", counting(store.scan))
    monkeypatch.setattr(store, "scan_ids", counting(store.scan_ids))
    assert ghl.free_slots(quiet_calendar, days=21)  # it still answers its slots
    assert sum(appointments_read) == 0
    assert len(ghl.free_slots(busy_calendar, days=21)) < len(ghl.free_slots(quiet_calendar, days=21))
