"""A location's e-mail campaigns through emails-v3.json: drafted, edited, scheduled, listed, deleted.

A v3 e-mail campaign is a v2 schedule (``schedules.py``, ``GET /emails/schedule``) in the v3 shape: one record,
two shapes. Evidence: v2's ``ScheduleDto`` keeps what v3's schedule body sets (``sendDays``; ``hasTracking``/
``hasUtmTracking`` from ``tracking``; ``enableResendToUnopened`` from ``resend``; ``repeatAfter`` from
``rssConfig``; ``templateId``, ``parentId`` folders, ``isPlainText``), and GHL's own docs pull request #310
(GoHighLevel/highlevel-api-docs) calls ``GET /emails/schedule`` the endpoint that reads the campaigns.

DECISION (GHL does not say):
- v3's status is read from v2's ``status``/``emailStatus``: ``draft``, ``cancelled``, ``pause`` -> ``paused``,
  ``complete`` -> ``sent``; an active schedule by its ``emailStatus`` (``error`` -> ``failed``, the sending ones
  -> ``processing``, ``complete``/``success`` -> ``sent``, the rest ``scheduled``); an archived one is
  ``archived``. A new campaign is a ``draft`` (v2: ``draft``/``not-started``); the list leaves folders out, and
  archived campaigns unless ``status=archived``; newest first;
- a campaign can be edited and scheduled while ``draft``, ``paused`` or ``cancelled`` (the file says so for
  scheduling; editing a scheduled or sent one is a 400, scheduling it again GHL's 409);
- scheduling needs ``scheduleConfig.sendAt`` (``YYYY-MM-DD hh:mm AM`` in ``timeZone``, or ISO 8601, in the
  future) for ``scheduled``, ``scheduleConfig.batch`` for ``batch``, ``rssConfig`` for ``rss``; recipients are
  the named contacts, the contacts with the named tags, or for a segment: nobody for the ``engaged_*`` ones and
  every contact for ``unengaged_last_5_campaigns`` (the mock keeps no engagement history); of those, the ones
  with an e-mail address and no DND are sent to, counted when it is scheduled (``freezeList`` changes nothing);
- an A/B test's variations get ids; the first is the winner once the campaign is sent;
- ``campaignType`` is ``bulk-email``, ``campaignCategory`` ``normal`` (``rss`` for an RSS campaign);
- ``userId`` must be one of the agency's users (the users area's 400).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from mock_server.apis.common import iso_z
from mock_server.apis.contacts import records as contacts
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.emails import bulk_actions, schedules, sending, templates
from mock_server.apis.emails.tables import CAMPAIGN_NOT_FOUND, SCHEDULES, TEMPLATES
from mock_server.apis.locations.tables import TAGS
from mock_server.apis.users.service import USERS
from mock_server.platform.errors import BadRequest, GhlError, NotFound
from mock_server.platform.tenant_context import Tenant

SOURCE = "email-campaign"
EDITABLE = ("draft", "paused", "cancelled")
NOT_EDITABLE = "Only a draft, paused or cancelled campaign can be updated"
ALREADY_SCHEDULED = "Campaign is already scheduled or being processed"  # the file's words for its 409
NEEDS_SEND_AT = "scheduleConfig.sendAt is required for a {kind} campaign"
BAD_SEND_AT = "scheduleConfig.sendAt must be a date and time such as 2026-04-01 09:00 AM"
PAST_SEND_AT = "scheduleConfig.sendAt must be in the future"
NEEDS_BATCH = "scheduleConfig.batch is required for a batch campaign"
NEEDS_RSS = "rssConfig is required for an rss campaign"
NEEDS_RECIPIENTS = "recipients.{field} should not be empty"
VARIATIONS_DIFFER = "abTestConfig.variations must have variationCount entries"
BY_STATUS = {"draft": "draft", "cancelled": "cancelled", "pause": "paused", "complete": "sent"}
BY_EMAIL_STATUS = {"error": "failed", "complete": "sent", "success": "sent", "paused": "paused",
                   "cancelled": "cancelled", **dict.fromkeys(("processing", "reading", "resumed", "queueing", "queued",
                                                               "next-drip"), "processing")}
SEND_AT_FORMATS = ("%Y-%m-%d %I:%M %p", "%Y-%m-%d %H:%M")


def create(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """``POST .../campaigns/emails``: a draft, its content ``editorContent`` or its template's."""
    tenant.require(USERS, body["userId"])
    template = tenant.require(TEMPLATES, body["templateId"]) if body.get("templateId") else None
    record = schedules.new_schedule(tenant, {
        "name": body["name"], "status": "draft", "emailStatus": "not-started", "templateId": body.get("templateId"),
        "parentId": body.get("parentFolderId"), "isPlainText": body["editorType"] == "text",
        "timeZone": body["timeZone"], "createdBy": body["userId"], "userName": body.get("userName")})
    html = body.get("editorContent")
    templates.put_content(tenant, record, html if html is not None else (template or {}).get("html") or "")
    return tenant.store.put(SCHEDULES, record)


