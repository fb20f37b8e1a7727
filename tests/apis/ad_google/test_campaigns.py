"""The ad manager's campaigns (campaigns.py): drafted, changed, published, paused, resumed, archived; and the
entity tables listing them (``/entity``)."""

from __future__ import annotations

import pytest

from tests.apis.ad_google.conftest import BASE, data, refused


def test_a_draft_is_stored_with_ids_for_its_groups_and_ads(ghl):
    draft = ghl.google_campaign()
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    stored = data(api.get(f"{BASE}/ads/{draft['id']}", params=loc))
    group, ad = stored["adGroups"][0], stored["adGroups"][0]["adContent"][0]
    assert (stored["publishingStatus"], stored["unpublishedChanges"], stored.get("googleCampaignId")) == (
        "DRAFT", False, None)
    assert (group["adCampaignId"], ad["adGroupId"], ad["adCampaignId"], ad["publishingStatus"]) == (
        draft["id"], group["id"], draft["id"], "DRAFT")
    changed = data(api.put(f"{BASE}/ads", json={**loc, "id": draft["id"], "name": "Renamed",
                                                "advertisingChannelType": "SEARCH"}))
    assert (changed["name"], changed["adGroups"][0]["id"], changed["budget"]["amount"]) == ("Renamed", group["id"], 25)


@pytest.mark.ghl_allow_violations
def test_publishing_needs_the_integration_and_what_google_requires(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    draft = ghl.google_campaign()
    publish = lambda c: api.post(f"{BASE}/ads/{c['id']}/publish")
    assert refused(publish(draft)) == "Google Ads integration not found for this location"
    ghl.google_ads_connection()
    no_budget = ghl.google_campaign(budget={"budgetType": "DAILY", "amount": 0})
    assert refused(publish(no_budget)) == "budget.amount must be greater than 0 to publish the campaign"
    assert refused(publish(ghl.google_campaign(adGroups=[]))) == (
        "The campaign needs an ad group with at least one ad to publish")
    short = ghl.google_campaign(adGroups=[{"name": "g", "adContent": [{"name": "Short", "headlines": ["One"]}]}])
    assert refused(publish(short)) == "Ad Short: a responsive search ad needs at least 3 headlines and 2 descriptions"
    assert refused(publish(ghl.google_campaign(assets={"calls": ["nope"]}))) == "Asset nope not found"
    assert refused(api.post(f"{BASE}/ads/nope/publish")) == "Campaign not found"
    assert data(api.get(f"{BASE}/ads/{short['id']}", params=loc))["publishingStatus"] == "DRAFT"


@pytest.mark.ghl_allow_violations
def test_a_published_campaign_is_in_the_account_and_changes_wait_for_the_next_publish(ghl, connected):
    draft = ghl.google_campaign()
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    answer = api.post(f"{BASE}/ads/{draft['id']}/publish")
    assert answer.status_code == 201
    live = data(answer)
    ad = live["adGroups"][0]["adContent"][0]
    assert (live["publishingStatus"], live["googleAdAccountId"], len(live["googleCampaignId"]),
            ad["publishingStatus"], len(ad["googleAdId"])) == (
        "PUBLISHED", connected["integration"]["adAccountId"], 11, "PUBLISHED", 11)
    edited = data(api.put(f"{BASE}/ads", json={**loc, "id": draft["id"], "name": "Edited",
                                               "advertisingChannelType": "SEARCH"}))
    assert (edited["unpublishedChanges"], edited["publishingStatus"]) == (True, "PUBLISHED")
    again = data(api.post(f"{BASE}/ads/{draft['id']}/publish"))
    assert (again["unpublishedChanges"], again["googleCampaignId"]) == (False, live["googleCampaignId"])

    status = lambda s: api.put(f"{BASE}/ads", json={**loc, "id": draft["id"], "name": "Edited",
                                                     "advertisingChannelType": "SEARCH", "publishingStatus": s})
    assert data(status("PAUSED"))["publishingStatus"] == "PAUSED"
    assert data(status("PUBLISHED"))["publishingStatus"] == "PUBLISHED"
    assert refused(status("IN_REVIEW")) == (
        "publishingStatus cannot be set to IN_REVIEW here: publish the campaign, then pause or archive it")
    assert data(status("ARCHIVED"))["adGroups"][0]["publishingStatus"] == "ARCHIVED"
    assert refused(api.post(f"{BASE}/ads/{draft['id']}/publish")) == "An archived campaign cannot be published"
    assert refused(status("PAUSED")) == "An archived campaign cannot change its publishingStatus"


@pytest.mark.ghl_allow_violations
def test_a_draft_cannot_be_paused(ghl):
    draft = ghl.google_campaign()
    answer = ghl.client().put(f"{BASE}/ads", json={"locationId": ghl.location_id, "id": draft["id"], "name": "x",
                                                   "advertisingChannelType": "SEARCH", "publishingStatus": "PAUSED"})
    assert refused(answer) == (
        "publishingStatus cannot be set to PAUSED here: publish the campaign, then pause or archive it")


def test_entities_list_each_level_with_drafts_only_in_the_ad_manager(ghl, connected):
    live, draft = ghl.google_campaign(publish=True, name="Live one"), ghl.google_campaign(name="Draft one")
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    entity = lambda **q: data(api.get(f"{BASE}/entity", params={**loc, **q}))
    assert [c["id"] for c in entity(type="AD_MANAGER", entityType="CAMPAIGN")] == [live["id"], draft["id"]]
    assert [c["id"] for c in entity(type="INTEGRATION", entityType="CAMPAIGN")] == [live["id"]]
    assert [c["id"] for c in entity(type="AD_MANAGER", entityType="CAMPAIGN", searchId="draft")] == [draft["id"]]
    groups = entity(type="AD_MANAGER", entityType="ADGROUP", campaignId=live["id"])
    assert [g["id"] for g in groups] == [live["adGroups"][0]["id"]]
    ads = entity(type="AD_MANAGER", entityType="AD", adGroupId=groups[0]["id"])
    assert [a["id"] for a in ads] == [live["adGroups"][0]["adContent"][0]["id"]]
    assert ads[0]["metrics"]["impressions"] > 0
    assert entity(type="INTEGRATION", entityType="CAMPAIGN", selectedAdAccountId="0000000000") == []


def test_another_locations_campaign_is_unknown(ghl, connected):
    campaign = ghl.google_campaign()
    elsewhere = ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=elsewhere))
    assert other.get(f"{BASE}/ads/{campaign['id']}", params={"locationId": elsewhere}).status_code == 403
    assert other.post(f"{BASE}/ads/{campaign['id']}/publish").status_code == 403
    assert other.put(f"{BASE}/ads", json={"locationId": elsewhere, "id": campaign["id"], "name": "Mine",
                                          "advertisingChannelType": "SEARCH"}).status_code == 400
    mine = ghl.client().get(f"{BASE}/ads/{campaign['id']}", params={"locationId": ghl.location_id})
    assert (data(mine)["name"], data(mine)["publishingStatus"]) == (campaign["name"], "DRAFT")


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl, connected):
    campaign = ghl.google_campaign()
    reader = ghl.client(scopes=["adPublishing.readonly"])
    assert refused(reader.post(f"{BASE}/ads/{campaign['id']}/publish"), 401) == (
        "The token is not authorized for this scope.")
    assert data(reader.get(f"{BASE}/ads/{campaign['id']}", params={"locationId": ghl.location_id}))[
        "publishingStatus"] == "DRAFT"
