"""Social posts: created for connected accounts, published on the mock clock, listed, edited, deleted."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

NOW = datetime(2024, 3, 4, 12, tzinfo=UTC)
WINDOW = {"skip": "0", "limit": "10", "fromDate": "2000-01-01T00:00:00.000Z", "toDate": "2999-12-31T00:00:00.000Z",
          "includeUsers": "false"}


@pytest.fixture(autouse=True)
def _clock(ghl):
    """The listings' window is 2024: every test starts at NOW in it."""


def _posts(ghl, **filters):
    answer = ghl.client().post(f"/social-media-posting/{ghl.location_id}/posts/list", json=WINDOW | filters)
    assert answer.status_code == 201, answer.text
    return answer.json()["results"]


def _base(ghl):
    return f"/social-media-posting/{ghl.location_id}/posts"


def test_a_created_post_is_published_and_listed(ghl):
    ghl.freeze(NOW)
    page = ghl.social_account("facebook")
    answer = ghl.client().post(_base(ghl), json={"accountIds": [page["id"]], "type": "post", "userId": ghl.user_id,
                                                 "summary": "Spring sale", "tags": ["sale"]})
    assert answer.status_code == 201
    body = answer.json()
    assert (body["success"], body["statusCode"], body["message"]) == (True, 201, "Created Post")
    post = body["results"]["post"]
    assert {k: post[k] for k in ("status", "publishedAt", "platform", "accountId", "source", "summary", "createdBy",
                                 "locationId")} == {
        "status": "published", "publishedAt": "2024-03-04T12:00:00.000Z", "platform": "facebook",
        "accountId": page["id"], "source": "composer", "summary": "Spring sale", "createdBy": ghl.user_id,
        "locationId": ghl.location_id}
    listed = _posts(ghl)
    assert (listed["count"], [p["_id"] for p in listed["posts"]]) == (1, [post["_id"]])
    fetched = ghl.client().get(f"{_base(ghl)}/{post['_id']}").json()["results"]["post"]
    assert fetched == post


def test_a_null_is_a_field_not_sent(ghl):
    post = ghl.social_post(summary=None, categoryId=None, media=None)
    assert "categoryId" not in post and post["media"] == [] and "summary" not in post


def test_a_scheduled_post_publishes_when_the_clock_reaches_it(ghl):
    ghl.freeze(NOW)
    post = ghl.social_post(schedule=datetime(2024, 3, 5, 9, tzinfo=UTC))
    assert (post["status"], post["displayDate"]) == ("scheduled", "2024-03-05T09:00:00.000Z")
    assert "publishedAt" not in post
    assert [p["_id"] for p in _posts(ghl, type="scheduled")["posts"]] == [post["_id"]]
    assert _posts(ghl, type="published")["posts"] == []

    ghl.advance(days=1)
    read = ghl.client().get(f"{_base(ghl)}/{post['_id']}").json()["results"]["post"]
    assert (read["status"], read["publishedAt"]) == ("published", "2024-03-05T09:00:00.000Z")
    assert _posts(ghl, type="scheduled")["posts"] == []
    assert [p["_id"] for p in _posts(ghl, type="recent")["posts"]] == [post["_id"]]


def test_drafts_and_posts_for_review_wait(ghl):
    ghl.freeze(NOW)
    draft = ghl.social_post(status="draft")
    review = ghl.social_post(postApprovalDetails={"approver": ghl.user_id, "approvalStatus": "pending"})
    assert (draft["status"], review["status"]) == ("draft", "in_review")
    ghl.advance(days=30)
    assert [p["_id"] for p in _posts(ghl, type="draft")["posts"]] == [draft["_id"]]
    assert [p["_id"] for p in _posts(ghl, type="in_review")["posts"]] == [review["_id"]]


def test_editing_a_draft_schedules_it(ghl):
    ghl.freeze(NOW)
    draft = ghl.social_post(status="draft", summary="first")
    answer = ghl.client().put(f"{_base(ghl)}/{draft['_id']}", json={
        "type": "post", "status": "scheduled", "scheduleDate": "2024-03-10T08:00:00Z", "summary": "second"})
    assert (answer.status_code, answer.json()["message"]) == (200, "Updated Post")
    read = ghl.client().get(f"{_base(ghl)}/{draft['_id']}").json()["results"]["post"]
    assert (read["status"], read["scheduleDate"], read["summary"]) == ("scheduled", "2024-03-10T08:00:00.000Z",
                                                                         "second")


def test_a_deleted_post_is_gone_but_listed_as_deleted(ghl):
    post = ghl.social_post()
    api = ghl.client()
    deleted = api.delete(f"{_base(ghl)}/{post['_id']}")
    assert (deleted.status_code, deleted.json()["results"]) == (200, {"postId": post["_id"]})
    for answer in (api.get(f"{_base(ghl)}/{post['_id']}"), api.delete(f"{_base(ghl)}/{post['_id']}"),
                   api.put(f"{_base(ghl)}/{post['_id']}", json={"type": "post"})):
        assert (answer.status_code, answer.json()["message"]) == (400, "Post not found")
    assert _posts(ghl)["posts"] == []
    assert [p["status"] for p in _posts(ghl, type="deleted")["posts"]] == ["deleted"]


