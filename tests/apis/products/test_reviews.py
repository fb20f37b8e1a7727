"""Product reviews: seeded (GHL's API cannot create one), moderated, replied to, counted, listed, deleted."""

from __future__ import annotations

ALT = {"altType": "location"}


def _list(ghl, api, **params):
    answer = api.get("/products/reviews", params={"altId": ghl.location_id, **ALT, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _counts(ghl, api, **params):
    answer = api.get("/products/reviews/count", params={"altId": ghl.location_id, **ALT, **params})
    assert answer.status_code == 200, answer.text
    return {c["_id"]: c["count"] for c in answer.json()["data"]}


def test_reviews_are_moderated_and_counted_by_status(ghl):
    api, mug = ghl.client(), ghl.product()
    first, second = ghl.product_review(mug, rating=5), ghl.product_review(mug, rating=2)
    assert first["status"] == "pending"
    assert _counts(ghl, api) == {"pending": 2, "approved": 0, "rejected": 0}
    answer = api.put(f"/products/reviews/{first['_id']}", json={
        "altId": ghl.location_id, **ALT, "productId": mug["_id"], "status": "approved",
        "reply": [{"headline": "Thanks", "comment": "Glad you like it", "user": {"name": "Shop", "email": "s@x.test"}}]})
    assert answer.status_code == 200, answer.text
    bulk = api.post("/products/reviews/bulk-update", json={"altId": ghl.location_id, **ALT, "status": "rejected",
                                                           "reviews": [{"reviewId": second["_id"],
                                                                        "productId": mug["_id"], "storeId": "s1"}]})
    assert bulk.status_code == 201
    assert _counts(ghl, api) == {"pending": 0, "approved": 1, "rejected": 1}
    assert _counts(ghl, api, rating=5) == {"pending": 0, "approved": 1, "rejected": 0}
    listed = _list(ghl, api, sortField="rating", sortOrder="asc")
    assert [r["rating"] for r in listed["data"]] == [2, 5] and listed["total"] == 2
    assert listed["data"][1]["reply"][0]["comment"] == "Glad you like it"


def test_a_review_is_reached_through_its_own_product_and_deleted(ghl):
    api, mug, pen = ghl.client(), ghl.product(), ghl.product()
    review = ghl.product_review(mug)
    wrong = api.delete(f"/products/reviews/{review['_id']}",
                       params={"altId": ghl.location_id, **ALT, "productId": pen["_id"]})
    assert wrong.status_code == 400
    bulk = api.post("/products/reviews/bulk-update", json={"altId": ghl.location_id, **ALT, "status": "approved",
                                                           "reviews": [{"reviewId": review["_id"],
                                                                        "productId": pen["_id"], "storeId": "s1"}]})
    assert bulk.status_code == 400 and _counts(ghl, api)["approved"] == 0
    done = api.delete(f"/products/reviews/{review['_id']}",
                      params={"altId": ghl.location_id, **ALT, "productId": mug["_id"]})
    assert done.status_code == 200 and _list(ghl, api)["data"] == []


def test_deleting_a_product_deletes_its_reviews(ghl):
    api, mug = ghl.client(), ghl.product()
    ghl.product_review(mug)
    api.delete(f"/products/{mug['_id']}", params={"locationId": ghl.location_id})
    assert _list(ghl, api)["total"] == 0


def test_the_review_seed_checks_its_product(ghl):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/product-reviews", json={
        "productId": "nope", "rating": 4, "user": {"name": "A", "email": "a@x.test"}})
    assert answer.status_code == 400 and answer.json()["message"] == "Product with id nope not found"
