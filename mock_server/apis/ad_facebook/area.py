"""The Facebook integration area's registrations (see ``mock_server/platform/area.py``): the Facebook part of
GHL's Ad Manager (ad-manager.json); its campaigns, ad sets, ads and audiences are ``ad_facebook_campaigns``."""

from __future__ import annotations

from mock_server.apis.ad_facebook import connection, routes, tables
from mock_server.platform.area import Area, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "ad_facebook",
    serves="Ad Manager, Facebook: the location's Facebook connection (user, pages, Instagram accounts, ad accounts "
           "seeded as Facebook hands them over), its integration (pages, default page, ad account), lead forms "
           "(published and drafts), conversation forms, conversion pixels",
    apis=(routes.api,),
    tables=(
        Table(tables.FB_USERS, indexes=("locationId",)),
        Table(tables.FB_PAGES, indexes=("fbId",), not_found=BadRequest(tables.PAGE_NOT_FOUND)),
        Table(tables.FB_AD_ACCOUNTS, indexes=("fbId",), not_found=BadRequest(tables.AD_ACCOUNT_NOT_FOUND)),
        Table(tables.FB_PIXELS, indexes=("fbPixelId", "adAccountId", "channel"),
              not_found=BadRequest(tables.PIXEL_NOT_FOUND)),
        Table(tables.FB_INTEGRATIONS, indexes=("locationId",), not_found=BadRequest(tables.INTEGRATION_NOT_FOUND)),
        Table(tables.FB_LEAD_FORMS, indexes=("pageId", "formId"), not_found=BadRequest(tables.LEAD_FORM_NOT_FOUND)),
        Table(tables.FB_CONVERSATION_FORMS, not_found=BadRequest(tables.CONVERSATION_FORM_NOT_FOUND)),
    ),
    seeds=(Seed("POST", "/locations/{locationId}/facebook", connection.seed, body=connection.FacebookSeed,
                doc=connection.SEED_DOC),),
    factories="mock_server.apis.ad_facebook.factories:FacebookFactories",
    demo="mock_server.apis.ad_facebook.demo:load",
    upstream_allowlist="mock_server.apis.ad_facebook.upstream",
)
