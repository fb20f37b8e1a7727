"""Facebook campaigns, ad sets and ads (ad-manager.json): drafts, publish, pause/resume, duplicate, delete."""

from __future__ import annotations

BASE = "/ad-publishing/facebook"
NOT_CONNECTED = "No Facebook ad account is connected for this location"


def _tree(ghl, campaign_id):
    return ghl.client().get(f"{BASE}/campaign/{campaign_id}", params={"locationId": ghl.location_id}).json()


def test_a_campaign_is_drafted_then_read_with_its_ad_sets_and_ads(ghl):
    api, where = ghl.client(), {"locationId": ghl.location_id}
    body = {**where, "name": "Spring", "objective": "OUTCOME_LEADS", "specialAdCategories": "HOUSING"}  # v2: one
    refused = api.put(f"{BASE}/campaigns", json=body)
    assert (refused.status_code, refused.json()["message"]) == (400, NOT_CONNECTED)
    integration = ghl.facebook_integration()
    created = api.put(f"{BASE}/campaigns", json=body)
    assert created.status_code == 200
    campaign = created.json()
    assert (campaign["publishingStatus"], campaign["fbCampaignId"], campaign["fbError"]) == ("DRAFT", None, "")
    assert (campaign["specialAdCategories"], campaign["fbAdAccountId"]) == (["HOUSING"], integration["fbAdAccountId"])
    adset = ghl.facebook_adset(campaign, name="Austin")
    ad = ghl.facebook_ad(adset, name="Creative A")
    assert ad["primaryTexts"] == [{"text": ad["primaryText"]}]

    tree = _tree(ghl, campaign["id"])
    assert tree["fbError"] is None  # reads answer null where the upsert answered ""
    assert [(s["id"], [a["id"] for a in s["ads"]]) for s in tree["adsets"]] == [(adset["id"], [ad["id"]])]
    shallow = api.get(f"{BASE}/campaign/{campaign['id']}", params={**where, "fields": "adsets"}).json()
    assert "ads" not in shallow["adsets"][0]

    renamed = api.put(f"{BASE}/campaigns", json={**where, "id": campaign["id"], "name": "Summer"}).json()
    assert (renamed["name"], renamed["objective"], renamed["unpublishedChanges"]) == ("Summer", "OUTCOME_LEADS", False)


def test_v3_spellings_are_taken_and_answered_as_v3(ghl):
    campaign = ghl.facebook_campaign()
    audience = {"geo_locations": [{"key": "US", "name": "United States", "type": "country", "selectionType": "include",
                                   "geometry": {"location": {"lat": 1, "lng": 2}, "location_type": "APPROXIMATE"}}],
                "age_min": 25}
    adset = ghl.facebook_adset(campaign, audience=audience, messagingPlatforms="MESSENGER")  # v2 spellings
    assert adset["audience"]["geoLocations"][0]["geometry"]["locationType"] == "APPROXIMATE"
    assert (adset["audience"]["ageMin"], adset["messagingPlatforms"]) == (25, ["MESSENGER"])
    v3 = ghl.client(version="v3").put(f"{BASE}/ads", json={"locationId": ghl.location_id, "campaignId": campaign["id"],
                                                           "adsetId": adset["id"], "name": "Via v3 path"})
    assert (v3.status_code, v3.json()["adsetId"]) == (200, adset["id"])
    refused = ghl.client().put(f"{BASE}/adsets", json={"locationId": ghl.location_id, "campaignId": campaign["id"],
                                                       "audience": {"ageMin": 20}})
    assert (refused.status_code, refused.json()["message"]) == (422, ["audience.geoLocations should not be empty"])


def test_children_must_name_their_own_parents(ghl):
    api, where = ghl.client(), {"locationId": ghl.location_id}
    first, second = ghl.facebook_adset(), ghl.facebook_adset()
    crossed = api.put(f"{BASE}/ads", json={**where, "campaignId": first["campaignId"], "adsetId": second["id"]})
    assert (crossed.status_code, crossed.json()["message"]) == (400, "Adset does not belong to this campaign")
    unknown = api.put(f"{BASE}/adsets", json={**where, "campaignId": "nope"})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Campaign not found")


