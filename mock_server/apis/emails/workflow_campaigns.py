"""A location's workflow e-mail campaigns: a workflow's "send e-mail" steps, as emails-v3.json lists them.

GHL makes one when a workflow gets e-mail steps in its builder (UI only), so the control plane seeds them:
``POST /_mock/locations/{locationId}/email-workflow-campaigns`` names a workflow of the location (the
workflows area's) and its steps, each with the delivery counters it has reached.

DECISION (GHL does not say): the campaign's ``name`` and ``status`` are its workflow's (read when answered);
``sourceId`` is the workflow's id, ``source`` ``workflow``; each step (a ``subSource``) gets an id of its own;
the listing: ``search`` a case-insensitive part of the name, ``status`` the workflow's, newest first.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.emails import templates
from mock_server.apis.emails.bulk_actions import BulkStats
from mock_server.apis.emails.tables import CAMPAIGN_NOT_FOUND, WORKFLOW_CAMPAIGNS
from mock_server.apis.workflows.service import WORKFLOWS
from mock_server.platform.errors import NotFound
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

SOURCE = "workflow"
# DECISION: the text for a step the workflow campaign does not have (the stats' subSourceId).
STEP_NOT_FOUND = "Workflow step {id} not found"


class StepSeed(BodyModel):
    name: str = Field("Send email", min_length=1, max_length=500)
    subject: str = ""
    fromName: str = ""
    fromEmail: str = ""
    previewText: str = ""
    html: str = ""
    isPlainText: bool = False
    stats: BulkStats = Field(default_factory=BulkStats)


class WorkflowCampaignSeed(BodyModel):
    workflowId: str  # a workflow of the location
    steps: list[StepSeed] = Field(default_factory=lambda: [StepSeed()], min_length=1, max_length=50)


def seed(tenant: Tenant, body: WorkflowCampaignSeed) -> dict[str, Any]:
    """Answered as ``GET .../campaigns/workflows/{id}``."""
    tenant.require(WORKFLOWS, body.workflowId)
    now = iso_z(tenant.now())
    record: dict[str, Any] = {"id": tenant.new_id(), "workflowId": body.workflowId, "createdAt": now,
                              "updatedAt": now, "position": tenant.store.count(WORKFLOW_CAMPAIGNS), "steps": []}
    for step in body.steps:
        stored = {**step.model_dump(exclude={"html"}), "id": tenant.new_uuid(), "createdAt": now, "updatedAt": now}
        content: dict[str, Any] = {"id": record["id"]}  # the step's content file belongs to the campaign
        templates.put_content(tenant, content, step.html)
        stored["contentPath"] = content["contentPath"]
        record["steps"].append(stored)
    return detail_view(tenant, tenant.store.put(WORKFLOW_CAMPAIGNS, record))


def get(tenant: Tenant, campaign_id: str) -> dict[str, Any]:
    record = tenant.store.get(WORKFLOW_CAMPAIGNS, campaign_id)
    if record is None:
        raise NotFound(CAMPAIGN_NOT_FOUND)
    return record


def step(record: dict[str, Any], step_id: str) -> dict[str, Any]:
    found = next((s for s in record["steps"] if s["id"] == step_id), None)
    if found is None:
        raise NotFound(STEP_NOT_FOUND.format(id=step_id))
    return found


def counters(record: dict[str, Any], step_id: str | None) -> dict[str, int]:
    """One step's counters, or every step's added up."""
    steps = [step(record, step_id)] if step_id else record["steps"]
    return {k: sum(s["stats"][k] for s in steps) for k in steps[0]["stats"]}


def list_campaigns(tenant: Tenant, *, search: str, status: str | None, limit: int, offset: int) -> dict[str, Any]:
    wanted = search.lower()
    shown = [view(tenant, r) for r in sorted(tenant.store.scan(WORKFLOW_CAMPAIGNS),
                                             key=lambda r: (r["createdAt"], r["position"]), reverse=True)]
    found = [c for c in shown if wanted in c["name"].lower() and (not status or c["status"] == status)]
    return {"campaigns": found[offset:offset + limit], "total": len(found)}


def view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    workflow = tenant.store.get(WORKFLOWS, record["workflowId"]) or {}
    return {"id": record["id"], "name": workflow.get("name", ""), "status": workflow.get("status", "draft"),
            "source": SOURCE, "sourceId": record["workflowId"], "deleted": False, "createdAt": record["createdAt"],
            "updatedAt": record["updatedAt"]}


def detail_view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    steps = [{"id": s["id"], "name": s["name"], "subject": s["subject"], "fromName": s["fromName"],
              "fromEmail": s["fromEmail"], "previewText": s["previewText"],
              "editorType": "text" if s["isPlainText"] else "html", "isPlainText": s["isPlainText"],
              "editorContentUrl": templates.content_url(tenant, s), "createdAt": s["createdAt"],
              "updatedAt": s["updatedAt"]} for s in record["steps"]]
    return {**view(tenant, record), "subSources": steps}
