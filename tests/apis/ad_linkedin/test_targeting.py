"""Targeting search: the catalog's entities of a facet, narrowed by a query, in the shape the audience takes."""

from __future__ import annotations

import pytest

BASE = "/ad-publishing/linkedin"


def test_search_narrows_a_facet_and_answers_what_an_audience_takes(ghl):
    ghl.linkedin_integration()
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    found = api.get(f"{BASE}/targeting/search", params=loc | {"facet": "locations", "query": "UNITED"}).json()
    assert [e["name"] for e in found["elements"]] == ["United States", "United Kingdom"]
    assert found["elements"][0] == {"urn": "urn:li:geo:103644278", "name": "United States",
                                    "facetUrn": "urn:li:adTargetingFacet:locations", "facet": "locations",
                                    "categoryName": "Locations"}
    every = api.get(f"{BASE}/targeting/search", params=loc | {"facet": "seniorities", "q": "adTargetingFacet"})
    assert len(every.json()["elements"]) == 10
    group = ghl.linkedin_campaign_group()
    attribute = {k: found["elements"][0][k] for k in ("urn", "name", "categoryName", "facet")}
    targeted = api.put(f"{BASE}/ads", json={"id": group["id"], "locationId": ghl.location_id, "adCampaigns": [
        {"id": group["adCampaigns"][0]["id"], "audience": {"targetAudience": {"include": [[attribute]]}}}]})
    assert targeted.json()["adCampaigns"][0]["audience"]["targetAudience"]["include"] == [[attribute]]


@pytest.mark.ghl_allow_violations("invalid_value")
def test_unknown_facets_and_finders_are_refused(ghl):
    ghl.linkedin_integration()
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    facet = api.get(f"{BASE}/targeting/search", params=loc | {"facet": "hobbies"})
    assert facet.status_code == 422 and facet.json()["message"][0].startswith("facet must be one of")
    assert api.get(f"{BASE}/targeting/search", params=loc | {"facet": "titles", "q": "x"}).status_code == 422


def test_search_needs_linkedin_connected_at_the_location(ghl):
    answer = ghl.client().get(f"{BASE}/targeting/search", params={"locationId": ghl.location_id, "facet": "titles"})
    assert (answer.status_code, answer.json()["message"]) == (400, "LinkedIn integration not found")
    other = ghl.location()["id"]
    foreign = ghl.client(token=ghl.token(location_id=other))
    assert foreign.get(f"{BASE}/targeting/search",
                       params={"locationId": ghl.location_id, "facet": "titles"}).status_code == 403
