"""POST /contacts/upsert: update the contact matching by email, else phone; otherwise create one.

As contacts.json describes it: with duplicates allowed and ``createNewIfDuplicateAllowed`` true a new
contact is always created. Otherwise the contact matching the first field (email) is updated; when
the other field (phone) belongs to a different contact and duplicates are forbidden, that field is
ignored rather than duplicated.

DECISION: an update by upsert is PUT's update (``tags`` replaces the tags); an upsert with neither
email nor phone has nothing to match and creates a contact.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts import duplicates, fields, records
from mock_server.platform.world import World


def upsert_contact(world: World, location_id: str, changes: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """``(contact, new)``."""
    allowed = duplicates.allows_duplicates(world, location_id)
    if allowed and changes.get("createNewIfDuplicateAllowed"):
        return records.create_contact(world, location_id, changes, enforce_unique=False), True
    email = fields.email_key(changes["email"]) if changes.get("email") else None
    phone = records.normalized_phone(world, location_id, changes["phone"], changes.get("country")) \
        if changes.get("phone") else None
    found = duplicates.match(world, location_id, email, phone)
    if found is None:
        return records.create_contact(world, location_id, changes), True
    existing = found[0]
    if not allowed:
        for field, value in (("email", email), ("phone", phone)):
            if duplicates.find_by(world, location_id, field, value, exclude=existing["id"]) is not None:
                changes = {k: v for k, v in changes.items() if k != field}
    return records.update_contact(world, location_id, existing["id"], changes), False
