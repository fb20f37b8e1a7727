"""Existence checks every calendars module shares: the record, or GHL's 400 when there is none.

GHL answers unknown ids with 400 (the official file declares no 404 for them): the errors are the ones
``area.py``'s tables declare, raised by ``tenant.require``. A record of another
location is "not found" here too: the store is read in the caller's location only, so a foreign id
in a body never reveals that location's data (foreign ids in a *path* already got the platform's 403).
"""

from __future__ import annotations

from mock_server.apis.calendars import tables
from mock_server.apis.contacts import records as contacts
from mock_server.apis.users import location_users
from mock_server.platform.tenant_context import Tenant

CALENDAR_NOT_FOUND = "Calendar not found"  # the text free-slots.md §1 records
# DECISION: GHL's texts for these unknown ids are not known; they follow "Calendar not found".
GROUP_NOT_FOUND = "Group not found"


def calendar(tenant: Tenant, calendar_id: str) -> dict:
    return tenant.require(tables.CALENDARS, calendar_id)


def group(tenant: Tenant, group_id: str) -> dict:
    return tenant.require(tables.GROUPS, group_id)


def contact(tenant: Tenant, contact_id: str) -> dict:
    """A contact of the location, or the Contacts area's 400 for an unknown one."""
    return contacts.get_contact(tenant, contact_id)


# A user of the location (a possible host, assignee or note author), or the Users area's 400.
location_user = location_users.location_user
ensure_location_users = location_users.ensure_location_users
