"""Facebook reporting (ad-manager.json): figures of the days each published ad was live, by the mock clock."""

from __future__ import annotations

import pytest

BASE = "/ad-publishing/facebook"
METRICS = "impressions,clicks,spend,cpc,cpm,ctr,reach,frequency,conversions,results,cost_per_conversion,cost_per_result"


def _report(ghl, **query):
    params = {"locationId": ghl.location_id, "startDate": "2026-03-01", "endDate": "2026-03-31",
              "type": "AD_MANAGER", "fields": METRICS, **query}
    return ghl.client().get(f"{BASE}/reporting", params=params)


@pytest.fixture
def live_ten_days(ghl):
    """A campaign published 2026-03-01 at noon and paused ten days later; today is 2026-03-16."""
    ghl.freeze("2026-03-01T12:00:00Z")
    campaign = ghl.facebook_published_campaign()
    ghl.advance(days=10)
    ghl.client().post(f"{BASE}/campaigns/{campaign['id']}/pause", json={"locationId": ghl.location_id})
    ghl.advance(days=5)
    return campaign


def test_daily_rows_cover_the_live_days_and_spend_the_budget(ghl, live_ten_days):
    answer = _report(ghl, groupBy="day")
    assert answer.status_code == 200
    rows = answer.json()["grouped"]
    assert [row["dateStart"] for row in rows] == [f"2026-03-{day:02d}" for day in range(1, 11)]
    assert all(16 <= float(row["spend"]) <= 20 for row in rows)  # 80-100% of the ad set's daily 20
    assert all(int(row["clicks"]) < int(row["impressions"]) for row in rows)
    totals = answer.json()["totals"]
    assert float(totals["spend"]) == pytest.approx(sum(float(row["spend"]) for row in rows))
    assert totals["impressions"] == f"{sum(int(row['impressions']) for row in rows):.2f}"
    assert (totals["cost_per_conversion"], totals["cost_per_result"]) == (0, 0)  # GHL's placeholders
    assert _report(ghl, groupBy="day").json()["grouped"] == rows  # the same tree on the same clock: the same figures


def test_periods_and_fields_shape_the_rows(ghl, live_ten_days):
    weeks = _report(ghl, groupBy="week").json()["grouped"]
    assert [(w["dateStart"], w["dateStop"]) for w in weeks] == [("2026-03-01", "2026-03-01"),
                                                                ("2026-03-02", "2026-03-08"),
                                                                ("2026-03-09", "2026-03-15")]
    whole = _report(ghl, fields="spend,clicks").json()
    assert len(whole["grouped"]) == 1
    assert set(whole["grouped"][0]) == {"dateStart", "dateStop", "locationId", "accountId", "spend", "clicks"}
    assert set(whole["totals"]) == {"spend", "clicks"}
    days = _report(ghl, groupBy="day", fields="spend").json()["grouped"]
    assert whole["totals"]["spend"] == f"{sum(float(d['spend']) for d in days):.2f}"


def test_resuming_delivers_again(ghl, live_ten_days):
    before = len(_report(ghl, groupBy="day").json()["grouped"])
    ghl.client().post(f"{BASE}/campaigns/{live_ten_days['id']}/resume", json={"locationId": ghl.location_id})
    ghl.advance(days=2)
    after = [row["dateStart"] for row in _report(ghl, groupBy="day").json()["grouped"]]
    assert (before, after[before:]) == (10, ["2026-03-16", "2026-03-17", "2026-03-18"])


def test_bad_ranges_and_fields_are_refused(ghl):
    backwards = _report(ghl, startDate="2026-03-10", endDate="2026-03-01")
    assert (backwards.status_code, backwards.json()["message"]) == (400, "endDate must not be before startDate")


@pytest.mark.ghl_allow_violations("invalid_value")
def test_an_unknown_metric_is_refused(ghl):
    assert _report(ghl, fields="impressions,likes").status_code == 422


def test_campaign_report_is_the_accounts_for_one_campaign(ghl, live_ten_days):
    params = {"locationId": ghl.location_id, "startDate": "2026-03-01", "endDate": "2026-03-31"}
    report = ghl.client().get(f"{BASE}/reporting/campaign/{live_ten_days['id']}", params=params).json()
    totals = _report(ghl).json()["totals"]
    assert (report["_id"], report["fbCampaignId"], report["publishingStatus"]) == (
        live_ten_days["id"], live_ten_days["fbCampaignId"], "PAUSED")
    assert (f"{int(report['impressions']):.2f}", report["spend"]) == (totals["impressions"], totals["spend"])
    assert report["startTime"] == "2026-03-01T12:00:00+0000"
    draft = ghl.facebook_campaign()
    refused = ghl.client().get(f"{BASE}/reporting/campaign/{draft['id']}", params=params)
    assert (refused.status_code, refused.json()["message"]) == (400, "Campaign is not published")


def test_report_list_shares_an_ad_sets_figures_among_its_live_ads(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    campaign = ghl.facebook_campaign()
    adset = ghl.facebook_adset(campaign)
    first, second = ghl.facebook_ad(adset), ghl.facebook_ad(adset)
    api, where = ghl.client(), {"locationId": ghl.location_id}
    api.post(f"{BASE}/campaigns/{campaign['id']}/publish", json=where)
    ghl.advance(days=3)
    api.post(f"{BASE}/ads/{second['id']}/pause", json=where)
    ghl.advance(days=3)
    window = {**where, "startDate": "2026-03-01", "endDate": "2026-03-31", "type": "AD_MANAGER",
              "campaignId": campaign["id"]}

    def listed(list_type):
        return api.get(f"{BASE}/reporting/list", params={**window, "listType": list_type})

    [adset_row] = listed("adsets").json()
    ad_rows = {row["adId"]: row for row in listed("ads").json()}
    fb_ids = [ad["fbAdId"] for ad in api.get(f"{BASE}/campaign/{campaign['id']}", params=where)
              .json()["adsets"][0]["ads"]]
    assert sum(int(row["impressions"]) for row in ad_rows.values()) == int(adset_row["impressions"])
    assert int(ad_rows[fb_ids[0]]["impressions"]) > int(ad_rows[fb_ids[1]]["impressions"]) > 0
    assert first["id"] != second["id"]

    campaigns = api.get(f"{BASE}/reporting/list", params={**window, "listType": "campaigns"}).json()
    assert [(row["_id"], row["impressions"]) for row in campaigns] == [(campaign["id"], adset_row["impressions"])]
    unscoped = api.get(f"{BASE}/reporting/list", params={**window, "listType": "ads", "campaignId": ""})
    assert (unscoped.status_code, unscoped.json()["message"]) == (400, "campaignId is required for listType ads")
    assert listed("none").status_code == 409  # GHL's docs: accepted, then no handler
