"""Comments on published posts (v3): the location's comments and replies, likes, the post's and a thread's
listings, and what the audience writes (seeded by the control plane)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

NOW = datetime(2024, 3, 4, 12, tzinfo=UTC)


def _post(ghl, platform="facebook", **fields):
    ghl.freeze(NOW)
    page = ghl.social_account(platform, name="Acme Page")
    return page, ghl.social_post(accounts=[page], **fields)


def _comment(ghl, parent_id, content="Thanks!", platform="facebook", thread=True, client=None):
    return (client or ghl.client(version="v3")).post(
        f"/social-media-posting/comments/{platform}", params={"locationId": ghl.location_id},
        json={"parentId": parent_id, "isParentThread": thread, "content": content})


def _audience(ghl, post_id, content, **fields):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/social-posts/{post_id}/comments",
                               json={"content": content, **fields})
    assert answer.status_code == 201, answer.text
    return answer.json()


def _list(ghl, origin_ids, platform="facebook", **filters):
    answer = ghl.client(version="v3").post(f"/social-media-posting/comments/{platform}/list",
                                         params={"locationId": ghl.location_id},
                                         json={"originIds": origin_ids, **filters})
    assert answer.status_code == 201, answer.text
    return answer.json()["results"]


def test_a_comment_on_a_post_is_the_page_s_and_is_listed_under_the_post(ghl):
    page, post = _post(ghl)
    answer = _comment(ghl, post["_id"], "Glad you like it")
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert (body["success"], body["statusCode"], body["message"]) == (True, 201, "Created Comment")
    comment = body["results"]
    assert {k: comment[k] for k in ("platform", "postId", "originId", "isParentThread", "level", "content",
                                    "likeCount", "replyCount", "publishedAt")} == {
        "platform": "facebook", "postId": post["_id"], "originId": page["originId"], "isParentThread": True,
        "level": 1, "content": "Glad you like it", "likeCount": 0, "replyCount": 0,
        "publishedAt": "2024-03-04T12:00:00.000Z"}
    assert comment["author"]["name"] == "Acme Page"
    listed = _list(ghl, [page["originId"]], parentId=post["_id"])
    assert [c["_id"] for c in listed["comments"]] == [comment["_id"]]
    assert listed["meta"] == {"total": 1, "totalUnread": 0, "skip": 0, "limit": 10, "hasMore": False}


def test_a_reply_counts_on_its_parent_and_lists_under_the_thread(ghl):
    page, post = _post(ghl)
    question = _audience(ghl, post["_id"], "Do you ship to Canada?", authorName="Jo")
    reply = _comment(ghl, question["_id"], "Yes we do", thread=False).json()["results"]
    assert (reply["level"], reply["isParentThread"], reply["postId"]) == (2, False, post["_id"])
    thread = _list(ghl, [page["originId"]], parentId=question["_id"])
    assert [c["content"] for c in thread["comments"]] == ["Yes we do"]
    top = _list(ghl, [page["originId"]], parentId=post["_id"])["comments"]
    assert [(c["content"], c["replyCount"], c["author"]["name"]) for c in top] == [("Do you ship to Canada?", 1, "Jo")]


def test_listing_filters_sorts_and_pages(ghl):
    page, post = _post(ghl)
    _audience(ghl, post["_id"], "first", publishedAt="2024-03-01T10:00:00Z", likeCount=5)
    _audience(ghl, post["_id"], "second spam", publishedAt="2024-03-02T10:00:00Z")
    _audience(ghl, post["_id"], "third", publishedAt="2024-03-03T10:00:00Z", likeCount=1)
    origin = [page["originId"]]
    assert [c["content"] for c in _list(ghl, origin)["comments"]] == ["third", "second spam", "first"]
    assert [c["content"] for c in _list(ghl, origin, sortBy="top")["comments"]] == ["first", "third", "second spam"]
    assert [c["content"] for c in _list(ghl, origin, search="SPAM")["comments"]] == ["second spam"]
    window = _list(ghl, origin, fromDate="2024-03-02T00:00:00Z", toDate="2024-03-02T23:00:00Z")
    assert [c["content"] for c in window["comments"]] == ["second spam"]
    paged = _list(ghl, origin, skip=1, limit=1)
    assert [c["content"] for c in paged["comments"]] == ["second spam"]
    assert paged["meta"] == {"total": 3, "totalUnread": 3, "skip": 1, "limit": 1, "hasMore": True}
    assert _list(ghl, ["another-page"])["comments"] == []
    assert _list(ghl, origin, platform="linkedin")["comments"] == []


def test_a_like_counts_once_and_unlike_takes_it_back(ghl):
    _, post = _post(ghl)
    comment = _audience(ghl, post["_id"], "Love it")
    like = f"/social-media-posting/comments/facebook/{comment['_id']}/like"
    client, params = ghl.client(version="v3"), {"locationId": ghl.location_id}
    answer = client.post(like, params=params)
    assert (answer.status_code, answer.json()["message"]) == (201, "Created Like")
    again = client.post(like, params=params)
    assert (again.status_code, again.json()["message"]) == (400, "Comment is already liked")
    assert _list(ghl, [comment["originId"]])["comments"][0]["likeCount"] == 1
    assert client.delete(like, params=params).json() == {"success": True, "statusCode": 200,
                                                         "message": "Deleted Like", "traceId": ANY}
    assert _list(ghl, [comment["originId"]])["comments"][0]["likeCount"] == 0
    assert client.delete(like, params=params).json()["message"] == "Comment is not liked"
    assert client.post(f"/social-media-posting/comments/linkedin/{comment['_id']}/like",
                       params=params).json()["message"] == "Comment not found"


class _Any:
    def __eq__(self, other):
        return True


ANY = _Any()


def test_only_a_published_post_on_the_platform_takes_comments(ghl):
    _, scheduled = _post(ghl, schedule=datetime(2024, 3, 9, tzinfo=UTC))
    refused = _comment(ghl, scheduled["_id"])
    assert (refused.status_code, refused.json()["message"]) == (400, "Post is not published yet")
    _, post = _post(ghl)
    elsewhere = _comment(ghl, post["_id"], platform="linkedin")
    assert (elsewhere.status_code, elsewhere.json()["message"]) == (400, "Post is not published on linkedin")
    assert _comment(ghl, "no-such-post").json()["message"] == "Post not found"
    assert _comment(ghl, "no-such-comment", thread=False).json()["message"] == "Comment not found"


def test_content_is_checked_against_the_platform_s_limit(ghl):
    _, post = _post(ghl, "tiktok")
    too_long = _comment(ghl, post["_id"], "x" * 151, platform="tiktok")
    assert (too_long.status_code, too_long.json()["message"]) == (
        422, ["content must be shorter than or equal to 150 characters"])
    assert _comment(ghl, post["_id"], "x" * 150, platform="tiktok").status_code == 201


@pytest.mark.ghl_allow_violations("invalid_value")
def test_instagram_comments_cannot_be_liked(ghl):
    answer = ghl.client(version="v3").post("/social-media-posting/comments/instagram/some-id/like",
                                         params={"locationId": ghl.location_id})
    assert (answer.status_code, answer.json()["message"]) == (
        422, ["platform must be one of the following values: facebook, linkedin, community, tiktok, bluesky"])


def test_another_location_cannot_see_or_like_the_comments(ghl):
    page, post = _post(ghl)
    comment = _audience(ghl, post["_id"], "Hello")
    second = ghl.location()["id"]
    theirs, params = ghl.client(token=ghl.token(location_id=second), version="v3"), {"locationId": second}
    like = theirs.post(f"/social-media-posting/comments/facebook/{comment['_id']}/like",
                                         params=params)
    assert like.status_code == 403
    mine = theirs.post(f"/social-media-posting/comments/facebook/{comment['_id']}/like",
                       params={"locationId": ghl.location_id})
    assert mine.status_code == 403
    listed = theirs.post("/social-media-posting/comments/facebook/list", params=params,
                                           json={"originIds": [page["originId"]]})
    assert listed.json()["results"]["comments"] == []


def test_the_token_without_the_post_scope_gets_401(ghl):
    token = ghl.token(scopes=["socialplanner/post.readonly"])
    answer = ghl.client(token=token, version="v3").post(
        "/social-media-posting/comments/facebook", params={"locationId": ghl.location_id},
        json={"parentId": "x", "isParentThread": True, "content": "hi"})
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
