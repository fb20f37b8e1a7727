"""What Meta measures of the location's published ads: impressions, clicks, spend, reach, leads.

DECISION: Meta is not asked. An ad set delivers on each day its campaign, itself and at least one of its ads
were live (published, not paused: the hierarchy module's delivery spans), up to the mock clock's today. A
delivering day spends 80-100% of the ad set's daily budget (a lifetime budget spread over its schedule, else
30 days); impressions, clicks and leads follow from the spend by figures drawn from a hash of the ad set's
Facebook id and the day, so the same tree on the same clock always reports the same numbers, and a day's
figures are shared evenly by the ad set's live ads. Revenue and contacts attributed by GHL's CDP are zero
(the mock attributes none).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from mock_server.apis.ad_facebook_campaigns.ad_account import location_ad_account
from mock_server.apis.ad_facebook_campaigns.hierarchy import SPANS, children
from mock_server.apis.ad_facebook_campaigns.tables import ADS, ADSETS, CAMPAIGNS
from mock_server.platform.errors import BadRequest, GhlError
from mock_server.platform.tenant_context import Tenant

COUNTS = ("impressions", "clicks", "reach", "leads", "linkClicks", "spendCents")
# DECISION: GHL's texts for these refusals are not known; ``none`` answering 409 is from GHL's docs.
BAD_RANGE = "endDate must not be before startDate"
NOT_PUBLISHED = "Campaign is not published"
ADSETS_NEED_CAMPAIGN = "campaignId is required for listType {list_type}"
NO_HANDLER = "No handler for listType none"
CDP_ZEROS = {"revenue": "0.00", "sales": "0", "leads": "0", "averageRevenue": "0.00"}


# -- measuring ---------------------------------------------------------------------------------------------
def _live_on(node: dict[str, Any], day: date) -> bool:
    return any(_day(start) <= day and (end is None or _day(end) > day) for start, end in node[SPANS])


def _day(instant: str) -> date:
    return date.fromisoformat(instant[:10])


def _daily_budget(adset: dict[str, Any]) -> float:
    budget = adset["budget"] or {"budgetType": "DAILY", "amount": 0}
    if budget["budgetType"] == "DAILY":
        return budget["amount"]
    try:
        days = (date.fromisoformat(budget["scheduleEndDate"][:10]) -
                date.fromisoformat(budget["scheduleStartDate"][:10])).days + 1
    except (KeyError, TypeError, ValueError):
        days = 30
    return budget["amount"] / max(days, 1)


def _adset_day(adset: dict[str, Any], day: date) -> dict[str, int]:
    draw = int(hashlib.sha256(f"{adset['fbAdSetId']}:{day.isoformat()}".encode()).hexdigest(), 16)
    spend_cents = int(_daily_budget(adset) * (80 + draw % 21))  # 80-100% of the budget, in cents
    impressions = spend_cents * 10 // (6 + (draw >> 8) % 9)  # a CPM of $6-14
    clicks = impressions * (1 + (draw >> 16) % 3) // 100  # a CTR of 1-3%
    return {"impressions": impressions, "clicks": clicks, "reach": impressions * 9 // 10,
            "leads": clicks // 10, "linkClicks": clicks * 4 // 5, "spendCents": spend_cents}


def _days(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def ad_days(tenant: Tenant, campaign: dict[str, Any], start: date, end: date) -> Iterator[tuple]:
    """``(day, adset, ad, figures)`` for each ad's delivering day in ``start..end`` (not after today)."""
    end = min(end, tenant.now().date())
    if not campaign["fbCampaignId"]:
        return
    for adset in children(tenant, ADSETS, campaign):
        ads = [ad for ad in children(tenant, ADS, adset) if ad[SPANS]]
        for day in _days(start, end):
            live = [ad for ad in ads if _live_on(ad, day)]
            if not live or not _live_on(campaign, day) or not _live_on(adset, day):
                continue
            whole = _adset_day(adset, day)
            for n, ad in enumerate(live):  # shared evenly, the remainder to the first ads
                yield day, adset, ad, {key: value // len(live) + (n < value % len(live))
                                       for key, value in whole.items()}


def _sum(rows: Iterator[dict[str, int]]) -> dict[str, int]:
    total = dict.fromkeys(COUNTS, 0)
    for row in rows:
        for key in COUNTS:
            total[key] += row[key]
    return total


def _check_range(start: date, end: date) -> None:
    if end < start:
        raise BadRequest(BAD_RANGE)


