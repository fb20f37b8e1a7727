"""A location's bulk-action e-mail sends: one per scheduled e-mail campaign (its ``sourceId``), and those GHL's
UI makes (a bulk "send e-mail" on a contact list), which the control plane seeds.

DECISION (GHL does not say):
- a campaign's bulk action has ``source`` ``email-marketing`` and the campaign's id as ``sourceId``; its
  ``scheduleType`` is ``NOW`` (immediate, smart send), ``SCHEDULED`` (scheduled, rss) or ``DRIP`` (batch);
  its status follows the send's plan (``sending.py``): ``scheduled``, ``processing``, ``complete``;
- deleting the campaign cancels its bulk action unless it is complete (the record stays, as a send history);
- the listing: ``search`` a case-insensitive part of the name, ``dateFrom``/``dateTo`` bound ``createdAt``,
  newest first.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.emails import sending, templates
from mock_server.apis.emails.tables import BULK_ACTIONS, CAMPAIGN_NOT_FOUND, TEMPLATES
from mock_server.platform.errors import NotFound
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

SOURCE = "email-marketing"
SCHEDULE_TYPES = {"immediate": "NOW", "smart_send": "NOW", "scheduled": "SCHEDULED", "rss": "SCHEDULED",
                  "batch": "DRIP"}
PHASES = {sending.SCHEDULED: "scheduled", sending.PROCESSING: "processing", sending.DONE: "complete"}
Counter = Field(0, ge=0, le=10_000_000)


class BulkStats(BodyModel):
    sent: int = Counter
    accepted: int = Counter
    delivered: int = Counter
    opened: int = Counter
    clicked: int = Counter
    unsubscribed: int = Counter
    complained: int = Counter
    permanentFail: int = Counter
    temporaryFail: int = Counter
    rejected: int = Counter
    failed: int = Counter
    replied: int = Counter


class BulkActionSeed(BodyModel):
    name: str = Field(min_length=1, max_length=500)
    status: Literal["processing", "scheduled", "paused", "complete", "cancelled"] = "complete"
    scheduleType: Literal["NOW", "SCHEDULED", "DRIP"] = "NOW"
    subject: str = ""
    fromName: str = ""
    fromEmail: str = ""
    templateId: str | None = None  # an e-mail template of the location
    stats: BulkStats = Field(default_factory=BulkStats)


def seed(tenant: Tenant, body: BulkActionSeed) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/email-bulk-actions``: answered as ``GET .../bulk-actions/{id}``."""
    if body.templateId:
        tenant.require(TEMPLATES, body.templateId)
    now = iso_z(tenant.now())
    record = {**body.model_dump(), "id": tenant.new_id(), "source": SOURCE, "sourceId": "", "createdAt": now,
              "updatedAt": now, "completedAt": now if body.status == "complete" else None,
              "position": tenant.store.count(BULK_ACTIONS)}
    return detail_view(tenant, tenant.store.put(BULK_ACTIONS, record))


def start(tenant: Tenant, campaign: dict[str, Any], plan: dict[str, Any], schedule_type: str) -> dict[str, Any]:
    """The bulk action sending ``campaign`` (its ``emailMeta`` and content) on ``plan``."""
    now = iso_z(tenant.now())
    meta = campaign.get("emailMeta") or {}
    record = {"id": tenant.new_id(), "name": campaign["name"], "source": SOURCE, "sourceId": campaign["id"],
              "scheduleType": SCHEDULE_TYPES[schedule_type], "sending": plan, "subject": meta.get("subject", ""),
              "fromName": meta.get("fromName", ""), "fromEmail": meta.get("fromEmail", ""),
              "replyToAddress": meta.get("replyToAddress"), "previewText": meta.get("previewText"),
              "templateId": campaign.get("templateId") or None, "isPlainText": bool(campaign.get("isPlainText")),
              "contentPath": campaign.get("contentPath"), "createdAt": now, "updatedAt": now,
              "position": tenant.store.count(BULK_ACTIONS)}
    return tenant.store.put(BULK_ACTIONS, record)


def get(tenant: Tenant, bulk_id: str) -> dict[str, Any]:
    record = tenant.store.get(BULK_ACTIONS, bulk_id)
    if record is None:
        raise NotFound(CAMPAIGN_NOT_FOUND)
    return record


def cancel(tenant: Tenant, bulk_id: str | None) -> None:
    """The campaign's send stops (deleted campaign): cancelled, unless it completed already."""
    record = tenant.store.get(BULK_ACTIONS, bulk_id) if bulk_id else None
    if record is not None and status(tenant, record)[0] != "complete":
        record.update(status="cancelled", sending=None, updatedAt=iso_z(tenant.now()))
        tenant.store.put(BULK_ACTIONS, record)


def status(tenant: Tenant, record: dict[str, Any]) -> tuple[str, str | None]:
    """``(status, completedAt)``: a planned send's from the clock, a seeded one's as seeded."""
    if not record.get("sending"):
        return record["status"], record.get("completedAt")
    phase, _, completed = sending.progress(tenant, record["sending"])
    return PHASES[phase], completed


def counters(tenant: Tenant, record: dict[str, Any]) -> dict[str, int]:
    return sending.counters(tenant, record["sending"]) if record.get("sending") else dict(record["stats"])


def list_actions(tenant: Tenant, *, search: str, date_from: str | None, date_to: str | None, state: str | None,
                 limit: int, offset: int) -> dict[str, Any]:
    wanted = search.lower()
    found = [r for r in tenant.store.scan(BULK_ACTIONS)
             if wanted in r["name"].lower() and (not date_from or r["createdAt"] >= date_from)
             and (not date_to or r["createdAt"] <= date_to) and (not state or status(tenant, r)[0] == state)]
    found.sort(key=lambda r: (r["createdAt"], r["position"]), reverse=True)
    return {"campaigns": [view(tenant, r) for r in found[offset:offset + limit]], "total": len(found)}


def view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    state, completed = status(tenant, record)
    sender = f"{record['fromName']} <{record['fromEmail']}>" if record["fromName"] else record["fromEmail"]
    meta = {"subject": record["subject"], "from": sender, "name": record["fromName"],
            "templateId": record.get("templateId")}
    out = {"id": record["id"], "source": record["source"], "sourceId": record["sourceId"], "name": record["name"],
           "status": state, "scheduleType": record["scheduleType"], "deleted": False,
           "createdAt": record["createdAt"], "updatedAt": record["updatedAt"], "completedAt": completed,
           "emailMetadata": {k: v for k, v in meta.items() if v is not None}}
    return {k: v for k, v in out.items() if v is not None}


def detail_view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in view(tenant, record).items() if k != "emailMetadata"}
    out.update(fromName=record["fromName"], fromEmail=record["fromEmail"], subject=record["subject"],
               replyToAddress=record.get("replyToAddress"), previewText=record.get("previewText"),
               editorType="text" if record.get("isPlainText") else "html",
               isPlainText=bool(record.get("isPlainText")), editorContentUrl=templates.content_url(tenant, record))
    return {k: v for k, v in out.items() if v is not None}
