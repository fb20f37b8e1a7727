"""Who hosts a calendar's slots, in which zone and hours, and how hosts combine (§4, §2 schedules)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from .decisions import DEFAULT_CALENDAR_TYPE, DEFAULT_PRIORITY, HOST_MODEL
from .hours import Availability
from .units import number
from .zones import zone, zone_or_fallback

UNION, INTERSECTION, CALENDAR = "union", "intersection", "calendar"


@dataclass(frozen=True)
class Member:
    user_id: str
    priority: float
    is_primary: bool


@dataclass(frozen=True, eq=False)
class Host:
    """One availability owner: a team member, or the calendar itself (``user_id`` None)."""

    user_id: str | None
    tz: ZoneInfo
    availability: Availability


@dataclass(frozen=True)
class HostPlan:
    """The hosts left after the user filter, how their slots combine, and the whole team."""

    combine: str  # UNION or INTERSECTION
    hosts: list[Host]
    members: list[Member]
    calendar_level: bool  # the calendar itself is the host (event type or no team)


def calendar_type(calendar: Mapping[str, Any]) -> str:
    kind = calendar.get("calendarType")
    return kind if kind in HOST_MODEL else DEFAULT_CALENDAR_TYPE


def team_members(calendar: Mapping[str, Any]) -> list[Member]:
    """The calendar's team in order, one entry per userId (the first wins)."""
    members: dict[str, Member] = {}
    for item in calendar.get("teamMembers") or ():
        user_id = item.get("userId") if isinstance(item, Mapping) else None
        if isinstance(user_id, str) and user_id and user_id not in members:
            priority = number(item.get("priority"))
            members[user_id] = Member(
                user_id, DEFAULT_PRIORITY if priority is None else priority, bool(item.get("isPrimary"))
            )
    return list(members.values())


def possible_host_ids(calendar: Mapping[str, Any]) -> list[str]:
    """The users who can host the calendar's slots, before any ``userId`` filter: its team members,
    or none when the calendar itself is the host (event type, or no team).

    Only these users' appointments (on any calendar) and blocked slots, plus the calendar's own
    appointments and blocked slots, can change its free slots (§3 step 6): a caller holding many
    events may hand over just those.
    """
    if HOST_MODEL[calendar_type(calendar)] == CALENDAR:
        return []
    return [member.user_id for member in team_members(calendar)]


def _schedule_for(schedules: Sequence[Mapping[str, Any]], calendar_id: Any, user_id: str | None):
    """A user's first live schedule linked to the calendar, or the event-calendar schedule."""
    for schedule in schedules:
        if schedule.get("deleted"):
            continue
        if user_id is None:
            if schedule.get("calendarId") == calendar_id and not schedule.get("userId"):
                return schedule
        elif schedule.get("userId") == user_id and calendar_id in (schedule.get("calendarIds") or ()):
            return schedule
    return None


def plan_hosts(
    calendar: Mapping[str, Any],
    *,
    location_tz: str,
    schedules: Iterable[Mapping[str, Any]] = (),
    user_ids: Sequence[str] | None = None,
) -> HostPlan:
    """The hosts to compute slots for, narrowed to ``user_ids`` when that is non-empty."""
    model = HOST_MODEL[calendar_type(calendar)]
    members = team_members(calendar)
    member_ids = {member.user_id for member in members}
    wanted = set(user_ids) if user_ids else None
    schedules = [s for s in schedules if isinstance(s, Mapping)]
    calendar_id = calendar.get("id")
    default_tz = zone_or_fallback(location_tz)
    shared = Availability.from_calendar(calendar)  # one object: hosts without schedules share it

    def host(user_id: str | None) -> Host:
        schedule = _schedule_for(schedules, calendar_id, user_id)
        if schedule is None:
            return Host(user_id, default_tz, shared)
        return Host(user_id, zone(schedule.get("timezone")) or default_tz, Availability.from_schedule(schedule))

    if model == CALENDAR or not members:
        keep = wanted is None or bool(wanted & member_ids)
        return HostPlan(UNION, [host(None)] if keep else [], members, calendar_level=True)
    chosen = [m.user_id for m in members if wanted is None or m.user_id in wanted]
    return HostPlan(model, [host(user_id) for user_id in chosen], members, calendar_level=False)
