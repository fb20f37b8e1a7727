"""Every choice the slot engine makes where GHL's behaviour is unknown, in one place.

Each constant carries a ``# DECISION:`` comment (section numbers refer to
``design/free-slots.md``). Change behaviour here, not in the modules that read these names.
Decisions that are logic rather than a value are listed here too, with the function that holds
them in brackets.
"""

from __future__ import annotations

# --- Query validation (§1) -------------------------------------------------------------------

# DECISION: the range limit is inclusive: exactly 31 days is allowed, 1 ms more is refused.
MAX_RANGE_MS = 31 * 86_400_000

# DECISION: the texts of the 400s (only the 31-day limit itself is documented).
MSG_INVALID_TIMEZONE = "Invalid timezone"
MSG_END_BEFORE_START = "endDate must be greater than startDate"
MSG_RANGE_TOO_LONG = "Date range cannot be more than 31 days"
MSG_CALENDAR_INACTIVE = "Calendar is inactive"
# [OBS] the text GHL sends when a booking is refused (§5.4).
MSG_SLOT_UNAVAILABLE = "The slot you have selected is no longer available."

# DECISION: a ``timezone`` query value that is empty counts as "not given" (location tz),
# because an empty query string is how most clients send an unset optional value.
EMPTY_TIMEZONE_IS_UNSET = True

# DECISION: a location whose own timezone is missing or not an IANA name is served in UTC
# instead of failing every request; it is stored data, not client input.
FALLBACK_LOCATION_TIMEZONE = "UTC"

# --- Calendar fields (§2, §8) ----------------------------------------------------------------

# DECISION: a calendar without calendarType (or with an unknown one) is an event calendar.
DEFAULT_CALENDAR_TYPE = "event"

# DECISION: missing slotDuration / slotInterval take 30 *in their unit field* (§8 says so for the
# interval; the duration follows the same rule so the two fields never disagree).
DEFAULT_SLOT_VALUE = 30
# DECISION: a present slotInterval that is null or 0 means "interval = duration" (§8).
# DECISION: a slotDuration that is null, 0 or negative takes the default (a slot needs a length).
# DECISION: slots step by at least one minute. GHL's slot times are whole minutes, and a sub-minute
# interval (slotInterval 0.02) would answer millions of slots over a 31-day range.
MIN_INTERVAL_SECONDS = 60

# DECISION: the unit every field falls back to when its unit is missing or unknown (§8).
DEFAULT_DURATION_UNIT = "mins"  # slotDuration, slotInterval, preBuffer, slotBuffer
DEFAULT_NOTICE_UNIT = "hours"  # allowBookingAfter
DEFAULT_WINDOW_UNIT = "days"  # allowBookingFor
# DECISION: every unit field accepts mins/hours/days/weeks (v3 adds ``mins`` everywhere, §8);
# ``months`` only where a calendar month makes sense (notice and booking window).
FIXED_UNIT_MINUTES = {"mins": 1, "hours": 60, "days": 1440, "weeks": 10080}
CALENDAR_MONTH_UNIT = "months"

# DECISION: appoinmentPerSlot null/0/missing (or negative) means 1 booking per slot per host (§8).
DEFAULT_PER_SLOT = 1
# DECISION: appoinmentPerDay counts per host on team calendars, per calendar otherwise (§3.7).

# DECISION: openHours weekdays are JavaScript getDay numbers, 0 = Sunday (§2).
# DECISION: a close time of 23:59 or later (incl. closeMinute 60 rolling into hour 24) is the end
# of the day; ranges never run past midnight; close <= open is an empty range (§3.3).
END_OF_DAY_FROM_MINUTE = 23 * 60 + 59
MINUTES_PER_DAY = 24 * 60
# DECISION: open hours are merged per date (ranges of adjacent dates never join), so each date's
# grid starts at its own opening time (§3.3, §3.4).

