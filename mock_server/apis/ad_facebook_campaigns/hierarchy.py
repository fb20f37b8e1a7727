"""A location's Facebook campaigns, their ad sets and their ads: drafts GHL keeps, published to Meta on demand.

Campaign -> ad set -> ad is a tree: an ad set names its campaign, an ad its ad set and campaign, and deleting a
node deletes its subtree (the area's cascades). Each node has a ``publishingStatus``: ``DRAFT`` until its
campaign is published, then ``PUBLISHED``, ``PAUSED`` while paused. Meta is not called: publishing gives each
node the numeric Facebook id Meta would (``fbCampaignId`` ...) and opens a delivery span, which a pause closes
and a resume opens again; the reporting module turns the spans into figures.

Evidence: ad-manager.json declares no answer bodies. The shapes (a campaign with ``adsets`` each with ``ads``,
``{"success": true}`` acknowledgements, the upsert's ``fbError: ""`` against the reads' null, the notes a
paused ad set or ad leaves on its campaign) are GHL's reference pages for these operations
(marketplace.gohighlevel.com/docs/ghl/ad-publishing/fb-*, captured 2026-08). GHL's public issue tracker has
nothing on these endpoints (searched: ad-publishing, Facebook campaign upsert, adPublishing scope).
"""

from __future__ import annotations

import hashlib
from typing import Any

from mock_server.apis.ad_facebook_campaigns.ad_account import campaign_ad_account, require_connected
from mock_server.apis.ad_facebook_campaigns.tables import ADS, ADSETS, CAMPAIGN_NOT_FOUND, CAMPAIGNS
from mock_server.apis.formats import iso_z
from mock_server.platform.errors import BadRequest, NotFound, Unprocessable
from mock_server.platform.tenant_context import Tenant

FB_ID = {CAMPAIGNS: "fbCampaignId", ADSETS: "fbAdSetId", ADS: "fbAdId"}
KIND = {CAMPAIGNS: "Campaign", ADSETS: "Adset", ADS: "Ad"}
SPANS = "deliverySpans"  # internal: [[published or resumed at, paused at or None], ...]

# DECISION: what a draft holds until the client names it (GHL's UI starts drafts with such defaults).
DEFAULT_NAME = {CAMPAIGNS: "New Campaign", ADSETS: "New Ad Set", ADS: "New Ad"}
# From GHL's docs: pausing an ad set or an ad writes this on its campaign's fbError; the matching resume clears it.
PAUSED_NOTICE = {ADSETS: "One or more adsets are paused", ADS: "One or more ads are paused"}
# DECISION: GHL's texts for these refusals are not known.
NOT_PUBLISHED = "{kind} is not published"
ALREADY_PAUSED = "{kind} is already paused"
NOT_PAUSED = "{kind} is not paused"
WRONG_CAMPAIGN = "Adset does not belong to this campaign"
WRONG_ADSET = "Ad does not belong to this adset"
NOTHING_TO_PUBLISH = "Campaign must have at least one adset to publish"
ADSET_INCOMPLETE = "Adset {name} must have {what} to publish"
NO_GEO = "audience.geoLocations should not be empty"


# -- views -----------------------------------------------------------------------------------------------
def view(record: dict[str, Any]) -> dict[str, Any]:
    """A node as GHL answers it (without the delivery spans the mock keeps)."""
    shown = {key: value for key, value in record.items() if key != SPANS}
    if "adsetId" in record:  # an ad carries its texts both as one string and as variants
        for single, variants in (("primaryText", "primaryTexts"), ("headline", "headlines"),
                                 ("description", "descriptions")):
            shown[variants] = [{"text": record[single]}] if record.get(single) else []
    return shown


def upserted(record: dict[str, Any]) -> dict[str, Any]:
    # From GHL's docs: reads answer fbError null when there is nothing to report, the upsert "".
    shown = view(record)
    return {**shown, "fbError": "" if shown["fbError"] is None else shown["fbError"]}


