"""Product collections: stored, read, listed, updated, unique slugs, and deleted out of their products."""

from __future__ import annotations

ALT = {"altType": "location"}


def _create(ghl, api, name="Best Sellers", slug="best-sellers", **fields):
    return api.post("/products/collections", json={"altId": ghl.location_id, **ALT, "name": name, "slug": slug,
                                                   **fields})


def _list(ghl, api, **params):
    answer = api.get("/products/collections", params={"altId": ghl.location_id, **ALT, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_collection_is_created_read_listed_and_updated(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    api = ghl.client()
    created = _create(ghl, api, seo={"title": "Best"})
    assert created.status_code == 201, created.text
    collection = created.json()["data"]
    assert (collection["name"], collection["slug"], collection["altId"]) == ("Best Sellers", "best-sellers",
                                                                            ghl.location_id)
    assert (collection["image"], collection["seo"], collection["createdAt"]) == ("", {"title": "Best"},
                                                                                "2026-03-01T12:00:00.000Z")
    read = api.get(f"/products/collections/{collection['_id']}", params={"altId": ghl.location_id}).json()
    assert read["status"] is True and read["data"] == collection | {"updatedAt": read["data"]["updatedAt"]}
    updated = api.put(f"/products/collections/{collection['_id']}", json={"altId": ghl.location_id, **ALT,
                                                                          "name": "Top Picks"})
    assert updated.status_code == 200 and updated.json()["status"] is True
    listed = _list(ghl, api)
    assert [c["name"] for c in listed["data"]] == ["Top Picks"] and listed["total"] == 1


def test_slugs_are_unique_and_the_list_filters_and_pages(ghl):
    api = ghl.client()
    first = _create(ghl, api).json()["data"]
    taken = _create(ghl, api, name="Other")
    assert taken.status_code == 400
    assert taken.json()["message"] == "Collection with slug 'best-sellers' already exists in this location"
    second = _create(ghl, api, name="New In", slug="new-in").json()["data"]
    assert [c["_id"] for c in _list(ghl, api, name="new")["data"]] == [second["_id"]]
    assert [c["_id"] for c in _list(ghl, api, collectionIds=first["_id"])["data"]] == [first["_id"]]
    assert [c["_id"] for c in _list(ghl, api, limit=1, offset=1)["data"]] == [second["_id"]]


def test_deleting_a_collection_takes_it_out_of_its_products(ghl):
    api = ghl.client()
    collection = _create(ghl, api).json()["data"]
    mug = ghl.product(collectionIds=[collection["_id"]])
    gone = api.delete(f"/products/collections/{collection['_id']}", params={"altId": ghl.location_id, **ALT})
    assert gone.status_code == 200 and gone.json()["status"] is True
    read = api.get(f"/products/{mug['_id']}", params={"locationId": ghl.location_id}).json()
    assert read["collectionIds"] == []
    again = api.get(f"/products/collections/{collection['_id']}", params={"altId": ghl.location_id})
    assert again.status_code == 400
    assert again.json()["message"] == f"Collection with id {collection['_id']} not found"
