"""Random calendars for the property tests, and a slow, literal reference for the rules they check.

``World`` is drawn by hypothesis in plain terms (minutes, weekdays, epoch seconds) and then written
out as the GHL-shaped dicts the engine reads. The reference functions below never import the
engine: they walk ``datetime`` wall clocks and scan every event linearly, the way free-slots.md §3
reads, so a shortcut in the engine (bisect, caches, day tables, the ±1-day scan) is checked
against the obvious version.
"""

from __future__ import annotations

import calendar as calendar_module
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "UTC", "Asia/Kolkata", "America/Los_Angeles"]
USERS = ["U1", "U2", "U3"]
KINDS = ["event", "round_robin", "collective", "class_booking", "personal"]
BLOCKING = {"new", "confirmed", "showed", "active", "completed", None}
# A week around both 2026 DST changes of the northern zones, and Lord Howe's in April.
BASE_DAYS = [date(2026, 3, 6), date(2026, 3, 26), date(2026, 4, 3), date(2026, 10, 23), date(2026, 6, 10)]
WallRange = tuple[int, int]


@dataclass
class Hours:
    """Weekly wall ranges by JS weekday (0 = Sunday) and date overrides (date -> ranges)."""

    weekly: dict[int, list[WallRange]] = field(default_factory=dict)
    dates: dict[date, list[WallRange]] = field(default_factory=dict)


@dataclass
class World:
    tz: str
    kind: str
    members: list[tuple[str, float, bool]]
    duration: int  # minutes
    interval_field: Any  # what the calendar stores: "missing", None, 0 or minutes
    pre: int
    post: int
    per_slot: int
    per_day: int | None
    hours: Hours
    availability_type: int | None
    notice: tuple[int, str] | None
    window: tuple[int, str] | None
    schedules: dict[str, tuple[str, Hours]]
    now: int  # epoch s
    start_ms: int
    end_ms: int
    appointments: list[dict[str, Any]]
    blocked: list[dict[str, Any]]
    output_tz: str | None

    @property
    def interval(self) -> int:
        if self.interval_field == "missing":
            return 30
        return self.interval_field or self.duration

    def calendar(self) -> dict[str, Any]:
        cal: dict[str, Any] = {
            "id": "C",
            "calendarType": self.kind,
            "teamMembers": [{"userId": u, "priority": p, "isPrimary": primary} for u, p, primary in self.members],
            "slotDuration": self.duration,
            "slotDurationUnit": "mins",
            "preBuffer": self.pre,
            "slotBuffer": self.post,
            "appoinmentPerSlot": self.per_slot,
            "appoinmentPerDay": self.per_day,
            "availabilityType": self.availability_type,
            "openHours": [
                {"daysOfTheWeek": [day], "hours": [_ghl_hour(r, i) for i, r in enumerate(ranges)]}
                for day, ranges in self.hours.weekly.items()
            ],
            "availabilities": [
                {"date": f"{day.isoformat()}T00:00:00.000Z", "hours": [_ghl_hour(r, 0) for r in ranges], "deleted": False}
                for day, ranges in self.hours.dates.items()
            ],
        }
        if self.interval_field != "missing":
            cal["slotInterval"] = self.interval_field
        if self.notice:
            cal["allowBookingAfter"], cal["allowBookingAfterUnit"] = self.notice
        if self.window:
            cal["allowBookingFor"], cal["allowBookingForUnit"] = self.window
        return cal

    def schedule_dicts(self) -> list[dict[str, Any]]:
        names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        out = []
        for user, (tz, hours) in self.schedules.items():
            rules = [{"type": "wday", "day": names[d], "intervals": [_interval(r) for r in rs]} for d, rs in hours.weekly.items()]
            rules += [{"type": "date", "date": d.isoformat(), "intervals": [_interval(r) for r in rs]} for d, rs in hours.dates.items()]
            out.append({"userId": user, "calendarIds": ["C"], "timezone": tz, "rules": rules, "deleted": False})
        return out