# -- the figures as GHL words them -------------------------------------------------------------------------
def _ratios(t: dict[str, int]) -> dict[str, float]:
    spend = t["spendCents"] / 100
    return {"spend": spend, "cpc": spend / t["clicks"] if t["clicks"] else 0,
            "cpm": spend * 1000 / t["impressions"] if t["impressions"] else 0,
            "ctr": t["clicks"] * 100 / t["impressions"] if t["impressions"] else 0,
            "frequency": t["impressions"] / t["reach"] if t["reach"] else 0,
            "costPerLead": spend / t["leads"] if t["leads"] else 0,
            "costPerLinkClick": spend / t["linkClicks"] if t["linkClicks"] else 0}


def _insights(t: dict[str, int]) -> dict[str, Any]:
    """One Meta insights row, its numbers as strings (as Meta sends them)."""
    r = _ratios(t)
    return {"clicks": str(t["clicks"]), "cpc": _num(r["cpc"]), "ctr": _num(r["ctr"]), "cpm": _num(r["cpm"]),
            "impressions": str(t["impressions"]), "spend": f"{r['spend']:.2f}", "reach": str(t["reach"]),
            "frequency": _num(r["frequency"])}


def _num(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".") or "0"


def _results(t: dict[str, int]) -> dict[str, str]:
    return {"lead": str(t["leads"]), "linkClick": str(t["linkClicks"])}


# -- fb-get-reporting --------------------------------------------------------------------------------------
def account_report(tenant: Tenant, *, start: date, end: date, group_by: str | None,
                   fields: list[str]) -> dict[str, Any]:
    """Per-period rows (only periods with delivery) and their totals, carrying only the metrics in ``fields``.
    DECISION: ``type`` (GHL's campaigns or the whole ad account) reads the same campaigns: the mock's ad account
    holds only what GHL published."""
    _check_range(start, end)
    by_period: dict[tuple[date, date], list[dict[str, int]]] = {}
    for campaign in tenant.store.scan(CAMPAIGNS):
        for day, _, _, figures in ad_days(tenant, campaign, start, end):
            by_period.setdefault(_period(day, group_by, start, end), []).append(figures)
    account = {"locationId": tenant.location_id, "accountId": location_ad_account(tenant)}
    grouped = [{"dateStart": first.isoformat(), "dateStop": last.isoformat(), **account,
                **_grouped_metrics(_sum(iter(rows)), fields)} for (first, last), rows in sorted(by_period.items())]
    return {"grouped": grouped, "totals": _totals(grouped, fields)}


def _period(day: date, group_by: str | None, start: date, end: date) -> tuple[date, date]:
    if group_by == "day":
        return day, day
    if group_by == "week":  # Monday to Sunday, cut to the range
        first = day - timedelta(days=day.weekday())
        return max(first, start), min(first + timedelta(days=6), end)
    if group_by == "month":
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return max(first, start), min(following - timedelta(days=1), end)
    return start, end


def _grouped_metrics(t: dict[str, int], fields: list[str]) -> dict[str, Any]:
    r, row = _ratios(t), _insights(t)
    out: dict[str, Any] = {key: row[key] for key in ("impressions", "clicks", "spend", "cpc", "cpm", "ctr", "reach",
                                                     "frequency") if key in fields}
    if "conversions" in fields:
        out["conversions"] = t["leads"]
    if "results" in fields:
        out["results"] = {"lead": t["leads"], "linkClick": t["linkClicks"]}
    if "cost_per_conversion" in fields:
        out["costPerConversion"] = round(r["costPerLead"], 6)
    if "cost_per_result" in fields:
        out["costPerResultBreakdown"] = {"lead": round(r["costPerLead"], 6),
                                         "linkClick": round(r["costPerLinkClick"], 6)}
    return out


def _totals(grouped: list[dict[str, Any]], fields: list[str]) -> dict[str, Any]:
    """GHL's totals: each metric summed over the rows, ratios included (GHL's docs: summed, not weighted),
    as strings of two decimals; ``cost_per_conversion``/``cost_per_result`` are GHL's placeholder 0s."""
    def total(key: str) -> float:
        return sum(float(row[key]) for row in grouped)

    out: dict[str, Any] = {key: f"{total(key):.2f}" for key in ("impressions", "clicks", "spend", "cpc", "cpm",
                                                                  "ctr", "reach", "frequency") if key in fields}
    leads = sum(row.get("conversions", 0) for row in grouped)
    spend = total("spend") if "spend" in fields else 0.0
    if "conversions" in fields:
        out["conversions"] = f"{leads:.2f}"
    if "cost_per_conversion" in fields:
        out.update(cost_per_conversion=0, costPerConversion=f"{sum(r['costPerConversion'] for r in grouped):.2f}")
    if "results" in fields:
        lead, link = (sum(row["results"][key] for row in grouped) for key in ("lead", "linkClick"))
        out.update(results=f"{lead + link:.2f}", resultsBreakdown={"lead": str(lead), "linkClick": str(link)})
    if "cost_per_result" in fields:
        breakdown = {key: sum(row["costPerResultBreakdown"][key] for row in grouped) for key in ("lead", "linkClick")}
        out.update(cost_per_result=0, costPerResult=f"{spend / leads if leads and spend else 0:.2f}",
                   costPerResultBreakdown={key: f"{value:.4f}" for key, value in breakdown.items()})
    return out


