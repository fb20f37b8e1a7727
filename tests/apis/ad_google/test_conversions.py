"""Conversion actions and the goals they make up (conversions.py)."""

from __future__ import annotations

import pytest

from tests.apis.ad_google.conftest import BASE, CONVERSION, data, refused


def test_conversion_lifecycle(ghl, connected):
    ghl.freeze("2025-03-01T10:00:00Z")
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    made = data(api.put(f"{BASE}/conversions", json={**CONVERSION, **loc}))
    account = connected["integration"]["adAccountId"]
    assert (made["resourceName"], made["status"], made["origin"], made["createdAt"]) == (
        f"customers/{account}/conversionActions/{made['id']}", "ENABLED", "WEBSITE", "2025-03-01T10:00:00.000Z")
    assert data(api.get(f"{BASE}/conversions/{made['id']}", params=loc))["name"] == "Booked call"

    changed = data(api.put(f"{BASE}/conversions", json={**CONVERSION, **loc, "conversionId": made["id"],
                                                         "name": "Qualified call", "clickThroughWindow": 60}))
    assert (changed["id"], changed["name"], changed["clickThroughWindow"]) == (made["id"], "Qualified call", 60)
    assert [c["name"] for c in data(api.get(f"{BASE}/conversions", params=loc))] == ["Qualified call"]

    assert data(api.delete(f"{BASE}/conversions/{made['id']}", params=loc)) == {"success": True,
                                                                                 "conversionId": made["id"]}
    assert refused(api.get(f"{BASE}/conversions/{made['id']}", params=loc)) == "Conversion not found"
    assert refused(api.delete(f"{BASE}/conversions/{made['id']}", params=loc)) == "Conversion not found"
    assert data(api.get(f"{BASE}/conversions", params=loc)) == []


def test_the_listing_filters_by_type_category_and_day(ghl, connected):
    ghl.freeze("2025-03-01T10:00:00Z")
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    call = data(api.put(f"{BASE}/conversions", json={**CONVERSION, **loc, "type": "UPLOAD_CALLS",
                                                      "category": "PHONE_CALL_LEAD"}))
    ghl.advance(days=2)
    page = data(api.put(f"{BASE}/conversions", json={**CONVERSION, **loc}))
    listed = lambda **q: [c["id"] for c in data(api.get(f"{BASE}/conversions", params={**loc, **q}))]
    assert listed() == [call["id"], page["id"]]
    assert listed(conversionType="UPLOAD_CALLS") == listed(category="PHONE_CALL_LEAD") == [call["id"]]
    assert listed(startDate="2025-03-02") == [page["id"]]
    assert listed(endDate="2025-03-02", type="AD_WORDS") == [call["id"]]


def test_goals_are_the_categories_and_origins_of_the_conversions(ghl, connected):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    assert data(api.get(f"{BASE}/conversion-goals", params=loc)) == []
    first = data(api.put(f"{BASE}/conversions", json={**CONVERSION, **loc}))
    second = data(api.put(f"{BASE}/conversions", json={**CONVERSION, **loc, "name": "Form"}))
    calls = data(api.put(f"{BASE}/conversions", json={**CONVERSION, **loc, "type": "UPLOAD_CALLS"}))
    goals = data(api.get(f"{BASE}/conversion-goals", params={**loc, "isDraft": "false"}))
    assert [(g["category"], g["origin"], g["conversionActionIds"]) for g in goals] == [
        ("BOOK_APPOINTMENT", "CALL_FROM_ADS", [calls["id"]]),
        ("BOOK_APPOINTMENT", "WEBSITE", [first["id"], second["id"]])]


@pytest.mark.ghl_allow_violations
def test_what_google_refuses(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    assert refused(api.put(f"{BASE}/conversions", json={**CONVERSION, **loc})) == (
        "Google Ads integration not found for this location")
    ghl.google_ads_connection()
    problems = refused(api.put(f"{BASE}/conversions", json={**CONVERSION, **loc, "category": "NOPE",
                                                             "clickThroughWindow": 91}), 422)
    assert problems[0].startswith("category must be one of the following values: DEFAULT, PAGE_VIEW")
    assert problems[1] == "clickThroughWindow must be between 1 and 90 days"
    unknown = api.put(f"{BASE}/conversions", json={**CONVERSION, **loc, "conversionId": "nope"})
    assert refused(unknown) == "Conversion not found"
    assert refused(api.get(f"{BASE}/conversions", params={**loc, "startDate": "March"}), 422) == [
        "startDate must be a valid ISO 8601 date string"]
    assert refused(api.get(f"{BASE}/conversions", params={**loc, "startDate": "2025-03-02",
                                                           "endDate": "2025-03-01"})) == "startDate must not be after endDate"
    assert data(api.get(f"{BASE}/conversions", params=loc)) == []


def test_another_locations_conversions_are_unknown(ghl, connected):
    made = data(ghl.client().put(f"{BASE}/conversions", json={**CONVERSION, "locationId": ghl.location_id}))
    elsewhere = ghl.location()["id"]
    other, loc = ghl.client(token=ghl.token(location_id=elsewhere)), {"locationId": elsewhere}
    assert other.get(f"{BASE}/conversions/{made['id']}", params=loc).status_code == 403
    assert other.delete(f"{BASE}/conversions/{made['id']}", params=loc).status_code == 403
    assert other.get(f"{BASE}/conversions", params={"locationId": ghl.location_id}).status_code == 403
    assert ghl.client().get(f"{BASE}/conversions/{made['id']}", params={"locationId": ghl.location_id}).is_success


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl, connected):
    reader = ghl.client(scopes=["adPublishing.readonly"])
    answer = reader.put(f"{BASE}/conversions", json={**CONVERSION, "locationId": ghl.location_id})
    assert refused(answer, 401) == "The token is not authorized for this scope."
    assert data(reader.get(f"{BASE}/conversions", params={"locationId": ghl.location_id})) == []
