"""Calendars: creation with GHL's defaults, partial updates, listing filters, and deletion.

A calendar is stored as the CalendarDTO it answers, so the slot engine reads it as is.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import lookups, slugs, tables
from mock_server.apis.calendars.slots.decisions import DEFAULT_CALENDAR_TYPE
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# The defaults CalendarDTO declares, written on creation so GET shows what the calendar does.
DEFAULTS: dict[str, Any] = {
    "isActive": True,
    "notifications": [],
    "teamMembers": [],
    "eventType": "RoundRobin_OptimizeForAvailability",
    "calendarType": DEFAULT_CALENDAR_TYPE,
    "widgetType": "classic",
    "eventTitle": "{{contact.name}}",
    "eventColor": "#039be5",
    "locationConfigurations": [],
    "slotDuration": 30,
    "slotDurationUnit": "mins",
    "slotInterval": 30,
    "slotIntervalUnit": "mins",
    "slotBuffer": 0,
    "slotBufferUnit": "mins",
    "preBuffer": 0,
    "preBufferUnit": "mins",
    "appoinmentPerSlot": 1,
    "openHours": [],
    "availabilities": [],
    "enableRecurring": False,
    "autoConfirm": True,
    "googleInvitationEmails": False,
    "allowReschedule": True,
    "allowCancellation": True,
    "formSubmitType": "ThankYouMessage",
}

# Fields whose null is a setting, stored as null rather than dropped (create) or removed (update):
# ``slotInterval: null`` means "interval = slot duration" (free-slots.md §2, §8), which the slot engine reads.
# DECISION: answers leave such a null out, as GHL's documents omit unset fields (CalendarDTO types slotInterval
# as a number, not nullable); the stored calendar keeps it, so the engine steps by the duration.
NULL_IS_A_SETTING = frozenset({"slotInterval"})

# The official description of TeamMember.isPrimary: "Only one user can be primary."
ONE_PRIMARY = "Only one user can be primary."
# DECISION: a personal calendar belongs to one user (free-slots.md §4); GHL's text is not known.
ONE_PERSONAL_MEMBER = "A personal calendar can have only one team member"
# DECISION: GHL's text is not known.
AVAILABILITY_NOT_FOUND = "Availability not found"


def get_calendar(tenant: Tenant, calendar_id: str) -> dict:
    return view(lookups.calendar(tenant, calendar_id))


def view(calendar: dict[str, Any]) -> dict[str, Any]:
    """The calendar as answered: the stored CalendarDTO without the nulls that are settings."""
    return {k: v for k, v in calendar.items() if v is not None or k not in NULL_IS_A_SETTING}


def list_calendars(tenant: Tenant, *, group_id: str | None, show_drafted: bool) -> list[dict]:
    """The location's calendars, optionally of one group.

    DECISION: a "drafted" calendar is an inactive one (GHL's UI labels inactive calendars
    "Draft"), so ``showDrafted=false`` hides calendars whose ``isActive`` is false.
    """
    if group_id:
        lookups.group(tenant, group_id)
        found = tenant.store.find(tables.CALENDARS, "groupId", group_id)
    else:
        found = [dict(c) for c in tenant.store.scan(tables.CALENDARS)]
    return [view(c) for c in found if show_drafted or c.get("isActive", True) is not False]


def create_calendar(tenant: Tenant, fields: dict[str, Any]) -> dict:
    fields = {k: v for k, v in fields.items() if v is not None or k in NULL_IS_A_SETTING}
    calendar = {**DEFAULTS, **fields, "id": tenant.new_id(), "locationId": tenant.location_id}
    calendar["availabilities"] = [{**entry, "id": tenant.new_id()}
                                  for entry in calendar["availabilities"]]
    _check_references(tenant, calendar)
    if "slug" in fields:
        slugs.ensure_free(tenant, tables.CALENDARS, fields["slug"])
    else:
        calendar["slug"] = slugs.derive(tenant, tables.CALENDARS, calendar["name"])
    calendar.setdefault("widgetSlug", calendar["slug"])
    return view(tenant.store.put(tables.CALENDARS, calendar))


def update_calendar(tenant: Tenant, calendar_id: str, changes: dict[str, Any]) -> dict:
    """Apply the fields sent; lists (team, hours) are replaced, date availabilities merged by id.

    A field sent as null is removed (so ``appoinmentPerDay: null`` lifts the daily cap), unless null is a
    setting of its own (``NULL_IS_A_SETTING``).
    """
    calendar = lookups.calendar(tenant, calendar_id)
    if changes.get("availabilities") is not None:
        changes["availabilities"] = _merge_availabilities(tenant, calendar.get("availabilities") or [],
                                                          changes["availabilities"])
    if changes.get("slug") is not None:
        slugs.ensure_free(tenant, tables.CALENDARS, changes["slug"], except_id=calendar_id)
    for key, value in changes.items():
        if value is None and key not in NULL_IS_A_SETTING:
            if key != "name":  # a calendar always has a name
                calendar.pop(key, None)
        else:
            calendar[key] = value
    _check_references(tenant, calendar)
    return view(tenant.store.put(tables.CALENDARS, calendar))


def delete_calendar(tenant: Tenant, calendar_id: str) -> None:
    """Delete a calendar and everything that only makes sense with it.

    DECISION: a calendar with events can be deleted; its appointments (and their notes), blocked
    slots and notifications go with it, and it leaves every schedule's and resource's
    ``calendarIds`` (the cascades of ``area.py``). Nothing afterwards names a calendar that does not exist.
    """
    lookups.calendar(tenant, calendar_id)
    tenant.delete(tables.CALENDARS, calendar_id)


def forget_calendars(tenant: Tenant, calendar_ids: list[str]) -> None:
    """Cascade of deleted calendars: they leave every schedule's and resource's ``calendarIds``."""
    gone = set(calendar_ids)
    for table in (tables.SCHEDULES, tables.RESOURCES):
        for record in [dict(r) for r in tenant.store.scan(table) if gone & set(r.get("calendarIds") or ())]:
            record["calendarIds"] = [c for c in record["calendarIds"] if c not in gone]
            tenant.store.put(table, record)


def _check_references(tenant: Tenant, calendar: dict[str, Any]) -> None:
    """The group exists, every team member is a user of the location, and the team fits the type."""
    if calendar.get("groupId"):
        lookups.group(tenant, calendar["groupId"])
    members = calendar.get("teamMembers") or []
    lookups.ensure_location_users(tenant, [m["userId"] for m in members])
    if sum(1 for m in members if m.get("isPrimary")) > 1:
        raise BadRequest(ONE_PRIMARY)
    if calendar.get("calendarType") == "personal" and len(members) > 1:
        raise BadRequest(ONE_PERSONAL_MEMBER)


def _merge_availabilities(tenant: Tenant, current: list[dict], sent: list[dict]) -> list[dict]:
    """UpdateAvailability semantics: an ``id`` updates (or, with ``deleted``, removes) that entry;
    an entry without one is added."""
    merged = {entry["id"]: entry for entry in current if entry.get("id")}
    for entry in sent:
        entry_id = entry.get("id")
        if entry_id is None:
            if not entry.get("deleted"):
                new_id = tenant.new_id()
                merged[new_id] = {**entry, "id": new_id}
            continue
        if entry_id not in merged:
            raise BadRequest(AVAILABILITY_NOT_FOUND)
        if entry.get("deleted"):
            del merged[entry_id]
        else:
            merged[entry_id] = entry
    return list(merged.values())
