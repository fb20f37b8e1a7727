"""The opportunity record: create, read, update, status, delete, followers, and how GHL shows it.

An opportunity names a pipeline of its location, a stage of THAT pipeline, a contact of its location
and optionally an assigned user of its location; any other id is refused with GHL's 400 and nothing is
written. Followers added must be users of the location too (``users.location_users``); removing checks
nothing (see ``contacts.followers``). ``lastStatusChangeAt`` / ``lastStageChangeAt`` come from the mock
clock when the status / stage changes. Deleting the contact deletes its opportunities (a cascade this
area declares in ``area.py``).
"""

from __future__ import annotations

import copy
from typing import Any

from mock_server.apis.common import follow, iso_z, unfollow
from mock_server.apis.contacts import custom_values
from mock_server.apis.contacts import records as contacts
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.locations.service import get_location
from mock_server.apis.opportunities import events, pipelines
from mock_server.apis.opportunities.tables import OPPORTUNITIES
from mock_server.apis.users import location_users
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text for an unknown opportunity id is not known; it follows the contacts' wording.
OPPORTUNITY_NOT_FOUND = "Opportunity with id {id} not found"
# DECISION: the file's status enum includes "all" (a search filter); a write with it is refused in
# class-validator's words for the four statuses a record can have.
STATUSES = ("open", "won", "lost", "abandoned")
BAD_STATUS = "status must be one of the following values: " + ", ".join(STATUSES)
DEFAULT_SOURCE = "api"  # DECISION: GHL's value for API-created opportunities is not documented
# DECISION: the text public integrations quote for a second opportunity of a contact in one pipeline
# when the location forbids duplicates (``settings.allowDuplicateOpportunity``, false by default as in GHL).
DUPLICATE_OPPORTUNITY = "Can not create duplicate opportunity for the contact."
CUSTOM_FIELD_MODEL = "opportunity"


