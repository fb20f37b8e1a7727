"""Blog sites, authors and categories of a location.

GHL's API only lists them; they are created through the control plane
(``POST /_mock/locations/{locationId}/blogs``, ``/blog-authors``, ``/blog-categories``) or by fixtures.
Posts name them by id (``blogId``, ``author``, ``categories``).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import StringConstraints

from mock_server.apis.calendars.slugs import Slug, slugify
from mock_server.apis.common import iso_z
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

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


def _stamp(tenant: Tenant) -> tuple[str, str]:
    """A new id and the tenant's now, for a seeded record."""
    return tenant.new_id(), iso_z(tenant.now())


def create_blog(tenant: Tenant, *, name: str, domain: str | None = None) -> dict[str, Any]:
    blog_id, now = _stamp(tenant)
    return tenant.store.put(BLOGS, {
        "id": blog_id, "_id": blog_id, "name": name, "locationId": tenant.location_id,
        "domain": (domain or DEFAULT_BLOG_DOMAIN).rstrip("/"), "createdAt": now, "updatedAt": now,
    })


def create_author(tenant: Tenant, *, name: str, canonical_link: str | None = None) -> dict[str, Any]:
    author_id, now = _stamp(tenant)
    link = canonical_link or f"{_domain(tenant)}/author/{slugify(name, fallback='author', room=0)}"
    return tenant.store.put(AUTHORS, {
        "id": author_id, "_id": author_id, "name": name, "locationId": tenant.location_id,
        "updatedAt": now, "canonicalLink": link,
    })


def create_category(tenant: Tenant, *, label: str, url_slug: str | None = None,
                    canonical_link: str | None = None) -> dict[str, Any]:
    category_id, now = _stamp(tenant)
    slug = url_slug or slugify(label, fallback="category", room=0)
    return tenant.store.put(CATEGORIES, {
        "id": category_id, "_id": category_id, "label": label, "locationId": tenant.location_id, "updatedAt": now,
        "canonicalLink": canonical_link or f"{_domain(tenant)}/doc/category/{slug}", "urlSlug": slug,
    })


def _domain(tenant: Tenant) -> str:
    """The location's first blog's address (authors and categories are shared by its blogs)."""
    blogs = tenant.store.scan(BLOGS)
    return blogs[0]["domain"] if blogs else DEFAULT_BLOG_DOMAIN


def list_blogs(tenant: Tenant, *, skip: int, limit: int, search: str | None) -> list[dict[str, Any]]:
    blogs = tenant.store.scan(BLOGS)
    if search:
        blogs = [b for b in blogs if search.casefold() in b["name"].casefold()]
    return [{"_id": b["id"], "name": b["name"]} for b in blogs[skip:skip + limit]]


def list_authors(tenant: Tenant, *, offset: int, limit: int) -> list[dict[str, Any]]:
    return [_public(a) for a in tenant.store.scan(AUTHORS)[offset:offset + limit]]


def list_categories(tenant: Tenant, *, offset: int, limit: int) -> list[dict[str, Any]]:
    return [_public(c) for c in tenant.store.scan(CATEGORIES)[offset:offset + limit]]


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}


def ensure_references(tenant: Tenant, *, blog_id: str, author_id: str, category_ids: list[str]) -> None:
    """A post's blog, author and categories must be records of the post's location (else GHL's 400)."""
    tenant.require(BLOGS, blog_id)
    tenant.require(AUTHORS, author_id)
    for category_id in category_ids:
        tenant.require(CATEGORIES, category_id)


# -- control-plane seeding (GHL's API only lists sites, authors and categories) -----------------------------
Text = Annotated[str, StringConstraints(min_length=1)]


class BlogSeed(BodyModel):
    name: Text
    domain: str | None = None


class AuthorSeed(BodyModel):
    name: Text
    canonicalLink: str | None = None


class CategorySeed(BodyModel):
    label: Text
    urlSlug: Slug | None = None
    canonicalLink: str | None = None


def seed_blog(tenant: Tenant, body: BlogSeed) -> dict[str, Any]:
    return create_blog(tenant, name=body.name, domain=body.domain)


def seed_author(tenant: Tenant, body: AuthorSeed) -> dict[str, Any]:
    return create_author(tenant, name=body.name, canonical_link=body.canonicalLink)


def seed_category(tenant: Tenant, body: CategorySeed) -> dict[str, Any]:
    return create_category(tenant, label=body.label, url_slug=body.urlSlug, canonical_link=body.canonicalLink)
