"""The Blogs area's part of the demo (``Area.demo``): a blog with its authors, categories and posts."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    """A blog with its authors and categories (seeded: GHL's API only lists them) and posts written through
    the API: published over the past weeks, the last one a draft."""
    blog = demo.seed(demo.main, "blogs", {"name": "Demo Blog"})["id"]
    authors = [demo.seed(demo.main, "blog-authors", {"name": name})["id"] for name in ("Avery Stone", "Jordan Blake")]
    categories = [demo.seed(demo.main, "blog-categories", {"label": label})["id"]
                  for label in ("Agency Growth", "Product News", "How-to")]
    now, count = demo.now(), demo.plan.blog_posts
    for n in range(count):
        body = demo.fake.blog_post(demo.main, blog, authors[n % 2], categories[n % 3:n % 3 + 1],
                                   now - timedelta(days=7 * (count - n)),
                                   status="DRAFT" if n == count - 1 else "PUBLISHED")
        demo.call("POST", "/blogs/posts", token=demo.main_token, json=body)
    demo.summary.update(blogs=1, blogPosts=count)
