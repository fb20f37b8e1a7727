"""Published campaigns, ad sets and ads as Meta lists them (fb-get-entity, ad-manager.json)."""

from __future__ import annotations

ENTITY = "/ad-publishing/facebook/entity"


def _list(ghl, **query):
    params = {"locationId": ghl.location_id, "type": "AD_MANAGER", "entityType": "CAMPAIGN", **query}
    return ghl.client().get(ENTITY, params=params)


def test_only_published_campaigns_are_listed_with_metas_ids(ghl):
    published, draft = ghl.facebook_published_campaign(name="Live"), ghl.facebook_campaign()
    items = _list(ghl).json()["data"]
    assert [(i["campaignId"], i["name"], i["status"]) for i in items] == [(published["fbCampaignId"], "Live",
                                                                            "PUBLISHED")]
    assert draft["fbCampaignId"] is None
    ghl.client().post(f"/ad-publishing/facebook/campaigns/{published['id']}/pause",
                      json={"locationId": ghl.location_id})
    meta = _list(ghl, type="INTEGRATION").json()
    assert (meta["data"][0]["effectiveStatus"], "next" in meta) == ("PAUSED", False)
    assert _list(ghl, selectedAdAccountId="act_other").json()["data"] == []


def test_ad_sets_and_ads_carry_their_parents_pause(ghl):
    campaign = ghl.facebook_published_campaign()
    adset, ad = campaign["adsets"][0], campaign["adsets"][0]["ads"][0]
    missing = _list(ghl, entityType="ADSET")
    assert (missing.status_code, missing.json()["message"]) == (400, "campaignId is required for entityType ADSET")
    ghl.client().post(f"/ad-publishing/facebook/campaigns/{campaign['id']}/pause",
                      json={"locationId": ghl.location_id})
    adsets = _list(ghl, entityType="ADSET", campaignId=campaign["fbCampaignId"]).json()["data"]
    assert [(s["adSetId"], s["effectiveStatus"]) for s in adsets] == [(adset["fbAdSetId"], "CAMPAIGN_PAUSED")]
    by_adset = _list(ghl, entityType="AD", adSetId=adset["id"]).json()["data"]
    by_campaign = _list(ghl, entityType="AD", campaignId=campaign["id"]).json()["data"]
    assert by_adset == by_campaign == [{"adId": ad["fbAdId"], "name": ad["name"], "adSetId": adset["fbAdSetId"],
                                        "campaignId": campaign["fbCampaignId"], "status": "ACTIVE"}]


def test_meta_listing_pages_with_a_cursor(ghl):
    for _ in range(26):
        ghl.facebook_published_campaign()
    first = _list(ghl, type="INTEGRATION").json()
    second = _list(ghl, type="INTEGRATION", next=first["next"]).json()
    assert (len(first["data"]), len(second["data"]), "next" in second) == (25, 1, False)
    assert len(_list(ghl, type="INTEGRATION", fetchAll="true").json()["data"]) == 26
    assert _list(ghl, type="INTEGRATION", next="%%%").status_code == 400
