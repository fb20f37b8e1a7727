"""A location's category queues: one per post category, its weekly time slots, its status (draft, active,
paused; deleted by status), and what it shows of its schedule (``schedule.py``).

A queue is made in draft with the category's published posts as its items (the official file: "published
posts are auto-added"); saving its first edit session, or setting its status, activates it. No live behaviour
of these operations is on record: GHL opened its UI's private queue endpoints as this API in late 2025
(GoHighLevel/highlevel-api-docs#45), so the texts and the scheduling below are the mock's choices.
DECISION: ``enableFuturePosts`` and ``prioritizeNewContent`` are kept and shown. With ``enableFuturePosts``, a
post created later in the category joins the queue (``items.join_future_post``, declared in area.py as a reaction
to the Social Planner's new posts); ``prioritizeNewContent`` places it, and items added ``directToQueue``, first.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from mock_server.apis.calendars.slots.zones import zone_or_fallback
from mock_server.apis.common import iso_z, page
from mock_server.apis.locations.service import location_timezone
from mock_server.apis.social_planner import library, posts
from mock_server.apis.social_planner.tables import ACCOUNTS, CATEGORIES, POSTS
from mock_server.apis.social_queues import schedule
from mock_server.apis.social_queues.tables import ITEMS, QUEUE_NOT_FOUND, QUEUES, SESSIONS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known.
QUEUE_EXISTS = "A queue already exists for this category"
DEFAULT_LIMIT = 10
_PRIVATE = ("id", "cursor", "deleted")
_STATUS_MESSAGES = {"active": "Queue activated successfully.", "paused": "Queue paused successfully.",
                    "deleted": "Queue deleted successfully."}


def zone(tenant: Tenant) -> ZoneInfo:
    return zone_or_fallback(location_timezone(tenant))


def live_queue(tenant: Tenant, queue_id: str) -> dict[str, Any]:
    queue = tenant.require(QUEUES, queue_id)
    if queue["deleted"]:
        raise BadRequest(QUEUE_NOT_FOUND)
    return queue


def items_of(tenant: Tenant, queue_id: str, session_id: str | None = None) -> list[dict[str, Any]]:
    """The queue's live items (or the session's drafts), in queue order, with their errors as of now."""
    found = [i for i in tenant.store.find(ITEMS, "queueId", queue_id)
             if i["sessionId"] == session_id and not i["deleted"]]
    for item in found:
        item["errors"] = item_errors(tenant, item)
    return sorted(found, key=lambda i: (i["order"], i["createdAt"], i["id"]))


def item_errors(tenant: Tenant, item: dict[str, Any]) -> list[str]:
    """DECISION: an item whose post names no connected account cannot go out: ``NO_ACCOUNTS`` when it names
    none, ``INVALID_ACCOUNT_ID`` when one is no longer connected (GHL's codes are not listed)."""
    account_ids = item["modifiedPostPayload"].get("accountIds") or []
    if not account_ids:
        return ["NO_ACCOUNTS"]
    return [] if len(tenant.store.scan_ids(ACCOUNTS, account_ids)) == len(set(account_ids)) else ["INVALID_ACCOUNT_ID"]


def anchor(tenant: Tenant, queue: dict[str, Any]) -> datetime:
    """Where the queue's schedule counts from: its start once active, now while a draft."""
    if queue["status"] == "draft":
        return tenant.now()
    return datetime.fromisoformat(queue["startDate"].replace("Z", "+00:00"))


def _category_info(tenant: Tenant, category_id: str) -> dict[str, Any] | None:
    category = tenant.store.get(CATEGORIES, category_id)
    if category is None:
        return None
    return {k: category[k] for k in ("_id", "name", "primaryColor", "secondaryColor", "deleted", "locationId",
                                     "createdBy", "createdAt", "updatedAt") if k in category}


def view(tenant: Tenant, queue: dict[str, Any], *, with_category: bool = True) -> dict[str, Any]:
    """A queue as GHL shows it, with where its schedule stands now."""
    shown = {k: v for k, v in queue.items() if k not in _PRIVATE}
    items, now = items_of(tenant, queue["id"]), tenant.now()
    shown["totalPosts"] = len(items)
    if queue["status"] == "active":
        start = anchor(tenant, queue)
        upcoming = next(iter(o for o in schedule.upcoming(queue, items, zone(tenant), start, now)
                             if o.item is not None), None)
        last = schedule.last_before(queue, items, zone(tenant), start, now)
        shown["currentPostId"] = upcoming.item["postId"] if upcoming else None
        shown["currentOrder"] = upcoming.item["order"] if upcoming else None
        shown["lastScheduledTime"] = iso_z(last.at) if last else None
    if with_category:
        shown["category"] = _category_info(tenant, queue["categoryId"])
    else:
        shown.pop("currentOrder", None)
        shown.pop("currentPostId", None)
    return {k: v for k, v in shown.items() if v is not None or k in ("currentPostId", "lastScheduledTime")}


def _slots(tenant: Tenant, time_slots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"_id": tenant.new_id(), "dayOfWeek": s["dayOfWeek"], "time": s["time"]} for s in time_slots]


