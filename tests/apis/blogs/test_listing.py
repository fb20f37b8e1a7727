"""Listing blog sites, authors, categories and posts: filters, paging (offset, or skip for sites), order."""

from __future__ import annotations

import pytest


def test_posts_filter_by_blog_status_and_search_and_page_newest_first(desk):
    desk.ghl.freeze("2025-03-01T12:00:00Z")
    titles = ["AI news roundup", "Pricing update", "More AI News", "Hiring"]
    for day, title in enumerate(titles, start=1):
        desk.create(title=title, publishedAt=f"2025-02-0{day}T10:00:00Z",
                    status="DRAFT" if title == "Hiring" else "PUBLISHED")
    other = desk.ghl.blog_post(author=desk.author, title="AI news elsewhere")   # another blog of the location

    assert [p["title"] for p in desk.posts()] == ["Hiring", "More AI News", "Pricing update", "AI news roundup"]
    assert [p["title"] for p in desk.posts(searchTerm="ai NEWS")] == ["More AI News", "AI news roundup"]
    assert [p["title"] for p in desk.posts(status="DRAFT")] == ["Hiring"]
    assert len(desk.posts(status="ALL")) == 4
    assert [p["title"] for p in desk.posts(limit=2, offset=1)] == ["More AI News", "Pricing update"]
    assert desk.posts(offset=4) == []
    assert other["_id"] not in {p["_id"] for p in desk.posts()}


def test_posts_of_an_unknown_blog_are_refused(desk):
    answer = desk.api.get("/blogs/posts/all", params={"locationId": desk.ghl.location_id, "blogId": "NoSuchBlog",
                                                      "limit": 5, "offset": 0})
    assert (answer.status_code, answer.json()["message"]) == (400, "Blog not found")


def test_blog_sites_page_with_skip_and_search_by_name(ghl):
    for name in ("Company News", "Engineering", "News for Partners"):
        ghl.blog(name)
    api = ghl.client()

    def names(**params):
        query = {"locationId": ghl.location_id, "skip": 0, "limit": 10, **params}
        return [b["name"] for b in api.get("/blogs/site/all", params=query).json()["data"]]

    assert names() == ["Company News", "Engineering", "News for Partners"]
    assert names(searchTerm="news") == ["Company News", "News for Partners"]
    assert names(skip=1, limit=1) == ["Engineering"]


def test_authors_and_categories_page_with_offset_and_stay_in_their_location(ghl):
    ghl.blog(domain="https://tryghl.blog")
    authors = [ghl.blog_author(n) for n in ("Ann Lee", "Bo Chen", "Cy Park")]
    category = ghl.blog_category("Agency Growth")
    api = ghl.client()
    page = api.get("/blogs/authors", params={"locationId": ghl.location_id, "limit": 2, "offset": 1}).json()
    assert [a["name"] for a in page["authors"]] == ["Bo Chen", "Cy Park"]
    assert page["authors"][0] == {"_id": authors[1]["id"], "name": "Bo Chen", "locationId": ghl.location_id,
                                  "updatedAt": authors[1]["updatedAt"],
                                  "canonicalLink": "https://tryghl.blog/author/bo-chen"}
    listed = api.get("/blogs/categories", params={"locationId": ghl.location_id, "limit": 5, "offset": 0}).json()
    assert listed["categories"] == [{
        "_id": category["id"], "label": "Agency Growth", "locationId": ghl.location_id,
        "updatedAt": category["updatedAt"], "urlSlug": "agency-growth",
        "canonicalLink": "https://tryghl.blog/doc/category/agency-growth"}]
    elsewhere = ghl.location()
    ghl.api("POST", f"/_mock/locations/{elsewhere['id']}/blog-authors", {"name": "Stranger"})
    everyone = api.get("/blogs/authors", params={"locationId": ghl.location_id, "limit": 50, "offset": 0}).json()
    assert [a["name"] for a in everyone["authors"]] == ["Ann Lee", "Bo Chen", "Cy Park"]


@pytest.mark.ghl_allow_violations
@pytest.mark.parametrize(("path", "params", "message"), [
    ("/blogs/authors", {"limit": 5}, "offset must be an integer number"),
    ("/blogs/categories", {"limit": 0, "offset": 0}, "limit must not be less than 1"),
    ("/blogs/site/all", {"limit": 5, "offset": 0}, "property offset should not exist"),
    ("/blogs/posts/all", {"limit": 5, "offset": 0, "blogId": "x", "status": "LIVE"},
     "status must be one of the following values: PUBLISHED, SCHEDULED, ARCHIVED, DRAFT, ALL"),
])
def test_bad_paging_gets_a_422(ghl, path, params, message):
    answer = ghl.client().get(path, params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 422 and message in answer.json()["message"], answer.text
