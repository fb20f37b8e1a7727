"""The contact record: create, read, update, delete, and how GHL shows it.

A stored contact holds what GHL answers with: names and their lower-cased forms, ``email`` lower-cased
(also as ``emailLowerCase``), ``phone`` in E.164, ``tags``, ``customFields`` ``[{id, value}]``,
``followers``, ``businessId``, DND settings, and ``dateAdded`` / ``dateUpdated`` from the mock clock.
``assignedTo`` must name a user of the location (``users.location_users``).
Unset fields are absent (GHL leaves them out rather than sending null).
"""

from __future__ import annotations

import copy
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.contacts import contact_writes, custom_values, duplicates, events, fields
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.locations.service import get_location
from mock_server.apis.users import location_users
from mock_server.platform.tenant_context import Tenant

# DECISION: the 400 text public integrations report for an unknown contact id (GHL answers unknown ids with 400).
CONTACT_NOT_FOUND = "Contact with id {id} not found"
DEFAULT_TYPE = "lead"
# Keys of a request that are not contact fields.
NOT_STORED = frozenset({"locationId", "createNewIfDuplicateAllowed"})
NAME_KEYS = ("firstName", "lastName", "name")


def create_contact(tenant: Tenant, changes: dict[str, Any], *, enforce_unique: bool = True) -> dict:
    """Store a new contact; refused (400) when it duplicates one and the location forbids duplicates."""
    now = iso_z(tenant.now())
    record: dict[str, Any] = {
        "id": tenant.new_id(), "locationId": tenant.location_id, "type": DEFAULT_TYPE, "dnd": False,
        "tags": [], "customFields": [], "followers": [], "deleted": False, "dateAdded": now, "dateUpdated": now,
    }
    apply_changes(tenant, record, changes)
    if enforce_unique:
        duplicates.ensure_unique(tenant, record, ("email", "phone"))
    stored = contact_writes.put(tenant, record)
    tenant.emit(events.CONTACT_CREATE, events.contact_payload(stored))
    return stored


def get_contact(tenant: Tenant, contact_id: str) -> dict[str, Any]:
    return tenant.require(CONTACTS, contact_id)


def update_contact(tenant: Tenant, contact_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Change the fields given (``tags`` replaces the tags; ``customFields`` changes only the fields named)."""
    record = get_contact(tenant, contact_id)
    before = copy.deepcopy(record)
    apply_changes(tenant, record, changes)
    # DECISION: only a changed email or phone is checked, so duplicates made while allowed stay editable.
    changed = [k for k in ("email", "phone") if record.get(k) and record.get(k) != before.get(k)]
    duplicates.ensure_unique(tenant, record, changed)
    stored = save(tenant, record)
    events.announce_update(tenant, before, stored)
    return stored


def save(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    """Store a changed contact, stamping ``dateUpdated``."""
    record["dateUpdated"] = iso_z(tenant.now())
    return contact_writes.put(tenant, record)


def delete_contact(tenant: Tenant, contact_id: str) -> None:
    """Delete the contact; the cascades the areas declare on contacts delete what hangs off it (its tasks,
    notes, enrollments, appointments, opportunities, conversation, relations): nothing of it stays readable.

    DECISION: deletion is immediate and final (GHL keeps a ``deleted`` flag; nothing here can read it).
    """
    contact = get_contact(tenant, contact_id)
    contact_writes.delete(tenant, contact_id)
    tenant.emit(events.CONTACT_DELETE, events.contact_payload(contact))


def apply_changes(tenant: Tenant, record: dict[str, Any], changes: dict[str, Any]) -> None:
    """Normalise and write ``changes`` into ``record`` (a None value clears the field)."""
    changes = {k: v for k, v in changes.items() if k not in NOT_STORED}
    if any(k in changes for k in NAME_KEYS):
        _apply_names(record, changes)
    for key, value in changes.items():
        if key in NAME_KEYS:
            continue
        if value is None:
            record.pop(key, None)
            if key == "email":
                record.pop("emailLowerCase", None)
            elif key == "dateOfBirth":
                record.pop("birthMonth", None)
                record.pop("birthDay", None)
        elif key == "email":
            record["email"] = record["emailLowerCase"] = fields.email_key(value)
        elif key == "phone":
            country = changes.get("country") or record.get("country")
            record["phone"] = normalized_phone(tenant, value, country)
        elif key == "tags":
            record["tags"] = fields.tag_list(value)
        elif key == "assignedTo":
            location_users.ensure_optional_user(tenant, value)
            record["assignedTo"] = value
        elif key == "customFields":
            resolved = custom_values.resolve(tenant, value)
            record["customFields"] = custom_values.merge(record.get("customFields", []), resolved)
        elif key == "dndSettings":
            record["dndSettings"] = {**record.get("dndSettings", {}), **_without_nulls(fields.dnd_settings(value))}
        elif key == "inboundDndSettings":
            record["inboundDndSettings"] = _without_nulls(value)
        elif key == "dateOfBirth":
            record["dateOfBirth"] = value
            # GHL's example pairs 1990-09-25 with birthMonth 8: a zero-based month, as JavaScript counts.
            record["birthMonth"], record["birthDay"] = int(value[5:7]) - 1, int(value[8:10])
        else:
            record[key] = value


def normalized_phone(tenant: Tenant, phone: str, country: str | None = None) -> str:
    """E.164, read in the region of ``country``, else the location's country, else the US."""
    region = country or get_location(tenant).get("country")
    return fields.e164(phone, region)


def view(record: dict[str, Any], *, v3: bool = False) -> dict[str, Any]:
    """The contact as GHL answers it (v3 spells the DND channels in camelCase)."""
    # Most records hold no null: then a plain copy, several times cheaper than filtering key by key.
    out = dict(record) if None not in record.values() else {k: v for k, v in record.items() if v is not None}
    if v3 and "dndSettings" in out:
        out["dndSettings"] = fields.dnd_settings_v3(out["dndSettings"])
    return out


def _apply_names(record: dict[str, Any], changes: dict[str, Any]) -> None:
    first = changes["firstName"] if "firstName" in changes else record.get("firstName")
    last = changes["lastName"] if "lastName" in changes else record.get("lastName")
    if "name" in changes and "firstName" not in changes and "lastName" not in changes:
        first, last = fields.split_name(changes["name"])
    for key, value in fields.name_fields(first, last).items():
        if value is None:
            record.pop(key, None)
        else:
            record[key] = value


def _without_nulls(settings: dict[str, Any]) -> dict[str, Any]:
    return {k: ({kk: vv for kk, vv in v.items() if vv is not None} if isinstance(v, dict) else v)
            for k, v in settings.items() if v is not None}
