"""Existence checks every calendars module shares: the record, or GHL's 400 when there is none.

GHL answers unknown ids with 400 (the official file declares no 404 for them): the errors are the ones
``area.py``'s tables declare, raised by ``tenant.require``. A record of another
location is "not found" here too: the store is read in the caller's location only, so a foreign id
in a body never reveals that location's data (foreign ids in a *path* already got the platform's 403).
"""

from __future__ import annotations

from mock_server.apis.calendars import tables
from mock_server.apis.contacts import records as contacts
from mock_server.apis.users.service import USERS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

CALENDAR_NOT_FOUND = "Calendar not found"  # the text free-slots.md §1 records
# DECISION: GHL's texts for these unknown ids are not known; they follow "Calendar not found".
GROUP_NOT_FOUND = "Group not found"
USER_NOT_FOUND = "User not found"


def calendar(tenant: Tenant, calendar_id: str) -> dict:
    return tenant.require(tables.CALENDARS, calendar_id)


def group(tenant: Tenant, group_id: str) -> dict:
    return tenant.require(tables.GROUPS, group_id)


def contact(tenant: Tenant, contact_id: str) -> dict:
    """A contact of the location, or the Contacts area's 400 for an unknown one."""
    return contacts.get_contact(tenant, contact_id)


def location_user(tenant: Tenant, user_id: str) -> dict:
    """A live user of the location's agency whose roles include the location (a team member)."""
    user = tenant.agency.store.get(USERS, user_id)
    if user is None or user.get("deleted") or \
            tenant.location_id not in (user.get("roles") or {}).get("locationIds", ()):
        raise BadRequest(USER_NOT_FOUND)
    return user


def ensure_location_users(tenant: Tenant, user_ids: list[str]) -> None:
    for user_id in dict.fromkeys(user_ids):
        location_user(tenant, user_id)
