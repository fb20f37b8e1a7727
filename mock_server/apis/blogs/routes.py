"""Blogs operations (blogs.json). Every one takes a sub-account token (Location-Access)."""

from __future__ import annotations

from mock_server.apis.blogs import models, posts, sites
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("blogs.json", tag="Blogs")


@api.get("/blogs/posts/url-slug-exists", "check-url-slug-exists", scopes="blogs/check-slug.readonly",
         tokens=LOCATION, query=models.SlugExistsQuery, response=models.SlugExistsResponse,
         summary="Check url slug")
def check_url_slug(call: Call) -> dict:
    """Whether a post of the location uses ``urlSlug`` (the post ``postId``, being edited, does not count)."""
    q = call.query
    return {"exists": posts.slug_exists(call.tenant, q.urlSlug, except_id=q.postId)}


@api.get("/blogs/posts/all", "get-blog-post", scopes="blogs/posts.readonly", tokens=LOCATION,
         query=models.PostsQuery, response=models.BlogPostsResponse, summary="Get Blog posts by Blog ID")
def list_posts(call: Call) -> dict:
    q = call.query
    return {"blogs": posts.list_posts(call.tenant, blog_id=q.blogId, offset=q.offset,
                                      limit=q.limit, status=q.status, search=q.searchTerm)}


@api.post("/blogs/posts", "create-blog-post", scopes="blogs/post.write", tokens=LOCATION,
          body=models.CreateBlogPostBody, response=models.BlogPostCreateResponse, status=200,
          summary="Create Blog Post")
def create_post(call: Call) -> dict:
    return {"data": posts.create_post(call.tenant, sent_fields(call.body))}


@api.put("/blogs/posts/{postId}", "update-blog-post", scopes="blogs/post-update.write", tokens=LOCATION,
         body=models.UpdateBlogPostBody, response=models.BlogPostUpdateResponse, summary="Update Blog Post")
def update_post(call: Call) -> dict:
    updated = posts.update_post(call.tenant, call.path["postId"], sent_fields(call.body))
    return {"updatedBlogPost": updated}


@api.get("/blogs/authors", "get-all-blog-authors-by-location", scopes="blogs/author.readonly", tokens=LOCATION,
         query=models.PagedQuery, response=models.AuthorsResponse, summary="Get all authors")
def list_authors(call: Call) -> dict:
    q = call.query
    return {"authors": sites.list_authors(call.tenant, offset=q.offset, limit=q.limit)}


@api.get("/blogs/categories", "get-all-categories-by-location", scopes="blogs/category.readonly",
         tokens=LOCATION, query=models.PagedQuery, response=models.CategoriesResponse,
         summary="Get all categories")
def list_categories(call: Call) -> dict:
    q = call.query
    return {"categories": sites.list_categories(call.tenant, offset=q.offset, limit=q.limit)}


@api.get("/blogs/site/all", "get-blogs", scopes="blogs/list.readonly", tokens=LOCATION, query=models.BlogsQuery,
         response=models.BlogsResponse, summary="Get Blogs by Location ID")
def list_blogs(call: Call) -> dict:
    q = call.query
    return {"data": sites.list_blogs(call.tenant, skip=q.skip, limit=q.limit, search=q.searchTerm)}
