"""Models of the Blogs API (blogs.json), GHL field names verbatim (``_id``, ``rawHTML`` ...)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from mock_server.apis.calendars.slugs import Slug
from mock_server.apis.common import RECORD_MARK
from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.platform.models import BodyModel, Paging, QueryModel, ResponseModel

PostStatus = Literal["DRAFT", "PUBLISHED", "SCHEDULED", "ARCHIVED"]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]
Limit = Annotated[Paging, Field(ge=1)]
Offset = Paging

# Fields holding the id of a record GHL's API cannot create: the contract kit fills them with the ids of
# records the control plane seeded (RECORD_MARK).
AUTHOR_REF = {RECORD_MARK: "blogAuthorId"}
CATEGORY_REF = {RECORD_MARK: "blogCategoryId"}


# -- queries -----------------------------------------------------------------------------------------
class SlugExistsQuery(QueryModel):
    urlSlug: str
    locationId: str
    postId: str | None = None


class PagedQuery(QueryModel):
    """Authors and categories: ``limit``/``offset`` are required (the official file)."""

    locationId: str
    limit: Limit
    offset: Offset


class PostsQuery(PagedQuery):
    blogId: str
    searchTerm: str | None = None
    # "ALL" is the v3 file's addition (no filter), which the Python SDK's clients send.
    status: Literal["PUBLISHED", "SCHEDULED", "ARCHIVED", "DRAFT", "ALL"] | None = None


class BlogsQuery(QueryModel):
    """Blog sites page with ``skip``, not ``offset`` (the official file)."""

    locationId: str
    skip: Offset
    limit: Limit
    searchTerm: str | None = None


# -- bodies ------------------------------------------------------------------------------------------
class CreateBlogPostBody(BodyModel):
    title: NonEmpty
    locationId: str
    blogId: str
    imageUrl: str
    description: str
    rawHTML: str
    status: PostStatus
    imageAltText: str
    categories: list[str] = Field(json_schema_extra=CATEGORY_REF)
    tags: list[str] | None = None
    author: str = Field(json_schema_extra=AUTHOR_REF)
    urlSlug: Slug
    canonicalLink: str | None = None
    publishedAt: IsoInstant


class UpdateBlogPostBody(CreateBlogPostBody):
    # The v3 file requires it on update (and the Python SDK sends it); v2 does not know it.
    wordCount: float | None = None


# -- answers -----------------------------------------------------------------------------------------
class SlugExistsResponse(ResponseModel):
    exists: bool


class BlogPostOut(ResponseModel):
    id_: str = Field(alias="_id")
    title: str
    description: str
    imageUrl: str
    status: str
    imageAltText: str
    urlSlug: str
    canonicalLink: str | None = None
    author: str | None = None
    publishedAt: str
    updatedAt: str
    categories: list[str]
    tags: list[str] | None = None
    archived: bool
    blogId: str | None = None
    locationId: str | None = None


class BlogPostCreateResponse(ResponseModel):
    data: BlogPostOut


class BlogPostUpdateResponse(ResponseModel):
    updatedBlogPost: BlogPostOut


class BlogPostsResponse(ResponseModel):
    blogs: list[BlogPostOut]


class AuthorOut(ResponseModel):
    id_: str = Field(alias="_id")
    name: str
    locationId: str
    updatedAt: str
    canonicalLink: str


class AuthorsResponse(ResponseModel):
    authors: list[AuthorOut]


class CategoryOut(ResponseModel):
    id_: str = Field(alias="_id")
    label: str
    locationId: str
    updatedAt: str
    canonicalLink: str
    urlSlug: str


class CategoriesResponse(ResponseModel):
    categories: list[CategoryOut]


class BlogOut(ResponseModel):
    id_: str = Field(alias="_id")
    name: str


class BlogsResponse(ResponseModel):
    data: list[BlogOut]