def test_bulk_delete_counts_what_it_deleted(ghl):
    first, second = ghl.social_post(), ghl.social_post()
    api = ghl.client()
    answer = api.post(f"{_base(ghl)}/bulk-delete", json={"postIds": [first["_id"], second["_id"], "unknown"]})
    assert answer.status_code == 201
    assert (answer.json()["message"], answer.json()["results"]) == ("Posts Deleted Successfully", {"deletedCount": 2})
    assert _posts(ghl)["count"] == 0
    again = api.post(f"{_base(ghl)}/bulk-delete", json={"postIds": [first["_id"]]})
    assert (again.status_code, again.json()["message"]) == (404, "Posts not found")
    assert api.post(f"{_base(ghl)}/bulk-delete", json={}).status_code == 422


@pytest.mark.ghl_allow_violations
def test_posts_need_connected_accounts_of_the_location(ghl):
    api = ghl.client()
    body = {"type": "post", "userId": ghl.user_id, "summary": "x"}
    unknown = api.post(_base(ghl), json=body | {"accountIds": ["nope"]})
    assert (unknown.status_code, unknown.json()["message"]) == (422, ["Invalid account id in accountIds list"])
    assert api.post(_base(ghl), json=body | {"accountIds": []}).status_code == 422
    assert api.post(_base(ghl), json={"type": "post", "accountIds": [ghl.social_account()["id"]]}).status_code == 422
    assert api.post(_base(ghl), json=body | {"accountIds": [ghl.social_account()["id"]], "type": "tweet"}
                    ).status_code == 422
    assert _posts(ghl)["count"] == 0


def test_a_post_names_an_existing_category_and_makes_its_tags(ghl):
    category = ghl.social_category()
    post = ghl.social_post(categoryId=category["_id"], tags=["launch", "spring"])
    assert post["categoryId"] == category["_id"]
    tags = ghl.client().get(f"/social-media-posting/{ghl.location_id}/tags").json()["results"]
    assert sorted(t["tag"] for t in tags["tags"]) == ["launch", "spring"]
    with pytest.raises(Exception, match="Category not found"):
        ghl.social_post(categoryId="nope")


def test_listing_filters_by_account_post_type_and_dates(ghl):
    ghl.freeze(NOW)
    page, profile = ghl.social_account("facebook"), ghl.social_account("instagram")
    on_page = ghl.social_post(accounts=[page])
    reel = ghl.social_post(accounts=[profile], type="reel")
    assert [p["_id"] for p in _posts(ghl, accounts=f"{page['id']},other")["posts"]] == [on_page["_id"]]
    assert [p["_id"] for p in _posts(ghl, postType="reel")["posts"]] == [reel["_id"]]
    assert _posts(ghl, fromDate="2024-03-05T00:00:00Z")["count"] == 0
    paged = _posts(ghl, skip=1, limit=1)  # numbers, as clients send them (highlevel-api-docs#178)
    assert (paged["count"], len(paged["posts"])) == (2, 1)


def test_listing_includes_authors_when_asked(ghl):
    ghl.social_post()
    [post] = _posts(ghl, includeUsers=True)["posts"]
    assert post["user"]["id"] == ghl.user_id and "email" in post["user"]
    [bare] = _posts(ghl)["posts"]
    assert "user" not in bare


def test_another_location_sees_none_of_it(ghl):
    post, second = ghl.social_post(), ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=second))
    listed = theirs.post(f"/social-media-posting/{second}/posts/list", json=WINDOW).json()["results"]
    assert (listed["posts"], listed["count"]) == ([], 0)
    assert theirs.get(f"/social-media-posting/{second}/posts/{post['_id']}").status_code in (400, 403)
    assert theirs.get(f"{_base(ghl)}/{post['_id']}").status_code == 403
    mine = ghl.client().post(_base(ghl), json={"accountIds": [ghl.social_account()["id"]], "type": "post",
                                               "userId": ghl.user_id})
    assert mine.status_code == 201
    stolen = theirs.post(f"/social-media-posting/{second}/posts", json={
        "accountIds": [mine.json()["results"]["post"]["accountId"]], "type": "post", "userId": ghl.user_id})
    assert stolen.status_code in (403, 422)


def test_a_token_without_the_scope_gets_ghl_401(ghl):
    post = ghl.social_post()
    api = ghl.client(token=ghl.token(scopes=["socialplanner/post.readonly"]))
    assert api.get(f"{_base(ghl)}/{post['_id']}").status_code == 200
    answer = api.delete(f"{_base(ghl)}/{post['_id']}")
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert ghl.client().get(f"{_base(ghl)}/{post['_id']}").json()["results"]["post"]["status"] == "published"
