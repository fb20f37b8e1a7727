"""The ad manager's Google campaigns (``/ads``): drafted with their ad groups and ads, published to the
integrated account, paused, resumed or archived; what each level is called in the account once published.

DECISION: publishing succeeds at once (GHL waits for Google's review: IN_REVIEW, then PUBLISHED or REJECTED);
it refuses what Google Ads would (no budget, no ad, a responsive search ad short of 3 headlines and 2
descriptions, an asset the account does not have). Google's ids are derived from the mock's, so they are
stable. A published campaign serves from the day it is published until it is paused or archived; each period
it served is kept (``servingPeriods``), and the reporting figures are drawn from those days.
"""

from __future__ import annotations

import hashlib
from typing import Any

from mock_server.apis.ad_google import accounts, assets
from mock_server.apis.ad_google.models import CampaignBody
from mock_server.apis.ad_google.tables import CAMPAIGNS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known.
NO_BUDGET = "budget.amount must be greater than 0 to publish the campaign"
NO_ADS = "The campaign needs an ad group with at least one ad to publish"
SHORT_AD = "Ad {name}: a responsive search ad needs at least 3 headlines and 2 descriptions"
UNKNOWN_ASSET = "Asset {ref} not found"
ARCHIVED = "An archived campaign cannot be published"
STATUS_CHANGE = "publishingStatus cannot be set to {status} here: publish the campaign, then pause or archive it"
STOPPED = ("PAUSED", "ARCHIVED")
ARCHIVED_FOR_GOOD = "An archived campaign cannot change its publishingStatus"


def upsert(tenant: Tenant, body: CampaignBody) -> dict[str, Any]:
    """Draft a campaign, or change the one ``id`` names (its ad groups and ads as sent: those sent with an
    ``id`` it has keep it). A change to a published campaign waits for the next publish (``unpublishedChanges``);
    its ``publishingStatus`` may pause, resume or archive it."""
    now, today = iso_z(tenant.now()), tenant.now().date().isoformat()
    earlier = tenant.require(CAMPAIGNS, body.id) if body.id else None
    fields = body.model_dump(by_alias=True, exclude_none=True,
                             exclude={"id", "locationId", "publishingStatus", "googleCampaignId", "adGroups",
                                      "unpublishedChanges"})
    campaign_id = earlier["id"] if earlier else tenant.new_id()
    record = {**(earlier or {"id": campaign_id, "locationId": tenant.location_id, "publishingStatus": "DRAFT",
                             "createdAt": now, "servingPeriods": []}), **fields, "updatedAt": now}
    if body.adGroups is not None:
        record["adGroups"] = _ad_groups(tenant, campaign_id, body, earlier)
    record.setdefault("adGroups", [])
    changed = set(body.model_fields_set) - {"id", "locationId", "publishingStatus", "unpublishedChanges"}
    record["unpublishedChanges"] = bool(earlier and earlier.get("googleCampaignId") and
                                        (changed or earlier.get("unpublishedChanges")))
    status = body.publishingStatus
    if status is not None and status != record["publishingStatus"]:
        _change_status(record, status, today)
    return tenant.store.put(CAMPAIGNS, record)


def _ad_groups(tenant: Tenant, campaign_id: str, body: CampaignBody, earlier: dict | None) -> list[dict[str, Any]]:
    known_groups = {g["id"]: g for g in (earlier or {}).get("adGroups", [])}
    groups = []
    for group in body.adGroups or ():
        old = known_groups.get(group.id or "", {})
        group_id = old.get("id") or tenant.new_id()
        known_ads = {ad["id"]: ad for ad in old.get("adContent", [])}
        ads = []
        for ad in group.adContent or ():
            old_ad = known_ads.get(ad.id or "", {})
            ad_id = old_ad.get("id") or tenant.new_id()
            ads.append({**old_ad, **ad.model_dump(by_alias=True, exclude_none=True), "id": ad_id,
                        "adGroupId": group_id, "adCampaignId": campaign_id,
                        "publishingStatus": old_ad.get("publishingStatus", "DRAFT")})
        groups.append({**old, **group.model_dump(by_alias=True, exclude_none=True), "id": group_id,
                       "adCampaignId": campaign_id, "adContent": ads,
                       "publishingStatus": old.get("publishingStatus", "DRAFT")})
    return groups