def campaign_tree(tenant: Tenant, campaign: dict[str, Any], *, adsets: bool = True,
                  ads: bool = True) -> dict[str, Any]:
    """The campaign with its ad sets, each with its ads (oldest first)."""
    shown = view(campaign)
    if adsets:
        shown["adsets"] = [adset_tree(tenant, adset, ads=ads) for adset in children(tenant, ADSETS, campaign)]
    return shown


def adset_tree(tenant: Tenant, adset: dict[str, Any], *, ads: bool = True) -> dict[str, Any]:
    shown = view(adset)
    if ads:
        shown["ads"] = [view(ad) for ad in children(tenant, ADS, adset)]
    return shown


def children(tenant: Tenant, table: str, parent: dict[str, Any]) -> list[dict[str, Any]]:
    field = "campaignId" if table == ADSETS else "adsetId"
    return sorted(tenant.store.find(table, field, parent["id"]), key=lambda node: node["createdAt"])


def get_campaign_tree(tenant: Tenant, campaign_id: str, fields: str | None) -> dict[str, Any]:
    """DECISION: ``fields`` (``adsets,ads``) names the linked levels to include; without it, both are."""
    wanted = {part.strip() for part in fields.split(",")} if fields else {"adsets", "ads"}
    return campaign_tree(tenant, tenant.require(CAMPAIGNS, campaign_id), adsets="adsets" in wanted,
                         ads="ads" in wanted)


