"""The free-slot engine of the calendars API: pure functions, no store, no HTTP.

Behaviour follows ``design/free-slots.md``; every choice GHL leaves open is a named constant in
``decisions.py``. Inputs are GHL-shaped dicts exactly as the API stores them (a ``CalendarDTO``,
appointments, blocked slots, v3 schedules); "now" is passed in.

Public API::

    SlotQuery(start_ms, end_ms, timezone=None, user_ids=None)   # epoch ms, both inclusive

    free_slots(calendar, *, location_timezone, now, query, appointments=(), blocked_slots=(),
               schedules=(), ignore_date_range=False) -> dict[str, list[str]]
        # {"2026-03-02": ["2026-03-02T09:00:00-05:00", ...]}: ascending, empty dates omitted.
        # The API wraps each list as {"slots": [...]} and appends traceId.
        # Raises BadRequest: "Invalid timezone", "endDate must be greater than startDate",
        # "Date range cannot be more than 31 days".

    check_booking(calendar, *, location_timezone, now, start, end, assigned_user_id,
                  appointments=(), blocked_slots=(), schedules=(), ignore_date_range=False,
                  ignore_free_slot_validation=False, exclude_event_id=None) -> BookingDecision
        # BookingDecision(start, end, assigned_user_id, users); times in the location zone.
        # Raises BadRequest("The slot you have selected is no longer available.").

    validate_query(query) -> ZoneInfo | None   # the §1 400s alone, to run before the calendar lookup
    ensure_active(calendar) -> None            # 400 "Calendar is inactive"
    event_window_ms(calendar, start_ms, end_ms) -> (from_ms, to_ms)
        # events with end < from_ms or start > to_ms cannot matter: pre-filter the store with it
    parse_ghl_time(value, location_timezone) -> datetime   # "Z", offsets, ".000"; no offset: location zone
    format_slot(instant, tz) -> str                        # "YYYY-MM-DDTHH:MM:SS±HH:MM"

The API passes the appointments / blocked slots of the calendar and of the users who can host it
(``hosts.possible_host_ids``), other calendars' included since they block the same users; the
engine filters by calendar and host itself, so passing more never changes the answer.
"""

from .booking import BookingDecision, check_booking
from .engine import SlotQuery, ensure_active, event_window_ms, free_slots, validate_query
from .formatting import format_slot, parse_ghl_time

__all__ = [
    "BookingDecision",
    "SlotQuery",
    "check_booking",
    "ensure_active",
    "event_window_ms",
    "format_slot",
    "free_slots",
    "parse_ghl_time",
    "validate_query",
]