def test_publish_checks_the_tree_then_publishes_it_all(ghl):
    api, where = ghl.client(), {"locationId": ghl.location_id}
    campaign = ghl.facebook_campaign()
    empty = api.post(f"{BASE}/campaigns/{campaign['id']}/publish", json=where)
    assert (empty.status_code, empty.json()["message"]) == (400, "Campaign must have at least one adset to publish")
    adset = ghl.facebook_adset(campaign, name="No ads yet")
    refused = api.post(f"{BASE}/campaigns/{campaign['id']}/publish", json=where)
    assert (refused.status_code, refused.json()["message"]) == (400, "Adset No ads yet must have an ad to publish")
    assert _tree(ghl, campaign["id"])["publishingStatus"] == "DRAFT"  # nothing half-published

    ghl.facebook_ad(adset)
    published = api.post(f"{BASE}/campaigns/{campaign['id']}/publish", json=where)
    assert (published.status_code, published.json()["success"]) == (201, True)
    tree = _tree(ghl, campaign["id"])
    nodes = [tree, tree["adsets"][0], tree["adsets"][0]["ads"][0]]
    assert [node["publishingStatus"] for node in nodes] == ["PUBLISHED"] * 3
    assert all(len(node[key]) == 18 for node, key in zip(nodes, ("fbCampaignId", "fbAdSetId", "fbAdId")))

    edited = api.put(f"{BASE}/campaigns", json={**where, "id": campaign["id"], "name": "Edited"}).json()
    assert edited["unpublishedChanges"] is True
    api.post(f"{BASE}/campaigns/{campaign['id']}/publish", json=where)
    assert _tree(ghl, campaign["id"])["unpublishedChanges"] is False


def test_a_disconnected_integration_publishes_nothing(ghl):
    api, where = ghl.client(), {"locationId": ghl.location_id}
    ad = ghl.facebook_ad()
    api.request("DELETE", f"{BASE}/integration", json=where)
    refused = api.post(f"{BASE}/campaigns/{ad['campaignId']}/publish", json=where)
    assert (refused.status_code, refused.json()["message"]) == (400, NOT_CONNECTED)
    assert _tree(ghl, ad["campaignId"])["publishingStatus"] == "DRAFT"


def test_pause_and_resume_follow_the_status_and_note_paused_children(ghl):
    api, where = ghl.client(), {"locationId": ghl.location_id}
    draft = ghl.facebook_campaign()
    refused = api.post(f"{BASE}/campaigns/{draft['id']}/pause", json=where)
    assert (refused.status_code, refused.json()["message"]) == (400, "Campaign is not published")

    campaign = ghl.facebook_published_campaign()
    adset, ad = campaign["adsets"][0], campaign["adsets"][0]["ads"][0]
    assert api.post(f"{BASE}/campaigns/{campaign['id']}/pause", json=where).status_code == 201
    assert _tree(ghl, campaign["id"])["publishingStatus"] == "PAUSED"
    again = api.post(f"{BASE}/campaigns/{campaign['id']}/pause", json=where)
    assert (again.status_code, again.json()["message"]) == (400, "Campaign is already paused")
    assert api.post(f"{BASE}/campaigns/{campaign['id']}/resume", json=where).status_code == 201
    not_paused = api.post(f"{BASE}/campaigns/{campaign['id']}/resume", json=where)
    assert (not_paused.status_code, not_paused.json()["message"]) == (400, "Campaign is not paused")

    api.post(f"{BASE}/adsets/{adset['id']}/pause", json=where)
    tree = _tree(ghl, campaign["id"])
    assert (tree["publishingStatus"], tree["fbError"]) == ("PUBLISHED", "One or more adsets are paused")
    assert tree["adsets"][0]["publishingStatus"] == "PAUSED"
    api.post(f"{BASE}/adsets/{adset['id']}/resume", json=where)
    api.post(f"{BASE}/ads/{ad['id']}/pause", json=where)
    assert _tree(ghl, campaign["id"])["fbError"] == "One or more ads are paused"
    api.post(f"{BASE}/ads/{ad['id']}/resume", json=where)
    assert _tree(ghl, campaign["id"])["fbError"] is None


