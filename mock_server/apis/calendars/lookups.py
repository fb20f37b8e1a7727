"""Existence checks every calendars module shares: the record, or GHL's 400 when there is none.

GHL answers unknown ids with 400 (the official file declares no 404 for them). A record of another
location is "not found" here too: the store is read in the caller's location only, so a foreign id
in a body never reveals that location's data (foreign ids in a *path* already got the platform's 403).
"""

from __future__ import annotations

from datetime import datetime

from mock_server.apis.calendars import tables
from mock_server.apis.contacts import records as contacts
from mock_server.apis.users import location_users
from mock_server.platform.errors import BadRequest, GhlError
from mock_server.platform.world import World

CALENDAR_NOT_FOUND = "Calendar not found"  # the text free-slots.md §1 records
# DECISION: GHL's texts for these unknown ids are not known; they follow "Calendar not found".
GROUP_NOT_FOUND = "Group not found"


def existing(world: World, location_id: str, table: str, record_id: str, error: GhlError) -> dict:
    """The location's record, or ``error`` (a 400 for most calendars records) when there is none."""
    found = world.store.get(location_id, table, record_id)
    if found is None:
        raise error
    return found


def calendar(world: World, location_id: str, calendar_id: str) -> dict:
    return existing(world, location_id, tables.CALENDARS, calendar_id, BadRequest(CALENDAR_NOT_FOUND))


def group(world: World, location_id: str, group_id: str) -> dict:
    return existing(world, location_id, tables.GROUPS, group_id, BadRequest(GROUP_NOT_FOUND))


def contact(world: World, location_id: str, contact_id: str) -> dict:
    """A contact of the location, or the Contacts area's 400 for an unknown one."""
    return contacts.get_contact(world, location_id, contact_id)


# A user of the location (a possible host, assignee or note author), or the Users area's 400.
location_user = location_users.location_user
ensure_location_users = location_users.ensure_location_users


def new_id(world: World, location_id: str) -> str:
    """A fresh record id from the location's agency id stream (deterministic in seeded tenants)."""
    return world.new_id(world.tenants.company_of_location(location_id))


def now(world: World, location_id: str) -> datetime:
    """The location's agency clock (frozen or advanced by tests)."""
    return world.now(world.tenants.company_of_location(location_id))
