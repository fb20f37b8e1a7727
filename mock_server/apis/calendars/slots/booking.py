"""Validating a new or moved appointment against the free slots, and choosing its host (§5, §8)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from mock_server.platform.errors import BadRequest

from .decisions import MSG_SLOT_UNAVAILABLE
from .engine import SlotSearch
from .hosts import INTERSECTION, Host, HostPlan, plan_hosts
from .rules import CalendarRules
from .zones import epoch_seconds, epoch_seconds_ceil, pinned, zone_or_fallback


@dataclass(frozen=True)
class BookingDecision:
    """An accepted booking: the assignee, the ``users`` list, and the times on the location's
    clock (fixed-offset datetimes, so ``isoformat()`` writes the location's offset)."""

    start: datetime
    end: datetime
    assigned_user_id: str | None
    users: list[str] = field(default_factory=list)


def _on_clock(moment: datetime, tz: ZoneInfo) -> datetime:
    """A booking time on the location's clock; a naive one is read there (gap: forward; fold: first)."""
    return pinned(moment if moment.tzinfo else moment.replace(tzinfo=tz, fold=0), tz)


def _refuse() -> BadRequest:
    return BadRequest(MSG_SLOT_UNAVAILABLE)


def _by_priority(plan: HostPlan) -> list[Host]:
    """Hosts by descending priority, ties kept in teamMembers order (``sorted`` is stable)."""
    priority = {member.user_id: member.priority for member in plan.members}
    return sorted(plan.hosts, key=lambda host: -priority.get(host.user_id, 0))  # type: ignore[arg-type]


def _owner(plan: HostPlan, assigned: str | None) -> str | None:
    """A collective booking's owner: the given id, else the primary member, else the first."""
    if assigned is not None or not plan.members:
        return assigned
    primary = [member.user_id for member in plan.members if member.is_primary]
    return (primary or [plan.members[0].user_id])[0]


def _unchecked(plan: HostPlan, start: datetime, end: datetime, assigned: str | None) -> BookingDecision:
    """ignoreFreeSlotValidation: create as sent, still naming a host the usual way."""
    if plan.calendar_level:
        return BookingDecision(start, end, assigned, [assigned] if assigned else [])
    if plan.combine == INTERSECTION:
        return BookingDecision(start, end, _owner(plan, assigned), [m.user_id for m in plan.members])
    chosen = assigned or _by_priority(plan)[0].user_id
    return BookingDecision(start, end, chosen, [chosen] if chosen else [])


def check_booking(
    calendar: Mapping[str, Any],
    *,
    location_timezone: str,
    now: datetime,
    start: datetime,
    end: datetime | None,
    assigned_user_id: str | None,
    appointments: Iterable[Mapping[str, Any]] = (),
    blocked_slots: Iterable[Mapping[str, Any]] = (),
    schedules: Iterable[Mapping[str, Any]] = (),
    ignore_date_range: bool = False,
    ignore_free_slot_validation: bool = False,
    exclude_event_id: str | None = None,
) -> BookingDecision:
    """Accept a booking and choose its host, or raise ``BadRequest`` ("no longer available").

    The start must be one of the host's free slots (computed with the calendar's duration) and the
    whole ``[start - preBuffer, end + slotBuffer)`` must pass the busy and capacity rule. ``end``
    defaults to start + duration; naive times are read in the location's zone.
    ``ignore_date_range`` drops only notice and booking window; ``ignore_free_slot_validation``
    skips every check. ``exclude_event_id`` leaves out the appointment being moved.
    """
    location_tz = zone_or_fallback(location_timezone)
    rules = CalendarRules.from_calendar(calendar)
    start = _on_clock(start, location_tz)
    end = _on_clock(start + timedelta(seconds=rules.duration) if end is None else end, location_tz)
    plan = plan_hosts(calendar, location_tz=location_timezone, schedules=schedules)
    if ignore_free_slot_validation:
        return _unchecked(plan, start, end, assigned_user_id)

    member_ids = [member.user_id for member in plan.members]
    if end <= start or start.microsecond or (assigned_user_id is not None and assigned_user_id not in member_ids):
        raise _refuse()
    start_s, end_s = epoch_seconds(start), epoch_seconds_ceil(end)
    search = SlotSearch(
        calendar,
        location_timezone=location_timezone,
        now=now,
        window_ms=(start_s * 1000, end_s * 1000),
        appointments=appointments,
        blocked_slots=blocked_slots,
        ignore_date_range=ignore_date_range,
        exclude_event_id=exclude_event_id,
    )

    def free(host: Host) -> bool:
        return start_s in search.host_slots(host, start_s, start_s) and search.busy(host).allows(
            start_s - rules.pre, end_s + rules.post, rules.per_slot
        )

    if plan.calendar_level:
        if not free(plan.hosts[0]):
            raise _refuse()
        return BookingDecision(start, end, assigned_user_id, [assigned_user_id] if assigned_user_id else [])
    if plan.combine == INTERSECTION:
        if not all(free(host) for host in plan.hosts):
            raise _refuse()
        return BookingDecision(start, end, _owner(plan, assigned_user_id), member_ids)
    candidates = [h for h in _by_priority(plan) if assigned_user_id in (None, h.user_id)]
    for host in candidates:
        if free(host):
            return BookingDecision(start, end, host.user_id, [host.user_id])  # type: ignore[list-item]
    raise _refuse()
