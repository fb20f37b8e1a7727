"""The Blogs area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.blogs import posts, routes, sites
from mock_server.platform.area import Area, ContractSeed, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "blogs",
    serves="Blogs: sites, authors, categories, posts, slug check",
    apis=(routes.api,),
    tables=(
        Table(sites.BLOGS, not_found=BadRequest(sites.BLOG_NOT_FOUND)),
        Table(sites.AUTHORS, not_found=BadRequest(sites.AUTHOR_NOT_FOUND)),
        Table(sites.CATEGORIES, not_found=BadRequest(sites.CATEGORY_NOT_FOUND)),
        Table(posts.POSTS, not_found=BadRequest(posts.POST_NOT_FOUND)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/blogs", sites.seed_blog, body=sites.BlogSeed,
             doc='`{"name","domain"}` (domain optional): seed a blog site, which the Blogs API only lists'),
        Seed("POST", "/locations/{locationId}/blog-authors", sites.seed_author, body=sites.AuthorSeed,
             doc='`{"name","canonicalLink"}` (link optional): seed a blog author; posts name it by id'),
        Seed("POST", "/locations/{locationId}/blog-categories", sites.seed_category, body=sites.CategorySeed,
             doc='`{"label","urlSlug","canonicalLink"}` (label required): seed a blog category; posts name it by id'),
    ),
    factories="mock_server.apis.blogs.factories:BlogFactories",
    demo="mock_server.apis.blogs.demo:load",
    contract_seeds=(
        ContractSeed("/locations/{locationId}/blogs", {"name": "Contract blog"}, {"blogId": "id"}),
        ContractSeed("/locations/{locationId}/blog-authors", {"name": "Contract author"}, {"blogAuthorId": "id"}),
        ContractSeed("/locations/{locationId}/blog-categories", {"label": "Contract category"},
                     {"blogCategoryId": "id"}),
    ),
    upstream_allowlist="mock_server.apis.blogs.upstream",
)
