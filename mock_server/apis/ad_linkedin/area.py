"""The LinkedIn Ads area's registrations (see ``mock_server/platform/area.py``): the ``li-`` operations of
ad-manager.json (GHL's Ad Manager; its Facebook and Google operations are other areas')."""

from __future__ import annotations

from mock_server.apis.ad_linkedin import integration, routes, tables
from mock_server.platform.area import Area, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "ad_linkedin",
    serves="LinkedIn Ads (Ad Manager): integration and ad accounts of a LinkedIn connection the control plane "
           "makes, campaign groups drafted, published, paused and archived, lead gen forms, targeting search, "
           "deterministic reporting",
    apis=(routes.api,),
    tables=(
        Table(tables.INTEGRATIONS),
        Table(tables.CAMPAIGN_GROUPS, indexes=("adCampaignGroupId", "campaignKeys", "adKeys"),
              not_found=BadRequest(tables.CAMPAIGN_GROUP_NOT_FOUND)),
        Table(tables.LEAD_FORMS, indexes=("adAccountId",)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/ad-publishing/linkedin/connection", integration.seed_connection,
             body=integration.ConnectionSeed, status=201,
             doc='`{"member": {"id", "firstName", "lastName", "email"}, "adAccounts": [{"id", "name", "currency", '
                 '"organizationId", "status"}]}` (each optional): connect LinkedIn as GHL\'s OAuth does, a draft '
                 "integration whose ad accounts `li-create-integration` chooses from"),
    ),
    factories="mock_server.apis.ad_linkedin.factories:LinkedInAdFactories",
    demo="mock_server.apis.ad_linkedin.demo:load",
    upstream_allowlist="mock_server.apis.ad_linkedin.upstream",
)