def _ghl_hour(wall: WallRange, variant: int) -> dict[str, int]:
    """A GHL Hour; the end of the day is written three ways (24:00, 23:59, 23 + 60 minutes)."""
    (oh, om), (ch, cm) = divmod(wall[0], 60), divmod(wall[1], 60)
    if wall[1] == 1440:
        ch, cm = [(24, 0), (23, 59), (23, 60)][variant % 3]
    return {"openHour": oh, "openMinute": om, "closeHour": ch, "closeMinute": cm}


def _interval(wall: WallRange) -> dict[str, str]:
    to = "23:59" if wall[1] == 1440 else f"{wall[1] // 60:02d}:{wall[1] % 60:02d}"
    return {"from": f"{wall[0] // 60:02d}:{wall[0] % 60:02d}", "to": to}


# --- strategies ----------------------------------------------------------------------------------

# open between 00:00 and 20:00, for 1 to 12 hours (the end may be midnight)
wall_range = st.tuples(st.integers(0, 80), st.integers(4, 48)).map(lambda p: (p[0] * 15, min(p[0] * 15 + p[1] * 15, 1440)))
seeds = st.integers(0, 2**32 - 1)
# weighted choices: most calendars have no notice / window / cap, so most examples return slots
NOTICES = [None] * 8 + [(2, "hours"), (30, "hours"), (1, "days"), (2, "days"), (1, "weeks"), (1, "months")]
WINDOWS = [None] * 6 + [(1, "days"), (2, "days"), (5, "days"), (1, "weeks"), (1, "months")]
DAILY_CAPS = [None] * 6 + [0, 1, 2, 4]


def hours_strategy(days: list[date]) -> st.SearchStrategy[Hours]:
    weekly = st.dictionaries(st.integers(0, 6), st.lists(wall_range, min_size=1, max_size=2), min_size=5, max_size=7)
    dates = st.dictionaries(st.sampled_from(days), st.lists(wall_range, max_size=2), max_size=2)
    return st.builds(Hours, weekly, dates)


@st.composite
def worlds(draw: st.DrawFn, *, per_slot: int | None = None, max_events: int = 30) -> World:
    base = draw(st.sampled_from(BASE_DAYS))
    days = [base + timedelta(days=k) for k in range(-1, 6)]
    tz = draw(st.sampled_from(ZONES))
    kind = draw(st.sampled_from(KINDS))
    users = draw(st.lists(st.sampled_from(USERS), unique=True, max_size=3))
    if kind == "personal":
        users = users[:1]
    members = [(u, draw(st.sampled_from([0, 0.5, 1])), i == 0 and draw(st.booleans())) for i, u in enumerate(users)]
    schedules = {}
    for user in users:
        if draw(st.integers(0, 3)) == 0:
            schedules[user] = (draw(st.sampled_from(ZONES)), draw(hours_strategy(days)))
    midnight = int(datetime(base.year, base.month, base.day, tzinfo=ZoneInfo(tz)).timestamp())
    start = midnight + draw(st.integers(-12, 36)) * 3600 + draw(st.sampled_from([0, 0, 1, 59]))
    span_ms = 0 if draw(st.integers(0, 19)) == 0 else draw(st.integers(12 * 3_600_000, 4 * 86_400_000))
    start_ms = start * 1000 + draw(st.sampled_from([0, 1, 999]))
    low, high = start - 6 * 3600, start + span_ms // 1000 + 6 * 3600
    return World(
        tz=tz,
        kind=kind,
        members=members,
        duration=draw(st.sampled_from([15, 20, 30, 45, 60, 90])),
        interval_field=draw(st.sampled_from(["missing", None, 0, 10, 15, 30, 45, 60])),
        pre=draw(st.sampled_from([0, 0, 5, 15, 30])),
        post=draw(st.sampled_from([0, 0, 10, 15, 60])),
        per_slot=per_slot or draw(st.integers(1, 3)),
        per_day=draw(st.sampled_from(DAILY_CAPS)),
        hours=draw(hours_strategy(days)),
        availability_type=draw(st.sampled_from([None, None, 0, 1])),
        notice=draw(st.sampled_from(NOTICES)),
        window=draw(st.sampled_from(WINDOWS)),
        schedules=schedules,
        now=start + draw(st.integers(-2 * 86_400, 12 * 3600)),
        start_ms=start_ms,
        end_ms=start_ms + span_ms,
        appointments=appointments_from(draw(seeds), draw(st.integers(0, max_events)), users, tz, low, high),
        blocked=blocked_from(draw(seeds), draw(st.integers(0, 4)), users, low, high),
        output_tz=draw(st.one_of(st.none(), st.sampled_from(ZONES))),
    )


