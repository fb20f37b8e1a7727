"""The ``ghl`` factories of the Blogs area: blog sites, authors and categories (seeded: GHL's API only
lists them) and posts."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class BlogFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def blog(self, name: str = "Company News", **fields: Any) -> dict[str, Any]:
        """A blog site of this location (``POST /_mock/locations/{id}/blogs``; ``domain`` optional)."""
        return self.api("POST", f"/_mock/locations/{self.location_id}/blogs", {"name": name, **fields},
                        what="ghl.blog()")

    def blog_author(self, name: str | None = None, **fields: Any) -> dict[str, Any]:
        """A blog author of this location (``POST /_mock/locations/{id}/blog-authors``)."""
        if name is None:
            person = self.fake.user(self.company_id, [])
            name = f"{person['firstName']} {person['lastName']}"
        body = {"name": name, **fields}
        return self.api("POST", f"/_mock/locations/{self.location_id}/blog-authors", body, what="ghl.blog_author()")

    def blog_category(self, label: str = "News", **fields: Any) -> dict[str, Any]:
        """A blog category of this location (``POST /_mock/locations/{id}/blog-categories``; ``urlSlug`` optional)."""
        return self.api("POST", f"/_mock/locations/{self.location_id}/blog-categories", {"label": label, **fields},
                        what="ghl.blog_category()")

    def blog_post(self, *, blog: Ref | None = None, author: Ref | None = None, categories: list[Ref] | None = None,
                  **overrides: Any) -> dict[str, Any]:
        """A PUBLISHED post (POST /blogs/posts) in ``blog`` by ``author`` (new ones if none), in ``categories``
        (default: none), published a day before the tenant's now. Overrides are ``CreateBlogPostParams`` fields."""
        body = self.fake.blog_post(self.location_id, ref_id(blog if blog is not None else self.blog()),
                                   ref_id(author if author is not None else self.blog_author()),
                                   [ref_id(c) for c in categories or []], self.now() - timedelta(days=1), **overrides)
        return self.api("POST", "/blogs/posts", body, what="ghl.blog_post()")["data"]
