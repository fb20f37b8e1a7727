"""Post categories (seeded: GHL's UI makes them) and tags (made by the posts using them)."""

from __future__ import annotations


def _base(ghl):
    return f"/social-media-posting/{ghl.location_id}"


def test_categories_are_listed_searched_and_read(ghl):
    promos, tips = ghl.social_category("Promotions"), ghl.social_category("Tips", primaryColor="#000000")
    api = ghl.client()
    listed = api.get(f"{_base(ghl)}/categories")
    assert listed.status_code == 200 and listed.json()["message"] == "Fetched Categories by Location ID"
    assert [c["name"] for c in listed.json()["results"]["categories"]] == ["Promotions", "Tips"]
    found = api.get(f"{_base(ghl)}/categories", params={"searchText": "tip"}).json()["results"]
    assert (found["count"], [c["_id"] for c in found["categories"]]) == (1, [tips["_id"]])
    paged = api.get(f"{_base(ghl)}/categories", params={"skip": "1", "limit": "1"}).json()["results"]
    assert (paged["count"], [c["_id"] for c in paged["categories"]]) == (2, [tips["_id"]])
    read = api.get(f"{_base(ghl)}/categories/{promos['_id']}").json()["results"]["category"]
    assert {k: read[k] for k in ("_id", "name", "locationId", "deleted")} == {
        "_id": promos["_id"], "name": "Promotions", "locationId": ghl.location_id, "deleted": False}
    unknown = api.get(f"{_base(ghl)}/categories/nope")
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Category not found")


def test_tags_come_from_posts_and_are_read_by_id(ghl):
    ghl.social_post(tags=["launch", "spring"])
    ghl.social_post(tags=["launch"])
    api = ghl.client()
    tags = api.get(f"{_base(ghl)}/tags").json()["results"]
    assert (tags["count"], sorted(t["tag"] for t in tags["tags"])) == (2, ["launch", "spring"])
    spring = api.get(f"{_base(ghl)}/tags", params={"searchText": "spr"}).json()["results"]["tags"]
    assert [t["tag"] for t in spring] == ["spring"]
    answer = api.post(f"{_base(ghl)}/tags/details", json={"tagIds": [spring[0]["_id"], "unknown"]})
    assert (answer.status_code, answer.json()["message"]) == (201, "Fetched Tags by Tag IDs")
    assert [t["tag"] for t in answer.json()["results"]["tags"]] == ["spring"]


def test_another_location_sees_none_of_it(ghl):
    category, second = ghl.social_category(), ghl.location()["id"]
    ghl.social_post(tags=["mine"])
    theirs = ghl.client(token=ghl.token(location_id=second))
    assert theirs.get(f"/social-media-posting/{second}/categories").json()["results"] == {"count": 0,
                                                                                          "categories": []}
    assert theirs.get(f"/social-media-posting/{second}/tags").json()["results"] == {"tags": [], "count": 0}
    assert theirs.get(f"{_base(ghl)}/categories/{category['_id']}").status_code == 403


def test_a_token_without_the_scope_gets_ghl_401(ghl):
    api = ghl.client(token=ghl.token(scopes=["socialplanner/post.readonly"]))
    for path in ("categories", "tags"):
        answer = api.get(f"{_base(ghl)}/{path}")
        assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