def create_queue(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """createQueue: a draft queue for a category without one, holding the category's published posts."""
    from mock_server.apis.social_queues import items as queue_items  # items.py builds on this module

    tenant.require(CATEGORIES, fields["categoryId"])
    if any(not q["deleted"] for q in tenant.store.find(QUEUES, "categoryId", fields["categoryId"])):
        raise BadRequest(QUEUE_EXISTS)
    queue_id, now = tenant.new_id(), iso_z(tenant.now())
    queue = {"id": queue_id, "_id": queue_id, "locationId": tenant.location_id, "categoryId": fields["categoryId"],
             "timeSlots": _slots(tenant, fields["timeSlots"]),
             "enableFuturePosts": bool(fields.get("enableFuturePosts")),
             "prioritizeNewContent": bool(fields.get("prioritizeNewContent")), "currentOrder": None,
             "status": "draft", "startDate": now, "skipDateTime": [], "currentPostId": None, "totalPosts": 0,
             "lastScheduledTime": None, "createdBy": fields["userId"], "createdAt": now, "updatedAt": now,
             "cursor": 0, "deleted": False}
    tenant.store.put(QUEUES, queue)
    published = [posts.status_at(p, tenant.now()) for p in tenant.store.scan(POSTS)
                 if p.get("categoryId") == fields["categoryId"]]
    published = sorted((p for p in published if p["status"] == "published"), key=lambda p: p["publishedAt"])
    for position, post in enumerate(published, start=1):
        queue_items.from_post(tenant, queue, post, position * queue_items.STEP)
    return view(tenant, queue, with_category=False)


def list_queues(tenant: Tenant, skip: float | None, limit: float | None) -> dict[str, Any]:
    found = sorted((q for q in tenant.store.scan(QUEUES) if not q["deleted"]), key=lambda q: q["createdAt"])
    shown = page(found, int(skip or 0), int(limit) if limit else None, DEFAULT_LIMIT)
    return {"queues": [view(tenant, q) for q in shown], "meta": {"count": str(len(found))}}


def update_queue(tenant: Tenant, queue_id: str, fields: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """updateQueue: status, slots, settings; a ``skipDateTime`` skips that slot (sent again, it is un-skipped:
    DECISION, the one way the file leaves to take a skip back)."""
    queue, now = live_queue(tenant, queue_id), tenant.now()
    status = fields.get("status")
    if status == "active" and queue["status"] == "draft":
        queue["startDate"] = iso_z(now)
    if status == "deleted":
        queue["deleted"] = True
        for session in tenant.store.find(SESSIONS, "queueId", queue_id):
            tenant.delete(SESSIONS, session["id"])
    if status:
        queue["status"] = status if status != "deleted" else queue["status"]
    if fields.get("timeSlots") is not None:
        queue["timeSlots"] = _slots(tenant, fields["timeSlots"])
    if fields.get("skipDateTime"):
        skip = fields["skipDateTime"]
        skips = queue["skipDateTime"]
        queue["skipDateTime"] = [s for s in skips if s != skip] if skip in skips else sorted([*skips, skip])
    for flag in ("enableFuturePosts", "prioritizeNewContent"):
        if fields.get(flag) is not None:
            queue[flag] = fields[flag]
    queue["updatedAt"] = iso_z(now)
    tenant.store.put(QUEUES, queue)
    return _STATUS_MESSAGES.get(status or "", "Queue updated successfully."), view(tenant, queue, with_category=False)


def available_categories(tenant: Tenant, q: str | None, skip: str | None, limit: str | None) -> dict[str, Any]:
    """The location's categories, each with its queue's state: available (none), in_queue (active or paused),
    draft; and how many of its posts are published."""
    now = tenant.now()
    published: dict[str, int] = {}
    for post in tenant.store.scan(POSTS):
        if post.get("categoryId") and posts.status_at(post, now)["status"] == "published":
            published[post["categoryId"]] = published.get(post["categoryId"], 0) + 1
    listed = library.list_categories(tenant, q, skip, limit)
    for category in listed["categories"]:
        queue = next((x for x in tenant.store.find(QUEUES, "categoryId", category["_id"]) if not x["deleted"]), None)
        category["publishedPostsCount"] = published.get(category["_id"], 0)
        category["status"] = "available" if queue is None else "draft" if queue["status"] == "draft" else "in_queue"
        if queue is not None:
            category["queueDetails"] = {"queueId": queue["_id"], "prioritizeNewContent": queue["prioritizeNewContent"],
                                        "enableFuturePosts": queue["enableFuturePosts"]}
    return {"categories": listed["categories"], "meta": {"count": str(listed["count"])}}


def calendar(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """fetchCalendarList: the active queues' posts between two dates (of some categories, some accounts)."""
    from mock_server.apis.social_queues import items as queue_items  # items.py builds on this module

    categories = set(fields.get("categoryIds") or [])
    found = []
    for queue in tenant.store.scan(QUEUES):
        if queue["deleted"] or queue["status"] != "active" or (categories and queue["categoryId"] not in categories):
            continue
        found += queue_items.scheduled_posts(tenant, queue, items_of(tenant, queue["id"]), fields)
    found.sort(key=lambda p: p["scheduledDateTime"])
    return {"scheduledPosts": found[:schedule.MAX_POSTS], "total": len(found), "timezone": location_timezone(tenant)}
