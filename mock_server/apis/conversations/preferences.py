"""Communication preferences: the location's custom subscription types, and what each contact chose.

Every contact is subscribed to the default "One on One" type and to every custom type that is not archived
until a change says otherwise (``user-subscription-change``); ``resub_all`` subscribes it to everything again.
DECISION: the file declares no answers for these operations; the mock answers the records (models.py) and
refuses unknown records with 400s whose texts are its own.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.contacts import records as contacts
from mock_server.apis.conversations.tables import CUSTOM_SUBTYPES, SUBSCRIPTIONS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

SUBTYPE_NOT_FOUND = "Custom subtype with id {id} not found"
SUBTYPE_EXISTS = "A custom subtype named {name} already exists for {channel}"
EMAIL_MISMATCH = "Email {email} does not belong to contact {contact_id}"
NAME_REQUIRED = "subtype_name is required for the default subscription type"
ID_REQUIRED = "subtype_id is required for a custom subscription type"
ONE_ON_ONE = "One on One"


# -- custom subtypes ------------------------------------------------------------------------------------
def list_subtypes(tenant: Tenant) -> list[dict[str, Any]]:
    return sorted(tenant.store.scan(CUSTOM_SUBTYPES), key=lambda r: r["createdAt"])


def create_subtype(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """A new subscription type of ``channel`` (email, sms); names are unique per channel (case-insensitive)."""
    _check_unique(tenant, fields["name"], fields["channel"])
    now = iso_z(tenant.now())
    return tenant.store.put(CUSTOM_SUBTYPES, {
        "id": tenant.new_id(), "locationId": tenant.location_id, "name": fields["name"],
        "description": fields.get("description"), "channel": fields["channel"], "language": fields["language"],
        "archived": False, "createdAt": now, "updatedAt": now})


def update_subtype(tenant: Tenant, subtype_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    record = tenant.require(CUSTOM_SUBTYPES, subtype_id)
    if changes.get("name") and changes["name"].lower() != record["name"].lower():
        _check_unique(tenant, changes["name"], record["channel"])
    for key in ("name", "description", "archived", "resubscription_legal_form_id"):
        if changes.get(key) is not None:
            record[key] = changes[key]
    record["updatedAt"] = iso_z(tenant.now())
    return tenant.store.put(CUSTOM_SUBTYPES, record)


def _check_unique(tenant: Tenant, name: str, channel: str) -> None:
    if any(r["name"].lower() == name.lower() and r["channel"] == channel for r in tenant.store.scan(CUSTOM_SUBTYPES)):
        raise BadRequest(SUBTYPE_EXISTS.format(name=name, channel=channel))


# -- a contact's subscriptions --------------------------------------------------------------------------
def status(tenant: Tenant, contact_id: str, email: str | None = None) -> dict[str, Any]:
    """The contact's subscription to One on One and to each custom type that is not archived."""
    contact = contacts.get_contact(tenant, contact_id)
    choices = (_record(tenant, contact["id"]) or {}).get("choices", {})
    rows = [{"type": "default", "subtype_name": ONE_ON_ONE, "status": choices.get(ONE_ON_ONE, "subscribed")}]
    rows += [{"type": "custom", "subtype_id": s["id"], "subtype_name": s["name"],
              "status": choices.get(s["id"], "subscribed")} for s in list_subtypes(tenant) if not s["archived"]]
    return {"contactId": contact["id"], "email": email or contact.get("email"), "subscriptions": rows}


def change(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """Apply a contact's subscription change (the preference centre's action)."""
    contact = contacts.get_contact(tenant, body["contactId"])
    if contact.get("email") and contact["email"].lower() != body["email"].lower():
        raise BadRequest(EMAIL_MISMATCH.format(email=body["email"], contact_id=contact["id"]))
    action = body["subscription_action"]
    record = _record(tenant, contact["id"]) or {"id": tenant.new_id(), "contactId": contact["id"], "choices": {}}
    if action["type"] == "resub_all":
        record["choices"] = {}
    elif action["type"] == "default":
        if not action.get("subtype_name"):
            raise BadRequest(NAME_REQUIRED)
        record["choices"][ONE_ON_ONE] = action["subtype_status"]
    else:
        if not action.get("subtype_id"):
            raise BadRequest(ID_REQUIRED)
        subtype = tenant.store.get(CUSTOM_SUBTYPES, action["subtype_id"])
        if subtype is None:
            raise BadRequest(SUBTYPE_NOT_FOUND.format(id=action["subtype_id"]))
        record["choices"][subtype["id"]] = action["subtype_status"]
    record.update(updatedAt=iso_z(tenant.now()), legal_reason=body.get("legal_reason"),
                  legal_description=body.get("legal_description"))
    tenant.store.put(SUBSCRIPTIONS, record)
    return {"success": True, **status(tenant, contact["id"], body["email"])}


def _record(tenant: Tenant, contact_id: str) -> dict[str, Any] | None:
    return next(iter(tenant.store.find(SUBSCRIPTIONS, "contactId", contact_id)), None)
