"""Social posts of a location: composed, scheduled, published on the mock clock, deleted.

Publishing happens outside GHL's API (its scheduler hands each post to Facebook, Google ...). DECISION: the
mock keeps the status GHL would show: a post sent without a schedule date is published at once; one with a
``scheduleDate`` stays ``scheduled`` until the mock clock reaches it, then reads as ``published``
(``publishedAt`` = its schedule date) everywhere (listings, statistics); a date already past publishes it at
once, dated then (so history can be written through the API). A draft
stays a draft, and a post sent ``in_review`` (or with a pending approval) waits for review, until edited.
A deleted post is kept with status ``deleted`` (the listing's ``deleted`` type shows it) and is gone for
every other operation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.social_planner import accounts, library
from mock_server.apis.social_planner.tables import CATEGORIES, POST_NOT_FOUND, POSTS
from mock_server.apis.users.service import USERS
from mock_server.platform.errors import BadRequest, NotFound, Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these are not known.
NO_POST_IDS = "postIds should not be empty"
NO_POSTS_FOUND = "Posts not found"
NEEDS_DATE = "scheduleDate is required to schedule a post"

# Internal fields a post keeps that no answer shows.
_PRIVATE = ("id", "userId", "deletedAt", "csvId")
# The statuses a client may leave a post in; the others are the publisher's (it is the mock clock here).
_HELD = ("draft", "in_review")


def status_at(post: dict[str, Any], now: datetime) -> dict[str, Any]:
    """The post as GHL shows it at ``now``: a scheduled post whose time has come is published."""
    if post["status"] == "scheduled" and post.get("scheduleDate") and post["scheduleDate"] <= iso_z(now):
        return {**post, "status": "published", "publishedAt": post["scheduleDate"]}
    return post


def view(post: dict[str, Any], now: datetime) -> dict[str, Any]:
    return {k: v for k, v in status_at(post, now).items() if k not in _PRIVATE}


def _live(tenant: Tenant, post_id: str) -> dict[str, Any]:
    post = tenant.require(POSTS, post_id)
    if post["status"] == "deleted":
        raise BadRequest(POST_NOT_FOUND)
    return post


def _check_refs(tenant: Tenant, fields: dict[str, Any]) -> list[dict[str, Any]]:
    """The connected accounts the post names (422 for one the location lacks); its category must exist."""
    found = accounts.require_accounts(tenant, fields["accountIds"]) if fields.get("accountIds") else []
    if fields.get("categoryId"):
        tenant.require(CATEGORIES, fields["categoryId"])
    return found


def _schedule(post: dict[str, Any], sent_status: str | None, now: datetime) -> None:
    """Where a post sent with ``sent_status`` (or none) stands now (see the module's DECISION)."""
    approval = (post.get("postApprovalDetails") or {}).get("approvalStatus")
    if sent_status in _HELD or approval == "pending":
        post["status"] = "in_review" if sent_status == "in_review" or approval == "pending" else "draft"
    elif sent_status == "scheduled" and not post.get("scheduleDate"):
        raise Unprocessable([NEEDS_DATE])
    elif post.get("scheduleDate"):
        post["status"] = "scheduled"  # published once the clock passes it (status_at), at once if it has
    else:
        post["status"], post["publishedAt"] = "published", iso_z(now)
    post["displayDate"] = post.get("scheduleDate") or post.get("publishedAt") or post["createdAt"]


def create_post(tenant: Tenant, fields: dict[str, Any], *, source: str = "composer",
                csv_id: str | None = None) -> dict[str, Any]:
    fields = {k: v for k, v in fields.items() if v is not None}  # a null is a field not sent
    linked = _check_refs(tenant, fields)
    now = tenant.now()
    post_id = tenant.new_id()
    first = linked[0] if linked else {}
    post = {**{k: v for k, v in fields.items() if k != "status"}, "id": post_id, "_id": post_id,
            "locationId": tenant.location_id, "source": source, "platform": first.get("platform"),
            "accountId": first.get("id"), "error": "", "postId": post_id, "tags": fields.get("tags") or [],
            "media": fields.get("media") or [], "createdBy": fields.get("createdBy") or fields.get("userId"),
            "insights": {"like": 0, "share": 0, "comment": 0}, "createdAt": iso_z(now), "updatedAt": iso_z(now)}
    if csv_id:
        post["csvId"] = csv_id
    _schedule(post, fields.get("status"), now)
    library.record_tags(tenant, post["tags"], post["createdBy"])
    tenant.store.put(POSTS, post)
    tenant.created(POSTS, post)  # what other areas declared on a new post (a category queue taking it in)
    return view(post, now)


def get_post(tenant: Tenant, post_id: str) -> dict[str, Any]:
    return view(_live(tenant, post_id), tenant.now())


def edit_post(tenant: Tenant, post_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Change what was sent; a post not yet published is scheduled again from its new status and date."""
    now = tenant.now()
    post = status_at(_live(tenant, post_id), now)
    fields = {k: v for k, v in fields.items() if v is not None}  # null leaves a field as it was
    linked = _check_refs(tenant, fields)
    post.update({k: v for k, v in fields.items() if k != "status"})
    if linked:
        post["platform"], post["accountId"] = linked[0]["platform"], linked[0]["id"]
    if post["status"] != "published":
        post.pop("publishedAt", None)
        _schedule(post, fields.get("status") or (post["status"] if post["status"] in _HELD else None), now)
    post["updatedAt"] = iso_z(now)
    library.record_tags(tenant, post.get("tags") or [], post.get("createdBy"))
    tenant.store.put(POSTS, post)
    return view(post, now)


def delete_post(tenant: Tenant, post_id: str) -> dict[str, Any]:
    post = _live(tenant, post_id)
    post.update(status="deleted", deletedAt=iso_z(tenant.now()), updatedAt=iso_z(tenant.now()))
    tenant.store.put(POSTS, post)
    return {"postId": post_id}


def bulk_delete(tenant: Tenant, post_ids: list[str] | None) -> dict[str, Any]:
    """Delete the location's posts of ``post_ids`` (ids it does not have are skipped); 404 when none is."""
    if not post_ids:
        raise Unprocessable([NO_POST_IDS])
    live = [p for p in tenant.store.scan_ids(POSTS, list(dict.fromkeys(post_ids))) if p["status"] != "deleted"]
    if not live:
        raise NotFound(NO_POSTS_FOUND)
    for post in live:
        delete_post(tenant, post["id"])
    return {"deletedCount": len(live)}


def _matches(post: dict[str, Any], kind: str) -> bool:
    if kind == "deleted" or post["status"] == "deleted":
        return kind == "deleted" and post["status"] == "deleted"
    if kind == "all":
        return True
    return post["status"] == ("published" if kind == "recent" else kind)


def list_posts(tenant: Tenant, query: dict[str, Any]) -> dict[str, Any]:
    """get-posts: the location's posts of a type, shown between two dates (newest first), optionally of some
    accounts (``accounts``: ids separated by commas) and of one post type, with their authors if asked."""
    now = tenant.now()
    wanted = {a.strip() for a in (query.get("accounts") or "").split(",") if a.strip()}
    posts = [status_at(p, now) for p in tenant.store.scan(POSTS)]
    found = [p for p in posts if _matches(p, query["type"])
             and query["fromDate"] <= p["displayDate"] <= query["toDate"]
             and (not wanted or wanted & set(p.get("accountIds") or []))
             and (not query.get("postType") or p["type"] == query["postType"])]
    found.sort(key=lambda p: (p["displayDate"], p["createdAt"]), reverse=True)
    skip, limit = int(query["skip"]), int(query["limit"])
    shown = [view(p, now) for p in found[skip:skip + limit]]
    if query["includeUsers"] in (True, "true"):
        for post in shown:
            user = author(tenant, post.get("createdBy"))
            if user:
                post["user"] = user
    return {"posts": shown, "count": len(found)}


def author(tenant: Tenant, user_id: str | None) -> dict[str, Any] | None:
    """A post's author as listings show it (PostUserSchema), when it is a user of the agency."""
    user = tenant.agency.store.get(USERS, user_id) if user_id else None
    if user is None:
        return None
    return {"id": user["id"], "title": user.get("name") or "", "firstName": user.get("firstName") or "",
            "lastName": user.get("lastName") or "", "profilePhoto": user.get("profilePhoto") or "",
            "phone": user.get("phone") or "", "email": user.get("email") or ""}


def published_between(tenant: Tenant, start: str, end: str) -> list[dict[str, Any]]:
    """The posts published from ``start`` to ``end`` (statistics), as of the mock clock."""
    now = tenant.now()
    return [p for p in (status_at(p, now) for p in tenant.store.scan(POSTS))
            if p["status"] == "published" and start <= p["publishedAt"] <= end]

