"""The official Python SDK (``gohighlevel-api-client``), unchanged, on opportunities and blogs.

It sends ``Version: v3``, camelCase query names where the v2 file has snake_case (``locationId`` on
the opportunity search), and parses every answer into its own DTOs: each call below must come back
whole, and the test fails at teardown if the SDK sent anything GHL would reject.
"""

from __future__ import annotations

import asyncio

import pytest

highlevel = pytest.importorskip("highlevel", reason="the official SDK is a test dependency")


@pytest.mark.ghl_intercept
def test_a_deal_through_the_sdk(ghl):
    pipeline = ghl.pipeline(stages=["Lead", "Won"])
    reason = ghl.lost_reason("Too expensive")
    contact = ghl.contact(firstName="Ada")
    sdk = highlevel.HighLevel(private_integration_token=ghl.pit())

    async def flow():
        made = await sdk.opportunities.create_opportunity({
            "locationId": ghl.location_id, "pipelineId": pipeline["id"], "contactId": contact["id"],
            "name": "Engine", "status": "open", "monetaryValue": 500})
        deal_id = made["opportunity"]["id"]
        found = await sdk.opportunities.search_opportunity(location_id=ghl.location_id, pipeline_id=pipeline["id"],
                                                          contact_id=contact["id"])
        await sdk.opportunities.update_opportunity(deal_id, {"pipelineStageId": pipeline["stages"][1]["id"]})
        await sdk.opportunities.update_opportunity_status(deal_id, {"status": "lost", "lostReasonId": reason["id"]})
        await sdk.opportunities.add_followers_opportunity(deal_id, {"followers": [ghl.user_id]})
        pipelines = await sdk.opportunities.get_pipelines(location_id=ghl.location_id)
        reasons = await sdk.opportunities.get_lost_reason(location_id=ghl.location_id)
        return deal_id, found, pipelines, reasons, await sdk.opportunities.get_opportunity(deal_id)

    deal_id, found, pipelines, reasons, deal = asyncio.run(flow())
    assert [o["id"] for o in found["opportunities"]] == [deal_id]
    assert [p["id"] for p in pipelines["pipelines"]] == [pipeline["id"]]
    assert [r["name"] for r in reasons["lostReasons"]] == ["Too expensive"]
    opportunity = deal["opportunity"]
    assert (opportunity["status"], opportunity["pipelineStageId"]) == ("lost", pipeline["stages"][1]["id"])
    assert opportunity["followers"] == [ghl.user_id]


@pytest.mark.ghl_intercept
def test_a_blog_post_through_the_sdk(ghl):
    blog, author, category = ghl.blog(), ghl.blog_author(), ghl.blog_category()
    sdk = highlevel.HighLevel(private_integration_token=ghl.pit())

    async def flow():
        sites = await sdk.blogs.get_blogs(location_id=ghl.location_id, skip=0, limit=10)
        free = await sdk.blogs.check_url_slug_exists(url_slug="hello-world", location_id=ghl.location_id)
        await sdk.blogs.create_blog_post({
            "title": "Hello world", "locationId": ghl.location_id, "blogId": blog["_id"], "imageUrl": "https://x.test/a.png",
            "description": "First post", "rawHTML": "<p>Hi</p>", "status": "PUBLISHED", "imageAltText": "a",
            "categories": [category["_id"]], "tags": ["news"], "author": author["_id"], "urlSlug": "hello-world",
            "publishedAt": "2025-01-01T00:00:00.000Z"})
        taken = await sdk.blogs.check_url_slug_exists(url_slug="hello-world", location_id=ghl.location_id)
        posts = await sdk.blogs.get_blog_post(location_id=ghl.location_id, blog_id=blog["_id"], limit=10, offset=0)
        return sites, free, taken, posts

    sites, free, taken, posts = asyncio.run(flow())
    assert [s["_id"] for s in sites["data"]] == [blog["_id"]]
    assert (free["exists"], taken["exists"]) == (False, True)
    assert [p["title"] for p in posts["blogs"]] == ["Hello world"]
