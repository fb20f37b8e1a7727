"""What Google knows and GHL relays (catalog.py): targeting search, interests, keyword ideas."""

from __future__ import annotations

import pytest

from tests.apis.ad_google.conftest import BASE, data, refused


def test_targeting_search_finds_places_and_languages(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    places = data(api.get(f"{BASE}/targeting/search", params={**loc, "type": "LOCATION", "query": "new york"}))
    assert [(p["id"], p["type"], p["resourceName"]) for p in places] == [
        ("21167", "State", "geoTargetConstants/21167"), ("1023191", "City", "geoTargetConstants/1023191")]
    assert places[0]["country_name"] == "United States"
    languages = data(api.get(f"{BASE}/targeting/search", params={**loc, "type": "LANGUAGE", "query": "span"}))
    assert languages == [{"key": "es", "id": "1003", "name": "Spanish", "resourceName": "languageConstants/1003"}]


def test_interests_of_each_kind(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    in_market = data(api.get(f"{BASE}/target-interests", params={**loc, "type": "IN_MARKET",
                                                                  "advertisingChannelType": "DISPLAY"}))
    assert {i["type"] for i in in_market} == {"IN_MARKET"} and "80201" in {i["id"] for i in in_market}


def test_keyword_ideas_grow_from_the_seeds_and_the_page_and_are_stable(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    body = {"url": "https://www.plumbing.example/emergency", "keywords": ["Drain repair"], "languageCode": "en",
            "locations": ["2840"]}
    answer = api.post(f"{BASE}/keyword-ideas", params=loc, json=body)
    assert answer.status_code == 201
    ideas = data(answer)
    texts = [i["text"] for i in ideas]
    assert texts[:3] == ["drain repair", "drain repair near me", "best drain repair"]
    assert {"plumbing", "emergency services"} <= set(texts)
    assert all(i["competition"] in ("LOW", "MEDIUM", "HIGH") and i["highTopOfPageBidMicros"] >
               i["lowTopOfPageBidMicros"] for i in ideas)
    assert data(api.post(f"{BASE}/keyword-ideas", params=loc, json=body)) == ideas


@pytest.mark.ghl_allow_violations
def test_what_the_catalog_refuses(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    assert refused(api.get(f"{BASE}/targeting/search", params={**loc, "type": "PLANET"}), 422) == [
        "type must be one of the following values: LOCATION, LANGUAGE"]
    assert refused(api.get(f"{BASE}/target-interests", params={**loc, "type": "AFFINITY",
                                                                "advertisingChannelType": "RADIO"}), 422)[0].startswith(
        "advertisingChannelType must be one of the following values: SEARCH")
    ideas = lambda **b: api.post(f"{BASE}/keyword-ideas", params=loc, json={"url": "https://a.example", **b})
    assert refused(ideas(url="not a url"), 422) == ["url must be a URL address"]
    assert refused(ideas(languageCode="xx")) == "Unknown languageCode xx"
    assert refused(ideas(locations=["1"])) == "Unknown location 1"
    assert refused(ideas(keywords=[f"k{n}" for n in range(21)]), 422) == [
        "keywords must contain no more than 20 elements"]


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl):
    answer = ghl.client(scopes=["contacts.readonly"]).get(f"{BASE}/targeting/search", params={
        "locationId": ghl.location_id, "type": "LOCATION"})
    assert refused(answer, 401) == "The token is not authorized for this scope."
