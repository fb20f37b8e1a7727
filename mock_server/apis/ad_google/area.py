"""The Google Ads area's registrations (see ``mock_server/platform/area.py``): the Google part of ad-manager.json."""

from __future__ import annotations

from mock_server.apis.ad_google import accounts, audiences, routes, tables
from mock_server.platform.area import Area, Cascade, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "ad_google",
    serves="Google Ads (ad manager): the Google connection (seeded) and its integration, conversions and goals, "
           "custom and data segments with customer-match uploads of contacts, audiences, assets, campaigns "
           "drafted and published, keyword ideas and targeting from a fixed catalog, deterministic reporting",
    apis=(routes.api,),
    tables=(
        Table(tables.CONNECTIONS),
        Table(tables.ACCOUNTS, not_found=BadRequest(tables.ACCOUNT_NOT_FOUND)),
        Table(tables.INTEGRATIONS),
        Table(tables.CONVERSIONS, not_found=BadRequest(tables.CONVERSION_NOT_FOUND)),
        Table(tables.SEGMENTS, not_found=BadRequest(tables.SEGMENT_NOT_FOUND)),
        Table(tables.USER_LIST_JOBS),
        Table(tables.AUDIENCES, not_found=BadRequest(tables.AUDIENCE_NOT_FOUND)),
        Table(tables.ASSETS, indexes=("type", "resourceName")),
        Table(tables.CAMPAIGNS, not_found=BadRequest(tables.CAMPAIGN_NOT_FOUND)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/google-ads/connection", accounts.seed_connection,
             body=accounts.ConnectionSeed, status=201,
             doc='`{"email", "name", "adAccounts": [{"id" (10 digits), "name", "currencyCode", "timeZone", "manager", '
                 '"managerId"}], "integratedAccountId"}`: the Google user who connected the location in GHL\'s UI and '
                 "the Google Ads accounts they reach (replaces an earlier connection); `integratedAccountId` also "
                 "picks the account to work in, as the UI's picker does"),
    ),
    cascades=(Cascade(tables.SEGMENTS, audiences.forget_segments, "a deleted segment leaves the audiences naming it"),),
    factories="mock_server.apis.ad_google.factories:GoogleAdsFactories",
    demo="mock_server.apis.ad_google.demo:load",
    upstream_allowlist="mock_server.apis.ad_google.upstream",
)
