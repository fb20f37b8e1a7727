"""Funnels and their pages (funnels.json): seeded through the control plane, listed, filtered and counted."""

from __future__ import annotations

import pytest


def test_seeded_funnels_are_listed_with_their_steps(ghl):
    funnel = ghl.funnel("Lead magnet", steps=2)
    site = ghl.funnel("Company site", type="website", steps=1)
    answer = ghl.client().get("/funnels/funnel/list", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text
    listed = answer.json()
    assert listed["count"] == 2 and [f["_id"] for f in listed["funnels"]] == [funnel["_id"], site["_id"]]
    first = listed["funnels"][0]
    assert first == funnel and first["type"] == "funnel" and first["locationId"] == ghl.location_id
    assert [(s["name"], s["sequence"], s["type"]) for s in first["steps"]] == [
        ("Step 1", 1, "optin_funnel_page"), ("Step 2", 2, "optin_funnel_page")]
    assert first["url"] == first["steps"][0]["url"]


@pytest.mark.ghl_allow_violations("invalid_value")
def test_the_funnel_listing_filters_and_pages(ghl):
    a, b = ghl.funnel("Spring sale"), ghl.funnel("Webinar")
    site = ghl.funnel("Spring site", type="website")
    api = ghl.client()

    def ids(**params):
        found = api.get("/funnels/funnel/list", params={"locationId": ghl.location_id, **params}).json()
        return [f["_id"] for f in found["funnels"]], found["count"]

    assert ids(type="website") == ([site["_id"]], 1)
    assert ids(name="SPRING") == ([a["_id"], site["_id"]], 2)
    assert ids(offset="1", limit="1") == ([b["_id"]], 3)
    assert api.get("/funnels/funnel/list", params={"locationId": ghl.location_id, "limit": "ten"}).status_code == 422


def test_pages_of_a_funnel_in_step_order_and_their_count(ghl):
    funnel = ghl.api("POST", f"/_mock/locations/{ghl.location_id}/funnels", {"name": "Shop", "steps": [
        {"name": "Landing", "url": "/shop", "pages": ["Landing A", "Landing B"]},
        {"name": "Checkout", "url": "/shop-checkout"}]})
    ghl.funnel("Another")
    api = ghl.client()
    query = {"locationId": ghl.location_id, "funnelId": funnel["_id"]}
    pages = api.get("/funnels/page", params={**query, "limit": 10, "offset": 0})
    assert pages.status_code == 200, pages.text
    assert [(p["name"], p["stepId"]) for p in pages.json()] == [
        ("Landing A", funnel["steps"][0]["id"]), ("Landing B", funnel["steps"][0]["id"]),
        ("Checkout", funnel["steps"][1]["id"])]
    assert [p["_id"] for p in pages.json()] == funnel["steps"][0]["pages"] + funnel["steps"][1]["pages"]
    assert all(p["funnelId"] == funnel["_id"] and p["deleted"] is False for p in pages.json())
    assert [p["name"] for p in api.get("/funnels/page", params={**query, "limit": 1, "offset": 1}).json()] == [
        "Landing B"]
    assert api.get("/funnels/page/count", params=query).json()["count"] == 3
    assert api.get("/funnels/page/count", params={**query, "name": "landing"}).json()["count"] == 2
    nothing = {"locationId": ghl.location_id, "funnelId": "no-such-funnel"}
    assert api.get("/funnels/page/count", params=nothing).json()["count"] == 0


def test_the_listings_take_the_scopes_scopes_md_names(ghl):
    params = {"locationId": ghl.location_id}
    narrow = ghl.client(token=ghl.token(["funnels/page.readonly"]))
    assert narrow.get("/funnels/funnel/list", params=params).status_code == 401
    assert ghl.client(token=ghl.token(["funnels/funnel.readonly"])).get(
        "/funnels/funnel/list", params=params).status_code == 200
