"""Appointment notes: free text attached to an appointment (and so to its contact), newest first."""

from __future__ import annotations

from mock_server.apis.calendars import lookups, tables
from mock_server.apis.calendars.appointments import get_appointment
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text is not known.
NOTE_NOT_FOUND = "Note not found"


def list_notes(tenant: Tenant, appointment_id: str, *, limit: int, offset: int) -> tuple[list, bool]:
    """A page of the appointment's notes, newest first (DECISION), and whether more follow."""
    get_appointment(tenant, appointment_id)
    notes = tenant.store.find(tables.NOTES, "appointmentId", appointment_id)
    notes.sort(key=lambda n: n["dateAdded"], reverse=True)  # stable: same-instant notes keep insertion order
    return [public(n) for n in notes[offset:offset + limit]], offset + limit < len(notes)


def create_note(tenant: Tenant, appointment_id: str, *, body: str, user_id: str | None,
                token_user_id: str | None = None) -> dict:
    """A new note by ``user_id`` (a user of the location), else by the token's user when it is one (DECISION)."""
    if not user_id and token_user_id and _is_location_user(tenant, token_user_id):
        user_id = token_user_id
    appointment = get_appointment(tenant, appointment_id)
    note = {
        "id": tenant.new_id(),
        "appointmentId": appointment_id,
        "contactId": appointment.get("contactId"),
        "body": body,
        "dateAdded": iso_z(tenant.now()),
        **_author(tenant, user_id),
    }
    return public(tenant.store.put(tables.NOTES, note))


def update_note(tenant: Tenant, appointment_id: str, note_id: str, *, body: str,
                user_id: str | None) -> dict:
    note = _stored(tenant, appointment_id, note_id)
    note["body"] = body
    if user_id:
        note.update(_author(tenant, user_id))
    return public(tenant.store.put(tables.NOTES, note))


def delete_note(tenant: Tenant, appointment_id: str, note_id: str) -> None:
    _stored(tenant, appointment_id, note_id)
    tenant.delete(tables.NOTES, note_id)


def public(note: dict) -> dict:
    """GetNoteSchema (the link to the appointment stays internal)."""
    return {k: v for k, v in note.items() if k != "appointmentId"}


def _stored(tenant: Tenant, appointment_id: str, note_id: str) -> dict:
    get_appointment(tenant, appointment_id)
    note = tenant.store.get(tables.NOTES, note_id)
    if note is None or note.get("appointmentId") != appointment_id:
        raise BadRequest(NOTE_NOT_FOUND)
    return note


def _author(tenant: Tenant, user_id: str | None) -> dict:
    """``userId`` and ``createdBy`` of a user of the location (none when no user is named)."""
    if not user_id:
        return {}
    user = lookups.location_user(tenant, user_id)
    return {"userId": user_id, "createdBy": {"id": user_id, "name": user.get("name") or ""}}


def _is_location_user(tenant: Tenant, user_id: str) -> bool:
    try:
        lookups.location_user(tenant, user_id)
    except BadRequest:
        return False
    return True
