"""The location's published campaigns, ad sets and ads as Meta lists them (fb-get-entity).

Meta knows only what was published: drafts are not listed. Items carry Meta's ids (``campaignId`` is the
``fbCampaignId``) and Meta's statuses (``ACTIVE``, ``PAUSED``, and for a running child of a paused parent
``CAMPAIGN_PAUSED``/``ADSET_PAUSED``, as Meta's ``effective_status`` reads).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from mock_server.apis.ad_facebook_campaigns.hierarchy import children
from mock_server.apis.ad_facebook_campaigns.tables import ADS, ADSETS, CAMPAIGNS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: Meta's page size for these listings (GHL pages through Meta on the INTEGRATION branch only).
PAGE_SIZE = 25
# DECISION: GHL's texts for these refusals are not known.
CAMPAIGN_ID_REQUIRED = "campaignId is required for entityType ADSET"
PARENT_REQUIRED = "adSetId or campaignId is required for entityType AD"
BAD_CURSOR = "Invalid next cursor"


def list_entities(tenant: Tenant, *, entity_type: str, source: str, campaign_id: str | None,
                  adset_id: str | None, ad_account: str | None, cursor: str | None, fetch_all: bool) -> dict:
    if entity_type == "CAMPAIGN":
        items = _campaigns(tenant, source, ad_account)
    elif entity_type == "ADSET":
        if not campaign_id:
            raise BadRequest(CAMPAIGN_ID_REQUIRED)
        items = [_adset_item(adset, campaign) for campaign in _published_campaign(tenant, campaign_id)
                 for adset in _published(tenant, ADSETS, campaign)]
    else:
        items = _ads(tenant, campaign_id, adset_id)
    if source != "INTEGRATION" or fetch_all:
        return {"data": items}
    start = _offset(cursor)
    answer: dict[str, Any] = {"data": items[start:start + PAGE_SIZE]}
    if start + PAGE_SIZE < len(items):
        answer["next"] = base64.urlsafe_b64encode(str(start + PAGE_SIZE).encode()).decode()
    return answer


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        return int(base64.urlsafe_b64decode(cursor.encode()).decode())
    except (binascii.Error, UnicodeError, ValueError):
        raise BadRequest(BAD_CURSOR) from None


def _campaigns(tenant: Tenant, source: str, ad_account: str | None) -> list[dict[str, Any]]:
    found = []
    for campaign in tenant.store.scan(CAMPAIGNS):  # a location's campaigns, read as Meta lists an ad account's
        if not campaign["fbCampaignId"] or (ad_account and campaign["fbAdAccountId"] != ad_account):
            continue
        item = {"campaignId": campaign["fbCampaignId"], "name": campaign["name"],
                "adAccountId": campaign["fbAdAccountId"], "locationId": campaign["locationId"]}
        if source == "INTEGRATION":  # Meta's own statuses
            status = meta_status(campaign)
            item = {**item, "status": status, "effectiveStatus": status}
        elif campaign["publishingStatus"] in ("PAUSED", "PUBLISHED"):  # GHL's, filtered to these two
            item = {**item, "status": campaign["publishingStatus"]}
        else:
            continue
        found.append(item)
    return found


def _published_campaign(tenant: Tenant, campaign_id: str) -> list[dict[str, Any]]:
    """The campaign named by GHL's id or by Meta's (DECISION: either is taken), if it is published."""
    campaign = tenant.store.get(CAMPAIGNS, campaign_id)
    found = [campaign] if campaign else tenant.store.find(CAMPAIGNS, "fbCampaignId", campaign_id)
    return [c for c in found if c["fbCampaignId"]]


def _published(tenant: Tenant, table: str, parent: dict[str, Any]) -> list[dict[str, Any]]:
    fb_id = "fbAdSetId" if table == ADSETS else "fbAdId"
    return [node for node in children(tenant, table, parent) if node[fb_id]]


def _adset_item(adset: dict[str, Any], campaign: dict[str, Any]) -> dict[str, Any]:
    return {"adSetId": adset["fbAdSetId"], "name": adset["name"], "campaignId": campaign["fbCampaignId"],
            "effectiveStatus": meta_status(adset, campaign)}


def _ads(tenant: Tenant, campaign_id: str | None, adset_id: str | None) -> list[dict[str, Any]]:
    if adset_id:
        adset = tenant.store.get(ADSETS, adset_id)
        adsets = [adset] if adset else tenant.store.find(ADSETS, "fbAdSetId", adset_id)
    elif campaign_id:
        adsets = [adset for campaign in _published_campaign(tenant, campaign_id)
                  for adset in children(tenant, ADSETS, campaign)]
    else:
        raise BadRequest(PARENT_REQUIRED)
    return [{"adId": ad["fbAdId"], "name": ad["name"], "adSetId": adset["fbAdSetId"],
             "campaignId": tenant.require(CAMPAIGNS, adset["campaignId"])["fbCampaignId"], "status": meta_status(ad)}
            for adset in adsets if adset["fbAdSetId"] for ad in _published(tenant, ADS, adset)]


def meta_status(node: dict[str, Any], *parents: dict[str, Any]) -> str:
    """Meta's status of a published node: its own pause first, then its parents' (nearest last)."""
    if node["publishingStatus"] == "PAUSED":
        return "PAUSED"
    for parent in reversed(parents):
        if parent["publishingStatus"] == "PAUSED":
            return "ADSET_PAUSED" if "campaignId" in parent else "CAMPAIGN_PAUSED"
    return "ACTIVE"
