"""The Google Ads area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.ad_google import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

# REVIEW: the tables are named from the operations' paths (campaigns, conversions, adAccounts, segments, audiences, ads). Seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "ad_google",
    serves="Google Ads",
    apis=(routes.api,),
    tables=(Table(tables.CAMPAIGNS, not_found=BadRequest(tables.CAMPAIGN_NOT_FOUND)), Table(tables.CONVERSIONS, not_found=BadRequest(tables.CONVERSION_NOT_FOUND)), Table(tables.AD_ACCOUNTS, not_found=BadRequest(tables.AD_ACCOUNT_NOT_FOUND)), Table(tables.SEGMENTS, not_found=BadRequest(tables.SEGMENT_NOT_FOUND)), Table(tables.AUDIENCES, not_found=BadRequest(tables.AUDIENCE_NOT_FOUND)), Table(tables.ADS, not_found=BadRequest(tables.AD_NOT_FOUND)),),
)
