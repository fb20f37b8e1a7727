"""The custom audiences of the location's Facebook ad account, and their members (the location's contacts).

GHL's API lists, reads, renames, deletes and fills audiences but cannot create one (Meta's or GHL's UI does):
the control plane seeds them. DECISION: an audience's size is its members, counted exactly (Facebook floors
small audiences to placeholders, which would hide what the member operations did); a batch update from a CSV or
smart lists is queued in GHL and the mock runs no queue, so it is recorded as the audience's ``extras`` (GHL's
description of the audience's local source, which the read by id answers) and changes no members.
"""

from __future__ import annotations

import hashlib
from typing import Any

from mock_server.apis.ad_facebook import facebook
from mock_server.apis.ad_facebook_campaigns.ad_account import campaign_ad_account
from mock_server.apis.ad_facebook_campaigns.tables import AUDIENCES
from mock_server.apis.formats import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

CONTACTS = "contacts"  # the contacts area's table: a member must be one of the location's contacts
# From GHL's docs: the single-member and rename answers.
UPDATED = {"status": 200, "msg": "Successfully updated audience"}
# DECISION: GHL's text when a batch names no source is not known.
NO_SOURCE = "Either csvPath or smartlistIds is required"
READY = {"code": 200, "description": "This audience is ready for use."}
LIST_FIELDS = ("id", "name", "description", "subtype", "approximateCountLowerBound", "approximateCountUpperBound",
               "deliveryStatus", "operationStatus", "dataSource", "timeCreated", "timeUpdated")
DATA_SOURCE = {"LOOKALIKE": ("LOOKALIKE", "LOOKALIKE"), "WEBSITE": ("EVENT_BASED", "WEB_PIXEL_HITS"),
               "ENGAGEMENT": ("EVENT_BASED", "ENGAGEMENT_EVENTS"), "LEAD": ("EVENT_BASED", "LEAD_GEN_EVENTS"),
               "CUSTOM": ("FILE_IMPORTED", "HASHES")}


def seed_audience(tenant: Tenant, body: Any) -> dict[str, Any]:
    """Control plane: an audience as Meta holds it in one of the location's Facebook ad accounts (its
    integration's unless ``adAccountId`` names another)."""
    ad_account = facebook.ad_account(tenant, body.adAccountId)["fbId"] if body.adAccountId \
        else campaign_ad_account(tenant)
    now = int(tenant.now().timestamp())
    kind, sub = DATA_SOURCE[body.subtype]
    audience = {"id": _meta_id(tenant.new_id()), "name": body.name, "description": body.description,
                "subtype": body.subtype, "deliveryStatus": READY, "operationStatus": READY,
                "dataSource": {"type": kind, "subType": sub, "creationParams": "[]"}, "timeCreated": now,
                "timeUpdated": now, "adAccountId": ad_account,
                "source": body.source, "memberIds": [], "extras": None}
    if body.subtype == "CUSTOM":
        audience.update(customerFileSource="USER_PROVIDED_ONLY", retentionDays=0)
    if body.subtype == "WEBSITE":
        audience.update(rule={}, pixelId=body.pixelId, retentionDays=30)
    if body.subtype == "LOOKALIKE":
        audience["lookalikeSpec"] = {}
    return detail(tenant.store.put(AUDIENCES, audience))


def _meta_id(local_id: str) -> str:
    # Meta's audience ids are numeric (``1202...``); the store keys them like any other record.
    return f"1202{int(hashlib.sha256(local_id.encode()).hexdigest(), 16) % 10 ** 14:014d}"


def detail(audience: dict[str, Any]) -> dict[str, Any]:
    """The audience as the read by id answers it: the listing's fields and those of its subtype."""
    hidden = ("adAccountId", "source", "memberIds", "extras")
    size = len(audience["memberIds"])
    shown = {key: value for key, value in audience.items() if key not in hidden}
    shown.update(approximateCountLowerBound=size, approximateCountUpperBound=size)
    if audience["extras"]:
        shown["extras"] = audience["extras"]
    return shown


