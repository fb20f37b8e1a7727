"""Campaigns of a location: listed by the API, created through the control plane
(``POST /_mock/locations/{locationId}/campaigns``) or by fixtures; contacts enroll in them."""

from __future__ import annotations

from typing import Any

from mock_server.platform.errors import BadRequest
from mock_server.platform.world import World

CAMPAIGNS = "campaigns"
# DECISION: GHL's text for an unknown campaign id is not known.
CAMPAIGN_NOT_FOUND = "Campaign not found"


def create_campaign(world: World, location_id: str, *, name: str, status: str = "published") -> dict[str, Any]:
    company_id = world.tenants.company_of_location(location_id)
    return world.store.put(location_id, CAMPAIGNS, {
        "id": world.new_id(company_id), "name": name, "status": status, "locationId": location_id,
    })


def list_campaigns(world: World, location_id: str, status: str | None = None) -> list[dict[str, Any]]:
    return [dict(c) for c in world.store.scan(location_id, CAMPAIGNS) if status is None or c.get("status") == status]


def get_campaign(world: World, location_id: str, campaign_id: str) -> dict[str, Any]:
    campaign = world.store.get(location_id, CAMPAIGNS, campaign_id)
    if campaign is None:
        raise BadRequest(CAMPAIGN_NOT_FOUND)
    return campaign
