"""The Google Ads area's part of the demo (``Area.demo``): the main location connected to Google (seeded), a
conversion, a customer-match list of its contacts, and a search campaign published today (so today's report
has figures) beside a draft."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

_BASE = "/ad-publishing/google"


def load(demo: DemoLoader) -> None:
    demo.seed(demo.main, "google-ads/connection", {
        "email": "ads@demo-store.example", "name": "Demo Advertiser", "integratedAccountId": "1234567890",
        "adAccounts": [{"id": "1234567890", "name": "Demo store ads", "managerId": "5550001111"},
                       {"id": "5550001111", "name": "Demo agency manager", "manager": True}]})
    token, location = demo.main_token, demo.main
    demo.call("PUT", f"{_BASE}/conversions", token=token, json={
        "locationId": location, "name": "Booked call", "type": "WEBPAGE", "category": "BOOK_APPOINTMENT",
        "valueSettings": {"defaultValue": 50, "defaultCurrencyCode": "USD", "alwaysUseDefaultValue": True},
        "countingType": "ONE_PER_CLICK", "attributionModel": "GOOGLE_SEARCH_ATTRIBUTION_DATA_DRIVEN",
        "clickThroughWindow": 30})
    customers = demo.call("PUT", f"{_BASE}/segments", token=token, params={"locationId": location,
                                                                            "type": "CUSTOMER_MATCH"},
                          json={"name": "Customers"})["data"]
    demo.call("POST", f"{_BASE}/segments/offline-user-list-job", token=token, json={
        "locationId": location, "userListId": customers["id"], "smartListIds": ["all"]})
    ad = {"name": "Shipping ad", "headlines": ["Fast shipping", "Free returns", "Shop the demo store"],
          "descriptions": ["Everything ships in a day.", "Returns are free for 30 days."],
          "finalUrl": "https://demo-store.example"}
    campaigns = []
    for name, publish in (("Demo search", True), ("Spring draft", False)):
        campaign = demo.call("PUT", f"{_BASE}/ads", token=token, json={
            "locationId": location, "name": name, "advertisingChannelType": "SEARCH",
            "budget": {"budgetType": "DAILY", "amount": 40},
            "adGroups": [{"name": "Shipping", "adContent": [ad],
                          "keywords": {"positives": [{"keyword": "fast shipping", "matchType": "PHRASE"}]}}]})["data"]
        if publish:
            demo.call("POST", f"{_BASE}/ads/{campaign['id']}/publish", token=token)
        campaigns.append(campaign["id"])
    demo.made["googleCampaigns"] = campaigns
    demo.summary.update(googleCampaigns=len(campaigns), googleConversions=1, googleSegments=1)
