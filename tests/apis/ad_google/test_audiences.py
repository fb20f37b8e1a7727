"""Audiences and the segments and interests they name (audiences.py)."""

from __future__ import annotations

import pytest

from tests.apis.ad_google.conftest import BASE, data, refused


def test_an_audience_is_stored_listed_and_changed_by_its_resource_name(ghl, connected):
    customers, custom = ghl.google_segment(), ghl.google_segment("CUSTOM_SEGMENTS")
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    made = data(api.put(f"{BASE}/audiences", json={**loc, "name": "Buyers 25-44", "dimensions": {
        "ageRanges": ["AGE_RANGE_25_34", "AGE_RANGE_35_44"], "audienceSegments": {
            "userLists": [customers["id"]], "customAudiences": [custom["id"]], "userInterests": ["80201"]}}}))
    account = connected["integration"]["adAccountId"]
    assert made["resourceName"] == f"customers/{account}/audiences/{made['id']}"
    assert data(api.get(f"{BASE}/audiences/{made['id']}", params=loc))["dimensions"]["ageRanges"] == [
        "AGE_RANGE_25_34", "AGE_RANGE_35_44"]
    changed = data(api.put(f"{BASE}/audiences", json={**loc, "name": "Buyers", "resourceName": made["resourceName"]}))
    assert (changed["id"], changed["name"]) == (made["id"], "Buyers")
    assert [a["name"] for a in data(api.get(f"{BASE}/audiences", params=loc))] == ["Buyers"]


def test_a_deleted_segment_leaves_the_audiences_naming_it(ghl, connected):
    customers, kept = ghl.google_segment(), ghl.google_segment()
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    made = data(api.put(f"{BASE}/audiences", json={**loc, "name": "Buyers", "exclusionDimension": {
        "audienceSegments": {"userLists": [customers["id"], kept["id"]]}}}))
    api.delete(f"{BASE}/segments/{customers['id']}", params={**loc, "type": "DATA_SEGMENTS"})
    after = data(api.get(f"{BASE}/audiences/{made['id']}", params=loc))
    assert after["exclusionDimension"]["audienceSegments"]["userLists"] == [kept["id"]]


@pytest.mark.ghl_allow_violations
def test_what_google_refuses(ghl, connected):
    custom = ghl.google_segment("CUSTOM_SEGMENTS")
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    put = lambda **b: api.put(f"{BASE}/audiences", json={**loc, "name": "A", **b})
    assert refused(put(dimensions={"audienceSegments": {"userLists": [custom["id"]]}})) == (
        f"Segment {custom['id']} not found")
    assert refused(put(dimensions={"audienceSegments": {"userInterests": ["1"]}})) == "User interest 1 not found"
    assert refused(put(resourceName="customers/1/audiences/2")) == "Audience not found"
    assert refused(api.get(f"{BASE}/audiences/nope", params=loc)) == "Audience not found"
    assert data(api.get(f"{BASE}/audiences", params=loc)) == []


def test_another_locations_audiences_are_unknown(ghl, connected):
    made = data(ghl.client().put(f"{BASE}/audiences", json={"locationId": ghl.location_id, "name": "Mine"}))
    elsewhere = ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=elsewhere))
    assert other.get(f"{BASE}/audiences/{made['id']}", params={"locationId": elsewhere}).status_code == 403
    assert other.get(f"{BASE}/audiences", params={"locationId": ghl.location_id}).status_code == 403


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl, connected):
    reader = ghl.client(scopes=["adPublishing.readonly"])
    answer = reader.put(f"{BASE}/audiences", json={"locationId": ghl.location_id, "name": "Mine"})
    assert refused(answer, 401) == "The token is not authorized for this scope."
    assert data(reader.get(f"{BASE}/audiences", params={"locationId": ghl.location_id})) == []
