"""A location's e-mail schedules (campaigns): seeded through the control plane, listed by ``GET /emails/schedule``.

A schedule is answered with every field the official ``ScheduleDto`` requires (``_id`` and ``id`` the same,
``childCount`` and ``child`` the schedules a folder holds). The same records are emails-v3.json's e-mail
campaigns (``campaigns.py``): a v3 draft is listed here as ``draft``/``not-started``, and a scheduled one moves
on, with the mock clock, to ``active``/``processing`` and ``complete`` (``observe``).

DECISION (GHL does not say):
- the listing applies the defaults the official file gives (``status=active``, ``emailStatus=complete``;
  ``emailStatus=all`` any), so a seed defaults to those values and is listed by default; ``archived`` absent
  lists the unarchived; ``parentId`` the folder's schedules (all when absent); ``campaignsOnly=true`` no
  folders; ``name`` a case-insensitive part of the name; newest first; ``limit`` 10 by default;
- ``limitedFields`` and ``showStats`` change nothing: the official schema requires every field, and the mock
  keeps no send statistics;
- ``total`` is the count as the one string of an array, as the official schema types it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.emails import sending
from mock_server.apis.emails.models import EmailStatus, ScheduleOut, ScheduleStatus
from mock_server.apis.emails.tables import SCHEDULES, TEMPLATES
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

FOLDER = "folder"
DEFAULT_LIMIT = 10
NOT_A_FOLDER = "parentId {id} is not a folder"


class ScheduleSeed(BodyModel):
    name: str = Field(min_length=1, max_length=500)
    status: ScheduleStatus = "active"
    emailStatus: EmailStatus = "complete"
    campaignType: Literal["email", "folder"] = "email"
    templateId: str | None = None  # an e-mail template of the location
    parentId: str | None = None    # a folder schedule of the location
    archived: bool = False
    repeatAfter: str = ""
    sendDays: list[str] = Field(default_factory=list, max_length=7)
    hasTracking: bool = True
    hasUtmTracking: bool = False
    isPlainText: bool = False
    enableResendToUnopened: bool = False


def seed_schedule(tenant: Tenant, body: ScheduleSeed) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/email-schedules``: answered as the listing shows it."""
    return view(tenant, new_schedule(tenant, body.model_dump()))


SCHEDULE_DEFAULTS = {name: field.get_default(call_default_factory=True)
                     for name, field in ScheduleSeed.model_fields.items() if not field.is_required()}
VIEW_KEYS = frozenset(field.alias or name for name, field in ScheduleOut.model_fields.items())


def new_schedule(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """Store a schedule from ``ScheduleSeed``'s fields (and any others a v3 campaign keeps)."""
    fields = {**SCHEDULE_DEFAULTS, **fields}
    template = tenant.require(TEMPLATES, fields["templateId"]) if fields.get("templateId") else None
    if fields.get("parentId") and tenant.require(SCHEDULES, fields["parentId"])["campaignType"] != FOLDER:
        raise BadRequest(NOT_A_FOLDER.format(id=fields["parentId"]))
    now = iso_z(tenant.now())
    schedule_id = tenant.new_id()
    record = {**fields, "id": schedule_id, "_id": schedule_id, "locationId": tenant.location_id,
              "parentId": fields.get("parentId") or "", "templateId": fields.get("templateId") or "",
              "templateType": template["templateType"] if template else "", "bulkActionVersion": "v2",
              "deleted": False, "migrated": False, "documentId": "", "downloadUrl": "",
              "templateDataDownloadUrl": "", "createdAt": now, "updatedAt": now, "__v": 0,
              "position": tenant.store.count(SCHEDULES)}  # the creation order, for times equal to the millisecond
    return tenant.store.put(SCHEDULES, record)


def list_schedules(tenant: Tenant, filters: dict[str, Any], *, limit: float | None,
                   offset: float | None) -> dict[str, Any]:
    """``{schedules, total}``: the schedules the filters keep, newest first, paged."""
    found = [s for s in map(lambda s: observe(tenant, s), tenant.store.scan(SCHEDULES)) if _kept(s, filters)]
    found.sort(key=lambda s: (s["createdAt"], s["position"]), reverse=True)
    start = int(offset or 0)
    page = found[start:start + int(DEFAULT_LIMIT if limit is None else limit)]
    return {"schedules": [view(tenant, s) for s in page], "total": [str(len(found))]}


def view(tenant: Tenant, schedule: dict[str, Any]) -> dict[str, Any]:
    """The ``ScheduleDto`` fields (a v3 campaign's own fields left out), as the clock sees them."""
    children = [s["id"] for s in tenant.store.find(SCHEDULES, "parentId", schedule["id"])]
    shown = {k: v for k, v in observe(tenant, schedule).items() if k in VIEW_KEYS}
    return {**shown, "child": children, "childCount": len(children)}


def observe(tenant: Tenant, schedule: dict[str, Any]) -> dict[str, Any]:
    """The schedule at the clock's time: a scheduled send (``sending.py``) goes on to processing, then complete."""
    plan = schedule.get("sending")
    if not plan or schedule["status"] != "active":
        return schedule
    phase = sending.progress(tenant, plan)[0]
    return {**schedule, "status": "complete" if phase == sending.DONE else "active", "emailStatus": {
        sending.SCHEDULED: "scheduled", sending.PROCESSING: "processing", sending.DONE: "complete"}[phase]}


def _kept(schedule: dict[str, Any], filters: dict[str, Any]) -> bool:
    name = (filters.get("name") or "").lower()
    return (schedule["status"] == filters["status"]
            and filters["emailStatus"] in ("all", schedule["emailStatus"])
            and schedule["archived"] == bool(filters.get("archived"))
            and (not filters.get("parentId") or schedule["parentId"] == filters["parentId"])
            and not (filters.get("campaignsOnly") and schedule["campaignType"] == FOLDER)
            and (not name or name in schedule["name"].lower()))
