"""Reporting figures of the location's published Google campaigns.

DECISION: Google's figures are the mock's own, deterministic: each published ad has, for each day its campaign
served (``campaigns.py``: from publishing to pausing, never after the mock clock's today), impressions, clicks,
cost and conversions drawn from a hash of its Google id and the day. A campaign's or ad group's figures are its
ads' sums; the rates (ctr, average cpc and cpm, cost per conversion) are computed from the sums. So reports agree
with each other, a draft has none, and a test can count on them. Money is in micros, as Google reports it.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from typing import Any

from mock_server.apis.ad_google import campaigns, dates
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

FIELDS = ("impressions", "clicks", "cost_micros", "average_cpc", "conversions", "average_cpm",
          "cost_per_conversion", "ctr")
LIST_TYPES = ("campaigns", "adGroups", "ads")
_COUNTS = ("impressions", "clicks", "cost_micros", "conversions")


def _ad_day(google_ad_id: str, day: date) -> dict[str, int]:
    h = hashlib.sha256(f"{google_ad_id}|{day.isoformat()}".encode()).digest()
    impressions = 50 + int.from_bytes(h[0:2], "big") % 450
    clicks = impressions * (1 + h[2] % 9) // 100
    return {"impressions": impressions, "clicks": clicks,
            "cost_micros": clicks * (300_000 + int.from_bytes(h[3:5], "big") % 200 * 10_000),
            "conversions": clicks * (h[5] % 25) // 100}


def _serving_days(tenant: Tenant, campaign: dict[str, Any], first: date, last: date) -> list[date]:
    today = tenant.now().date()
    days: list[date] = []
    for start, end in campaign.get("servingPeriods") or ():
        lo = max(first, date.fromisoformat(start))
        hi = min(last, today, date.fromisoformat(end) if end else today)
        days += [lo + timedelta(n) for n in range((hi - lo).days + 1)]
    return sorted(set(days))


def _daily(tenant: Tenant, campaign: dict[str, Any], ads: list[dict[str, Any]], first: date,
           last: date) -> dict[date, dict[str, int]]:
    """The summed counts of ``ads`` (of ``campaign``) for each day it served between ``first`` and ``last``."""
    published = [ad["googleAdId"] for ad in ads if ad.get("googleAdId") and not ad.get("isDeleted")]
    by_day: dict[date, dict[str, int]] = {}
    for day in _serving_days(tenant, campaign, first, last) if published else ():
        sums = dict.fromkeys(_COUNTS, 0)
        for google_ad_id in published:
            for key, value in _ad_day(google_ad_id, day).items():
                sums[key] += value
        by_day[day] = sums
    return by_day


def metrics(counts: dict[str, int], fields: tuple[str, ...] = FIELDS) -> dict[str, Any]:
    """The requested figures from summed counts (rates computed from the sums; null where undefined)."""
    i, c, cost, conv = (counts.get(k, 0) for k in _COUNTS)
    values = {"impressions": i, "clicks": c, "cost_micros": cost, "conversions": conv,
              "average_cpc": round(cost / c) if c else 0, "average_cpm": round(cost * 1000 / i) if i else 0,
              "cost_per_conversion": round(cost / conv) if conv else 0, "ctr": round(c / i, 4) if i else 0}
    return {field: values[field] for field in fields}


def _add(total: dict[str, int], counts: dict[str, int]) -> None:
    for key in _COUNTS:
        total[key] = total.get(key, 0) + counts.get(key, 0)


def _ads(campaign: dict[str, Any]) -> list[dict[str, Any]]:
    return [ad for group in campaign["adGroups"] for ad in group["adContent"]]


def report(tenant: Tenant, fields: list[str], group_by: str | None, start: str, end: str) -> dict[str, Any]:
    """The location's figures over the dates, in total and, with ``groupBy``, per day, ISO week or month.

    DECISION: ``type`` (ad manager or integration) reports the same campaigns: every published one.
    """
    first, last = dates.date_range(start, end)
    wanted = tuple(dict.fromkeys(fields))
    total: dict[str, int] = {}
    periods: dict[str, dict[str, int]] = {}
    for campaign in campaigns.all_campaigns(tenant, published_only=True):
        for day, counts in _daily(tenant, campaign, _ads(campaign), first, last).items():
            _add(total, counts)
            if group_by is not None:
                _add(periods.setdefault(_period(day, group_by), {}), counts)
    answer: dict[str, Any] = {"startDate": start, "endDate": end, "summary": metrics(total, wanted)}
    if group_by is not None:
        answer["groupBy"] = group_by
        answer["series"] = [{"period": period, **metrics(counts, wanted)} for period, counts in sorted(periods.items())]
    return answer


def _period(day: date, group_by: str) -> str:
    if group_by == "week":
        return (day - timedelta(day.weekday())).isoformat()  # the Monday the ISO week starts
    return day.isoformat()[:7] if group_by == "month" else day.isoformat()


def report_list(tenant: Tenant, list_type: str, start: str, end: str, campaign_id: str | None) -> list[dict[str, Any]]:
    """One row of figures per campaign, ad group or ad (of one campaign) over the dates."""
    if list_type not in LIST_TYPES:
        raise Unprocessable([f"listType must be one of the following values: {', '.join(LIST_TYPES)}"])
    first, last = dates.date_range(start, end)
    if campaign_id is not None:
        campaigns.get(tenant, campaign_id)
    rows = []
    for campaign in campaigns.all_campaigns(tenant, published_only=True):
        if campaign_id is not None and campaign["id"] != campaign_id:
            continue
        if list_type == "campaigns":
            units = [(campaign, _ads(campaign), campaign["googleCampaignId"])]
        elif list_type == "adGroups":
            units = [(g, g["adContent"], g.get("googleAdGroupId")) for g in campaign["adGroups"]]
        else:
            units = [(ad, [ad], ad.get("googleAdId")) for ad in _ads(campaign)]
        for unit, ads, google_id in units:
            total: dict[str, int] = {}
            for counts in _daily(tenant, campaign, ads, first, last).values():
                _add(total, counts)
            rows.append({"id": unit["id"], "name": unit.get("name"), "googleId": google_id,
                         "campaignId": campaign["id"], "publishingStatus": unit.get("publishingStatus"),
                         **metrics(total)})
    return rows


def campaign_report(tenant: Tenant, campaign_id: str, start: str, end: str) -> dict[str, Any]:
    """One campaign's figures over the dates: its total and each day it served."""
    first, last = dates.date_range(start, end)
    campaign = campaigns.get(tenant, campaign_id)
    daily = _daily(tenant, campaign, _ads(campaign), first, last) if campaign.get("googleCampaignId") else {}
    total: dict[str, int] = {}
    for counts in daily.values():
        _add(total, counts)
    return {"campaignId": campaign_id, "googleCampaignId": campaign.get("googleCampaignId"),
            "name": campaign["name"], "startDate": start, "endDate": end, "summary": metrics(total),
            "daily": [{"date": day.isoformat(), **metrics(counts)} for day, counts in sorted(daily.items())]}


def with_metrics(tenant: Tenant, rows: list[dict[str, Any]], entity_type: str, start: str | None,
                 end: str | None) -> list[dict[str, Any]]:
    """Entity rows (``campaigns.entities``) with their figures over the dates (all time when none are given)."""
    first, last = dates.optional_range(start, end)
    first, last = first or date.min, last or tenant.now().date()
    by_id = {c["id"]: c for c in campaigns.all_campaigns(tenant)}
    answer = []
    for row in rows:
        campaign = by_id[row["id"] if entity_type == "CAMPAIGN" else row["adCampaignId"]]
        ads = _ads(campaign) if entity_type == "CAMPAIGN" else row["adContent"] if entity_type == "ADGROUP" else [row]
        total: dict[str, int] = {}
        for counts in _daily(tenant, campaign, ads, first, last).values():
            _add(total, counts)
        answer.append({**row, "metrics": metrics(total)})
    return answer