def get(tenant: Tenant, campaign_id: str) -> dict[str, Any]:
    record = tenant.store.get(SCHEDULES, campaign_id)
    if record is None or record["campaignType"] == schedules.FOLDER:
        raise NotFound(CAMPAIGN_NOT_FOUND)
    return record


def update(tenant: Tenant, campaign_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    record = get(tenant, campaign_id)
    if state(tenant, record) not in EDITABLE:
        raise BadRequest(NOT_EDITABLE)
    if fields.get("userId") is not None:
        tenant.require(USERS, fields["userId"])
    if fields.get("name") is not None:
        record["name"] = fields["name"]
    if fields.get("editorType") is not None:
        record["isPlainText"] = fields["editorType"] == "text"
    if fields.get("editorContent") is not None:
        templates.put_content(tenant, record, fields["editorContent"])
    record["updatedAt"] = iso_z(tenant.now())
    return tenant.store.put(SCHEDULES, record)


def delete(tenant: Tenant, campaign_id: str) -> None:
    record = get(tenant, campaign_id)
    bulk_actions.cancel(tenant, record.get("sourceId"))
    tenant.delete(SCHEDULES, campaign_id)


def list_campaigns(tenant: Tenant, *, status: str | None, search: str | None, limit: int,
                   offset: int) -> dict[str, Any]:
    wanted = (search or "").lower()
    found = [r for r in tenant.store.scan(SCHEDULES)
             if r["campaignType"] != schedules.FOLDER and wanted in r["name"].lower()
             and _status_kept(state(tenant, r), status)]
    found.sort(key=lambda r: (r["createdAt"], r["position"]), reverse=True)
    return {"campaigns": [view(tenant, r) for r in found[offset:offset + limit]], "total": len(found)}


def _status_kept(current: str, wanted: str | None) -> bool:
    return current != "archived" if wanted in (None, "all") else current == wanted


# -- scheduling ---------------------------------------------------------------------------------------------
def schedule(tenant: Tenant, campaign_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """``POST .../schedule``: plan the send (``sending.py``) and start its bulk action; ``{campaignId, sourceId}``."""
    record = get(tenant, campaign_id)
    if state(tenant, record) not in EDITABLE:
        raise GhlError(ALREADY_SCHEDULED, status=409)
    tenant.require(USERS, body["userId"])
    kind, config = body["scheduleType"], body.get("scheduleConfig") or {}
    ab_test = body.get("abTestConfig")
    if ab_test and len(ab_test["variations"]) != ab_test["variationCount"]:
        raise BadRequest(VARIATIONS_DIFFER)
    if kind == "rss" and not body.get("rssConfig"):
        raise BadRequest(NEEDS_RSS)
    if kind == "batch" and not config.get("batch"):
        raise BadRequest(NEEDS_BATCH)
    send_at = _send_at(tenant, config.get("sendAt"), body["timeZone"], required=kind == "scheduled")
    count = len(_recipients(tenant, body["recipients"]))
    batch = config.get("batch") or {}
    plan = sending.plan(send_at=send_at, recipients=count, batch_size=int(batch["batchSize"]) if batch else None,
                        interval_seconds=int(batch["interval"] * sending.UNIT_SECONDS[batch["intervalUnit"]])
                        if batch else 0, waits_for_feed=kind == "rss")
    tracking, resend = config.get("tracking") or {}, config.get("resend") or {}
    record.update(status="active", emailStatus="scheduled", sending=plan, scheduleType=kind,
                  emailMeta=body["emailMeta"], timeZone=body["timeZone"], sendDays=body.get("sendDays") or [],
                  hasTracking=tracking.get("clickTracking", True), hasUtmTracking=bool(tracking.get("utmTracking")),
                  enableResendToUnopened=bool(resend.get("enabled")),
                  repeatAfter=(body.get("rssConfig") or {}).get("repeatAfter", ""),
                  variations=[tenant.new_id() for _ in (ab_test or {}).get("variations", [])],
                  updatedAt=iso_z(tenant.now()))
    record["sourceId"] = None if kind == "rss" else bulk_actions.start(tenant, record, plan, kind)["id"]
    tenant.store.put(SCHEDULES, record)
    return {"campaignId": record["id"], "sourceId": record["sourceId"]}


def _send_at(tenant: Tenant, value: str | None, zone: str, *, required: bool) -> datetime:
    if not value:
        if required:
            raise BadRequest(NEEDS_SEND_AT.format(kind="scheduled"))
        return tenant.now()
    moment = _parse(value.strip(), ZoneInfo(zone))
    if moment < tenant.now():
        raise BadRequest(PAST_SEND_AT)
    return moment


def _parse(value: str, zone: ZoneInfo) -> datetime:
    for pattern in SEND_AT_FORMATS:
        try:
            return datetime.strptime(value, pattern).replace(tzinfo=zone).astimezone(UTC)
        except ValueError:
            continue
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest(BAD_SEND_AT) from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(UTC)


def _recipients(tenant: Tenant, recipients: dict[str, Any]) -> list[str]:
    """The ids of the contacts the campaign is sent to (reachable by e-mail, not in DND)."""
    kind = recipients["type"]
    if kind == "contact":
        found = [contacts.get_contact(tenant, cid) for cid in _required(recipients, "contactIds")]
    elif kind == "tag":
        names = [tenant.require(TAGS, tag_id)["name"] for tag_id in _required(recipients, "tagIds")]
        found = [c for name in names for c in tenant.store.find(CONTACTS, "tags", name)]
    else:
        segment = _required(recipients, "segment")
        found = list(tenant.store.scan(CONTACTS)) if segment == "unengaged_last_5_campaigns" else []
    return list(dict.fromkeys(c["id"] for c in found if c.get("email") and not c.get("dnd")))


def _required(recipients: dict[str, Any], field: str) -> Any:
    if not recipients.get(field):
        raise BadRequest(NEEDS_RECIPIENTS.format(field=field))
    return recipients[field]


# -- the v3 shapes ------------------------------------------------------------------------------------------
def state(tenant: Tenant, record: dict[str, Any]) -> str:
    """The v3 status of a schedule (see the module's DECISION)."""
    seen = schedules.observe(tenant, record)
    if seen.get("archived"):
        return "archived"
    if seen["status"] in BY_STATUS:
        return BY_STATUS[seen["status"]]
    return BY_EMAIL_STATUS.get(seen["emailStatus"], "scheduled")


def view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    current = state(tenant, record)
    out = {"id": record["id"], "source": SOURCE, "sourceId": record.get("sourceId"), "name": record["name"],
           "status": current, "campaignType": "bulk-email",
           "campaignCategory": "rss" if record.get("scheduleType") == "rss" else "normal",
           "variations": [{"sourceId": v, "isWinner": n == 0 and current == "sent"}
                          for n, v in enumerate(record.get("variations") or [])],
           "deleted": False, "createdAt": record["createdAt"], "updatedAt": record["updatedAt"]}
    return {k: v for k, v in out.items() if v is not None}


def detail_view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    meta = record.get("emailMeta") or {}
    out = {**view(tenant, record), "editorType": "text" if record.get("isPlainText") else "html",
           "isPlainText": bool(record.get("isPlainText")), "editorContentUrl": templates.content_url(tenant, record),
           "fromName": meta.get("fromName"), "fromEmail": meta.get("fromEmail"), "subject": meta.get("subject"),
           "replyToAddress": meta.get("replyToAddress"), "previewText": meta.get("previewText")}
    return {k: v for k, v in out.items() if v is not None}


def counters(tenant: Tenant, record: dict[str, Any]) -> dict[str, int]:
    return sending.counters(tenant, record.get("sending"))
