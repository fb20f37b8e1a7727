"""Blog sites, authors and categories of a location.

GHL's API only lists them; they are created through the control plane
(``POST /_mock/locations/{locationId}/blogs``, ``/blog-authors``, ``/blog-categories``) or by fixtures.
Posts name them by id (``blogId``, ``author``, ``categories``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars.slugs import slugify
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.world import World

BLOGS = "blogs"
AUTHORS = "blog_authors"
CATEGORIES = "blog_categories"

# DECISION: GHL's texts for unknown blog, author and category ids are not known.
BLOG_NOT_FOUND = "Blog not found"
AUTHOR_NOT_FOUND = "Author not found"
CATEGORY_NOT_FOUND = "Category not found"
# DECISION: a seeded blog's public address when none is given; authors' and categories' canonical links
# hang off it as GHL's examples show (https://tryghl.blog/post/technology, .../doc/category/agency-growth).
DEFAULT_BLOG_DOMAIN = "https://blog.example.com"


def _stamp(world: World, location_id: str) -> tuple[str, str]:
    """A new id and the tenant's now, for a seeded record."""
    company_id = world.tenants.company_of_location(location_id)
    return world.new_id(company_id), iso_z(world.now(company_id))


def create_blog(world: World, location_id: str, *, name: str, domain: str | None = None) -> dict[str, Any]:
    blog_id, now = _stamp(world, location_id)
    return world.store.put(location_id, BLOGS, {
        "id": blog_id, "_id": blog_id, "name": name, "locationId": location_id,
        "domain": (domain or DEFAULT_BLOG_DOMAIN).rstrip("/"), "createdAt": now, "updatedAt": now,
    })


def create_author(world: World, location_id: str, *, name: str, canonical_link: str | None = None) -> dict[str, Any]:
    author_id, now = _stamp(world, location_id)
    link = canonical_link or f"{_domain(world, location_id)}/author/{slugify(name, fallback='author', room=0)}"
    return world.store.put(location_id, AUTHORS, {
        "id": author_id, "_id": author_id, "name": name, "locationId": location_id,
        "updatedAt": now, "canonicalLink": link,
    })


def create_category(world: World, location_id: str, *, label: str, url_slug: str | None = None,
                    canonical_link: str | None = None) -> dict[str, Any]:
    category_id, now = _stamp(world, location_id)
    slug = url_slug or slugify(label, fallback="category", room=0)
    return world.store.put(location_id, CATEGORIES, {
        "id": category_id, "_id": category_id, "label": label, "locationId": location_id, "updatedAt": now,
        "canonicalLink": canonical_link or f"{_domain(world, location_id)}/doc/category/{slug}", "urlSlug": slug,
    })


def _domain(world: World, location_id: str) -> str:
    """The location's first blog's address (authors and categories are shared by its blogs)."""
    blogs = world.store.scan(location_id, BLOGS)
    return blogs[0]["domain"] if blogs else DEFAULT_BLOG_DOMAIN


def list_blogs(world: World, location_id: str, *, skip: int, limit: int, search: str | None) -> list[dict[str, Any]]:
    blogs = world.store.scan(location_id, BLOGS)
    if search:
        blogs = [b for b in blogs if search.casefold() in b["name"].casefold()]
    return [{"_id": b["id"], "name": b["name"]} for b in blogs[skip:skip + limit]]


def list_authors(world: World, location_id: str, *, offset: int, limit: int) -> list[dict[str, Any]]:
    return [_public(a) for a in world.store.scan(location_id, AUTHORS)[offset:offset + limit]]


def list_categories(world: World, location_id: str, *, offset: int, limit: int) -> list[dict[str, Any]]:
    return [_public(c) for c in world.store.scan(location_id, CATEGORIES)[offset:offset + limit]]


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}


def ensure_references(world: World, location_id: str, *, blog_id: str, author_id: str,
                      category_ids: list[str]) -> None:
    """A post's blog, author and categories must be records of the post's location (else GHL's 400)."""
    ensure_blog(world, location_id, blog_id)
    if world.store.get(location_id, AUTHORS, author_id) is None:
        raise BadRequest(AUTHOR_NOT_FOUND)
    if any(world.store.get(location_id, CATEGORIES, c) is None for c in category_ids):
        raise BadRequest(CATEGORY_NOT_FOUND)


def ensure_blog(world: World, location_id: str, blog_id: str) -> None:
    if world.store.get(location_id, BLOGS, blog_id) is None:
        raise BadRequest(BLOG_NOT_FOUND)
