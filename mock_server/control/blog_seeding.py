"""Control-plane seeding of what GHL's Blogs API only lists: blog sites, authors and categories.

| endpoint | what it does |
|---|---|
| ``POST /_mock/locations/{locationId}/blogs`` | ``{"name", "domain"}`` (domain optional) -> 201 the blog site |
| ``POST /_mock/locations/{locationId}/blog-authors`` | ``{"name", "canonicalLink"}`` (link optional) -> 201 the author |
| ``POST /_mock/locations/{locationId}/blog-categories`` | ``{"label", "urlSlug", "canonicalLink"}`` (label required) -> 201 the category |

Posts are then written through the API (``POST /blogs/posts``) and name these by id.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints
from starlette.requests import Request
from starlette.routing import Route

from mock_server.apis.blogs import sites
from mock_server.apis.calendars.slugs import Slug
from mock_server.control.http import body_as
from mock_server.control.seeding import seeded_record
from mock_server.platform.models import BodyModel

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


async def seed_blog(request: Request):
    body = await body_as(request, BlogSeed)
    return seeded_record(request, lambda world, location_id: sites.create_blog(
        world, location_id, name=body.name, domain=body.domain))


async def seed_author(request: Request):
    body = await body_as(request, AuthorSeed)
    return seeded_record(request, lambda world, location_id: sites.create_author(
        world, location_id, name=body.name, canonical_link=body.canonicalLink))


async def seed_category(request: Request):
    body = await body_as(request, CategorySeed)
    return seeded_record(request, lambda world, location_id: sites.create_category(
        world, location_id, label=body.label, url_slug=body.urlSlug, canonical_link=body.canonicalLink))


routes = [
    Route("/locations/{locationId}/blogs", seed_blog, methods=["POST"]),
    Route("/locations/{locationId}/blog-authors", seed_author, methods=["POST"]),
    Route("/locations/{locationId}/blog-categories", seed_category, methods=["POST"]),
]
