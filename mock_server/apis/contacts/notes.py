"""A contact's notes: create, list (newest first), read, update, delete (table ``contactNotes``).

A ``userId`` given in the body must name a user of the location (``users.location_users``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.contacts import children, events, records
from mock_server.apis.contacts.tables import NOTES
from mock_server.apis.users import location_users
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text for an unknown note id (or one of another contact) is not known.
NOTE_NOT_FOUND = "Note not found"
NOTE_FIELDS = ("body", "userId", "title", "color", "pinned")


def create_note(tenant: Tenant, contact_id: str, fields: dict[str, Any],
                author: str | None) -> dict[str, Any]:
    """A new note; DECISION: without a ``userId`` the note is the token's user's (when it has one)."""
    records.get_contact(tenant, contact_id)
    location_users.ensure_optional_user(tenant, fields.get("userId"))
    note = {"id": tenant.new_id(), "contactId": contact_id, "userId": author,
            **{k: v for k, v in fields.items() if k in NOTE_FIELDS},
            "dateAdded": iso_z(tenant.now())}
    stored = tenant.store.put(NOTES, {k: v for k, v in note.items() if v is not None})
    tenant.emit(events.NOTE_CREATE, events.note_payload(stored))
    return stored


def list_notes(tenant: Tenant, contact_id: str) -> list[dict[str, Any]]:
    """DECISION: newest first, as GHL's contact page lists them."""
    records.get_contact(tenant, contact_id)
    return list(reversed(tenant.store.find(NOTES, "contactId", contact_id)))


def get_note(tenant: Tenant, contact_id: str, note_id: str) -> dict[str, Any]:
    return children.get_child(tenant, NOTES, contact_id, note_id, NOTE_NOT_FOUND)


def update_note(tenant: Tenant, contact_id: str, note_id: str,
                changes: dict[str, Any]) -> dict[str, Any]:
    note = get_note(tenant, contact_id, note_id)
    location_users.ensure_optional_user(tenant, changes.get("userId"))
    stored = tenant.store.put(NOTES, children.apply(note, changes, NOTE_FIELDS))
    tenant.emit(events.NOTE_UPDATE, events.note_payload(stored))
    return stored


def delete_note(tenant: Tenant, contact_id: str, note_id: str) -> None:
    note = get_note(tenant, contact_id, note_id)
    tenant.delete(NOTES, note_id)
    tenant.emit(events.NOTE_DELETE, events.note_payload(note))
