"""Control-plane seeding of blog sites, authors and categories (GHL's API only lists them)."""

from __future__ import annotations

import pytest


def test_seeded_blog_records_are_what_the_blogs_api_lists(ghl):
    api = ghl.client()
    base = f"/_mock/locations/{ghl.location_id}"
    blog = api.post(f"{base}/blogs", json={"name": "Field Notes", "domain": "https://notes.example.com/"})
    author = api.post(f"{base}/blog-authors", json={"name": "Zoë Ångström"})
    category = api.post(f"{base}/blog-categories", json={"label": "How-to", "urlSlug": "guides"})
    assert {blog.status_code, author.status_code, category.status_code} == {201}
    assert author.json()["canonicalLink"] == "https://notes.example.com/author/zoe-angstrom"
    assert category.json()["canonicalLink"] == "https://notes.example.com/doc/category/guides"
    sites = api.get("/blogs/site/all", params={"locationId": ghl.location_id, "skip": 0, "limit": 5}).json()
    assert sites["data"] == [{"_id": blog.json()["id"], "name": "Field Notes"}]


@pytest.mark.parametrize(("collection", "body", "message"), [
    ("blogs", {}, "name must be a string"),
    ("blog-authors", {"name": ""}, "name should not be empty"),
    ("blog-categories", {"label": "x", "urlSlug": "Not OK"},
     "urlSlug must contain only lowercase letters, numbers and single hyphens"),
])
def test_bad_seeds_are_refused_with_the_reason(ghl, collection, body, message):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/{collection}", json=body)
    assert answer.status_code == 422 and message in answer.json()["message"], answer.text


def test_seeding_blogs_in_an_unknown_location_is_refused(ghl):
    answer = ghl.client().post("/_mock/locations/NoSuchLocation000000/blogs", json={"name": "x"})
    assert (answer.status_code, answer.json()["message"]) == (400, "Location not found")
