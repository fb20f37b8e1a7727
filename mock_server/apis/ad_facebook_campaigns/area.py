"""The Facebook campaigns area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.ad_facebook_campaigns import audiences, models, routes, tables
from mock_server.platform.area import Area, Cascade, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

AUDIENCE_SEEDS = "/locations/{locationId}/facebook/custom-audiences"

area = Area(
    "ad_facebook_campaigns",
    serves="Ad Manager, Facebook: campaigns, ad sets, ads, custom audiences, targeting search, reporting",
    apis=(routes.api, routes.v3_api),
    tables=(
        Table(tables.CAMPAIGNS, indexes=("fbCampaignId",), not_found=BadRequest(tables.CAMPAIGN_NOT_FOUND)),
        Table(tables.ADSETS, indexes=("campaignId", "fbAdSetId"), not_found=BadRequest(tables.ADSET_NOT_FOUND)),
        Table(tables.ADS, indexes=("adsetId", "campaignId"), not_found=BadRequest(tables.AD_NOT_FOUND)),
        Table(tables.AUDIENCES, indexes=("adAccountId", "memberIds"), not_found=BadRequest(tables.AUDIENCE_NOT_FOUND)),
    ),
    seeds=(Seed("POST", AUDIENCE_SEEDS, audiences.seed_audience, body=models.CustomAudienceSeed,
                doc='`{"name", "description"?, "subtype"?, "source"?, "adAccountId"?, "pixelId"?}`: seed a '
                    "custom audience of the location's Facebook ad account, which GHL's API cannot create"),),
    cascades=(
        delete_children(tables.CAMPAIGNS, tables.ADSETS, "campaignId", "deleting a campaign deletes its ad sets"),
        delete_children(tables.ADSETS, tables.ADS, "adsetId", "deleting an ad set deletes its ads"),
        Cascade("contacts", audiences.forget_contacts, "a deleted contact leaves the Facebook audiences holding it"),
    ),
    factories="mock_server.apis.ad_facebook_campaigns.factories:FacebookCampaignFactories",
    demo="mock_server.apis.ad_facebook_campaigns.demo:load",
    upstream_allowlist="mock_server.apis.ad_facebook_campaigns.upstream",
)
