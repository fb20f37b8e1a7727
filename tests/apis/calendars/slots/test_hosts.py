from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from mock_server.apis.calendars.slots.hosts import INTERSECTION, UNION, plan_hosts, possible_host_ids, team_members

MEMBERS = [{"userId": "U1", "priority": 1}, {"userId": "U2"}, {"userId": "U1", "priority": 0}, {"priority": 1}]


def test_team_members_dedupe_and_default_priority() -> None:
    members = team_members({"teamMembers": MEMBERS})
    assert [(m.user_id, m.priority) for m in members] == [("U1", 1), ("U2", 0.5)]


@pytest.mark.parametrize(
    "kind, combine, calendar_level",
    [
        ("round_robin", UNION, False),
        ("class_booking", UNION, False),
        ("service_booking", UNION, False),
        ("personal", UNION, False),
        ("collective", INTERSECTION, False),
        ("event", UNION, True),
        (None, UNION, True),
        ("something_new", UNION, True),
    ],
)
def test_host_model_by_type(kind, combine, calendar_level) -> None:
    plan = plan_hosts({"id": "C", "calendarType": kind, "teamMembers": MEMBERS}, location_tz="UTC")
    assert (plan.combine, plan.calendar_level) == (combine, calendar_level)
    assert [h.user_id for h in plan.hosts] == ([None] if calendar_level else ["U1", "U2"])


@pytest.mark.parametrize("kind", ["round_robin", "class_booking", "service_booking", "personal", "collective",
                                  "event", None, "something_new"])
def test_possible_hosts_are_every_host_any_user_filter_can_leave(kind) -> None:
    """Whose events the API must hand the engine: the hosts of the unfiltered plan (none when the
    calendar itself hosts), which every userId filter only narrows."""
    calendar = {"id": "C", "calendarType": kind, "teamMembers": MEMBERS}
    hosts = {h.user_id for h in plan_hosts(calendar, location_tz="UTC").hosts} - {None}
    assert set(possible_host_ids(calendar)) == hosts
    for narrow in (["U1"], ["U2", "UX"], ["UX"]):
        narrowed = {h.user_id for h in plan_hosts(calendar, location_tz="UTC", user_ids=narrow).hosts} - {None}
        assert narrowed <= hosts


def test_team_calendar_without_members_is_hosted_by_the_calendar() -> None:
    plan = plan_hosts({"id": "C", "calendarType": "round_robin"}, location_tz="UTC")
    assert [h.user_id for h in plan.hosts] == [None] and plan.calendar_level


@pytest.mark.parametrize(
    "kind, user_ids, hosts",
    [
        ("round_robin", ("U2", "UX"), ["U2"]),
        ("round_robin", ("UX",), []),
        ("round_robin", (), ["U1", "U2"]),
        ("collective", ("U2",), ["U2"]),
        ("event", ("U2",), [None]),
        ("event", ("UX",), []),
    ],
)
def test_user_filter(kind, user_ids, hosts) -> None:
    plan = plan_hosts({"id": "C", "calendarType": kind, "teamMembers": MEMBERS}, location_tz="UTC", user_ids=user_ids)
    assert [h.user_id for h in plan.hosts] == hosts


def test_filter_on_a_calendar_without_members_matches_nobody() -> None:
    assert plan_hosts({"id": "C"}, location_tz="UTC", user_ids=("U1",)).hosts == []


def test_schedule_choice() -> None:
    wday = [{"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "10:00"}]}]
    schedules = [
        {"userId": "U1", "calendarIds": ["C"], "timezone": "Asia/Tokyo", "rules": wday, "deleted": True},
        {"userId": "U1", "calendarIds": ["OTHER"], "timezone": "Europe/Paris", "rules": wday},
        {"userId": "U1", "calendarIds": ["C", "OTHER"], "timezone": "America/Los_Angeles", "rules": wday},
        {"userId": "U1", "calendarIds": ["C"], "timezone": "Europe/London", "rules": wday},
        {"userId": "U2", "calendarIds": ["C"], "timezone": "Not/AZone", "rules": wday},
    ]
    plan = plan_hosts({"id": "C", "calendarType": "round_robin", "teamMembers": MEMBERS}, location_tz="America/New_York",
                      schedules=schedules)
    u1, u2 = plan.hosts
    assert u1.tz == ZoneInfo("America/Los_Angeles")  # the first live schedule linked to C
    assert u2.tz == ZoneInfo("America/New_York")  # invalid schedule zone: the location's
    assert u1.availability.weekly == {1: [(540, 600)]}


def test_event_calendar_schedule() -> None:
    schedules = [
        {"userId": "U1", "calendarIds": ["C"], "timezone": "Asia/Tokyo", "rules": []},
        {"calendarId": "C", "timezone": "Europe/Berlin", "rules": []},
    ]
    (host,) = plan_hosts({"id": "C", "calendarType": "event"}, location_tz="UTC", schedules=schedules).hosts
    assert host.tz == ZoneInfo("Europe/Berlin")


def test_hosts_without_schedules_share_one_availability() -> None:
    plan = plan_hosts({"id": "C", "calendarType": "round_robin", "teamMembers": MEMBERS}, location_tz="UTC")
    assert plan.hosts[0].availability is plan.hosts[1].availability
