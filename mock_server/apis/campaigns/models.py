"""Models of the Campaigns API (campaigns.json)."""

from __future__ import annotations

from mock_server.platform.models import QueryModel, ResponseModel


class CampaignsQuery(QueryModel):
    locationId: str
    status: str | None = None


class CampaignOut(ResponseModel):
    id: str
    name: str | None = None
    status: str | None = None
    locationId: str | None = None


class CampaignsResponse(ResponseModel):
    campaigns: list[CampaignOut]
