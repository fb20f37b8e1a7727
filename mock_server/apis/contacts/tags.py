"""Tags: adding merges, removing removes only the tags given, and the bulk update over many contacts.

Tags are stored trimmed and lower-cased (``fields.tag_list``), so ``VIP`` and ``vip`` are one tag.
"""

from __future__ import annotations

import re
from typing import Any

from mock_server.apis.contacts import events, fields, records
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

BULK_TYPES = ("add", "remove")
# The per-contact messages of the bulk update, as the official file's example shows them.
UPDATED = "Tags updated"
NOT_AN_ID = "contact id is not a valid firebase id"
NOT_IN_LOCATION = "contact does not belong to location"
# DECISION: the example has no text for a well-formed id that matches no contact.
NOT_FOUND = "contact not found"
# DECISION: the official file only says removeAllTags "can only be used with remove type".
REMOVE_ALL_NEEDS_REMOVE = "removeAllTags can only be used with type remove"
ID_PATTERN = re.compile(r"^[A-Za-z0-9]{20}$")


def add_tags(tenant: Tenant, contact_id: str, tags: list[str]) -> list[str]:
    contact = records.get_contact(tenant, contact_id)
    contact["tags"] = fields.tag_list([*contact.get("tags", []), *tags])
    return save_tags(tenant, contact)


def remove_tags(tenant: Tenant, contact_id: str, tags: list[str]) -> list[str]:
    contact = records.get_contact(tenant, contact_id)
    unwanted = set(fields.tag_list(tags))
    contact["tags"] = [t for t in contact.get("tags", []) if t not in unwanted]
    return save_tags(tenant, contact)


def bulk_update(tenant: Tenant, kind: str, contact_ids: list[str], tags: list[str],
                remove_all: bool) -> dict[str, Any]:
    """Add or remove tags on many contacts; each contact gets its own success or error entry.

    ``kind`` is one of ``BULK_TYPES`` (the operation declares it as the path's enum)."""
    if remove_all and kind != "remove":
        raise BadRequest(REMOVE_ALL_NEEDS_REMOVE)
    wanted = fields.tag_list(tags)
    responses: list[dict[str, Any]] = []
    for contact_id in contact_ids:
        problem = _problem(tenant, contact_id)
        if problem:
            responses.append({"contactId": contact_id, "message": problem, "type": "error"})
            continue
        contact = records.get_contact(tenant, contact_id)
        old = list(contact.get("tags", []))
        if kind == "add":
            contact["tags"] = fields.tag_list([*old, *wanted])
        else:
            contact["tags"] = [] if remove_all else [t for t in old if t not in set(wanted)]
        save_tags(tenant, contact)
        responses.append({
            "contactId": contact_id, "message": UPDATED, "type": "success", "oldTags": old,
            "tagsAdded": [t for t in contact["tags"] if t not in old],
            "tagsRemoved": [t for t in old if t not in contact["tags"]],
        })
    errors = sum(1 for r in responses if r["type"] == "error")
    # DECISION: the request succeeded even when some contacts did not (they are counted in errorCount).
    return {"succeded": True, "errorCount": errors, "responses": responses}


def save_tags(tenant: Tenant, contact: dict[str, Any]) -> list[str]:
    """Store ``contact`` whose tags changed and send its ContactTagUpdate (the locations area's tag rename and
    delete change contacts' tags through this too)."""
    stored = records.save(tenant, contact)
    tenant.emit(events.CONTACT_TAG_UPDATE, events.contact_payload(stored))
    return stored["tags"]


def _problem(tenant: Tenant, contact_id: str) -> str | None:
    if not ID_PATTERN.match(contact_id):
        return NOT_AN_ID
    owner = tenant.world.store.owner(contact_id)  # whose it is, in any tenant: GHL says which of these it is
    if owner is None or owner[1] != CONTACTS:
        return NOT_FOUND
    return NOT_IN_LOCATION if owner[0] != tenant.id else None
