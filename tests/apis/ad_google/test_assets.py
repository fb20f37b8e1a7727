"""Call, sitelink and lead-form assets, and the images and texts the campaigns use (assets.py)."""

from __future__ import annotations

import pytest

from tests.apis.ad_google.conftest import BASE, data, refused

CALL = {"phoneNumber": "+14155550100", "countryCode": "US"}
SITELINK = {"linkText": "Pricing", "finalUrls": "https://example.com/pricing"}


def test_assets_are_stored_listed_by_type_and_changed_by_resource_name(ghl, connected):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    made = api.post(f"{BASE}/assets", json={**loc, "type": "CALL", "payload": CALL})
    assert made.status_code == 201
    call = data(made)
    link = data(api.post(f"{BASE}/assets", json={**loc, "type": "SITELINK", "payload": SITELINK}))
    listed = lambda **q: [a["id"] for a in data(api.get(f"{BASE}/assets", params={**loc, **q}))]
    assert (listed(type="CALL"), listed(type="SITELINK"), listed(type="LEAD_FORM")) == ([call["id"]], [link["id"]], [])
    assert listed(type="SITELINK", id=link["resourceName"], advertiserOnly="true") == [link["id"]]
    changed = data(api.post(f"{BASE}/assets", json={**loc, "type": "CALL", "payload": {
        **CALL, "phoneNumber": "+14155550199", "resourceName": call["resourceName"]}}))
    assert (changed["id"], changed["phoneNumber"]) == (call["id"], "+14155550199")
    assert listed(type="CALL") == [call["id"]]


def test_a_campaign_can_name_the_assets_and_its_images_and_texts_are_listed(ghl, connected):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    call = data(api.post(f"{BASE}/assets", json={**loc, "type": "CALL", "payload": CALL}))
    campaign = ghl.google_campaign(publish=True, assets={"calls": [call["resourceName"]], "images": [
        {"url": "https://cdn.example/hero.png"}], "businessLogo": {"url": "https://cdn.example/logo.png"}})
    assert campaign["publishingStatus"] == "PUBLISHED"
    images = data(api.get(f"{BASE}/assets", params={**loc, "type": "IMAGE"}))
    assert [i["url"] for i in images] == ["https://cdn.example/hero.png", "https://cdn.example/logo.png"]
    texts = data(api.get(f"{BASE}/assets", params={**loc, "type": "TEXT"}))
    ad = campaign["adGroups"][0]["adContent"][0]
    assert [t["text"] for t in texts] == ad["headlines"] + ad["descriptions"]
    assert {t["fieldType"] for t in texts} == {"HEADLINES", "DESCRIPTIONS"}


@pytest.mark.ghl_allow_violations
def test_what_google_refuses(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    assert refused(api.post(f"{BASE}/assets", json={**loc, "type": "CALL", "payload": CALL})) == (
        "Google Ads integration not found for this location")
    ghl.google_ads_connection()
    assert refused(api.post(f"{BASE}/assets", json={**loc, "type": "SITELINK", "payload": CALL}), 422) == [
        "payload must be a SITELINK asset"]
    assert refused(api.post(f"{BASE}/assets", json={**loc, "type": "CALL", "payload": {
        **CALL, "resourceName": "customers/1/assets/2"}})) == "Asset not found"
    assert data(api.get(f"{BASE}/assets", params={**loc, "type": "CALL"})) == []


def test_another_locations_assets_are_not_listed(ghl, connected):
    data(ghl.client().post(f"{BASE}/assets", json={"locationId": ghl.location_id, "type": "CALL", "payload": CALL}))
    elsewhere = ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=elsewhere))
    assert data(other.get(f"{BASE}/assets", params={"locationId": elsewhere, "type": "CALL"})) == []
    assert other.get(f"{BASE}/assets", params={"locationId": ghl.location_id, "type": "CALL"}).status_code == 403


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl, connected):
    reader = ghl.client(scopes=["adPublishing.readonly"])
    answer = reader.post(f"{BASE}/assets", json={"locationId": ghl.location_id, "type": "CALL", "payload": CALL})
    assert refused(answer, 401) == "The token is not authorized for this scope."
    assert data(reader.get(f"{BASE}/assets", params={"locationId": ghl.location_id, "type": "CALL"})) == []
