"""LinkedIn campaign groups as GHL keeps them: a draft of the group, its campaigns and their ads, published to
LinkedIn (which gives each its LinkedIn id), then paused, resumed or archived there.

A group is one record; its campaigns and ads are nested in it, each with the mock's ``id`` (given when the
upsert first sees it) and, once published, LinkedIn's (``adCampaignGroupId``, ``adCampaignId``, ``adId``).
Every one of those ids finds it (``campaignKeys``, ``adKeys``: indexed lists).

DECISIONs (GHL's behaviour here is not documented and not in its public issue tracker):
- what GHL and LinkedIn set (statuses, LinkedIn ids, errors, ``unpublishedChanges``) is not taken from the
  upsert's body: clients send back what they read;
- a change to a published group sets ``unpublishedChanges`` until it is published again;
- publishing is immediate (no review): ``PUBLISHED``, or ``SCHEDULED`` while the budget's schedule has not
  started; a published campaign or ad cannot be dropped from the group (LinkedIn archives them instead);
- a group's status changes alone: pausing a group leaves its campaigns' own statuses (LinkedIn stops serving
  them all the same, and the reporting counts no day a group, campaign or ad was not live);
- v2 spells the audience's locations ``geo_locations``, v3 ``geoLocations``: either is taken, both are answered.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from mock_server.apis.ad_linkedin import integration, lead_forms, linkedin
from mock_server.apis.ad_linkedin.tables import CAMPAIGN_GROUPS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

LIVE = ("PUBLISHED", "SCHEDULED")
NEVER_PUBLISHED = ("DRAFT", "FAILED")
GROUP_HELD = ("publishingStatus", "adCampaignGroupId", "unpublishedChanges", "linkedInError")
NESTED_HELD = ("publishingStatus", "adCampaignGroupId", "adCampaignId", "adId", "linkedInError")
INTERNAL = ("liveSpans", "campaignKeys", "adKeys", "publishedAt")

# DECISION: GHL's texts for these refusals are not known.
CAMPAIGN_NOT_FOUND = "Campaign not found"
AD_NOT_FOUND = "Ad not found"
ARCHIVED_UNCHANGEABLE = "An archived {kind} cannot be changed"
NOT_PUBLISHED = "Only a published {kind} can be paused, resumed or archived"
PUBLISHED_KEPT = "A published {kind} cannot be removed from its campaign group: archive it"
WRONG_ACCOUNT = "The campaign group's ad account is not the integration's ad account"
INCOMPLETE = "{what} is required to publish"
CAMPAIGN_GROUP_MISMATCH = "campaignGroupId does not match the campaign group of the path"
KINDS = {"adGroup": "campaign group", "adCampaign": "campaign", "ad": "ad"}


def today(tenant: Tenant) -> str:
    return tenant.now().date().isoformat()


# -- reading -------------------------------------------------------------------------------------------------
def get_group(tenant: Tenant, group_id: str) -> dict[str, Any]:
    """By the mock's id or by LinkedIn's ``adCampaignGroupId``, or 400."""
    group = tenant.store.get(CAMPAIGN_GROUPS, group_id)
    if group is None:
        found = tenant.store.find(CAMPAIGN_GROUPS, "adCampaignGroupId", group_id)
        group = found[0] if found else tenant.require(CAMPAIGN_GROUPS, group_id)
    return group


def find_campaign(tenant: Tenant, campaign_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The group holding the campaign with this id (the mock's or LinkedIn's) and the campaign, or 400."""
    for group in tenant.store.find(CAMPAIGN_GROUPS, "campaignKeys", campaign_id):
        for campaign in group["adCampaigns"]:
            if campaign_id in (campaign["id"], campaign.get("adCampaignId")):
                return group, campaign
    raise BadRequest(CAMPAIGN_NOT_FOUND)


