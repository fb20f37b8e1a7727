"""Facebook targeting search (ad-manager.json): places, interests and languages from a fixed catalog."""

from __future__ import annotations

SEARCH = "/ad-publishing/facebook/targeting/search"


def test_each_type_searches_its_own_catalog(ghl):
    api = ghl.client()
    places = api.get(SEARCH, params={"type": "geolocation", "query": "los"}).json()
    assert [(p["name"], p["country_code"]) for p in places] == [("Los Angeles", "US")]
    interests = api.get(SEARCH, params={"type": "interest", "query": "FITNESS"}).json()
    assert [i["name"] for i in interests] == ["Fitness and wellness", "Physical fitness"]  # largest audience first
    assert interests[0]["audience_size_lower_bound"] > interests[1]["audience_size_lower_bound"]
    languages = api.get(SEARCH, params={"type": "language", "query": "english", "locationId": ghl.location_id})
    assert [lang["key"] for lang in languages.json()] == [6, 24, 1001]
    assert api.get(SEARCH, params={"type": "interest", "query": "zzz"}).json() == []


def test_an_unknown_type_is_refused(ghl):
    refused = ghl.client().get(SEARCH, params={"type": "zodiac", "query": "leo"})
    assert refused.status_code == 400
    assert refused.json()["message"] == "type must be one of the following values: geolocation, interest, language"


def test_search_needs_the_readonly_scope(ghl):
    assert ghl.client(scopes=["adPublishing.write"]).get(SEARCH, params={"type": "interest", "query": "a"}) \
        .status_code == 401