def create_opportunity(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    now = iso_z(tenant.now())
    record: dict[str, Any] = {"id": tenant.new_id(), "locationId": tenant.location_id, "source": DEFAULT_SOURCE,
                              "followers": [], "customFields": [], "createdAt": now}
    _apply(tenant, record, {"pipelineStageId": None, **fields}, now)
    stored = tenant.store.put(OPPORTUNITIES, record)
    events.announce_create(tenant, stored)
    return stored


def get_opportunity(tenant: Tenant, opportunity_id: str) -> dict[str, Any]:
    return tenant.require(OPPORTUNITIES, opportunity_id)


def update_opportunity(tenant: Tenant, opportunity_id: str, changes: dict[str, Any]) -> dict:
    """Change the fields given. Moving to another pipeline without naming a stage lands on its first stage."""
    record = get_opportunity(tenant, opportunity_id)
    before = copy.deepcopy(record)
    if changes.get("pipelineId") not in (None, record["pipelineId"]) and "pipelineStageId" not in changes:
        changes = {**changes, "pipelineStageId": None}
    _apply(tenant, record, changes, iso_z(tenant.now()))
    stored = tenant.store.put(OPPORTUNITIES, record)
    events.announce_update(tenant, before, stored)
    return stored


def delete_opportunity(tenant: Tenant, opportunity_id: str) -> None:
    record = get_opportunity(tenant, opportunity_id)
    tenant.delete(OPPORTUNITIES, opportunity_id)
    events.announce_delete(tenant, record)


def forget_custom_fields(tenant: Tenant, field_ids: list[str]) -> None:
    """Cascade of deleted custom-field definitions: their values leave every opportunity."""
    gone = set(field_ids)
    for record in tenant.store.scan(OPPORTUNITIES):
        changed = custom_values.without_values(record, gone)
        if changed is not None:
            tenant.store.put(OPPORTUNITIES, changed)


def add_followers(tenant: Tenant, opportunity_id: str, followers: list[str]) -> dict[str, list]:
    record = get_opportunity(tenant, opportunity_id)
    location_users.ensure_location_users(tenant, followers)
    record["followers"], added = follow(record.get("followers", []), followers)
    _save(tenant, record)
    return {"followers": record["followers"], "followersAdded": added}


def remove_followers(tenant: Tenant, opportunity_id: str, followers: list[str], *,
                     remove_all: bool = False) -> dict[str, list]:
    record = get_opportunity(tenant, opportunity_id)
    current = record.get("followers", [])
    record["followers"], removed = unfollow(current, current if remove_all else followers)
    _save(tenant, record)
    return {"followers": record["followers"], "followersRemoved": removed}


def view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    """The opportunity as GHL answers it, with a summary of its contact as the contact is now."""
    out = {k: v for k, v in record.items() if v is not None and k != "customFields"}
    out["customFields"] = [{"id": v["id"], "fieldValue": v["value"]} for v in record.get("customFields", ())]
    contact = tenant.store.get(CONTACTS, record["contactId"])
    if contact is not None:
        summary = {"id": contact["id"], "name": contact_name(contact), "companyName": contact.get("companyName"),
                   "email": contact.get("email"), "phone": contact.get("phone"), "tags": contact.get("tags", [])}
        out["contact"] = {k: v for k, v in summary.items() if v is not None}
    return out


def contact_name(contact: dict[str, Any]) -> str | None:
    return " ".join(p for p in (contact.get("firstName"), contact.get("lastName")) if p) or contact.get("name")


def _save(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    record["updatedAt"] = iso_z(tenant.now())
    return tenant.store.put(OPPORTUNITIES, record)


def _apply(tenant: Tenant, record: dict[str, Any], changes: dict[str, Any], now: str) -> None:
    """Check every reference in ``changes`` against the location, then write them into ``record``."""
    changes = {k: v for k, v in changes.items() if k != "locationId"}
    if "status" in changes and changes["status"] is not None and changes["status"] not in STATUSES:
        raise Unprocessable([BAD_STATUS])
    pipeline_id = changes["pipelineId"] if changes.get("pipelineId") is not None else record.get("pipelineId")
    pipeline = pipelines.get_pipeline(tenant, pipeline_id or "")
    if "pipelineStageId" in changes:
        stage_id = pipelines.stage_of(pipeline, changes["pipelineStageId"])["id"]
        if stage_id != record.get("pipelineStageId"):
            record["pipelineStageId"], record["lastStageChangeAt"] = stage_id, now
    record["pipelineId"] = pipeline["id"]
    if changes.get("contactId") is not None:
        record["contactId"] = contacts.get_contact(tenant, changes["contactId"])["id"]
    location_users.ensure_optional_user(tenant, changes.get("assignedTo"))
    if changes.get("lostReasonId"):
        pipelines.get_lost_reason(tenant, changes["lostReasonId"])
    if changes.get("status") is not None:
        set_status(record, changes["status"], changes.get("lostReasonId"), now)
    if changes.get("customFields") is not None:
        resolved = custom_values.resolve(tenant, changes["customFields"], CUSTOM_FIELD_MODEL)
        record["customFields"] = custom_values.merge(record.get("customFields", []), resolved)
    for key in ("name", "monetaryValue", "assignedTo"):
        if key in changes:
            record[key] = changes[key]
    _refuse_duplicate(tenant, record)
    record["updatedAt"] = now


def _refuse_duplicate(tenant: Tenant, record: dict[str, Any]) -> None:
    """One opportunity per contact and pipeline, unless the location allows duplicate opportunities."""
    if (get_location(tenant).get("settings") or {}).get("allowDuplicateOpportunity"):
        return
    for other in tenant.store.find(OPPORTUNITIES, "contactId", record.get("contactId")):
        if other["id"] != record.get("id") and other["pipelineId"] == record["pipelineId"]:
            raise BadRequest(DUPLICATE_OPPORTUNITY)


def set_status(record: dict[str, Any], status: str, lost_reason_id: str | None, now: str) -> None:
    """DECISION: a lost reason is kept only while the opportunity is lost; another status forgets it."""
    if status not in STATUSES:
        raise Unprocessable([BAD_STATUS])
    if status != record.get("status"):
        record["status"], record["lastStatusChangeAt"] = status, now
    if status == "lost" and lost_reason_id:
        record["lostReasonId"] = lost_reason_id
    elif status != "lost":
        record.pop("lostReasonId", None)


def update_status(tenant: Tenant, opportunity_id: str, status: str,
                  lost_reason_id: str | None) -> dict[str, Any]:
    record = get_opportunity(tenant, opportunity_id)
    before = copy.deepcopy(record)
    if lost_reason_id:
        pipelines.get_lost_reason(tenant, lost_reason_id)
    set_status(record, status, lost_reason_id, iso_z(tenant.now()))
    stored = _save(tenant, record)
    events.announce_update(tenant, before, stored)
    return stored
