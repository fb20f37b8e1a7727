"""Custom and data segments, and customer-match uploads of the location's contacts (segments.py)."""

from __future__ import annotations

import pytest

from tests.apis.ad_google.conftest import BASE, data, refused

RULES = {"flexibleRuleUserList": {"inclusiveOperands": [{"lookbackWindowDays": 30, "rule": {"ruleItemGroups": [
    {"ruleItems": [{"name": "url__", "stringRuleItem": {"operator": "CONTAINS", "value": "/pricing"}}]}]}}],
    "exclusiveOperands": []}}


def _put(api, loc, segment_type, body):
    return api.put(f"{BASE}/segments", params={**loc, "type": segment_type}, json=body)


def test_a_custom_segment_is_stored_listed_changed_and_deleted(ghl, connected):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    made = data(_put(api, loc, "CUSTOM_SEGMENTS", {"name": "Plumbers", "members": [
        {"memberType": "KEYWORD", "keyword": "plumber"}, {"memberType": "URL", "url": "https://pipes.example"}]}))
    account = connected["integration"]["adAccountId"]
    assert (made["kind"], made["status"], made["resourceName"]) == (
        "CUSTOM_SEGMENTS", "ENABLED", f"customers/{account}/customAudiences/{made['id']}")
    custom = {**loc, "type": "CUSTOM_SEGMENTS"}
    assert data(api.get(f"{BASE}/segments/{made['id']}", params=custom))["members"][1]["url"] == "https://pipes.example"
    renamed = data(_put(api, loc, "CUSTOM_SEGMENTS", {"id": made["id"], "name": "Pipe people"}))
    assert (renamed["name"], len(renamed["members"])) == ("Pipe people", 2)
    # a custom segment is not a data segment
    assert refused(api.get(f"{BASE}/segments/{made['id']}", params={**loc, "type": "DATA_SEGMENTS"})) == (
        "Segment not found")
    assert [s["id"] for s in data(api.get(f"{BASE}/segments", params=custom))] == [made["id"]]
    assert data(api.get(f"{BASE}/segments", params={**loc, "type": "DATA_SEGMENTS"})) == []
    assert data(api.delete(f"{BASE}/segments/{made['id']}", params=custom)) == {"success": True,
                                                                                 "segmentId": made["id"]}
    assert refused(api.get(f"{BASE}/segments/{made['id']}", params=custom)) == "Segment not found"
    assert data(api.get(f"{BASE}/segments", params=loc)) == []


def test_data_segments_and_their_lookalikes(ghl, connected):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    visitors = data(_put(api, loc, "WEBSITE_VISITOR", {"name": "Pricing visitors", "ruleBasedUserList": RULES}))
    customers = ghl.google_segment("CUSTOMER_MATCH")
    assert (customers["membershipLifeSpan"], customers["sizeForSearch"], customers["kind"]) == (540, 0, "DATA_SEGMENTS")
    alike = data(_put(api, loc, "LOOKALIKE", {"name": "Like buyers", "seedUserListIds": [customers["id"]],
                                              "countryCodes": ["US"]}))
    assert alike["expansionLevel"] == "BALANCED"
    listed = lambda t: [s["id"] for s in data(api.get(f"{BASE}/segments", params={**loc, "type": t}))]
    assert listed("DATA_SEGMENTS") == [visitors["id"], customers["id"], alike["id"]]
    assert listed("LOOKALIKE") == [alike["id"]]


@pytest.mark.ghl_allow_violations
def test_what_google_refuses(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    assert refused(_put(api, loc, "CUSTOMER_MATCH", {"name": "Early"})) == (
        "Google Ads integration not found for this location")
    ghl.google_ads_connection()
    assert refused(_put(api, loc, "CUSTOM_SEGMENTS", {"name": "Empty"})) == (
        "members must contain at least one keyword, URL or app")
    assert refused(_put(api, loc, "CUSTOM_SEGMENTS", {"name": "Half", "members": [{"memberType": "APP"}]}), 422) == [
        "members.0.app is required for a APP member"]
    assert refused(_put(api, loc, "WEBSITE_VISITOR", {"name": "No rules"})) == (
        "ruleBasedUserList is required for a WEBSITE_VISITOR segment")
    custom = ghl.google_segment("CUSTOM_SEGMENTS")
    assert refused(_put(api, loc, "LOOKALIKE", {"name": "Like", "seedUserListIds": [custom["id"]],
                                                "countryCodes": ["US"]})) == f"Seed user list {custom['id']} not found"
    assert refused(_put(api, loc, "CUSTOMER_MATCH", {"name": "Long", "membershipLifeSpan": 600}), 422) == [
        "membershipLifeSpan must be between 0 and 540 days, or 10000 (no expiry)"]
    assert refused(api.get(f"{BASE}/segments", params={**loc, "type": "NOPE"}), 422)[0].startswith("type must be one")
    assert [s["id"] for s in data(api.get(f"{BASE}/segments", params=loc))] == [custom["id"]]


def test_uploading_contacts_sizes_the_customer_match_list(ghl, connected):
    ghl.contact(email="a@example.com")
    ghl.contact(phone="+14155550123")
    customers = ghl.google_segment("CUSTOMER_MATCH")
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    job = api.post(f"{BASE}/segments/offline-user-list-job", json={
        **loc, "userListId": customers["id"], "smartListIds": ["all"], "isDynamic": True})
    assert job.status_code == 201
    assert (data(job)["status"], data(job)["uploadedCount"]) == ("SUCCESS", 2)
    after = data(api.get(f"{BASE}/segments/{customers['id']}", params={**loc, "type": "DATA_SEGMENTS"}))
    assert (after["sizeForSearch"], after["isDynamic"], after["lastJobId"]) == (2, True, data(job)["jobId"])


@pytest.mark.ghl_allow_violations
def test_uploads_go_to_a_customer_match_list_only(ghl, connected):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    custom = ghl.google_segment("CUSTOM_SEGMENTS")
    job = lambda **b: api.post(f"{BASE}/segments/offline-user-list-job", json={**loc, **b})
    assert refused(job(smartListIds=["all"])) == "userListId is required"
    assert refused(job(userListId=custom["id"], smartListIds=["all"])) == (
        "userListId must be a CUSTOMER_MATCH segment of this location")
    customers = ghl.google_segment()
    assert refused(job(userListId=customers["id"])) == "smartListIds or csvPath is required"
    assert data(job(userListId=customers["id"], csvPath="uploads/list.csv"))["uploadedCount"] == 0


def test_another_locations_segments_are_unknown(ghl, connected):
    segment = ghl.google_segment()
    elsewhere = ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=elsewhere))
    theirs = {"locationId": elsewhere, "type": "DATA_SEGMENTS"}
    assert other.get(f"{BASE}/segments/{segment['id']}", params=theirs).status_code == 403
    assert other.delete(f"{BASE}/segments/{segment['id']}", params=theirs).status_code == 403
    assert other.get(f"{BASE}/segments", params={"locationId": ghl.location_id}).status_code == 403


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl, connected):
    segment = ghl.google_segment()
    reader, params = ghl.client(scopes=["adPublishing.readonly"]), {"locationId": ghl.location_id,
                                                                      "type": "DATA_SEGMENTS"}
    assert refused(reader.delete(f"{BASE}/segments/{segment['id']}", params=params), 401) == (
        "The token is not authorized for this scope.")
    assert data(reader.get(f"{BASE}/segments/{segment['id']}", params=params))["id"] == segment["id"]
