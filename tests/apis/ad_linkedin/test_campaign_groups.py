"""Campaign groups: drafted (upsert), published to LinkedIn (its ids, live statuses), changed after publishing
(unpublishedChanges), paused, resumed and archived by any of their ids."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mock_server.apis.ad_linkedin.demo import campaign_group

BASE = "/ad-publishing/linkedin"


def test_a_draft_is_created_read_and_changed(ghl):
    account = ghl.linkedin_integration()["adAccountId"]
    api = ghl.client()
    created = api.put(f"{BASE}/ads", json={"locationId": ghl.location_id, "name": "Q3",
                                            "publishingStatus": "PUBLISHED", "adCampaignGroupId": "1"})
    assert created.status_code == 200
    group = created.json()
    assert (group["name"], group["publishingStatus"], group["adCampaignGroupId"], group["linkedInAdAccountId"],
            group["unpublishedChanges"], group["adCampaigns"]) == ("Q3", "DRAFT", None, account, False, [])
    changed = api.put(f"{BASE}/ads", json={
        "id": group["id"], "locationId": ghl.location_id, "objectiveType": "WEBSITE_VISIT",
        "adCampaigns": [{"name": "C1", "audience": {"geo_locations": [
            {"name": "Canada", "urn": "urn:li:geo:101174742", "facetUrn": "urn:li:adTargetingFacet:locations",
             "selectionType": "include"}]}, "ads": [{"name": "A1"}]}]}).json()
    assert (changed["name"], changed["objectiveType"]) == ("Q3", "WEBSITE_VISIT")
    campaign = changed["adCampaigns"][0]
    # v2's spelling sent, both answered
    assert campaign["audience"]["geoLocations"] == campaign["audience"]["geo_locations"]
    assert campaign["ads"][0]["name"] == "A1" and campaign["ads"][0]["id"]
    read = api.get(f"{BASE}/ads/{group['id']}", params={"locationId": ghl.location_id}).json()
    assert read["adCampaigns"] == changed["adCampaigns"]

    renamed = api.put(f"{BASE}/ads", json={"id": group["id"], "locationId": ghl.location_id, "adCampaigns": [
        {"id": campaign["id"], "name": "C1 renamed"}]}).json()["adCampaigns"]
    assert [(c["id"], c["name"], [a["id"] for a in c["ads"]]) for c in renamed] == \
        [(campaign["id"], "C1 renamed", [campaign["ads"][0]["id"]])]
    unknown = api.put(f"{BASE}/ads", json={"id": "nope", "locationId": ghl.location_id})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Campaign group not found")
    assert api.get(f"{BASE}/ads/nope", params={"locationId": ghl.location_id}).status_code == 400


def test_a_draft_needs_the_integration(ghl):
    answer = ghl.client().put(f"{BASE}/ads", json={"locationId": ghl.location_id, "name": "x"})
    assert (answer.status_code, answer.json()["message"]) == (400, "LinkedIn integration not found")


def test_publishing_gives_linkedin_ids_and_puts_it_live(ghl):
    ghl.freeze(datetime(2025, 3, 1, tzinfo=UTC))
    group = ghl.linkedin_campaign_group()
    api = ghl.client()
    published = api.post(f"{BASE}/ads/{group['id']}/publish", json={"locationId": ghl.location_id})
    assert published.status_code == 201
    live = published.json()
    campaign, ad = live["adCampaigns"][0], live["adCampaigns"][0]["ads"][0]
    assert live["publishingStatus"] == campaign["publishingStatus"] == ad["publishingStatus"] == "PUBLISHED"
    assert live["adCampaignGroupId"].isdigit() and campaign["adCampaignId"].isdigit() and ad["adId"].isdigit()
    assert (campaign["adCampaignGroupId"], ad["adCampaignId"]) == (live["adCampaignGroupId"], campaign["adCampaignId"])
    by_linkedin_id = api.get(f"{BASE}/ads/{live['adCampaignGroupId']}", params={"locationId": ghl.location_id})
    assert by_linkedin_id.json()["id"] == group["id"]

    edited = api.put(f"{BASE}/ads", json={"id": group["id"], "locationId": ghl.location_id, "name": "New name"})
    assert (edited.json()["unpublishedChanges"], edited.json()["publishingStatus"]) == (True, "PUBLISHED")
    again = api.post(f"{BASE}/ads/{group['id']}/publish", json={"locationId": ghl.location_id}).json()
    assert (again["unpublishedChanges"], again["adCampaignGroupId"]) == (False, live["adCampaignGroupId"])
    dropped = api.put(f"{BASE}/ads", json={"id": group["id"], "locationId": ghl.location_id, "adCampaigns": []})
    assert dropped.status_code == 400


def test_a_group_is_scheduled_until_its_start_date(ghl):
    ghl.freeze(datetime(2025, 3, 1, tzinfo=UTC))
    group = ghl.linkedin_campaign_group(budget={"budgetType": "LIFETIME", "amount": 900,
                                                "scheduleStartDate": "2025-03-10"}, publish=True)
    assert group["publishingStatus"] == "SCHEDULED"
    ghl.advance(days=9)
    read = ghl.client().get(f"{BASE}/ads/{group['id']}", params={"locationId": ghl.location_id}).json()
    assert read["publishingStatus"] == read["adCampaigns"][0]["publishingStatus"] == "PUBLISHED"


@pytest.mark.parametrize(("change", "missing"), [
    ({"name": ""}, "name is required to publish"),
    ({"budget": {"budgetType": "DAILY", "amount": 0}}, "budget.amount is required to publish"),
    ({"adCampaigns": []}, "adCampaigns is required to publish"),
])
def test_an_incomplete_group_is_not_published(ghl, change, missing):
    ghl.linkedin_integration()
    api = ghl.client()
    group = api.put(f"{BASE}/ads", json=campaign_group(ghl.location_id, "G", "WEBSITE_VISIT") | change).json()
    answer = api.post(f"{BASE}/ads/{group['id']}/publish", json={"locationId": ghl.location_id})
    assert (answer.status_code, answer.json()["message"]) == (400, missing)
    assert api.get(f"{BASE}/ads/{group['id']}", params={"locationId": ghl.location_id}).json()[
        "publishingStatus"] == "DRAFT"


def test_lead_generation_ads_need_a_form_of_the_account(ghl):
    ghl.linkedin_integration()
    api = ghl.client()
    body = campaign_group(ghl.location_id, "Leads", "LEAD_GENERATION", form_id="123456789")
    group = api.put(f"{BASE}/ads", json=body).json()
    refused = api.post(f"{BASE}/ads/{group['id']}/publish", json={"locationId": ghl.location_id})
    assert refused.status_code == 400 and "destinationFormId" in refused.json()["message"]
    form = ghl.linkedin_lead_form()
    ad = group["adCampaigns"][0]["ads"][0]
    api.put(f"{BASE}/ads", json={"id": group["id"], "locationId": ghl.location_id, "adCampaigns": [
        {"id": group["adCampaigns"][0]["id"], "ads": [{"id": ad["id"], "destinationFormId": form["urn"]}]}]})
    assert api.post(f"{BASE}/ads/{group['id']}/publish", json={"locationId": ghl.location_id}).status_code == 201


def test_pause_resume_and_archive_by_any_id(ghl):
    group = ghl.linkedin_campaign_group(publish=True)
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    campaign = group["adCampaigns"][0]
    ad = campaign["ads"][0]

    def status(target, operation, kind):
        return api.patch(f"{BASE}/{target}/status", params=loc, json={"operationType": operation, "type": kind})

    paused = status(campaign["adCampaignId"], "PAUSED", "adCampaign").json()
    assert (paused["publishingStatus"], paused["adCampaigns"][0]["publishingStatus"]) == ("PUBLISHED", "PAUSED")
    resumed = status(campaign["id"], "RESUME", "adCampaign").json()
    assert resumed["adCampaigns"][0]["publishingStatus"] == "PUBLISHED"
    assert status(ad["adId"], "PAUSED", "ad").json()["adCampaigns"][0]["ads"][0]["publishingStatus"] == "PAUSED"
    assert status(group["adCampaignGroupId"], "PAUSED", "adGroup").json()["publishingStatus"] == "PAUSED"
    archived = status(group["id"], "ARCHIVED", "adGroup")
    assert archived.json()["publishingStatus"] == "ARCHIVED"
    refused = status(group["id"], "RESUME", "adGroup")
    assert (refused.status_code, refused.json()["message"]) == (400, "An archived campaign group cannot be changed")
    assert api.post(f"{BASE}/ads/{group['id']}/publish", json=loc).status_code == 400
    assert status("nope", "PAUSED", "ad").json()["message"] == "Ad not found"


def test_a_draft_cannot_be_paused(ghl):
    group = ghl.linkedin_campaign_group()
    answer = ghl.client().patch(f"{BASE}/{group['id']}/status", params={"locationId": ghl.location_id},
                                json={"operationType": "PAUSED", "type": "adGroup"})
    assert (answer.status_code, answer.json()["message"]) == \
        (400, "Only a published campaign group can be paused, resumed or archived")


def test_groups_stay_in_their_location(ghl):
    group = ghl.linkedin_campaign_group(publish=True)
    other = ghl.location()["id"]
    foreign = ghl.client(token=ghl.token(location_id=other))
    theirs = {"locationId": other}
    assert foreign.get(f"{BASE}/ads/{group['id']}", params=theirs).status_code == 403
    assert foreign.post(f"{BASE}/ads/{group['id']}/publish", json=theirs).status_code == 403
    # LinkedIn's ids are not the mock's records: the other location simply has no such group
    assert foreign.get(f"{BASE}/ads/{group['adCampaignGroupId']}", params=theirs).status_code == 400
    assert foreign.put(f"{BASE}/ads", json={"id": group["id"], "locationId": other}).status_code == 400
    assert foreign.patch(f"{BASE}/{group['adCampaigns'][0]['id']}/status", params=theirs,
                         json={"operationType": "PAUSED", "type": "adCampaign"}).status_code == 400


def test_writing_needs_the_write_scope(ghl):
    group = ghl.linkedin_campaign_group()
    reader = ghl.client(scopes=["adPublishing.readonly"])
    assert reader.get(f"{BASE}/ads/{group['id']}", params={"locationId": ghl.location_id}).status_code == 200
    assert reader.post(f"{BASE}/ads/{group['id']}/publish",
                       json={"locationId": ghl.location_id}).status_code == 401