# DECISION: a v3 user schedule uses date rules over weekday rules (like availabilityType null),
# whatever the calendar's availabilityType says: that field describes the calendar's own hours.
# DECISION: a schedule whose timezone is missing or invalid uses the location timezone.
# DECISION: the event-calendar schedule is the first live one with ``calendarId`` = C and no
# ``userId`` [hosts._schedule_for].

# --- Hosts (§4) ------------------------------------------------------------------------------

# DECISION: how team members combine per calendarType. "calendar" = the calendar itself is the one
# host and team members are ignored (event): their bookings on other calendars do not block it.
# A team type with no members is hosted by the calendar itself too; a type missing here is read
# as DEFAULT_CALENDAR_TYPE [hosts.plan_hosts].
HOST_MODEL = {
    "event": "calendar",
    "personal": "union",  # one member in practice; several are treated like round robin
    "round_robin": "union",
    "class_booking": "union",
    "service_booking": "union",  # the v3 staff model is out of scope
    "collective": "intersection",
}
# DECISION: a missing TeamMember priority is 0.5 (§8); higher wins, ties to the earlier member.
# A member listed twice counts once (the first entry wins) [hosts.team_members].
DEFAULT_PRIORITY = 0.5
# DECISION: an empty userIds filter (None or ()) means "no filter". Ids that are not members are
# dropped; when none remains the result is empty. On a calendar-level (event) calendar the filter
# keeps the calendar iff at least one id is a team member (a calendar without members has none).

# --- Busy data (§2, §3.6) --------------------------------------------------------------------

# DECISION: statuses that use capacity or block (§2; unconfirmed bookings do block [OBS]).
BLOCKING_STATUSES = frozenset({"new", "confirmed", "showed", "active", "completed"})
# DECISION: statuses that never block. A status in neither set does not block either (§8).
NON_BLOCKING_STATUSES = frozenset({"cancelled", "invalid", "noshow"})
# DECISION: an appointment with no status blocks (§8).
MISSING_STATUS_BLOCKS = True
# DECISION: an event whose end is before its start, or whose times do not parse, is corrupt data and
# is ignored; a zero-length event is kept (it overlaps a candidate that strictly contains its
# instant). Stored times without an offset are read in the location's zone [busy._events].
# DECISION: events are dropped before any work when they cannot touch the query: the window is the
# query range widened by both buffers, the slot duration and this margin (daily caps count events
# by local date, and a local day is at most ~25 h long).
EVENT_WINDOW_MARGIN_MS = 2 * 86_400_000

# --- Time filters (§3.5) ---------------------------------------------------------------------

# DECISION: notice in mins/hours/days/weeks is exact elapsed time; months are added on the host's
# wall clock with day-of-month clamping (§8). Fractional months are truncated.
# DECISION: the booking window ends at the start of local date (today + N units + 1 day) in the
# host's timezone; sub-day units use the local date of (now + N units). Fractional days truncate.
# DECISION: a naive ``now`` is read as UTC.
# DECISION: slots are whole epoch seconds: the startDate/endDate bounds (ms) keep the seconds
# inside them [engine.free_slots].

# --- Booking (§5, §8) ------------------------------------------------------------------------

# DECISION: ignoreFreeSlotValidation skips every check (membership and end <= start included) and
# still picks a host: the highest-priority member, or the collective's primary.
# DECISION: on a collective calendar every member must be free, even when assignedUserId is given;
# that id must be a member and becomes the owner, and ``users`` is always every member.
# DECISION: an event calendar only assigns a user when assignedUserId is given; like the userId
# filter, that id must be one of its team members [booking.check_booking].
# DECISION: ``users`` of a single-host booking is ``[assignee]`` (``[]`` without one).
# DECISION: a start with a sub-second part is never a slot (slots are whole seconds).
# DECISION: exclude_event_id leaves out the event with that id, appointment or blocked slot.
# DECISION: accepted times come back as fixed-offset datetimes on the location's clock (zoneinfo
# datetimes at ambiguous wall times never compare equal across zones, PEP 495) [zones.pinned].
