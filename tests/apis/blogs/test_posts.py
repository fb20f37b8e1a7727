"""Writing blog posts: what is stored and answered, references, url slugs, statuses over mock time."""

from __future__ import annotations

import pytest

from mock_server.apis.blogs import posts, sites


def test_a_created_post_is_answered_and_listed_as_written(desk):
    desk.ghl.freeze("2025-03-01T12:00:00Z")
    created = desk.create(title="Ten Growth Ideas", urlSlug="ten-growth-ideas", tags=["seo"],
                          publishedAt="2025-02-28T09:30:00+01:00", canonicalLink="https://blog.example.com/post/x")
    assert created.status_code == 200
    post = created.json()["data"]
    assert post["title"] == "Ten Growth Ideas" and post["urlSlug"] == "ten-growth-ideas"
    assert post["author"] == desk.author["id"] and post["categories"] == [c["id"] for c in desk.categories]
    assert (post["status"], post["archived"], post["tags"]) == ("PUBLISHED", False, ["seo"])
    assert post["publishedAt"] == "2025-02-28T08:30:00.000Z"       # normalized to UTC
    assert post["updatedAt"] == "2025-03-01T12:00:00.000Z"         # the mock clock
    assert post["canonicalLink"] == "https://blog.example.com/post/x"
    assert desk.posts() == [post]


def test_an_update_replaces_the_content_and_moves_updated_at(desk):
    desk.ghl.freeze("2025-03-01T12:00:00Z")
    post = desk.create(urlSlug="first-draft", status="DRAFT").json()["data"]
    desk.ghl.advance(3600)
    body = desk.body(title="Final", urlSlug="final-cut", status="ARCHIVED", categories=[], tags=None)
    answer = desk.api.put(f"/blogs/posts/{post['_id']}", json=body)
    assert answer.status_code == 200, answer.text
    updated = answer.json()["updatedBlogPost"]
    assert (updated["_id"], updated["title"], updated["urlSlug"]) == (post["_id"], "Final", "final-cut")
    assert (updated["status"], updated["archived"], updated["categories"]) == ("ARCHIVED", True, [])
    assert updated["updatedAt"] == "2025-03-01T13:00:00.000Z"
    assert desk.posts() == [updated]


def test_the_update_of_an_unknown_post_or_through_another_blog_is_refused(desk):
    post = desk.create().json()["data"]
    other_blog = desk.ghl.blog("Other")
    unknown = desk.api.put("/blogs/posts/NoSuchPost0000000000", json=desk.body())
    wrong_blog = desk.api.put(f"/blogs/posts/{post['_id']}", json=desk.body(blogId=other_blog["id"]))
    for answer in (unknown, wrong_blog):
        assert (answer.status_code, answer.json()["message"]) == (400, posts.POST_NOT_FOUND)
    assert desk.posts()[0]["title"] == post["title"]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("blogId", "NoSuchBlog0000000000", sites.BLOG_NOT_FOUND),
    ("author", "NoSuchAuthor00000000", sites.AUTHOR_NOT_FOUND),
    ("categories", ["NoSuchCategory000000"], sites.CATEGORY_NOT_FOUND),
])
def test_references_must_be_records_of_the_location(desk, field, value, message):
    answer = desk.create(**{field: value})
    assert (answer.status_code, answer.json()["message"]) == (400, message)
    assert desk.posts() == []


def test_another_locations_author_is_unknown_here(desk, ghl):
    elsewhere = ghl.location()
    foreign = ghl.api("POST", f"/_mock/locations/{elsewhere['id']}/blog-authors", {"name": "Stranger"})
    answer = desk.create(author=foreign["id"])
    assert (answer.status_code, answer.json()["message"]) == (400, sites.AUTHOR_NOT_FOUND)


def test_a_url_slug_is_unique_in_the_location_and_the_check_says_so(desk):
    post = desk.create(urlSlug="launch-day").json()["data"]
    other_blog = desk.ghl.blog("Second blog")
    for blog_id in (desk.blog["id"], other_blog["id"]):
        answer = desk.create(urlSlug="launch-day", blogId=blog_id)
        assert (answer.status_code, answer.json()["message"]) == (400, posts.SLUG_TAKEN)

    def exists(slug, **params):
        query = {"locationId": desk.ghl.location_id, "urlSlug": slug, **params}
        return desk.api.get("/blogs/posts/url-slug-exists", params=query).json()["exists"]

    assert exists("launch-day") is True
    assert exists("launch-day", postId=post["_id"]) is False        # the post being edited does not count
    assert exists("another-day") is False
    # The post keeps its own slug on update; taking another post's slug is refused.
    assert desk.api.put(f"/blogs/posts/{post['_id']}", json=desk.body(urlSlug="launch-day")).status_code == 200
    second = desk.create(urlSlug="second-post").json()["data"]
    taken = desk.api.put(f"/blogs/posts/{second['_id']}", json=desk.body(urlSlug="launch-day"))
    assert (taken.status_code, taken.json()["message"]) == (400, posts.SLUG_TAKEN)


@pytest.mark.ghl_allow_violations
def test_bad_bodies_get_class_validator_422s_and_nothing_is_stored(desk):
    answer = desk.create(urlSlug="Not A Slug", status="LIVE", publishedAt="yesterday", title="", author=7)
    assert answer.status_code == 422
    assert set(answer.json()["message"]) == {
        "urlSlug must contain only lowercase letters, numbers and single hyphens",
        "status must be one of the following values: DRAFT, PUBLISHED, SCHEDULED, ARCHIVED",
        "publishedAt must be a valid ISO 8601 date string",
        "title should not be empty",
        "author must be a string",
    }
    missing = desk.api.post("/blogs/posts", json={"locationId": desk.ghl.location_id})
    assert missing.status_code == 422 and "rawHTML must be a string" in missing.json()["message"]
    extra = desk.create(wordCount=120)
    assert extra.json()["message"] == ["property wordCount should not exist"]  # only the update takes it
    assert desk.posts() == []


def test_a_scheduled_post_is_published_when_the_clock_reaches_it(desk):
    desk.ghl.freeze("2025-03-01T12:00:00Z")
    desk.create(status="SCHEDULED", publishedAt="2025-03-02T08:00:00Z")
    assert [p["status"] for p in desk.posts()] == ["SCHEDULED"]
    assert desk.posts(status="PUBLISHED") == []
    desk.ghl.advance(20 * 3600)
    assert [p["status"] for p in desk.posts(status="PUBLISHED")] == ["PUBLISHED"]
    assert desk.posts(status="SCHEDULED") == []
