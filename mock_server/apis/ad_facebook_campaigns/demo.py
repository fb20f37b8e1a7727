"""The Facebook campaigns area's part of the demo (``Area.demo``): in the main location, a published lead
campaign (one ad set, two ads, one ad paused) on its Facebook integration's page and ad account, a draft
campaign, and two custom audiences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

BASE = "/ad-publishing/facebook"
# An ad set and an ad complete enough to publish (page, budget, audience; a creative).
ADSET: dict[str, Any] = {
    "name": "Homeowners 30-60", "pageId": "196684453527082", "conversionLocation": "on_ad",
    "budget": {"budgetType": "DAILY", "amount": 20},
    "audience": {"geoLocations": [{"key": "US", "name": "United States", "type": "country",
                                   "selectionType": "include"}],
                 "ageMin": 30, "ageMax": 60, "genders": [1, 2], "placementType": "auto"}}
AD: dict[str, Any] = {
    "name": "Free valuation", "primaryText": "What is your home worth today?", "headline": "Free home valuation",
    "mediaType": "SINGLE", "cta": "LEARN_MORE", "destinationLink": "https://example.com/valuation",
    "media": [{"type": "image", "src": "https://cdn.example.com/ads/valuation.jpg", "name": "valuation.jpg"}]}


def load(demo: DemoLoader) -> None:
    where = {"locationId": demo.main}  # the Facebook integration area's demo connected its ad account and page
    page = demo.call("GET", f"{BASE}/integration", token=demo.main_token, params=where)["fbDefaultPageId"]

    def call(method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        return demo.call(method, BASE + path, token=demo.main_token, json={**where, **body})

    campaign = call("PUT", "/campaigns", {"name": "Spring home valuation", "objective": "OUTCOME_LEADS",
                                          "specialAdCategories": ["HOUSING"]})
    adset = call("PUT", "/adsets", {"campaignId": campaign["id"], **ADSET, "pageId": page})
    ads = [call("PUT", "/ads", {"campaignId": campaign["id"], "adsetId": adset["id"], **AD, "name": name})
           for name in ("Free valuation", "Free valuation (video)")]
    call("POST", f"/campaigns/{campaign['id']}/publish", {})
    call("POST", f"/ads/{ads[1]['id']}/pause", {})
    call("PUT", "/campaigns", {"name": "Open house weekend", "objective": "OUTCOME_TRAFFIC"})
    for name, subtype in (("Past clients", "CUSTOM"), ("Past clients lookalike (US, 1%)", "LOOKALIKE")):
        demo.seed(demo.main, "facebook/custom-audiences", {"name": name, "subtype": subtype})
    demo.summary["facebookCampaigns"] = 2
