"""Which stored appointments and blocked slots can change a calendar's free slots, found through
the store's secondary indexes (declared in ``area.py``) instead of a scan of the whole location.

A calendar's slots depend only on its own events and on the events of the users who can host it
(free-slots.md §3 step 6; ``slots.hosts.possible_host_ids``): their appointments on every calendar,
and the blocked slots assigned to them. So the cost of free slots and booking follows the
calendar and its hosts, however busy the rest of the location is.

The lookup may return more than the engine uses (an appointment on this calendar that involves no
host, a cancelled one ...): the engine still applies every rule itself. It must never return less.
"""

from __future__ import annotations

from mock_server.apis.calendars import service_busy, tables
from mock_server.apis.calendars.slots.hosts import possible_host_ids
from mock_server.platform.tenant_context import Tenant

# The indexed fields that name who or what an event keeps busy (each is declared in area.py).
APPOINTMENT_OWNERS = ("assignedUserId", "users")
BLOCKED_SLOT_OWNERS = ("assignedUserId",)


def _records(tenant: Tenant, table: str, calendar_id: str, user_fields: tuple[str, ...],
             user_ids: list[str]) -> list[dict]:
    """The table's records on the calendar or naming one of the users in ``user_fields``.

    In no particular order: the engine's answer does not depend on it. When they are most of the
    table (a location whose events are nearly all this calendar's), the whole table is returned:
    a plain scan is cheaper than fetching that many ids one by one, and more is always allowed.
    """
    store = tenant.store
    enough = store.count(table) // 2
    found = store.ids_where(table, "calendarId", calendar_id)
    for field, value in [(field, user) for user in user_ids for field in user_fields]:
        if len(found) > enough:  # stop copying index buckets as soon as a scan is the cheaper way
            break
        found |= store.ids_where(table, field, value)
    if len(found) > enough:
        return store.scan(table)
    return store.scan_ids(table, found)


def events_of_calendar_and_hosts(tenant: Tenant, calendar: dict) -> tuple[list[dict], list[dict]]:
    """``(appointments, blocked slots)`` of the location that concern ``calendar`` or one of its
    possible hosts, as stored (read-only dicts, like ``store.scan``); the hosts' booked services (v3)
    are among the appointments, on no calendar."""
    calendar_id, hosts = calendar["id"], possible_host_ids(calendar)
    return (_records(tenant, tables.APPOINTMENTS, calendar_id, APPOINTMENT_OWNERS, hosts)
            + service_busy.staff_events(tenant, hosts),
            _records(tenant, tables.BLOCKED_SLOTS, calendar_id, BLOCKED_SLOT_OWNERS, hosts))
