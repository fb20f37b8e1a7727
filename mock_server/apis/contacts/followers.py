"""Followers of a contact: users of its location who follow it (user ids, in the order they were added).

Adding checks every id first (``users.location_users``): one that is not a user of the location refuses
the whole request and adds none. DECISION: removing checks nothing, so a user who has since left the
location (or an id that never followed) can always be removed.
"""

from __future__ import annotations

from mock_server.apis.common import follow, unfollow
from mock_server.apis.contacts import records
from mock_server.apis.users import location_users
from mock_server.platform.world import World


def add_followers(world: World, location_id: str, contact_id: str, followers: list[str]) -> dict[str, list[str]]:
    contact = records.get_contact(world, location_id, contact_id)
    location_users.ensure_location_users(world, location_id, followers)
    contact["followers"], added = follow(contact.get("followers", []), followers)
    records.save(world, location_id, contact)
    return {"followers": contact["followers"], "followersAdded": added}


def remove_followers(world: World, location_id: str, contact_id: str, followers: list[str]) -> dict[str, list[str]]:
    contact = records.get_contact(world, location_id, contact_id)
    contact["followers"], removed = unfollow(contact.get("followers", []), followers)
    records.save(world, location_id, contact)
    return {"followers": contact["followers"], "followersRemoved": removed}
