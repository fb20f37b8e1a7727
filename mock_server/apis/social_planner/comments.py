"""Comments on a location's published posts (v3 only): the location's own comments and replies, likes, and the
listing of a post's (or a thread's) comments.

Comments live on the platforms (Facebook, LinkedIn ...); GHL keeps its copy of each, with its own ``_id``.
DECISION: the mock's copy is the record: a comment the API creates is the connected account's (the page
answering), and what the audience writes is seeded by the control plane
(``POST /_mock/locations/{locationId}/social-posts/{postId}/comments``). Only a published post takes comments,
and only on a platform one of its accounts is on; ``community`` has no connected account here (community
posting is not in the public API: GoHighLevel/highlevel-api-docs#150), so it lists nothing and takes nothing.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.apis.social_planner import posts
from mock_server.apis.social_planner.tables import ACCOUNTS, COMMENT_NOT_FOUND, COMMENTS, POST_NOT_FOUND, POSTS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.models import BodyModel, Paging
from mock_server.platform.tenant_context import Tenant

# The official file's longest content per platform.
MAX_LENGTH = {"facebook": 8000, "instagram": 2200, "linkedin": 3000, "community": 8000, "tiktok": 150,
              "bluesky": 300, "youtube": 10000, "threads": 500}
# The optional fields each platform acts on (the file: attachments on Facebook only; mentions on Facebook,
# LinkedIn and Community); elsewhere they are ignored, so not kept.
ATTACHMENTS_ON = ("facebook",)
MENTIONS_ON = ("facebook", "linkedin", "community")
# DECISION: GHL's texts are not known; the file names the two like conflicts ("already liked", "not currently
# liked") as 400s, and class-validator's wording for the empty or long content.
NOT_PUBLISHED = "Post is not published yet"
NOT_ON_PLATFORM = "Post is not published on {platform}"
ALREADY_LIKED = "Comment is already liked"
NOT_LIKED = "Comment is not liked"
EMPTY = "content should not be empty"
TOO_LONG = "content must be shorter than or equal to {limit} characters"
_PRIVATE = ("id", "parentId", "liked")


def view(comment: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in comment.items() if k not in _PRIVATE}


def _account_on(tenant: Tenant, post: dict[str, Any], platform: str) -> dict[str, Any]:
    for account in tenant.store.scan_ids(ACCOUNTS, post.get("accountIds") or []):
        if account["platform"] == platform:
            return account
    raise BadRequest(NOT_ON_PLATFORM.format(platform=platform))


def _published_post(tenant: Tenant, post_id: str) -> dict[str, Any]:
    post = tenant.require(POSTS, post_id)
    if post["status"] == "deleted":
        raise BadRequest(POST_NOT_FOUND)
    if posts.status_at(post, tenant.now())["status"] != "published":
        raise BadRequest(NOT_PUBLISHED)
    return post


def _comment_of(tenant: Tenant, platform: str, comment_id: str) -> dict[str, Any]:
    comment = tenant.require(COMMENTS, comment_id)
    if comment["platform"] != platform or comment["isDeleted"]:
        raise BadRequest(COMMENT_NOT_FOUND)
    return comment


def _new(tenant: Tenant, platform: str, parent_id: str, fields: dict[str, Any], author: dict[str, Any],
         published_at: str) -> dict[str, Any]:
    """A comment on the post or comment ``parent_id`` (the parent's replies count it)."""
    if parent_id in (None, ""):
        raise BadRequest(COMMENT_NOT_FOUND)
    parent = tenant.store.get(COMMENTS, parent_id)
    if parent is not None:
        parent = _comment_of(tenant, platform, parent_id)
        post_id, origin_id, level = parent["postId"], parent["originId"], parent["level"] + 1
        parent["replyCount"] += 1
        tenant.store.put(COMMENTS, parent)
    else:
        post = _published_post(tenant, parent_id)
        post_id, origin_id, level = parent_id, _account_on(tenant, post, platform)["originId"], 1
    comment_id, now = tenant.new_id(), iso_z(tenant.now())
    platform_post = f"{origin_id}_{post_id}"
    comment = {
        "id": comment_id, "_id": comment_id, "parentId": parent_id, "liked": False, "platform": platform,
        "platformCommentId": f"{platform_post}_{comment_id}",
        "platformParentId": parent["platformCommentId"] if parent else platform_post,
        "platformPostId": platform_post, "postId": post_id, "originId": origin_id, "isParentThread": parent is None,
        "isPost": False, "content": fields["content"], "attachments": fields.get("attachments") or [],
        "mentions": fields.get("mentions") or [], "author": author, "level": level, "likeCount": 0,
        "reactionCount": 0, "replyCount": 0, "shareCount": 0, "repostCount": 0, "quoteCount": 0,
        "previewLink": f"https://{platform}.com/{platform_post}?comment={comment_id}",
        "isRead": fields.get("isRead", True), "isDeleted": False, "isEdited": False,
        "publishedAt": published_at, "createdAt": now, "updatedAt": now,
    }
    return tenant.store.put(COMMENTS, comment)


def create(tenant: Tenant, platform: str, fields: dict[str, Any]) -> dict[str, Any]:
    """create-comment: the account's comment on a post (``isParentThread``) or its reply to a comment."""
    content = fields["content"]
    if not content.strip():
        raise Unprocessable([EMPTY])
    if len(content) > MAX_LENGTH[platform]:
        raise Unprocessable([TOO_LONG.format(limit=MAX_LENGTH[platform])])
    parent_id = fields["parentId"]
    if fields["isParentThread"]:
        _published_post(tenant, parent_id)
    else:
        _comment_of(tenant, platform, parent_id)
    kept = {"content": content,
            "attachments": [{"type": "image/jpeg", "url": a["url"]} for a in fields.get("attachments") or []]
            if platform in ATTACHMENTS_ON else [],
            "mentions": fields.get("mentions") if platform in MENTIONS_ON else []}
    author = _page_of(tenant, platform, parent_id)
    return view(_new(tenant, platform, parent_id, kept, author, iso_z(tenant.now())))


def _page_of(tenant: Tenant, platform: str, parent_id: str) -> dict[str, Any]:
    """The connected account that comments: the one the post (or the thread's post) went out on."""
    parent = tenant.store.get(COMMENTS, parent_id)
    post = tenant.require(POSTS, parent["postId"] if parent else parent_id)
    account = _account_on(tenant, post, platform)
    return {"id": account["originId"], "name": account["name"], "profilePic": account["avatar"]}


def like(tenant: Tenant, platform: str, comment_id: str, liked: bool) -> None:
    """Like (or unlike) a comment as the location's account; liking twice (or unliking what is not) is a 400."""
    comment = _comment_of(tenant, platform, comment_id)
    if comment["liked"] == liked:
        raise BadRequest(ALREADY_LIKED if liked else NOT_LIKED)
    comment["liked"] = liked
    comment["likeCount"] += 1 if liked else -1
    comment["reactionCount"] = comment["likeCount"]
    comment["updatedAt"] = iso_z(tenant.now())
    tenant.store.put(COMMENTS, comment)


def _score(comment: dict[str, Any]) -> tuple[int, str]:
    return comment["likeCount"] + comment["replyCount"], comment["publishedAt"]


def list_comments(tenant: Tenant, platform: str, query: dict[str, Any]) -> dict[str, Any]:
    """get-comment-list: the comments of a post or thread (``parentId``; DECISION: without one, the top-level
    comments of every post), of the accounts ``originIds`` names, in a date window, searched, sorted, paged."""
    origins, parent_id = set(query["originIds"]), query.get("parentId")
    found = [c for c in (tenant.store.find(COMMENTS, "parentId", parent_id) if parent_id
                         else tenant.store.scan(COMMENTS))
             if c["platform"] == platform and c["originId"] in origins and not c["isDeleted"]
             and (parent_id or c["isParentThread"])]
    text = (query.get("search") or "").casefold()
    found = [c for c in found if (not query.get("fromDate") or c["publishedAt"] >= query["fromDate"])
             and (not query.get("toDate") or c["publishedAt"] <= query["toDate"])
             and (not text or text in c["content"].casefold() or text in (c["author"].get("name") or "").casefold())]
    found.sort(key=_score if query.get("sortBy") == "top" else (lambda c: c["publishedAt"]), reverse=True)
    skip = int(query.get("skip") or 0)
    limit = int(query["limit"]) if query.get("limit") is not None else 10
    shown = found[skip:skip + limit]
    return {"comments": [view(c) for c in shown],
            "meta": {"total": len(found), "totalUnread": sum(not c["isRead"] for c in found), "skip": skip,
                     "limit": limit, "hasMore": skip + len(shown) < len(found)}}


class AudienceComment(BodyModel):
    """Someone's comment on a published post (or their reply to a comment: ``parentId``), as the platform
    reports it to GHL."""

    content: str = Field(min_length=1)
    authorName: str | None = None
    authorId: str | None = None
    profilePic: str | None = None
    platform: str | None = None
    parentId: str | None = None
    likeCount: Paging | None = None
    publishedAt: IsoInstant | None = None


def seed_comment(tenant: Tenant, body: AudienceComment, *, post_id: str) -> dict[str, Any]:
    post = _published_post(tenant, post_id)
    platform = body.platform or post.get("platform") or ""
    if body.parentId:
        parent = _comment_of(tenant, platform, body.parentId)
        if parent["postId"] != post_id:
            raise BadRequest(COMMENT_NOT_FOUND)
    author = {"id": body.authorId or tenant.new_id(), "name": body.authorName or "Social follower",
              "profilePic": body.profilePic or ""}
    published = body.publishedAt or iso_z(tenant.now())
    comment = _new(tenant, platform, body.parentId or post_id, {"content": body.content, "isRead": False}, author,
                   published)
    if body.likeCount:
        comment.update(likeCount=body.likeCount, reactionCount=body.likeCount)
        tenant.store.put(COMMENTS, comment)
    return view(comment)