# -- upserts ---------------------------------------------------------------------------------------------
def upsert_campaign(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    fields = _given(fields)
    categories = fields.pop("specialAdCategories", None)
    if categories is not None:
        fields["specialAdCategories"] = categories if isinstance(categories, list) else [categories]
    if fields.get("id"):
        return _save(tenant, CAMPAIGNS, tenant.require(CAMPAIGNS, fields.pop("id")), fields)
    fields.pop("id", None)
    return _create(tenant, CAMPAIGNS, {
        "fbAdAccountId": campaign_ad_account(tenant), "objective": "OUTCOME_LEADS", "specialAdCategories": ["NONE"],
        "source": "AD_MANAGER", "meta": {}, **fields})


def upsert_adset(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    fields = _given(fields)
    campaign = tenant.require(CAMPAIGNS, fields.pop("campaignId"))
    platforms = fields.pop("messagingPlatforms", None)
    if platforms is not None:
        fields["messagingPlatforms"] = platforms if isinstance(platforms, list) else [platforms]
    if "audience" in fields:
        fields["audience"] = _audience(fields["audience"])
    if fields.get("id"):
        adset = tenant.require(ADSETS, fields.pop("id"))
        _same_parent(adset, "campaignId", campaign["id"], WRONG_CAMPAIGN)
        return _save(tenant, ADSETS, adset, fields)
    fields.pop("id", None)
    return _create(tenant, ADSETS, {
        "campaignId": campaign["id"], "pageId": None, "instagramActorId": None, "messagingPlatforms": [],
        "whatsappNumber": None, "conversionLocation": None, "customEventType": None, "pixelId": None,
        "budget": None, "audience": None, **fields})


def upsert_ad(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    fields = _given(fields)
    campaign = tenant.require(CAMPAIGNS, fields.pop("campaignId"))
    adset = tenant.require(ADSETS, fields.pop("adsetId"))
    _same_parent(adset, "campaignId", campaign["id"], WRONG_CAMPAIGN)
    if fields.get("id"):
        ad = tenant.require(ADS, fields.pop("id"))
        _same_parent(ad, "adsetId", adset["id"], WRONG_ADSET)
        return _save(tenant, ADS, ad, fields)
    fields.pop("id", None)
    return _create(tenant, ADS, {
        "campaignId": campaign["id"], "adsetId": adset["id"], "mediaType": "SINGLE", "cta": None,
        "multiAdvertiserAds": False, "primaryText": None, "headline": None, "description": None, "imageUrl": None,
        "media": [], "conversationFormId": None, "destinationFormId": None, "destinationLink": None, **fields})


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    # DECISION: a null is a field not sent (the files declare none nullable); the body's locationId is the tenant's.
    return {key: value for key, value in fields.items() if value is not None and key != "locationId"}


def _audience(audience: dict[str, Any]) -> dict[str, Any]:
    """v2's spellings as v3's (the one GHL answers in)."""
    renamed = {"geo_locations": "geoLocations", "age_min": "ageMin", "age_max": "ageMax"}
    out = {renamed.get(key, key): value for key, value in audience.items() if value is not None}
    if not out.get("geoLocations"):
        raise Unprocessable([NO_GEO])
    for place in out["geoLocations"]:
        geometry = place.get("geometry")
        if geometry and "location_type" in geometry:
            geometry["locationType"] = geometry.pop("location_type")
    return out


def _same_parent(node: dict[str, Any], field: str, parent_id: str, message: str) -> None:
    # DECISION: a node stays under the parent it was made in: an upsert naming another parent is refused.
    if node[field] != parent_id:
        raise BadRequest(message)


def _create(tenant: Tenant, table: str, fields: dict[str, Any]) -> dict[str, Any]:
    now = iso_z(tenant.now())
    node = {"id": tenant.new_id(), "locationId": tenant.location_id, "name": DEFAULT_NAME[table],
            FB_ID[table]: None, "publishingStatus": "DRAFT", "fbError": None, **fields,
            "unpublishedChanges": False, "createdAt": now, "updatedAt": now, SPANS: []}
    return tenant.store.put(table, node)


def _save(tenant: Tenant, table: str, node: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``node`` with ``changes``; once published, the node has changes Meta has not seen until the next publish."""
    node.update(changes, updatedAt=iso_z(tenant.now()))
    if node[FB_ID[table]]:
        node["unpublishedChanges"] = True
    return tenant.store.put(table, node)


# -- publish, pause, resume --------------------------------------------------------------------------------
def publish_campaign(tenant: Tenant, campaign_id: str) -> dict[str, Any]:
    """Push the campaign and its subtree to Meta: each draft node is published (a paused one stays paused) and
    every node's pending changes are taken. DECISION: Meta accepts at once (no review, no ``PUBLISHING`` state)."""
    campaign = tenant.require(CAMPAIGNS, campaign_id)
    require_connected(tenant, campaign["fbAdAccountId"])
    adsets = children(tenant, ADSETS, campaign)
    if not adsets:
        raise BadRequest(NOTHING_TO_PUBLISH)
    tree = [(adset, children(tenant, ADS, adset)) for adset in adsets]
    for adset, ads in tree:  # everything is checked before anything is published
        for what, missing in (("a page", not adset["pageId"]), ("a budget", not adset["budget"]),
                              ("an audience", not adset["audience"]), ("an ad", not ads)):
            if missing:
                raise BadRequest(ADSET_INCOMPLETE.format(name=adset["name"], what=what))
    _publish(tenant, CAMPAIGNS, campaign)
    for adset, ads in tree:
        _publish(tenant, ADSETS, adset)
        for ad in ads:
            _publish(tenant, ADS, ad)
    return tenant.store.get(CAMPAIGNS, campaign_id)


def publishing_progress(tenant: Tenant, campaign_id: str) -> dict[str, Any]:
    """v3: the publish steps (the campaign, its ad sets, its ads) and how many are done: all of them once
    published, none before (the mock publishes at once)."""
    campaign = tenant.store.get(CAMPAIGNS, campaign_id)
    if campaign is None:
        raise NotFound(CAMPAIGN_NOT_FOUND)  # the v3 file declares a 404 for this operation
    adsets = children(tenant, ADSETS, campaign)
    total = 1 + len(adsets) + sum(len(children(tenant, ADS, adset)) for adset in adsets)
    published = campaign["fbCampaignId"] is not None
    return {"campaignId": campaign["id"], "publishingStatus": campaign["publishingStatus"], "total": total,
            "processed": total if published else 0, "isComplete": published, "hasFailed": False}


def _publish(tenant: Tenant, table: str, node: dict[str, Any]) -> None:
    if node["publishingStatus"] == "DRAFT":
        node.update({FB_ID[table]: facebook_id(node["id"]), "publishingStatus": "PUBLISHED"})
        node[SPANS] = [*node[SPANS], [iso_z(tenant.now()), None]]
    node.update(unpublishedChanges=False, updatedAt=iso_z(tenant.now()))
    tenant.store.put(table, node)


def facebook_id(local_id: str) -> str:
    """The numeric id Meta gives a published node (``1202...``, 18 digits), derived from the node's own."""
    return f"1202{int(hashlib.sha256(local_id.encode()).hexdigest(), 16) % 10 ** 14:014d}"


def pause(tenant: Tenant, table: str, node_id: str) -> None:
    node = tenant.require(table, node_id)
    if node["publishingStatus"] == "PAUSED":
        raise BadRequest(ALREADY_PAUSED.format(kind=KIND[table]))
    if node["publishingStatus"] != "PUBLISHED":
        raise BadRequest(NOT_PUBLISHED.format(kind=KIND[table]))
    spans = [list(span) for span in node[SPANS]]
    spans[-1][1] = iso_z(tenant.now())
    _set_status(tenant, table, node, "PAUSED", spans, PAUSED_NOTICE.get(table))


def resume(tenant: Tenant, table: str, node_id: str) -> None:
    node = tenant.require(table, node_id)
    if node["publishingStatus"] != "PAUSED":
        raise BadRequest(NOT_PAUSED.format(kind=KIND[table]))
    spans = [*node[SPANS], [iso_z(tenant.now()), None]]
    _set_status(tenant, table, node, "PUBLISHED", spans, None)


def _set_status(tenant: Tenant, table: str, node: dict[str, Any], status: str, spans: list,
                notice: str | None) -> None:
    tenant.store.put(table, {**node, "publishingStatus": status, SPANS: spans, "updatedAt": iso_z(tenant.now())})
    if table != CAMPAIGNS:  # an ad set's or ad's pause is noted on its campaign, and its resume clears the note
        campaign = tenant.require(CAMPAIGNS, node["campaignId"])
        tenant.store.put(CAMPAIGNS, {**campaign, "fbError": notice})


# -- duplicate and delete --------------------------------------------------------------------------------
# DECISION: a copy is a new draft named "<name> - Copy", with copies of its subtree, beside the original.
COPY_SUFFIX = " - Copy"


def duplicate(tenant: Tenant, table: str, node_id: str) -> dict[str, Any]:
    """A draft copy of the node and its subtree, with new ids, under the original's parent."""
    node = tenant.require(table, node_id)
    copy = _copy(tenant, table, node, {"name": node["name"] + COPY_SUFFIX})
    if table == CAMPAIGNS:
        for adset in children(tenant, ADSETS, node):
            _copy_adset(tenant, adset, {"campaignId": copy["id"]})
        return campaign_tree(tenant, copy)
    if table == ADSETS:
        for ad in children(tenant, ADS, node):
            _copy(tenant, ADS, ad, {"adsetId": copy["id"]})
        return adset_tree(tenant, copy)
    return view(copy)


def _copy_adset(tenant: Tenant, adset: dict[str, Any], parent: dict[str, Any]) -> None:
    copy = _copy(tenant, ADSETS, adset, parent)
    for ad in children(tenant, ADS, adset):
        _copy(tenant, ADS, ad, {**parent, "adsetId": copy["id"]})


def _copy(tenant: Tenant, table: str, node: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    fields = {key: value for key, value in node.items() if key not in (
        "id", "createdAt", "updatedAt", "publishingStatus", "fbError", FB_ID[table], SPANS, "unpublishedChanges")}
    return _create(tenant, table, {**fields, **changes})


def delete(tenant: Tenant, table: str, node_id: str) -> None:
    """Delete the node; its subtree goes with it (the area's cascades)."""
    tenant.require(table, node_id)
    tenant.delete(table, node_id)
