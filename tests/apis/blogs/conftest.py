"""A location with one blog, an author and two categories, and a helper to write posts over HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest


@dataclass
class BlogDesk:
    ghl: Any
    api: httpx.Client
    blog: dict
    author: dict
    categories: list[dict]

    def body(self, **overrides: Any) -> dict[str, Any]:
        """A valid create (or update) body for this desk's blog."""
        return self.ghl.fake.blog_post(self.ghl.location_id, self.blog["id"], self.author["id"],
                                       [c["id"] for c in self.categories], self.ghl.now(), **overrides)

    def create(self, **overrides: Any) -> httpx.Response:
        return self.api.post("/blogs/posts", json=self.body(**overrides))

    def posts(self, **params: Any) -> list[dict]:
        query = {"locationId": self.ghl.location_id, "blogId": self.blog["id"], "limit": 50, "offset": 0, **params}
        answer = self.api.get("/blogs/posts/all", params=query)
        assert answer.status_code == 200, answer.text
        return answer.json()["blogs"]


@pytest.fixture
def desk(ghl) -> BlogDesk:
    return BlogDesk(ghl, ghl.client(), ghl.blog(), ghl.blog_author("Ann Lee"),
                    [ghl.blog_category("Agency Growth"), ghl.blog_category("Product")])
