"""Followers of a contact: users of its location who follow it (user ids, in the order they were added).

Adding checks every id first (``users.location_users``): one that is not a user of the location refuses
the whole request and adds none. DECISION: removing checks nothing, so a user who has since left the
location (or an id that never followed) can always be removed.
"""

from __future__ import annotations

from mock_server.apis.common import follow, unfollow
from mock_server.apis.contacts import records
from mock_server.apis.users import location_users
from mock_server.platform.tenant_context import Tenant


def add_followers(tenant: Tenant, contact_id: str, followers: list[str]) -> dict[str, list[str]]:
    contact = records.get_contact(tenant, contact_id)
    location_users.ensure_location_users(tenant, followers)
    contact["followers"], added = follow(contact.get("followers", []), followers)
    records.save(tenant, contact)
    return {"followers": contact["followers"], "followersAdded": added}


def remove_followers(tenant: Tenant, contact_id: str, followers: list[str]) -> dict[str, list[str]]:
    contact = records.get_contact(tenant, contact_id)
    contact["followers"], removed = unfollow(contact.get("followers", []), followers)
    records.save(tenant, contact)
    return {"followers": contact["followers"], "followersRemoved": removed}
