"""Property tests over random calendars, events, zones and clocks (500 examples each).

The first test compares the engine with the literal reference of ``model.py`` in both directions:
every slot returned obeys open hours, the grid, buffers, hard and soft busy time, capacity, daily
cap, notice, window and "now" (soundness), and every grid start that obeys them is returned
(completeness). The others check booking round trips and output-zone invariance.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mock_server.apis.calendars.slots import SlotQuery, check_booking, format_slot, free_slots

from . import model
from .model import World, worlds

PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def engine(world: World, user_ids: tuple[str, ...] | None = None, *, output_tz: str | None = None,
           appointments: list | None = None, ignore_date_range: bool = False) -> dict[str, list[str]]:
    return free_slots(
        world.calendar(),
        location_timezone=world.tz,
        now=datetime.fromtimestamp(world.now, UTC),
        query=SlotQuery(world.start_ms, world.end_ms, output_tz, user_ids),
        appointments=world.appointments if appointments is None else appointments,
        blocked_slots=world.blocked,
        schedules=world.schedule_dicts(),
        ignore_date_range=ignore_date_range,
    )


def instants(result: dict[str, list[str]]) -> list[int]:
    return [int(datetime.fromisoformat(slot).timestamp()) for slots in result.values() for slot in slots]


@PROPERTY
@given(world=worlds(), narrow=st.one_of(st.none(), st.lists(st.sampled_from(model.USERS + ["UX"]), max_size=2)))
def test_engine_matches_the_reference(world: World, narrow: list[str] | None) -> None:
    user_ids = tuple(narrow) if narrow is not None else None
    result = engine(world, user_ids, output_tz=world.output_tz)
    found = instants(result)
    assert found == sorted(set(found)), "slots are unique and ascending"
    assert list(result) == sorted(result) and all(result.values()), "dates ascending, none empty"
    out = ZoneInfo(world.output_tz or world.tz)
    for day, slots in result.items():
        for slot in slots:
            moment = datetime.fromisoformat(slot)
            assert slot == format_slot(moment, out.key) and moment.date().isoformat() == day
    expected = model.reference_slots(world, user_ids)
    assert set(found) - expected == set(), "returned slots the rules forbid"
    assert expected - set(found) == set(), "missed slots the rules allow"


@PROPERTY
@given(world=worlds())
def test_ignore_date_range_only_drops_notice_and_window(world: World) -> None:
    relaxed = set(instants(engine(world, ignore_date_range=True)))
    assert set(instants(engine(world))) <= relaxed
    assert relaxed == model.reference_slots(world, date_filters=False)
    assert all(slot >= world.now for slot in relaxed)


@PROPERTY
@given(world=worlds(), output=st.sampled_from(model.ZONES))
def test_output_zone_changes_grouping_not_instants(world: World, output: str) -> None:
    assert instants(engine(world)) == instants(engine(world, output_tz=output))


def book(world: World, start: int, appointments: list) -> tuple[str | None, list[str]]:
    decision = check_booking(
        world.calendar(),
        location_timezone=world.tz,
        now=datetime.fromtimestamp(world.now, UTC),
        start=datetime.fromtimestamp(start, UTC),
        end=None,
        assigned_user_id=None,
        appointments=appointments,
        blocked_slots=world.blocked,
        schedules=world.schedule_dicts(),
    )
    assert int(decision.end.timestamp()) - start == world.duration * 60
    return decision.assigned_user_id, decision.users


@PROPERTY
@given(world=worlds(per_slot=1, max_events=20), pick=st.integers(0, 10**6))
def test_booking_a_returned_slot_takes_it_and_only_what_conflicts(world: World, pick: int) -> None:
    before_all = instants(engine(world))
    if not before_all:
        return
    chosen = before_all[pick % len(before_all)]
    assigned, users = book(world, chosen, world.appointments)
    # look at the host that took it (the calendar itself when it hosts; the whole team if collective)
    narrow = None if model.hosts(world) == [None] or world.kind == "collective" else (assigned,)
    before = set(instants(engine(world, narrow)))
    assert chosen in before
    new = {"id": "NEW", "calendarId": "C", "assignedUserId": assigned, "users": users, "appointmentStatus": "confirmed",
           "startTime": datetime.fromtimestamp(chosen, UTC).isoformat(),
           "endTime": datetime.fromtimestamp(chosen + world.duration * 60, UTC).isoformat()}
    after = set(instants(engine(world, narrow, appointments=world.appointments + [new])))
    assert chosen not in after and after <= before
    pre, post, reach = world.pre * 60, world.post * 60, world.duration * 60
    # a daily cap may close the booking's whole local date (in any host's zone): leave those out
    cap_reach = 0 if world.per_day is None else 26 * 3600
    untouched = {
        s for s in before
        if not model.overlaps(s - pre, s + reach + post, chosen - pre, chosen + reach + post)
        and abs(s - chosen) >= cap_reach
    }
    assert untouched <= after
