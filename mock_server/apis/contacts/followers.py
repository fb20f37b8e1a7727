"""Followers of a contact: users who follow it (user ids, in the order they were added).

DECISION: follower (and ``assignedTo``) user ids are taken as given, not checked against the agency's users.
"""

from __future__ import annotations

from mock_server.apis.common import follow, unfollow
from mock_server.apis.contacts import records
from mock_server.platform.tenant_context import Tenant


def add_followers(tenant: Tenant, contact_id: str, followers: list[str]) -> dict[str, list[str]]:
    contact = records.get_contact(tenant, contact_id)
    contact["followers"], added = follow(contact.get("followers", []), followers)
    records.save(tenant, contact)
    return {"followers": contact["followers"], "followersAdded": added}


def remove_followers(tenant: Tenant, contact_id: str, followers: list[str]) -> dict[str, list[str]]:
    contact = records.get_contact(tenant, contact_id)
    contact["followers"], removed = unfollow(contact.get("followers", []), followers)
    records.save(tenant, contact)
    return {"followers": contact["followers"], "followersRemoved": removed}
