"""LinkedIn Ads reporting: figures of the location's published ads, by day, summed as each report asks.

DECISION: LinkedIn's figures come from serving ads to members, which the mock does not do. An ad's figures
for a day are derived from its LinkedIn id and the date (the same every run), and exist only for the days it
served: the days its group, its campaign and it were all live (published and not paused or archived), within
the group's schedule, up to the mock clock's today. Clicks cost the campaign's bid (``unitCost.amount``, else
3.00 in the account's currency); lead-generation groups collect ``oneClickLeads``, website-visit groups
``landingPageClicks``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from mock_server.apis.ad_linkedin import campaign_groups, integration, linkedin
from mock_server.apis.ad_linkedin.tables import CAMPAIGN_GROUPS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

METRICS = ("impressions", "clicks", "costInLocalCurrency", "oneClickLeads", "landingPageClicks")
ROW_FIELDS = ("pivotValues", "dateRange")
DEFAULT_BID = 3.0
LIST_TYPES = ("campaignGroups", "campaigns", "ads")
# DECISION: GHL's texts are not known.
BAD_DATE = "{name} must be a valid date in yyyy-mm-dd format"
BAD_RANGE = "endDate must not be before startDate"
UNKNOWN_FIELDS = "Unknown fields: {names}"
UNKNOWN_LIST_TYPE = "listType must be one of the following values: " + ", ".join(LIST_TYPES)


def day_figures(ad_number: str, day: date, bid: float, objective: str | None) -> dict[str, Any]:
    seed = linkedin.digest("figures", ad_number, day.isoformat())
    impressions = 400 + seed % 1600
    clicks = impressions * (5 + (seed >> 16) % 26) // 1000
    leads = clicks * (10 + (seed >> 32) % 21) // 100 if objective == "LEAD_GENERATION" else 0
    return {"impressions": impressions, "clicks": clicks, "costInLocalCurrency": round(clicks * bid, 2),
            "oneClickLeads": leads, "landingPageClicks": clicks if objective == "WEBSITE_VISIT" else 0}


class Window:
    """A report's dates and the figures it names (``fields``: a list, each item possibly comma-separated)."""

    def __init__(self, start: str, end: str, fields: list[str] | None) -> None:
        self.first, self.last = _date(start, "startDate"), _date(end, "endDate")
        if self.last < self.first:
            raise BadRequest(BAD_RANGE)
        names = [name.strip() for item in fields or () for name in item.split(",") if name.strip()]
        unknown = [name for name in names if name not in METRICS + ROW_FIELDS]
        if unknown:
            raise BadRequest(UNKNOWN_FIELDS.format(names=", ".join(unknown)))
        self.metrics = tuple(m for m in METRICS if m in names) or METRICS

    def zero(self) -> dict[str, Any]:
        return dict.fromkeys(self.metrics, 0)

    def add(self, total: dict[str, Any], figures: dict[str, Any]) -> None:
        for metric in self.metrics:
            total[metric] = round(total[metric] + figures[metric], 2)


def _date(value: str, name: str) -> date:
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(BAD_DATE.format(name=name)) from None


def served(tenant: Tenant, window: Window, groups: list[dict[str, Any]]) -> Iterator[tuple[dict, dict, dict, date,
                                                                                           dict[str, Any]]]:
    """``(group, campaign, ad, day, figures)`` for every day in the window an ad of ``groups`` served."""
    last = min(window.last, tenant.now().date())
    for group in groups:
        budget = group.get("budget") or {}
        first = max(window.first, _schedule(budget.get("scheduleStartDate"), window.first))
        end = min(last, _schedule(budget.get("scheduleEndDate"), last))
        if end < first:
            continue
        group_days = campaign_groups.live_days(group, first, end)
        for campaign in group["adCampaigns"]:
            campaign_days = group_days & campaign_groups.live_days(campaign, first, end)
            bid = (campaign.get("unitCost") or {}).get("amount") or DEFAULT_BID
            for ad in campaign["ads"]:
                for day in sorted(campaign_days & campaign_groups.live_days(ad, first, end)):
                    yield group, campaign, ad, day, day_figures(ad["adId"], day, bid, group.get("objectiveType"))


def _schedule(value: str | None, default: date) -> date:
    try:
        return date.fromisoformat(value[:10]) if value else default
    except ValueError:
        return default  # DECISION: a schedule date the client stored unreadable does not bound the figures


def _published(tenant: Tenant) -> list[dict[str, Any]]:
    """The published groups of the integration's ad account (reporting reads LinkedIn: it needs LinkedIn
    connected; a draft integration has no ad account yet, so no figures)."""
    account = integration.current(tenant).get("adAccountId")
    return [g for g in tenant.store.scan(CAMPAIGN_GROUPS)
            if g["linkedInAdAccountId"] == account and g["publishingStatus"] not in campaign_groups.NEVER_PUBLISHED]


# -- analytics -----------------------------------------------------------------------------------------------
PIVOTS = {"ACCOUNT": lambda g, c, a: linkedin.ACCOUNT_URN.format(g["linkedInAdAccountId"]),
          "CAMPAIGN_GROUP": lambda g, c, a: linkedin.GROUP_URN.format(g["adCampaignGroupId"]),
          "CAMPAIGN": lambda g, c, a: linkedin.CAMPAIGN_URN.format(c["adCampaignId"]),
          "CREATIVE": lambda g, c, a: linkedin.CREATIVE_URN.format(a["adId"])}