def _iso(epoch: int, style: int, tz: str) -> str:
    moment = datetime.fromtimestamp(epoch, ZoneInfo(tz) if style == 0 else UTC)
    return [moment.isoformat(), moment.strftime("%Y-%m-%dT%H:%M:%SZ"), moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")][style]


def appointments_from(seed: int, count: int, users: list[str], tz: str, low: int, high: int) -> list[dict[str, Any]]:
    """``count`` appointments in ``[low, high]`` from a seed.

    Events come from ``random`` rather than one hypothesis draw per field: that many draws made
    generation 50x slower than the engine. Hypothesis still shrinks the count and the seed.
    """
    rng = random.Random(seed)
    people = users or ["U9"]
    events = []
    for index in range(count):
        start = low + rng.randrange((high - low) // 900 + 1) * 900 + rng.choice([0, 0, 0, 300])
        end = start + rng.choice([0, 15, 30, 30, 45, 60, 90, 240]) * 60
        style = rng.randrange(3)
        events.append({
            "id": f"A{index}",
            "calendarId": rng.choice(["C", "C", "C2"]),
            "assignedUserId": rng.choice([None, *people]),
            "users": rng.sample(people, rng.randrange(min(len(people), 2) + 1)),
            "startTime": _iso(start, style, tz),
            "endTime": _iso(end, style, tz),
            "appointmentStatus": rng.choice(["confirmed", "new", "cancelled", "noshow", "showed", None]),
            "deleted": rng.random() < 0.2,
        })
    return events


def blocked_from(seed: int, count: int, users: list[str], low: int, high: int) -> list[dict[str, Any]]:
    """``count`` blocked slots, each on a calendar (this one or another) or on one user."""
    rng = random.Random(seed)
    events = []
    for index in range(count):
        start = low + rng.randrange((high - low) // 900 + 1) * 900
        event = {"id": f"B{index}", "startTime": _iso(start, 1, "UTC"), "endTime": _iso(start + rng.randint(1, 12) * 900, 1, "UTC")}
        if rng.random() < 0.5:
            event["calendarId"] = rng.choice(["C", "C2"])
        else:
            event["assignedUserId"] = rng.choice(users or ["U9"])
        events.append(event)
    return events


# --- the reference -------------------------------------------------------------------------------


def epoch(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp())


def hosts(world: World, user_ids: tuple[str, ...] | None = None) -> list[str | None]:
    member_ids = [m[0] for m in world.members]
    if world.kind == "event" or not member_ids:
        return [None] if not user_ids or set(user_ids) & set(member_ids) else []
    return [u for u in member_ids if not user_ids or u in user_ids]


def host_zone_and_hours(world: World, host: str | None) -> tuple[ZoneInfo, Hours, bool, bool]:
    """(zone, hours, use weekly, use dates) of a host."""
    if host in world.schedules:
        tz, hours = world.schedules[host]  # type: ignore[index]
        return ZoneInfo(tz), hours, True, True
    kind = world.availability_type
    return ZoneInfo(world.tz), world.hours, kind != 1, kind != 0


def wall_instant(tz: ZoneInfo, day: date, minute: int) -> int:
    moment = datetime(day.year, day.month, day.day, tzinfo=tz) if minute < 1440 else None
    if moment is None:
        following = day + timedelta(days=1)
        return int(datetime(following.year, following.month, following.day, tzinfo=tz).timestamp())
    return int(moment.replace(hour=minute // 60, minute=minute % 60).timestamp())


def open_ranges(world: World, host: str | None, day: date) -> list[tuple[int, int]]:
    tz, hours, use_weekly, use_dates = host_zone_and_hours(world, host)
    if use_dates and day in hours.dates:
        walls = hours.dates[day]
    elif use_weekly:
        walls = hours.weekly.get((day.weekday() + 1) % 7, [])
    else:
        walls = []
    spans = sorted((wall_instant(tz, day, a), wall_instant(tz, day, b)) for a, b in walls if b > a)
    merged: list[list[int]] = []
    for a, b in spans:
        if b <= a:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def overlaps(a1: int, b1: int, a2: int, b2: int) -> bool:
    return a1 < b2 and a2 < b1


def involves(event: dict[str, Any], host: str) -> bool:
    return event.get("assignedUserId") == host or host in (event.get("users") or [])


def busy(world: World, host: str | None, appointments: list[dict[str, Any]]) -> tuple[list, list]:
    """(soft, hard) raw intervals of a host, by scanning every event (§3 step 6)."""
    soft, hard = [], []
    for event in appointments:
        if event.get("deleted") or event.get("appointmentStatus") not in BLOCKING:
            continue
        span = (epoch(event["startTime"]), epoch(event["endTime"]))
        if event["calendarId"] == "C" and (host is None or involves(event, host)):
            soft.append(span)
        elif event["calendarId"] != "C" and host is not None and involves(event, host):
            hard.append(span)
    for event in world.blocked:
        if event.get("calendarId") == "C" or (host is not None and event.get("assignedUserId") == host):
            hard.append((epoch(event["startTime"]), epoch(event["endTime"])))
    return soft, hard


def earliest(world: World, tz: ZoneInfo) -> int:
    if world.notice is None:
        return world.now
    amount, unit = world.notice
    if unit == "months":
        local = datetime.fromtimestamp(world.now, tz)
        month_index = local.month - 1 + amount
        year, month = local.year + month_index // 12, month_index % 12 + 1
        day = min(local.day, calendar_module.monthrange(year, month)[1])
        return int(local.replace(year=year, month=month, day=day, fold=0).timestamp())
    return world.now + amount * {"hours": 3600, "days": 86_400, "weeks": 7 * 86_400}[unit]


def window_end(world: World, tz: ZoneInfo) -> float:
    if world.window is None:
        return float("inf")
    amount, unit = world.window
    today = datetime.fromtimestamp(world.now, tz).date()
    if unit == "months":
        month_index = today.month - 1 + amount
        year, month = today.year + month_index // 12, month_index % 12 + 1
        last = today.replace(year=year, month=month, day=min(today.day, calendar_module.monthrange(year, month)[1]))
    else:
        last = today + timedelta(days=amount * (7 if unit == "weeks" else 1))
    return wall_instant(tz, last, 1440)


def host_slots(world: World, host: str | None, appointments: list[dict[str, Any]], *, date_filters: bool = True) -> set[int]:
    tz = host_zone_and_hours(world, host)[0]
    d, step, pre, post = world.duration * 60, world.interval * 60, world.pre * 60, world.post * 60
    soft, hard = busy(world, host, appointments)
    first = datetime.fromtimestamp(world.start_ms // 1000, tz).date() - timedelta(days=2)
    last = datetime.fromtimestamp(world.end_ms // 1000, tz).date() + timedelta(days=2)
    not_before, not_after = (earliest(world, tz), window_end(world, tz)) if date_filters else (0, float("inf"))
    found = set()
    day = first
    while day <= last:
        starts_today = sum(1 for a, _ in soft if datetime.fromtimestamp(a, tz).date() == day)
        if world.per_day is None or starts_today < world.per_day:
            for r0, r1 in open_ranges(world, host, day):
                for s in range(r0, r1 - d + 1, step):
                    if not (world.start_ms <= s * 1000 <= world.end_ms and s >= world.now):
                        continue
                    if not not_before <= s < not_after:
                        continue
                    if any(overlaps(s - pre, s + d + post, a, b) for a, b in hard):
                        continue
                    if sum(overlaps(s - pre, s + d + post, a - pre, b + post) for a, b in soft) >= world.per_slot:
                        continue
                    found.add(s)
        day += timedelta(days=1)
    return found


def reference_slots(world: World, user_ids: tuple[str, ...] | None = None, **options: Any) -> set[int]:
    per_host = [host_slots(world, h, world.appointments, **options) for h in hosts(world, user_ids)]
    if not per_host:
        return set()
    if world.kind == "collective" and world.members:
        return set.intersection(*per_host)
    return set.union(*per_host)