def _change_status(record: dict[str, Any], status: str, today: str) -> None:
    current, published = record["publishingStatus"], bool(record.get("googleCampaignId"))
    if current == "ARCHIVED":
        raise BadRequest(ARCHIVED_FOR_GOOD)
    if status in STOPPED and (published or status == "ARCHIVED"):
        if current == "PUBLISHED":
            record["servingPeriods"][-1][1] = today
    elif not (status == "PUBLISHED" and current == "PAUSED" and published):
        raise BadRequest(STATUS_CHANGE.format(status=status))
    else:
        record["servingPeriods"].append([today, None])
    record["publishingStatus"] = status
    for group in record["adGroups"]:
        group["publishingStatus"] = status if group.get("googleAdGroupId") or status == "ARCHIVED" else "DRAFT"


def get(tenant: Tenant, campaign_id: str) -> dict[str, Any]:
    return tenant.require(CAMPAIGNS, campaign_id)


def publish(tenant: Tenant, campaign_id: str) -> dict[str, Any]:
    """Publish the campaign (again, with its changes) to the integrated account."""
    integration = accounts.integration(tenant)
    campaign = tenant.require(CAMPAIGNS, campaign_id)
    _check_publishable(tenant, campaign)
    now, today = iso_z(tenant.now()), tenant.now().date().isoformat()
    campaign.update(googleAdAccountId=integration["adAccountId"], googleCampaignId=_google_id(campaign_id),
                    unpublishedChanges=False, publishedAt=now, updatedAt=now)
    if campaign["publishingStatus"] != "PUBLISHED" and campaign["publishingStatus"] != "PAUSED":
        campaign["servingPeriods"].append([today, None])
    if campaign["publishingStatus"] != "PAUSED":
        campaign["publishingStatus"] = "PUBLISHED"
    for group in campaign["adGroups"]:
        group.update(googleAdGroupId=_google_id(group["id"]), publishingStatus=campaign["publishingStatus"])
        for ad in group["adContent"]:
            ad.update(googleAdId=_google_id(ad["id"]), publishingStatus=campaign["publishingStatus"])
    return tenant.store.put(CAMPAIGNS, campaign)


def _check_publishable(tenant: Tenant, campaign: dict[str, Any]) -> None:
    if campaign["publishingStatus"] == "ARCHIVED":
        raise BadRequest(ARCHIVED)
    if not (campaign.get("budget") or {}).get("amount", 0) > 0:
        raise BadRequest(NO_BUDGET)
    ads = [ad for group in campaign["adGroups"] for ad in group["adContent"] if not ad.get("isDeleted")]
    if not ads:
        raise BadRequest(NO_ADS)
    if campaign["advertisingChannelType"] == "SEARCH":
        for ad in ads:
            if len(ad.get("headlines") or ()) < 3 or len(ad.get("descriptions") or ()) < 2:
                raise BadRequest(SHORT_AD.format(name=ad.get("name") or ad["id"]))
    named = campaign.get("assets") or {}
    for ref in [*(named.get("calls") or ()), *(named.get("sitelinks") or ()),
                *([named["leadForm"]] if named.get("leadForm") else ())]:
        if assets.find(tenant, ref) is None:
            raise BadRequest(UNKNOWN_ASSET.format(ref=ref))


def _google_id(mock_id: str) -> str:
    """An 11-digit Google id derived from the mock's, stable for the record."""
    return str(10_000_000_000 + int(hashlib.sha256(mock_id.encode()).hexdigest()[:12], 16) % 90_000_000_000)


def all_campaigns(tenant: Tenant, *, published_only: bool = False) -> list[dict[str, Any]]:
    found = sorted(tenant.store.scan(CAMPAIGNS), key=lambda c: c["createdAt"])
    return [c for c in found if not published_only or c.get("googleCampaignId")]


def entities(tenant: Tenant, integration_type: str, entity_type: str, *, campaign_id: str | None,
             ad_group_id: str | None, search: str | None, account_id: str | None) -> list[dict[str, Any]]:
    """The campaigns, ad groups or ads of the location (of one campaign, one ad group), as the ad manager's
    tables list them. DECISION: ``INTEGRATION`` lists what the account holds (published), ``AD_MANAGER`` the
    drafts too; ``searchId`` matches names (case-insensitively), ``selectedAdAccountId`` the account."""
    if campaign_id is not None:
        tenant.require(CAMPAIGNS, campaign_id)
    campaigns = [c for c in all_campaigns(tenant, published_only=integration_type == "INTEGRATION")
                 if (campaign_id is None or c["id"] == campaign_id)
                 and (account_id is None or c.get("googleAdAccountId") == account_id)]
    if entity_type == "CAMPAIGN":
        found = campaigns
    else:
        groups = [g for c in campaigns for g in c["adGroups"] if ad_group_id is None or g["id"] == ad_group_id]
        found = groups if entity_type == "ADGROUP" else [ad for g in groups for ad in g["adContent"]]
    needle = (search or "").casefold()
    return [e for e in found if needle in (e.get("name") or "").casefold()]
