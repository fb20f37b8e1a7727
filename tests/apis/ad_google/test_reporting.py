"""Reporting (reporting.py): figures for each day a published campaign served, consistent across reports."""

from __future__ import annotations

import pytest

from tests.apis.ad_google.conftest import BASE, data, refused

ALL = ["impressions", "clicks", "cost_micros", "average_cpc", "conversions", "average_cpm", "cost_per_conversion",
       "ctr"]
SPAN = {"startDate": "2025-01-01", "endDate": "2025-12-31"}


def _report(api, loc, **query):
    return data(api.get(f"{BASE}/reporting", params={**loc, **SPAN, "type": "AD_MANAGER", **query}))


def test_figures_run_from_publishing_to_pausing_and_agree_across_reports(ghl, connected):
    ghl.freeze("2025-03-01T09:00:00Z")
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    draft = ghl.google_campaign()
    live = ghl.google_campaign(publish=True)
    ghl.advance(days=9)
    assert data(api.get(f"{BASE}/reporting/campaign/{draft['id']}", params={**loc, **SPAN}))["daily"] == []
    report = data(api.get(f"{BASE}/reporting/campaign/{live['id']}", params={**loc, **SPAN}))
    assert [d["date"] for d in report["daily"]] == [f"2025-03-{n:02d}" for n in range(1, 11)]
    assert report["summary"]["impressions"] == sum(d["impressions"] for d in report["daily"]) > 0
    assert report["summary"]["ctr"] == round(report["summary"]["clicks"] / report["summary"]["impressions"], 4)
    # the same figures again: they are derived, not random
    assert data(api.get(f"{BASE}/reporting/campaign/{live['id']}", params={**loc, **SPAN})) == report

    monthly = _report(api, loc, fields="impressions,clicks", groupBy="month")
    assert monthly["summary"] == {"impressions": report["summary"]["impressions"],
                                  "clicks": report["summary"]["clicks"]}
    assert [p["period"] for p in monthly["series"]] == ["2025-03"]
    rows = data(api.get(f"{BASE}/reporting/list", params={**loc, **SPAN, "listType": "ads", "type": "INTEGRATION"}))
    assert [(r["id"], r["impressions"]) for r in rows] == [
        (live["adGroups"][0]["adContent"][0]["id"], report["summary"]["impressions"])]

    api.put(f"{BASE}/ads", json={**loc, "id": live["id"], "name": live["name"], "advertisingChannelType": "SEARCH",
                                 "publishingStatus": "PAUSED"})
    ghl.advance(days=5)
    paused = data(api.get(f"{BASE}/reporting/campaign/{live['id']}", params={**loc, **SPAN}))
    assert paused["daily"][-1]["date"] == "2025-03-10" and paused["summary"] == report["summary"]


def test_groups_by_day_and_week_and_narrows_to_the_dates(ghl, connected):
    ghl.freeze("2025-03-01T09:00:00Z")  # a Saturday
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    ghl.google_campaign(publish=True)
    ghl.google_campaign(publish=True)
    ghl.advance(days=3)
    daily = _report(api, loc, fields=ALL, groupBy="date")
    assert [p["period"] for p in daily["series"]] == ["2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04"]
    assert set(daily["summary"]) == set(ALL)
    weekly = _report(api, loc, fields="clicks", groupBy="week")
    assert [p["period"] for p in weekly["series"]] == ["2025-02-24", "2025-03-03"]
    assert sum(p["clicks"] for p in weekly["series"]) == daily["summary"]["clicks"]
    narrow = _report(api, loc, fields="impressions", startDate="2025-03-02", endDate="2025-03-02")
    assert narrow["summary"]["impressions"] == daily["series"][1]["impressions"]
    campaigns = data(api.get(f"{BASE}/reporting/list", params={**loc, **SPAN, "listType": "campaigns",
                                                                 "type": "AD_MANAGER"}))
    assert sum(r["impressions"] for r in campaigns) == daily["summary"]["impressions"]


def test_nothing_published_reports_zeros(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    ghl.google_campaign()
    assert _report(api, loc, fields="impressions,ctr,cost_per_conversion") == {
        **SPAN, "summary": {"impressions": 0, "ctr": 0, "cost_per_conversion": 0}}


@pytest.mark.ghl_allow_violations
def test_bad_dates_and_lists_are_refused(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    reversed_span = {"startDate": "2025-02-01", "endDate": "2025-01-01"}
    assert refused(api.get(f"{BASE}/reporting", params={**loc, **reversed_span, "type": "AD_MANAGER",
                                                        "fields": "clicks"})) == "startDate must not be after endDate"
    assert refused(api.get(f"{BASE}/reporting/campaign/x", params={**loc, "startDate": "2025-02-30",
                                                                   "endDate": "2025-03-01"}), 422) == [
        "startDate must be a valid ISO 8601 date string"]
    assert refused(api.get(f"{BASE}/reporting/campaign/nope", params={**loc, **SPAN})) == "Campaign not found"
    assert refused(api.get(f"{BASE}/reporting/list", params={**loc, **SPAN, "listType": "x", "type": "AD_MANAGER"}),
                   422) == ["listType must be one of the following values: campaigns, adGroups, ads"]


def test_another_location_reports_only_its_own(ghl, connected):
    live = ghl.google_campaign(publish=True)
    elsewhere = ghl.location()["id"]
    other, theirs = ghl.client(token=ghl.token(location_id=elsewhere)), {"locationId": elsewhere}
    assert _report(other, theirs, fields="impressions")["summary"] == {"impressions": 0}
    assert other.get(f"{BASE}/reporting/campaign/{live['id']}", params={**theirs, **SPAN}).status_code == 403
