"""The Opportunities area's webhooks, paired as GHL sends them live (GHL issue #27, ``design/webhooks.md``):

- creating one (the API, an upsert that matches none) sends OpportunityCreate and OpportunityUpdate;
- updating one (PUT, the status endpoint, an upsert that matches one) sends OpportunityUpdate, plus
  OpportunityStageUpdate / OpportunityStatusUpdate / OpportunityMonetaryValueUpdate /
  OpportunityAssignedToUpdate for each of those fields that changed;
- deleting one sends OpportunityDelete and OpportunityUpdate (the opportunity as it was).

DECISION: followers added or removed, and the opportunities a contact's deletion takes with it, send nothing
(the event map lists nothing for them). The payload's ``dateAdded`` is the record's ``createdAt``.
"""

from __future__ import annotations

from typing import Any

from mock_server.platform.tenant_context import Tenant
from mock_server.webhooks import Cause, EventType

ALWAYS = ("id", "pipelineId", "pipelineStageId", "status")
# Upserting with a name no opportunity of the run's contact has: a new opportunity.
_NEW_BY_UPSERT = Cause("Upsert-opportunity", body={"name": "Upserted opportunity"})

OPPORTUNITY_CREATE = EventType("OpportunityCreate", caused_by=("create-opportunity", _NEW_BY_UPSERT), always=ALWAYS)
OPPORTUNITY_UPDATE = EventType("OpportunityUpdate", caused_by=(
    "create-opportunity", _NEW_BY_UPSERT, "update-opportunity", "update-opportunity-status", "delete-opportunity"),
    always=ALWAYS)
OPPORTUNITY_STAGE_UPDATE = EventType("OpportunityStageUpdate", caused_by=(
    Cause("update-opportunity", body={"pipelineStageId": "$pipelineSecondStageId"}),), always=ALWAYS)
OPPORTUNITY_STATUS_UPDATE = EventType("OpportunityStatusUpdate", caused_by=(
    Cause("update-opportunity", body={"status": "won"}), Cause("update-opportunity-status", body={"status": "won"})),
    always=ALWAYS)
OPPORTUNITY_MONETARY_VALUE_UPDATE = EventType("OpportunityMonetaryValueUpdate", caused_by=(
    Cause("update-opportunity", body={"monetaryValue": 1234}),), always=(*ALWAYS, "monetaryValue"))
OPPORTUNITY_ASSIGNED_TO_UPDATE = EventType("OpportunityAssignedToUpdate", caused_by=(
    Cause("update-opportunity", body={"assignedTo": "$userId"}),), always=(*ALWAYS, "assignedTo"))
OPPORTUNITY_DELETE = EventType("OpportunityDelete", caused_by=("delete-opportunity",), always=ALWAYS)

EVENTS = (OPPORTUNITY_CREATE, OPPORTUNITY_UPDATE, OPPORTUNITY_STAGE_UPDATE, OPPORTUNITY_STATUS_UPDATE,
          OPPORTUNITY_MONETARY_VALUE_UPDATE, OPPORTUNITY_ASSIGNED_TO_UPDATE, OPPORTUNITY_DELETE)

# Each field whose change sends its own event besides OpportunityUpdate.
_FIELD_EVENTS = (("pipelineStageId", OPPORTUNITY_STAGE_UPDATE), ("status", OPPORTUNITY_STATUS_UPDATE),
                 ("monetaryValue", OPPORTUNITY_MONETARY_VALUE_UPDATE), ("assignedTo", OPPORTUNITY_ASSIGNED_TO_UPDATE))
_FIELDS = ("id", "assignedTo", "contactId", "monetaryValue", "name", "pipelineId", "pipelineStageId", "source",
           "status")


def payload(record: dict[str, Any]) -> dict[str, Any]:
    """An opportunity as its events carry it (the fields its docs show, unset ones left out)."""
    found = {name: record[name] for name in _FIELDS if record.get(name) is not None}
    if record.get("createdAt"):
        found["dateAdded"] = record["createdAt"]
    return found


def announce_create(tenant: Tenant, record: dict[str, Any]) -> None:
    tenant.emit(OPPORTUNITY_CREATE, payload(record))
    tenant.emit(OPPORTUNITY_UPDATE, payload(record))


def announce_update(tenant: Tenant, before: dict[str, Any], after: dict[str, Any]) -> None:
    body = payload(after)
    tenant.emit(OPPORTUNITY_UPDATE, body)
    for field, event in _FIELD_EVENTS:
        if before.get(field) != after.get(field):
            tenant.emit(event, body)


def announce_delete(tenant: Tenant, record: dict[str, Any]) -> None:
    tenant.emit(OPPORTUNITY_DELETE, payload(record))
    tenant.emit(OPPORTUNITY_UPDATE, payload(record))
