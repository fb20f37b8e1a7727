"""Workflows of a location. GHL's API only lists them, so they are created through the control plane
(``POST /_mock/locations/{locationId}/workflows``) or by fixtures; contacts enroll in them."""

from __future__ import annotations

from typing import Any, Literal

from mock_server.apis.common import iso_z
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

WORKFLOWS = "workflows"
# DECISION: GHL's text for an unknown workflow id is not known.
WORKFLOW_NOT_FOUND = "Workflow not found"


class AutomationSeed(BodyModel):
    """What the control plane seeds a workflow (or a campaign) from."""

    name: str
    status: Literal["draft", "published"] = "published"


def create_workflow(tenant: Tenant, *, name: str, status: str = "published") -> dict[str, Any]:
    now = iso_z(tenant.now())
    return tenant.store.put(WORKFLOWS, {
        "id": tenant.new_uuid(),  # workflow ids are UUIDs in GHL (workflows.json's example)
        "name": name, "status": status, "version": 1,
        "createdAt": now, "updatedAt": now, "locationId": tenant.location_id,
    })


def seed_workflow(tenant: Tenant, body: AutomationSeed) -> dict[str, Any]:
    return create_workflow(tenant, name=body.name, status=body.status)


def list_workflows(tenant: Tenant) -> list[dict[str, Any]]:
    return [dict(w) for w in tenant.store.scan(WORKFLOWS)]


def get_workflow(tenant: Tenant, workflow_id: str) -> dict[str, Any]:
    return tenant.require(WORKFLOWS, workflow_id)