def test_duplicates_are_new_drafts_with_copies_of_their_subtree(ghl):
    api, where = ghl.client(), {"locationId": ghl.location_id}
    original = ghl.facebook_published_campaign(name="Original")
    copy = api.post(f"{BASE}/campaigns/{original['id']}/duplicate", json=where)
    assert copy.status_code == 201
    copied = copy.json()
    assert (copied["name"], copied["publishingStatus"], copied["fbCampaignId"]) == ("Original - Copy", "DRAFT", None)
    copied_adset, source_adset = copied["adsets"][0], original["adsets"][0]
    assert copied_adset["id"] != source_adset["id"] and copied_adset["campaignId"] == copied["id"]
    assert (copied_adset["budget"], copied_adset["ads"][0]["adsetId"]) == (source_adset["budget"], copied_adset["id"])
    assert copied_adset["ads"][0]["id"] != source_adset["ads"][0]["id"]

    adset_copy = api.post(f"{BASE}/adsets/{source_adset['id']}/duplicate").json()  # the file declares no body
    assert adset_copy["campaignId"] == original["id"] and len(adset_copy["ads"]) == 1
    ad_copy = api.post(f"{BASE}/ads/{source_adset['ads'][0]['id']}/duplicate", json=where).json()
    assert (ad_copy["adsetId"], ad_copy["publishingStatus"]) == (source_adset["id"], "DRAFT")
    assert len(_tree(ghl, original["id"])["adsets"]) == 2
    assert len(_tree(ghl, original["id"])["adsets"][0]["ads"]) == 2


def test_deleting_a_node_deletes_its_subtree(ghl):
    api, where = ghl.client(), {"locationId": ghl.location_id}
    campaign = ghl.facebook_published_campaign()
    adset, ad = campaign["adsets"][0], campaign["adsets"][0]["ads"][0]
    other = ghl.facebook_ad(ghl.facebook_adset(campaign))
    assert api.request("DELETE", f"{BASE}/ads/{other['id']}", json=where).json()["success"] is True
    assert api.post(f"{BASE}/ads/{other['id']}/duplicate", json=where).status_code == 400
    deleted = api.request("DELETE", f"{BASE}/campaigns/{campaign['id']}", json=where)
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    gone = api.get(f"{BASE}/campaign/{campaign['id']}", params=where)
    assert (gone.status_code, gone.json()["message"]) == (400, "Campaign not found")
    for path in (f"{BASE}/adsets/{adset['id']}/pause", f"{BASE}/ads/{ad['id']}/pause"):
        assert api.post(path, json=where).json()["message"] in ("Adset not found", "Ad not found")


def test_another_location_cannot_touch_the_tree(ghl):
    campaign = ghl.facebook_published_campaign()
    adset, ad = campaign["adsets"][0], campaign["adsets"][0]["ads"][0]
    second = ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=second))
    assert api.get(f"{BASE}/campaign/{campaign['id']}", params={"locationId": second}).status_code == 403
    for path in (f"{BASE}/adsets/{adset['id']}/duplicate", f"{BASE}/ads/{ad['id']}/duplicate"):
        assert api.post(path).status_code == 403, path
    assert api.get(f"{BASE}/campaign/{campaign['id']}", params={"locationId": ghl.location_id}).status_code == 403
    assert len(_tree(ghl, campaign["id"])["adsets"]) == 1


def test_writes_need_the_write_scope(ghl):
    campaign = ghl.facebook_campaign()
    reader = ghl.client(scopes=["adPublishing.readonly"])
    assert reader.get(f"{BASE}/campaign/{campaign['id']}", params={"locationId": ghl.location_id}).status_code == 200
    refused = reader.put(f"{BASE}/campaigns", json={"locationId": ghl.location_id, "name": "x"})
    assert refused.status_code == 401
    writer = ghl.client(scopes=["adPublishing.write"])
    assert writer.get(f"{BASE}/campaign/{campaign['id']}", params={"locationId": ghl.location_id}).status_code == 401


def test_publishing_progress_is_complete_once_published(ghl):
    api, where = ghl.client(version="v3"), {"locationId": ghl.location_id}
    draft = ghl.facebook_ad()
    before = api.get(f"{BASE}/campaigns/{draft['campaignId']}/publishing-progress", params=where).json()
    assert (before["total"], before["processed"], before["isComplete"]) == (3, 0, False)
    api.post(f"{BASE}/campaigns/{draft['campaignId']}/publish", json=where)
    after = api.get(f"{BASE}/campaigns/{draft['campaignId']}/publishing-progress", params=where).json()
    assert (after["publishingStatus"], after["processed"], after["isComplete"]) == ("PUBLISHED", 3, True)
    assert api.get(f"{BASE}/campaigns/nope/publishing-progress", params=where).status_code == 404
