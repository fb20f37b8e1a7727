"""Social media statistics of a location's connected accounts, computed from its posts.

GHL reads reach, likes and followers from the platforms. DECISION: the mock computes them from what it
keeps: the posts published in a range (``posts.status_at``: on the mock clock), each counted on its first
account's platform when one of its accounts is asked for; their likes, comments, shares, impressions and reach
(0 until the control plane sets a post's ``insights``); the followers an account was connected with. The
audience is unknown to the mock: every follower is of ``unknown`` gender and no age bucket has any. A change is
the percentage against the comparison range, rounded to 2 places, 0 when that range had nothing (or, with a
custom ``currentRange`` and no ``prevRange``, when there is no comparison, as the v3 file says).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.social_planner import posts
from mock_server.apis.social_planner.tables import ACCOUNTS, POSTS
from mock_server.platform.errors import Unprocessable
from mock_server.platform.models import BodyModel, Paging
from mock_server.platform.tenant_context import Tenant

STATISTICS_PLATFORMS = ("facebook", "instagram", "linkedin", "google", "pinterest", "youtube", "tiktok")
AGE_BUCKETS = ("13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")
# DECISION: GHL's texts for these range errors are not known; a range of more than a year is refused.
PREV_WITHOUT_CURRENT = "prevRange can only be provided with currentRange"
END_BEFORE_START = "endDate must be after startDate"
RANGE_TOO_LONG = "date range must not be longer than 366 days"
MAX_DAYS = 366

Range = tuple[date, date]


def _ranges(body: dict[str, Any], today: date) -> tuple[Range, Range | None]:
    """The current range and the comparison one, as whole UTC days."""
    current, previous = body.get("currentRange"), body.get("prevRange")
    if previous and not current:
        raise Unprocessable([PREV_WITHOUT_CURRENT])
    if not current:  # the last 7 days before today, against the 7 before them
        return (today - timedelta(days=7), today - timedelta(days=1)), \
            (today - timedelta(days=14), today - timedelta(days=8))
    return _days(current), _days(previous) if previous else None


def _days(sent: dict[str, str]) -> Range:
    start, end = (datetime.fromisoformat(sent[k].replace("Z", "+00:00")).date() for k in ("startDate", "endDate"))
    if end < start:
        raise Unprocessable([END_BEFORE_START])
    if (end - start).days >= MAX_DAYS:
        raise Unprocessable([RANGE_TOO_LONG])
    return start, end


def _bounds(days: Range) -> tuple[str, str]:
    return iso_z(datetime.combine(days[0], time(), UTC)), iso_z(datetime.combine(days[1], time(23, 59, 59, 999000), UTC))


def _published(tenant: Tenant, days: Range, account_ids: set[str]) -> list[dict[str, Any]]:
    return [p for p in posts.published_between(tenant, *_bounds(days)) if account_ids & set(p.get("accountIds") or [])]


def _change(current: float, previous: float | None) -> float:
    return round((current - previous) / previous * 100, 2) if previous else 0


def _metric(post: dict[str, Any], name: str) -> int:
    return int((post.get("insights") or {}).get(name, 0))


def statistics(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    wanted_platforms = set(body.get("platforms") or STATISTICS_PLATFORMS)
    profile_ids = set(body["profileIds"])
    chosen = [a for a in tenant.store.scan(ACCOUNTS)
              if (a["profileId"] in profile_ids or a["id"] in profile_ids) and a["platform"] in wanted_platforms]
    platforms = sorted({a["platform"] for a in chosen})
    account_ids = {a["id"] for a in chosen}
    current, previous = _ranges(body, tenant.now().date())
    days = [current[0] + timedelta(days=i) for i in range((current[1] - current[0]).days + 1)]
    now_posts = [p for p in _published(tenant, current, account_ids) if p["platform"] in platforms]
    before = [p for p in _published(tenant, previous, account_ids) if p["platform"] in platforms] if previous else None

    def per_day(items: list[dict[str, Any]], value) -> list[int]:
        series = defaultdict(int)
        for post in items:
            series[post["publishedAt"][:10]] += value(post)
        return [series[d.isoformat()] for d in days]

    def total(items: list[dict[str, Any]] | None, value, platform: str | None = None) -> int | None:
        if items is None:
            return None
        return sum(value(p) for p in items if platform is None or p["platform"] == platform)

    def breakdown(value) -> dict[str, Any]:
        return {"total": total(now_posts, value), "totalChange": _change(total(now_posts, value), total(before, value)),
                "platforms": {p: {"value": total(now_posts, value, p),
                                  "change": _change(total(now_posts, value, p), total(before, value, p))}
                              for p in platforms}}

    def count(post):
        return 1

    def likes(post):
        return _metric(post, "like")

    def comments(post):
        return _metric(post, "comment")

    def impressions(post):
        return _metric(post, "impressions")

    def engagement(post):
        return likes(post) + comments(post) + _metric(post, "share")

    followers = {p: sum(int(a.get("followers", 0)) for a in chosen if a["platform"] == p) for p in platforms}
    all_followers = sum(followers.values())
    return {
        "dayRange": [d.strftime("%a") for d in days],
        "totals": {"posts": len(now_posts), "likes": total(now_posts, likes), "followers": all_followers,
                   "impressions": total(now_posts, impressions), "comments": total(now_posts, comments)},
        "postPerformance": {
            "posts": {p: per_day([x for x in now_posts if x["platform"] == p], count) for p in platforms},
            "impressions": per_day(now_posts, impressions), "likes": per_day(now_posts, likes),
            "comments": per_day(now_posts, comments)},
        "breakdowns": {
            "posts": breakdown(count), "impressions": breakdown(impressions),
            "reach": breakdown(lambda post: _metric(post, "reach")),
            "engagement": {p: {"likes": total(now_posts, likes, p), "comments": total(now_posts, comments, p),
                               "shares": total(now_posts, lambda post: _metric(post, "share"), p),
                               "change": _change(total(now_posts, engagement, p), total(before, engagement, p))}
                           for p in platforms}},
        "platformTotals": {
            "impressions": {p: {"total": total(now_posts, impressions, p),
                                "series": per_day([x for x in now_posts if x["platform"] == p], impressions)}
                            for p in platforms},
            "followers": {p: {"total": followers[p], "series": [followers[p]] * len(days)} for p in platforms},
            "likes": {p: {"total": total(now_posts, likes, p),
                          "series": per_day([x for x in now_posts if x["platform"] == p], likes)} for p in platforms}},
        "demographics": {
            "gender": {"totals": {"male": {"total": 0, "percentage": 0}, "female": {"total": 0, "percentage": 0},
                                  "unknown": {"total": all_followers, "percentage": 100 if all_followers else 0}}},
            "age": {"totals": dict.fromkeys(AGE_BUCKETS, 0)}},
    }


class InsightsSeed(BodyModel):
    """What the platforms report about a published post."""

    likes: Paging = 0
    comments: Paging = 0
    shares: Paging = 0
    impressions: Paging = 0
    reach: Paging = 0


def seed_insights(tenant: Tenant, body: InsightsSeed, *, post_id: str) -> dict[str, Any]:
    post = tenant.require(POSTS, post_id)
    post["insights"] = {"like": body.likes, "comment": body.comments, "share": body.shares,
                        "impressions": body.impressions, "reach": body.reach}
    tenant.store.put(POSTS, post)
    return posts.view(post, tenant.now())

