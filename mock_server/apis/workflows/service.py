"""Workflows of a location. GHL's API only lists them, so they are created through the control plane
(``POST /_mock/locations/{locationId}/workflows``) or by fixtures; contacts enroll in them."""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.world import World

WORKFLOWS = "workflows"
# DECISION: GHL's text for an unknown workflow id is not known.
WORKFLOW_NOT_FOUND = "Workflow not found"


def create_workflow(world: World, location_id: str, *, name: str, status: str = "published") -> dict[str, Any]:
    company_id = world.tenants.company_of_location(location_id)
    now = iso_z(world.now(company_id))
    source = world.ids_for(company_id)
    workflow_id = source.new_uuid()  # workflow ids are UUIDs in GHL (workflows.json's example)
    while world.store.owner(workflow_id) is not None:
        workflow_id = source.new_uuid()
    return world.store.put(location_id, WORKFLOWS, {
        "id": workflow_id, "name": name, "status": status, "version": 1,
        "createdAt": now, "updatedAt": now, "locationId": location_id,
    })


def list_workflows(world: World, location_id: str) -> list[dict[str, Any]]:
    return [dict(w) for w in world.store.scan(location_id, WORKFLOWS)]


def get_workflow(world: World, location_id: str, workflow_id: str) -> dict[str, Any]:
    workflow = world.store.get(location_id, WORKFLOWS, workflow_id)
    if workflow is None:
        raise BadRequest(WORKFLOW_NOT_FOUND)
    return workflow