def analytics(tenant: Tenant, q: Any) -> dict[str, Any]:
    """LinkedIn's adAnalytics rows: one per pivot value and time bucket (``groupBy``) with figures, in order.
    ``entityUrns`` keeps the ads any of whose account, group, campaign or creative URNs it lists."""
    window = Window(q.startDate, q.endDate, q.fields)
    wanted = {urn.strip() for urn in (q.entityUrns or "").split(",") if urn.strip()}
    rows: dict[tuple[date, str], dict[str, Any]] = {}
    for group, campaign, ad, day, figures in served(tenant, window, _published(tenant)):
        if wanted and wanted.isdisjoint(pivot(group, campaign, ad) for pivot in PIVOTS.values()):
            continue
        start, end = _bucket(day, q.groupBy, window)
        value = PIVOTS[q.pivot](group, campaign, ad)
        row = rows.setdefault((start, value), {"pivotValues": [value], "dateRange": {
            "start": _ymd(start), "end": _ymd(end)}, **window.zero()})
        window.add(row, figures)
    return {"elements": [rows[key] for key in sorted(rows)]}


def _bucket(day: date, group_by: str, window: Window) -> tuple[date, date]:
    if group_by == "day":
        return day, day
    if group_by == "month":
        start = day.replace(day=1)
        end = date(day.year + day.month // 12, day.month % 12 + 1, 1).toordinal() - 1
        return max(start, window.first), min(date.fromordinal(end), window.last)
    return max(date(day.year, 1, 1), window.first), min(date(day.year, 12, 31), window.last)


def _ymd(day: date) -> dict[str, int]:
    return {"year": day.year, "month": day.month, "day": day.day}


# -- lists and a group's report ------------------------------------------------------------------------------
def reporting_list(tenant: Tenant, q: Any) -> dict[str, Any]:
    """The location's campaign groups, a group's campaigns (``campaignGroupId``) or a campaign's ads
    (``campaignId``), each with its figures over the window, and their sum. DECISION: ``listType`` is
    ``campaignGroups``, ``campaigns`` or ``ads``; the official file requires both ids whatever the type, the
    mock reads the one its type needs (the mock's id or LinkedIn's)."""
    if q.listType not in LIST_TYPES:
        raise BadRequest(UNKNOWN_LIST_TYPE)
    window = Window(q.startDate, q.endDate, q.fields)
    integration.current(tenant)
    if q.listType == "campaignGroups":
        entities = [(g, g) for g in tenant.store.scan(CAMPAIGN_GROUPS)]
        key = "group"
    elif q.listType == "campaigns":
        group = campaign_groups.get_group(tenant, q.campaignGroupId)
        entities, key = [(group, c) for c in group["adCampaigns"]], "campaign"
    else:
        group, campaign = campaign_groups.find_campaign(tenant, q.campaignId)
        entities, key = [(group, a) for a in campaign["ads"]], "ad"
    totals = {entity["id"]: window.zero() for _, entity in entities}
    summary = window.zero()
    groups = list({g["id"]: g for g, _ in entities}.values())
    for group, campaign, ad, _, figures in served(tenant, window, [g for g in groups if g["adCampaignGroupId"]]):
        owner = {"group": group, "campaign": campaign, "ad": ad}[key]["id"]
        if owner in totals:
            window.add(totals[owner], figures)
            window.add(summary, figures)
    return {"items": [_item(tenant, group, entity, totals[entity["id"]]) for group, entity in entities],
            "summary": summary}


def _item(tenant: Tenant, group: dict[str, Any], entity: dict[str, Any], metrics: dict[str, Any]) -> dict[str, Any]:
    ids = {key: entity.get(key) for key in ("adCampaignGroupId", "adCampaignId", "adId") if key in entity}
    return {"id": entity["id"], "name": entity.get("name"), **ids, "metrics": metrics,
            "publishingStatus": campaign_groups.shown_status(entity["publishingStatus"], group,
                                                             campaign_groups.today(tenant))}


def group_report(tenant: Tenant, group_id: str, q: Any) -> dict[str, Any]:
    """One campaign group's figures over the window, and each of its campaigns'. DECISION: the query's
    ``campaignGroupId`` repeats the path's; naming another group is refused."""
    window = Window(q.startDate, q.endDate, q.fields)
    integration.current(tenant)
    group = campaign_groups.get_group(tenant, group_id)
    if q.campaignGroupId and q.campaignGroupId not in (group["id"], group["adCampaignGroupId"]):
        raise BadRequest(campaign_groups.CAMPAIGN_GROUP_MISMATCH)
    per_campaign = {c["id"]: window.zero() for c in group["adCampaigns"]}
    total = window.zero()
    if group["adCampaignGroupId"]:
        for _, campaign, _, _, figures in served(tenant, window, [group]):
            window.add(per_campaign[campaign["id"]], figures)
            window.add(total, figures)
    return {**_item(tenant, group, group, total),
            "campaigns": [_item(tenant, group, c, per_campaign[c["id"]]) for c in group["adCampaigns"]]}
