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
from mock_server.platform.tenant_context import Tenant


def upsert_contact(tenant: Tenant, changes: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """``(contact, new)``."""
    allowed = duplicates.allows_duplicates(tenant)
    if allowed and changes.get("createNewIfDuplicateAllowed"):
        return records.create_contact(tenant, changes, enforce_unique=False), True
    email = fields.email_key(changes["email"]) if changes.get("email") else None
    phone = records.normalized_phone(tenant, changes["phone"], changes.get("country")) \
        if changes.get("phone") else None
    found = duplicates.match(tenant, email, phone)
    if found is None:
        return records.create_contact(tenant, changes), True
    existing = found[0]
    if not allowed:
        for field, value in (("email", email), ("phone", phone)):
            if duplicates.find_by(tenant, field, value, exclude=existing["id"]) is not None:
                changes = {k: v for k, v in changes.items() if k != field}
    return records.update_contact(tenant, existing["id"], changes), False
