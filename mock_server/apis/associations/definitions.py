"""Association definitions: which two kinds of object a location links, under which key and labels.

Every location has GHL's standard (``SYSTEM_DEFINED``) associations, which cannot be changed or deleted;
the location adds its own (``USER_DEFINED``), each under a key unique in the location. Deleting one
deletes its relations too, as the official file says.
"""

from __future__ import annotations

import re
from typing import Any

from mock_server.apis.associations import events
from mock_server.apis.associations.tables import ASSOCIATIONS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

USER_DEFINED, SYSTEM_DEFINED = "USER_DEFINED", "SYSTEM_DEFINED"
# The most relations one record may have under an association (GHL's names for the two directions).
FIRST_MAX, SECOND_MAX = "firstObjectToSecondObjectMaxLimit", "secondObjectToFirstObjectMaxLimit"

# DECISION: the two standard associations public captures of GHL's API list in every location, with their
# fixed ids (also their keys) and limits (an opportunity has at most 25 contacts, a contact at most one
# business). GHL's labels for them are not documented: these are ours.
# DECISION: their relations are made through POST /associations/relations like any other; they are not
# derived from (nor written into) a contact's businessId or an opportunity's contactId.
SYSTEM_ASSOCIATIONS: tuple[dict[str, Any], ...] = (
    {"id": "BUSINESSES_CONTACTS_ASSOCIATION", "key": "BUSINESSES_CONTACTS_ASSOCIATION",
     "firstObjectKey": "business", "firstObjectLabel": "Company",
     "secondObjectKey": "contact", "secondObjectLabel": "Contacts", FIRST_MAX: 10000, SECOND_MAX: 1},
    {"id": "OPPORTUNITIES_CONTACTS_ASSOCIATION", "key": "OPPORTUNITIES_CONTACTS_ASSOCIATION",
     "firstObjectKey": "opportunity", "firstObjectLabel": "Opportunities",
     "secondObjectKey": "contact", "secondObjectLabel": "Contacts", FIRST_MAX: 25, SECOND_MAX: 1000},
)

# DECISION: the object keys an association may link: GHL's standard objects the mock keeps (contact,
# opportunity, business) and custom objects (``custom_objects.<key>``, lower-case snake case).
OBJECT_KEY = re.compile(r"^(contact|opportunity|business|custom_objects\.[a-z0-9_]+)$")

# DECISION: GHL's texts for these refusals are not documented.
ASSOCIATION_NOT_FOUND = "Association not found"
KEY_TAKEN = "Association with key {key} already exists"
BAD_OBJECT_KEY = "Invalid object key: {key}"
SYSTEM_IS_READ_ONLY = "SYSTEM_DEFINED association cannot be {action}"
DELETED = "Association deleted successfully"  # the official file's example


def _system(location_id: str) -> list[dict[str, Any]]:
    return [{**a, "associationType": SYSTEM_DEFINED, "locationId": location_id} for a in SYSTEM_ASSOCIATIONS]


def create_association(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    for side in ("firstObjectKey", "secondObjectKey"):
        if not OBJECT_KEY.match(fields[side]):
            raise BadRequest(BAD_OBJECT_KEY.format(key=fields[side]))
    if find_by_key(tenant, fields["key"]) is not None:
        raise BadRequest(KEY_TAKEN.format(key=fields["key"]))
    record = {
        "id": tenant.new_id(), "locationId": tenant.location_id,
        "key": fields["key"], "associationType": USER_DEFINED,
        **{k: fields[k] for k in ("firstObjectKey", "firstObjectLabel", "secondObjectKey", "secondObjectLabel")},
    }
    stored = tenant.store.put(ASSOCIATIONS, record)
    tenant.emit(events.ASSOCIATION_CREATE, events.association_payload(stored))
    return stored


def list_associations(tenant: Tenant) -> list[dict[str, Any]]:
    """The standard associations first, then the location's own in the order they were made."""
    return _system(tenant.location_id) + [dict(a) for a in tenant.store.scan(ASSOCIATIONS)]


def get_association(tenant: Tenant, association_id: str) -> dict[str, Any]:
    found = next((a for a in _system(tenant.location_id) if a["id"] == association_id), None)
    return found or tenant.require(ASSOCIATIONS, association_id)


def find_by_key(tenant: Tenant, key: str) -> dict[str, Any] | None:
    found = next((a for a in _system(tenant.location_id) if a["key"] == key), None)
    return found or next(iter(tenant.store.find(ASSOCIATIONS, "key", key)), None)


def get_by_key(tenant: Tenant, key: str) -> dict[str, Any]:
    found = find_by_key(tenant, key)
    if found is None:
        raise BadRequest(ASSOCIATION_NOT_FOUND)
    return found


def by_object_key(tenant: Tenant, object_key: str) -> list[dict[str, Any]]:
    """The associations with ``object_key`` on either side."""
    return [a for a in list_associations(tenant) if object_key in (a["firstObjectKey"],
                                                                                 a["secondObjectKey"])]


def update_labels(tenant: Tenant, association_id: str, first: str, second: str) -> dict:
    association = _user_defined(tenant, association_id, "updated")
    association["firstObjectLabel"], association["secondObjectLabel"] = first, second
    stored = tenant.store.put(ASSOCIATIONS, association)
    tenant.emit(events.ASSOCIATION_UPDATE, events.association_payload(stored))
    return stored


def delete_association(tenant: Tenant, association_id: str) -> dict[str, Any]:
    """Delete a location's own association (every relation made under it goes too: a cascade of ``area.py``)."""
    association = _user_defined(tenant, association_id, "deleted")
    tenant.delete(ASSOCIATIONS, association_id)
    tenant.emit(events.ASSOCIATION_DELETE, events.association_payload(association))
    return {"deleted": True, "id": association_id, "message": DELETED}


def _user_defined(tenant: Tenant, association_id: str, action: str) -> dict[str, Any]:
    association = get_association(tenant, association_id)
    if association["associationType"] == SYSTEM_DEFINED:
        raise BadRequest(SYSTEM_IS_READ_ONLY.format(action=action))
    return association
