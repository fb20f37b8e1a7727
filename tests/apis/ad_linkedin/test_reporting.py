"""Reporting: figures only for the days an ad served (published, not paused), summed by day, month, pivot,
list and campaign group, always the same for the same ad and day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mock_server.apis.ad_linkedin.reporting import day_figures

BASE = "/ad-publishing/linkedin"
MARCH = {"startDate": "2025-03-01", "endDate": "2025-03-31"}


def expected(ad_id, days, metric="clicks", bid=4.5, objective="WEBSITE_VISIT"):
    return {day: day_figures(ad_id, day, bid, objective)[metric] for day in days}


def march(first, last):
    return [date(2025, 3, first) + timedelta(days=n) for n in range(last - first + 1)]


@pytest.fixture
def live(ghl):
    """A website-visit group published on 1 March 2025, read on 5 March."""
    ghl.freeze(datetime(2025, 3, 1, 12, tzinfo=UTC))
    group = ghl.linkedin_campaign_group(publish=True)
    ghl.advance(days=4)
    return group


def analytics(ghl, **params):
    answer = ghl.client().get(f"{BASE}/reporting", params={"locationId": ghl.location_id, **MARCH, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()["elements"]


def test_daily_figures_for_the_days_it_served(ghl, live):
    ad = live["adCampaigns"][0]["ads"][0]
    rows = analytics(ghl, pivot="CREATIVE")
    assert [r["pivotValues"] for r in rows] == [[f"urn:li:sponsoredCreative:{ad['adId']}"]] * 5
    assert [r["dateRange"]["start"] for r in rows] == [{"year": 2025, "month": 3, "day": d} for d in range(1, 6)]
    assert {date(2025, 3, r["dateRange"]["start"]["day"]): r["clicks"] for r in rows} == expected(ad["adId"],
                                                                                                 march(1, 5))
    assert rows[0]["costInLocalCurrency"] == round(rows[0]["clicks"] * 4.5, 2) and rows[0]["oneClickLeads"] == 0
    assert analytics(ghl, pivot="CREATIVE") == rows  # the same every time

    month = analytics(ghl, groupBy="month", fields="clicks,impressions")
    assert month == [{"pivotValues": [f"urn:li:sponsoredAccount:{live['linkedInAdAccountId']}"],
                      "dateRange": {"start": {"year": 2025, "month": 3, "day": 1},
                                    "end": {"year": 2025, "month": 3, "day": 31}},
                      "impressions": sum(r["impressions"] for r in rows), "clicks": sum(r["clicks"] for r in rows)}]
    assert analytics(ghl, entityUrns="urn:li:sponsoredCampaign:1") == []
    campaign_urn = f"urn:li:sponsoredCampaign:{live['adCampaigns'][0]['adCampaignId']}"
    assert len(analytics(ghl, entityUrns=campaign_urn)) == 5


def test_paused_days_have_no_figures(ghl, live):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    ghl.advance(days=-2)  # 3 March
    api.patch(f"{BASE}/{live['id']}/status", params=loc, json={"operationType": "PAUSED", "type": "adGroup"})
    ghl.advance(days=2)  # 5 March
    days = [r["dateRange"]["start"]["day"] for r in analytics(ghl)]
    assert days == [1, 2, 3]
    api.patch(f"{BASE}/{live['id']}/status", params=loc, json={"operationType": "RESUME", "type": "adGroup"})
    assert [r["dateRange"]["start"]["day"] for r in analytics(ghl)] == [1, 2, 3, 5]


def test_lists_and_the_group_report_add_up(ghl, live):
    draft = ghl.linkedin_campaign_group()
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    total_clicks = sum(r["clicks"] for r in analytics(ghl))
    campaign = live["adCampaigns"][0]
    ids = {"campaignId": campaign["id"], "campaignGroupId": live["id"]}
    groups = api.get(f"{BASE}/reporting/list", params=loc | MARCH | ids | {"listType": "campaignGroups"}).json()
    assert [(i["id"], i["metrics"]["clicks"]) for i in groups["items"]] == [(live["id"], total_clicks),
                                                                           (draft["id"], 0)]
    assert groups["summary"]["clicks"] == total_clicks
    campaigns = api.get(f"{BASE}/reporting/list", params=loc | MARCH | ids | {"listType": "campaigns"}).json()
    assert [(i["adCampaignId"], i["metrics"]["clicks"]) for i in campaigns["items"]] == \
        [(campaign["adCampaignId"], total_clicks)]
    ads = api.get(f"{BASE}/reporting/list", params=loc | MARCH | ids | {"listType": "ads", "fields": "impressions"})
    assert [set(i["metrics"]) for i in ads.json()["items"]] == [{"impressions"}]

    report = api.get(f"{BASE}/reporting/campaign-group/{live['adCampaignGroupId']}", params=loc | MARCH).json()
    assert (report["id"], report["metrics"]["clicks"], report["campaigns"][0]["metrics"]["clicks"]) == \
        (live["id"], total_clicks, total_clicks)
    before = api.get(f"{BASE}/reporting/campaign-group/{live['id']}",
                     params=loc | {"startDate": "2025-02-01", "endDate": "2025-02-28"}).json()
    assert before["metrics"]["clicks"] == 0
    mismatch = api.get(f"{BASE}/reporting/campaign-group/{live['id']}", params=loc | MARCH | {
        "campaignGroupId": draft["id"]})
    assert mismatch.status_code == 400


@pytest.mark.parametrize(("params", "message"), [
    ({"startDate": "2025-3-1"}, "startDate must be a valid date in yyyy-mm-dd format"),
    ({"endDate": "2025-02-01"}, "endDate must not be before startDate"),
    ({"fields": "clicks,likes"}, "Unknown fields: likes"),
])
def test_bad_windows_and_fields_are_refused(ghl, live, params, message):
    answer = ghl.client().get(f"{BASE}/reporting", params={"locationId": ghl.location_id, **MARCH, **params})
    assert (answer.status_code, answer.json()["message"]) == (400, message)


def test_an_unknown_list_type_is_refused(ghl, live):
    answer = ghl.client().get(f"{BASE}/reporting/list", params={
        "locationId": ghl.location_id, **MARCH, "listType": "creatives", "campaignId": "x", "campaignGroupId": "y"})
    assert answer.status_code == 400 and answer.json()["message"].startswith("listType must be one of")


def test_reports_stay_in_their_location(ghl, live):
    other = ghl.location()["id"]
    foreign = ghl.client(token=ghl.token(location_id=other))
    assert foreign.get(f"{BASE}/reporting", params={"locationId": ghl.location_id, **MARCH}).status_code == 403
    assert foreign.get(f"{BASE}/reporting/campaign-group/{live['id']}",
                       params={"locationId": other, **MARCH}).status_code == 403
    assert foreign.get(f"{BASE}/reporting", params={"locationId": other, **MARCH}).status_code == 400
    reader = ghl.client(scopes=["adPublishing.write"])
    assert reader.get(f"{BASE}/reporting", params={"locationId": ghl.location_id, **MARCH}).status_code == 401
