"""Campaigns of a location: listed by the API, created through the control plane
(``POST /_mock/locations/{locationId}/campaigns``) or by fixtures; contacts enroll in them."""

from __future__ import annotations

from typing import Any

from mock_server.apis.workflows.service import AutomationSeed
from mock_server.platform.tenant_context import Tenant

CAMPAIGNS = "campaigns"
# DECISION: GHL's text for an unknown campaign id is not known.
CAMPAIGN_NOT_FOUND = "Campaign not found"


def create_campaign(tenant: Tenant, *, name: str, status: str = "published") -> dict[str, Any]:
    return tenant.store.put(CAMPAIGNS, {
        "id": tenant.new_id(), "name": name, "status": status, "locationId": tenant.location_id,
    })


def seed_campaign(tenant: Tenant, body: AutomationSeed) -> dict[str, Any]:
    return create_campaign(tenant, name=body.name, status=body.status)


def list_campaigns(tenant: Tenant, status: str | None = None) -> list[dict[str, Any]]:
    return [dict(c) for c in tenant.store.scan(CAMPAIGNS) if status is None or c.get("status") == status]


def get_campaign(tenant: Tenant, campaign_id: str) -> dict[str, Any]:
    return tenant.require(CAMPAIGNS, campaign_id)
