"""Blog posts: their references, their url slugs, their status over (mock) time, and their listing."""

from __future__ import annotations

from typing import Any

from mock_server.apis.blogs import sites
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

POSTS = "blog_posts"

# DECISION: GHL's texts are not known.
POST_NOT_FOUND = "Blog post not found"
SLUG_TAKEN = "Url slug already exists"
# DECISION: a post's urlSlug is unique in its location, not only in its blog: the official slug check
# (GET /blogs/posts/url-slug-exists) takes a locationId and no blogId, so that is the namespace it can
# answer for. Set True to let two blogs of a location share a slug (the check then still answers for
# the whole location).
SLUG_UNIQUE_PER_BLOG = False
# What a post's answer carries: BlogPostResponseDTO's fields, and where the post lives (blogId, locationId).
ANSWERED = ("_id", "title", "description", "imageUrl", "status", "imageAltText", "urlSlug", "canonicalLink",
            "author", "publishedAt", "updatedAt", "categories", "tags", "archived", "blogId", "locationId")


def slug_exists(tenant: Tenant, slug: str, *, except_id: str | None = None,
                blog_id: str | None = None) -> bool:
    """Whether another post (not ``except_id``) of the location (or of ``blog_id``) uses ``slug``."""
    return any(p["urlSlug"] == slug and p["id"] != except_id and (blog_id is None or p["blogId"] == blog_id)
               for p in tenant.store.scan(POSTS))


def create_post(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    post_id = tenant.new_id()
    return _write(tenant, {"id": post_id, "_id": post_id, "locationId": tenant.location_id}, fields)


def update_post(tenant: Tenant, post_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Replace the post's content (the update body carries every field, as the create body does)."""
    post = tenant.store.get(POSTS, post_id)
    # DECISION: a post is updated through the blog it belongs to; another blog's id is an unknown post.
    if post is None or post["blogId"] != fields["blogId"]:
        raise BadRequest(POST_NOT_FOUND)
    kept = {k: post[k] for k in ("id", "_id", "locationId", "createdAt")}
    return _write(tenant, kept, fields)


def _write(tenant: Tenant, post: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    sites.ensure_references(tenant, blog_id=fields["blogId"], author_id=fields["author"],
                            category_ids=fields["categories"])
    if slug_exists(tenant, fields["urlSlug"], except_id=post["id"],
                   blog_id=fields["blogId"] if SLUG_UNIQUE_PER_BLOG else None):
        raise BadRequest(SLUG_TAKEN)
    now = iso_z(tenant.now())
    content = {k: v for k, v in fields.items() if v is not None and k != "locationId"}
    stored = tenant.store.put(POSTS, {**post, **content, "tags": fields.get("tags") or [],
                                      "createdAt": post.get("createdAt", now), "updatedAt": now})
    return public(stored, now)


def list_posts(tenant: Tenant, *, blog_id: str, offset: int, limit: int, status: str | None,
               search: str | None) -> list[dict[str, Any]]:
    """The blog's posts, newest ``publishedAt`` first, as of the tenant's now."""
    tenant.require(sites.BLOGS, blog_id)
    now = iso_z(tenant.now())
    posts = [public(p, now) for p in tenant.store.scan(POSTS) if p["blogId"] == blog_id]
    if status and status != "ALL":
        posts = [p for p in posts if p["status"] == status]
    if search:
        posts = [p for p in posts if search.casefold() in p["title"].casefold()]
    posts.sort(key=lambda p: (p["publishedAt"], p["_id"]), reverse=True)
    return posts[offset:offset + limit]


def public(post: dict[str, Any], now: str) -> dict[str, Any]:
    """The post as GHL answers it at ``now``.

    DECISION: a SCHEDULED post whose ``publishedAt`` has come is PUBLISHED from then on (read as such;
    nothing is rewritten), so moving the mock clock past it publishes it.
    """
    answer = {k: post[k] for k in ANSWERED if k in post}
    if answer["status"] == "SCHEDULED" and answer["publishedAt"] <= now:
        answer["status"] = "PUBLISHED"
    answer["archived"] = answer["status"] == "ARCHIVED"
    return answer
