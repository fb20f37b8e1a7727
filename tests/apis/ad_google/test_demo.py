"""The Google Ads part of the demo sandbox, as the API shows it."""

from __future__ import annotations

from tests.apis.ad_google.conftest import BASE, data


def test_the_demo_has_a_connected_account_a_published_campaign_and_a_draft(small_demo):
    api, summary = small_demo.api, small_demo.summary
    loc = {"locationId": small_demo.main}
    assert data(api.get(f"{BASE}/integration", params=loc))["adAccountId"] == "1234567890"
    campaigns = data(api.get(f"{BASE}/entity", params={**loc, "type": "AD_MANAGER", "entityType": "CAMPAIGN"}))
    assert [(c["name"], c["publishingStatus"]) for c in campaigns] == [("Demo search", "PUBLISHED"),
                                                                      ("Spring draft", "DRAFT")]
    assert summary["googleCampaigns"] == 2 and campaigns[0]["metrics"]["impressions"] > 0
    assert [c["name"] for c in data(api.get(f"{BASE}/conversions", params=loc))] == ["Booked call"]
    customers = data(api.get(f"{BASE}/segments", params={**loc, "type": "CUSTOMER_MATCH"}))
    assert customers[0]["sizeForSearch"] == len([c for c in api.get("/contacts/", params=loc).json()["contacts"]
                                                 if c.get("email") or c.get("phone")])
