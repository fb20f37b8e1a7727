"""The Campaigns area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.campaigns import routes, service
from mock_server.platform.area import Area, ContractSeed, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "campaigns",
    serves="Campaigns (seeded, listed)",
    apis=(routes.api,),
    tables=(Table(service.CAMPAIGNS, not_found=BadRequest(service.CAMPAIGN_NOT_FOUND)),),
    seeds=(Seed("POST", "/locations/{locationId}/campaigns", service.seed_campaign, body=service.AutomationSeed,
                doc='`{"name","status"}`: seed a campaign, which GHL\'s API only lists (contacts enroll in it)'),),
    contract_seeds=(ContractSeed("/locations/{locationId}/campaigns",
                                 {"name": "Contract campaigns", "status": "published"}, {"campaignId": "id"}),),
)