def find_ad(tenant: Tenant, ad_id: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    for group in tenant.store.find(CAMPAIGN_GROUPS, "adKeys", ad_id):
        for campaign in group["adCampaigns"]:
            for ad in campaign["ads"]:
                if ad_id in (ad["id"], ad.get("adId")):
                    return group, campaign, ad
    raise BadRequest(AD_NOT_FOUND)


def shown_status(status: str, group: dict[str, Any], day: str) -> str:
    """A live entity is ``SCHEDULED`` until its group's schedule starts, ``PUBLISHED`` from then on."""
    if status not in LIVE:
        return status
    start = ((group.get("budget") or {}).get("scheduleStartDate") or "")[:10]
    return "SCHEDULED" if start and day < start else "PUBLISHED"


def view(tenant: Tenant, group: dict[str, Any]) -> dict[str, Any]:
    """A group as GHL answers it (its internal keys dropped, statuses as of the mock's clock)."""
    day = today(tenant)
    campaigns = []
    for campaign in group["adCampaigns"]:
        ads = [{**_public(ad), "publishingStatus": shown_status(ad["publishingStatus"], group, day)}
               for ad in campaign["ads"]]
        audience = campaign.get("audience")
        if audience is not None and "geoLocations" in audience:
            audience = {**audience, "geo_locations": audience["geoLocations"]}
        campaigns.append({**_public(campaign), "audience": audience, "ads": ads,
                          "publishingStatus": shown_status(campaign["publishingStatus"], group, day)})
    return {**_public(group), "adCampaigns": campaigns,
            "publishingStatus": shown_status(group["publishingStatus"], group, day)}


def _public(entity: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in entity.items() if key not in INTERNAL}


# -- upserting -----------------------------------------------------------------------------------------------
def upsert(tenant: Tenant, sent: dict[str, Any]) -> dict[str, Any]:
    """Create a draft group (no ``id``) or change one; the group as it now is."""
    sent = {key: value for key, value in sent.items() if key not in GROUP_HELD and value is not None}
    now = iso_z(tenant.now())
    if sent.get("id"):
        group = get_group(tenant, sent.pop("id"))
        _not_archived(group, "campaign group")
        if group["publishingStatus"] not in NEVER_PUBLISHED:
            group["unpublishedChanges"] = True
    else:
        sent.pop("id", None)
        group = {"id": tenant.new_id(), "locationId": tenant.location_id, "name": None, "adCampaigns": [],
                 "adCampaignGroupId": None, "publishingStatus": "DRAFT", "unpublishedChanges": False,
                 "linkedInAdAccountId": integration.active(tenant)["adAccountId"], "linkedInError": None,
                 "meta": {}, "createdAt": now, "liveSpans": []}
    if "linkedInAdAccountId" in sent:
        integration.account_of(integration.active(tenant), sent["linkedInAdAccountId"])
    campaigns = sent.pop("adCampaigns", None)
    group.update(sent, updatedAt=now)
    if campaigns is not None:
        group["adCampaigns"] = _merge(tenant, group["adCampaigns"], campaigns, "campaign", _merge_campaign)
    return view(tenant, _save(tenant, group))


def _merge(tenant: Tenant, stored: list[dict[str, Any]], sent: list[dict[str, Any]], kind: str,
           merge_one: Any) -> list[dict[str, Any]]:
    """``sent`` (campaigns or ads) over ``stored``: a known id changes that one, no id makes a new one."""
    by_id = {entity["id"]: entity for entity in stored}
    merged = []
    for fields in sent:
        fields = {key: value for key, value in fields.items() if key not in NESTED_HELD and value is not None}
        entity_id = fields.pop("id", None)
        if entity_id is not None and entity_id not in by_id:
            raise BadRequest(CAMPAIGN_NOT_FOUND if kind == "campaign" else AD_NOT_FOUND)
        old = by_id.pop(entity_id) if entity_id else {"id": tenant.new_id(), "publishingStatus": "DRAFT",
                                                      "linkedInError": None, "liveSpans": []}
        merged.append(merge_one(tenant, old, fields))
    for dropped in by_id.values():
        if dropped["publishingStatus"] not in NEVER_PUBLISHED:
            raise BadRequest(PUBLISHED_KEPT.format(kind=kind))
    return merged


def _merge_campaign(tenant: Tenant, old: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    ads = fields.pop("ads", None)
    audience = fields.get("audience")
    if audience is not None:
        # A client echoes back both spellings it read: the one it changed wins.
        stored = (old.get("audience") or {}).get("geoLocations")
        sent = [audience[key] for key in ("geoLocations", "geo_locations") if key in audience]
        audience = {k: v for k, v in audience.items() if k != "geo_locations"}
        fields["audience"] = {**audience, "geoLocations": next((g for g in sent if g != stored), stored)}
    campaign = {"ads": [], **old, **fields}
    if ads is not None:
        campaign["ads"] = _merge(tenant, old.get("ads", []), ads, "ad", lambda _t, o, f: {**o, **f})
    return campaign


def _save(tenant: Tenant, group: dict[str, Any]) -> dict[str, Any]:
    """Store the group with the id lists that find it by a campaign's or an ad's id."""
    campaigns = group["adCampaigns"]
    group["campaignKeys"] = [key for c in campaigns for key in (c["id"], c.get("adCampaignId")) if key]
    group["adKeys"] = [key for c in campaigns for ad in c["ads"] for key in (ad["id"], ad.get("adId")) if key]
    return tenant.store.put(CAMPAIGN_GROUPS, group)


def _not_archived(entity: dict[str, Any], kind: str) -> None:
    if entity["publishingStatus"] == "ARCHIVED":
        raise BadRequest(ARCHIVED_UNCHANGEABLE.format(kind=kind))


# -- publishing ----------------------------------------------------------------------------------------------
def publish(tenant: Tenant, group_id: str) -> dict[str, Any]:
    """Push the group live on LinkedIn: each of it, its campaigns and ads gets its LinkedIn id and goes live."""
    group = get_group(tenant, group_id)
    _not_archived(group, "campaign group")
    connected = integration.active(tenant)
    if group["linkedInAdAccountId"] != connected["adAccountId"]:
        raise BadRequest(WRONG_ACCOUNT)
    _check_complete(tenant, group)
    day = today(tenant)
    group_number = group["adCampaignGroupId"] or linkedin.number("campaignGroup", group["id"])
    group.update(adCampaignGroupId=group_number, unpublishedChanges=False, linkedInError=None,
                 publishedAt=iso_z(tenant.now()))
    _go_live(group, day)
    for campaign in group["adCampaigns"]:
        campaign.update(adCampaignGroupId=group_number,
                        adCampaignId=campaign.get("adCampaignId") or linkedin.number("campaign", campaign["id"]))
        _go_live(campaign, day)
        for ad in campaign["ads"]:
            ad.update(adCampaignGroupId=group_number, adCampaignId=campaign["adCampaignId"],
                      adId=ad.get("adId") or linkedin.number("creative", ad["id"]))
            _go_live(ad, day)
    return view(tenant, _save(tenant, group))


def _go_live(entity: dict[str, Any], day: str) -> None:
    if entity["publishingStatus"] in NEVER_PUBLISHED:
        entity.update(publishingStatus="PUBLISHED", liveSpans=[[day, None]])


def _check_complete(tenant: Tenant, group: dict[str, Any]) -> None:
    """What LinkedIn needs of a group before it serves: 400 naming the first thing missing."""
    budget = group.get("budget") or {}
    missing = [what for what, present in (
        ("name", group.get("name")), ("objectiveType", group.get("objectiveType")),
        ("budget.budgetType", budget.get("budgetType")), ("budget.amount", (budget.get("amount") or 0) > 0),
        ("adCampaigns", group["adCampaigns"])) if not present]
    forms = None
    for n, campaign in enumerate(group["adCampaigns"]):
        audience = campaign.get("audience") or {}
        missing += [f"adCampaigns[{n}].{what}" for what, present in (
            ("name", campaign.get("name")), ("locale", campaign.get("locale")),
            ("audience.geoLocations", audience.get("geoLocations")), ("ads", campaign["ads"])) if not present]
        for m, ad in enumerate(campaign["ads"]):
            if group.get("objectiveType") == "LEAD_GENERATION":
                forms = forms if forms is not None else lead_forms.form_ids(tenant, group["linkedInAdAccountId"])
                if ad.get("destinationFormId") not in forms:
                    missing.append(f"adCampaigns[{n}].ads[{m}].destinationFormId (a lead form of the ad account)")
            elif not ad.get("destinationUrl"):
                missing.append(f"adCampaigns[{n}].ads[{m}].destinationUrl")
    if missing:
        raise BadRequest(INCOMPLETE.format(what=missing[0]))


# -- status --------------------------------------------------------------------------------------------------
def update_status(tenant: Tenant, target_id: str, operation: str, kind: str) -> dict[str, Any]:
    """Pause, archive or resume a published group, campaign or ad (``kind``: ``adGroup``, ``adCampaign``, ``ad``);
    ``target_id`` is the mock's id or LinkedIn's. The group holding it, as it now is."""
    if kind == "adGroup":
        group = entity = get_group(tenant, target_id)
    elif kind == "adCampaign":
        group, entity = find_campaign(tenant, target_id)
    else:
        group, _, entity = find_ad(tenant, target_id)
    name = KINDS[kind]
    _not_archived(entity, name)
    if entity["publishingStatus"] in NEVER_PUBLISHED:
        raise BadRequest(NOT_PUBLISHED.format(kind=name))
    spans = entity["liveSpans"]
    day = today(tenant)
    if operation == "RESUME":
        if entity["publishingStatus"] == "PAUSED":
            spans.append([day, None])
        entity["publishingStatus"] = "PUBLISHED"
    else:
        if spans and spans[-1][1] is None:
            spans[-1][1] = day
        entity["publishingStatus"] = operation
    group["updatedAt"] = iso_z(tenant.now())
    return view(tenant, _save(tenant, group))


def live_days(entity: dict[str, Any], first: date, last: date) -> set[date]:
    """The days from ``first`` to ``last`` the entity was live (its spans, open ones up to ``last``)."""
    days: set[date] = set()
    for start, end in entity.get("liveSpans", []):
        lo, hi = max(first, date.fromisoformat(start)), min(last, date.fromisoformat(end) if end else last)
        days.update(date.fromordinal(n) for n in range(lo.toordinal(), hi.toordinal() + 1))
    return days