# -- fb-get-campaign-reporting -------------------------------------------------------------------------------
def campaign_report(tenant: Tenant, campaign_id: str, start: date, end: date) -> dict[str, Any]:
    """One published campaign's figures for the window, flat (GHL's ``_id`` is its own id)."""
    _check_range(start, end)
    campaign = tenant.require(CAMPAIGNS, campaign_id)
    if not campaign["fbCampaignId"]:
        raise BadRequest(NOT_PUBLISHED)
    t = _sum(figures for _, _, _, figures in ad_days(tenant, campaign, start, end))
    r = _ratios(t)
    results = _results(t)
    answer = {**_local(campaign), "campaignId": campaign["fbCampaignId"],
              "startTime": _meta_time(campaign[SPANS][0][0]), "dateStart": start.isoformat(),
              "dateStop": end.isoformat(), **_insights(t), "conversions": str(t["leads"]),
              "costPerConversion": _num(r["costPerLead"]), "results": results,
              "costPerResult": f"{r['spend'] / (t['leads'] + t['linkClicks']) if t['leads'] + t['linkClicks'] else 0:.2f}",
              "costPerResultBreakdown": {"lead": f"{r['costPerLead']:.4f}", "linkClick": f"{r['costPerLinkClick']:.4f}"},
              "leads": CDP_ZEROS["leads"]}
    return answer


def _local(campaign: dict[str, Any]) -> dict[str, Any]:
    return {"_id": campaign["id"], "name": campaign["name"], "objective": campaign["objective"],
            "publishingStatus": campaign["publishingStatus"], "fbCampaignId": campaign["fbCampaignId"]}


def _meta_time(instant: str) -> str:
    """Meta's timestamp format: a numeric offset, no milliseconds (``2025-08-04T05:24:01+0000``)."""
    return datetime.fromisoformat(instant.replace("Z", "+00:00")).strftime("%Y-%m-%dT%H:%M:%S%z")


# -- fb-get-reporting-list -----------------------------------------------------------------------------------
def report_list(tenant: Tenant, *, list_type: str, start: date, end: date,
                campaign_id: str | None) -> list[dict[str, Any]]:
    """Campaigns (every one GHL keeps, drafts with zero figures), or one campaign's published ad sets or ads,
    each with its figures for the window."""
    _check_range(start, end)
    if list_type == "none":
        raise GhlError(NO_HANDLER, status=409)
    if list_type == "campaigns":
        campaigns = [tenant.require(CAMPAIGNS, campaign_id)] if campaign_id else tenant.store.scan(CAMPAIGNS)
        return [{**_local(c), "campaignId": c["fbCampaignId"], "campaignName": c["name"],
                 **_row(ad_days(tenant, c, start, end), start, end)} for c in campaigns]
    if not campaign_id:
        raise BadRequest(ADSETS_NEED_CAMPAIGN.format(list_type=list_type))
    campaign = tenant.require(CAMPAIGNS, campaign_id)
    days = list(ad_days(tenant, campaign, start, end))
    shared = {"campaignId": campaign["fbCampaignId"], "objective": campaign["objective"],
              "adAccountId": campaign["fbAdAccountId"], "locationId": campaign["locationId"]}
    rows = []
    for adset in children(tenant, ADSETS, campaign):
        if not adset["fbAdSetId"]:
            continue
        promoted = {"promotedObject": {"pageId": adset["pageId"], "smartPseEnabled": False}}
        if list_type == "adsets":
            rows.append({"adSetId": adset["fbAdSetId"], "name": adset["name"],
                         "campaign": {"id": campaign["fbCampaignId"], "objective": campaign["objective"]},
                         **shared, **promoted, **_row(iter(d for d in days if d[1]["id"] == adset["id"]), start, end)})
            continue
        for ad in children(tenant, ADS, adset):
            if ad["fbAdId"]:
                rows.append({"adId": ad["fbAdId"], "name": ad["name"], "adsetId": adset["fbAdSetId"],
                             "adsetName": adset["name"], **shared, **promoted,
                             **_row(iter(d for d in days if d[2]["id"] == ad["id"]), start, end)})
    return rows


def _row(days: Iterator[tuple], start: date, end: date) -> dict[str, Any]:
    t = _sum(figures for _, _, _, figures in days)
    return {**_insights(t), "dateStart": start.isoformat(), "dateStop": end.isoformat(), "results": _results(t),
            **CDP_ZEROS}
