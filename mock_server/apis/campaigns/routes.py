"""Campaigns operations (campaigns.json)."""

from __future__ import annotations

from mock_server.apis.campaigns import models, service
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("campaigns.json", tag="Campaigns")


@api.get("/campaigns/", "get-campaigns", scopes="campaigns.readonly", tokens=LOCATION, query=models.CampaignsQuery,
         response=models.CampaignsResponse, summary="Get Campaigns")
def get_campaigns(call: Call) -> dict:
    """The location's campaigns, only those of ``status`` when given."""
    return {"campaigns": service.list_campaigns(call.tenant, call.query.status)}