def list_audiences(tenant: Tenant, *, kind: str, source: str | None, ad_account: str) -> list[dict[str, Any]]:
    """The ad account's audiences of ``kind`` (``lookalike``, ``custom``: every other subtype, or ``all``)."""
    found = []
    for audience in tenant.store.find(AUDIENCES, "adAccountId", ad_account):
        lookalike = audience["subtype"] == "LOOKALIKE"
        if (kind == "lookalike" and not lookalike) or (kind == "custom" and lookalike):
            continue
        if source and audience["source"] != source:
            continue
        shown = detail(audience)
        found.append({key: shown[key] for key in LIST_FIELDS})
    return found


def get_audience(tenant: Tenant, audience_id: str) -> dict[str, Any]:
    return detail(tenant.require(AUDIENCES, audience_id))


def rename(tenant: Tenant, audience_id: str, name: str, description: str | None) -> dict[str, Any]:
    audience = tenant.require(AUDIENCES, audience_id)
    audience["name"] = name
    if description is not None:
        audience["description"] = description
    _touch(tenant, audience)
    return UPDATED


def delete(tenant: Tenant, audience_id: str) -> dict[str, Any]:
    tenant.require(AUDIENCES, audience_id)
    tenant.delete(AUDIENCES, audience_id)
    return {"success": True}


def add_member(tenant: Tenant, audience_id: str, contact_id: str) -> dict[str, Any]:
    audience = tenant.require(AUDIENCES, audience_id)
    tenant.require(CONTACTS, contact_id)
    if contact_id not in audience["memberIds"]:
        audience["memberIds"] = [*audience["memberIds"], contact_id]
    _touch(tenant, audience)
    return UPDATED


def remove_member(tenant: Tenant, audience_id: str, contact_id: str) -> dict[str, Any]:
    """DECISION: removing a contact the audience does not hold succeeds (Meta's removal is idempotent)."""
    audience = tenant.require(AUDIENCES, audience_id)
    audience["memberIds"] = [member for member in audience["memberIds"] if member != contact_id]
    _touch(tenant, audience)
    return UPDATED


def forget_contacts(tenant: Tenant, contact_ids: list[str]) -> None:
    """A deleted contact leaves the audiences holding it (its hashed identifiers are withdrawn from Meta)."""
    gone = set(contact_ids)
    for audience_id in sorted({a for c in gone for a in tenant.store.ids_where(AUDIENCES, "memberIds", c)}):
        audience = tenant.store.get(AUDIENCES, audience_id)
        tenant.store.put(AUDIENCES, {**audience, "memberIds": [m for m in audience["memberIds"] if m not in gone]})


def batch(tenant: Tenant, audience_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    audience = tenant.require(AUDIENCES, audience_id)
    csv_path, smartlists = fields.get("csvPath"), fields.get("smartlistIds") or []
    if not csv_path and not smartlists:
        raise BadRequest(NO_SOURCE)
    now = iso_z(tenant.now())
    previous = audience["extras"] or {"_id": tenant.new_id(), "createdAt": now}
    audience["extras"] = {
        "_id": previous["_id"], "locationId": tenant.location_id, "audienceId": audience["id"],
        "type": "SMARTLIST" if smartlists else "CSV", "operationType": fields["operationType"],
        "dynamic": fields.get("dynamicAudience") == "true", "sourceName": csv_path,
        "smartLists": [{"id": smartlist_id} for smartlist_id in smartlists], "createdAt": previous["createdAt"],
        "updatedAt": now, "__v": 0}
    _touch(tenant, audience)
    return {"success": True}


def _touch(tenant: Tenant, audience: dict[str, Any]) -> None:
    audience["timeUpdated"] = int(tenant.now().timestamp())
    tenant.store.put(AUDIENCES, audience)
