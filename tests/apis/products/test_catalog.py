"""Products: what is stored and answered, slugs unique per location, listing and filters, deletion with prices."""

from __future__ import annotations

import pytest


def _create(ghl, api, **fields):
    return api.post("/products/", json={"name": "Blue Mug", "locationId": ghl.location_id,
                                        "productType": "PHYSICAL", **fields})


def _list(ghl, api, **params):
    answer = api.get("/products/", params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_created_product_is_answered_read_and_listed_as_written(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    api = ghl.client()
    variants = [{"id": "size", "name": "Size", "options": [{"id": "s", "name": "S"}, {"id": "l", "name": "L"}]}]
    created = _create(ghl, api, description="Holds coffee", variants=variants, availableInStore=True,
                      seo={"title": "Mug"})
    assert created.status_code == 201, created.text
    product = created.json()
    assert (product["name"], product["productType"], product["locationId"]) == ("Blue Mug", "PHYSICAL",
                                                                               ghl.location_id)
    assert product["slug"] == "blue-mug"  # made from the name when none is sent
    assert product["variants"] == variants and product["availableInStore"] is True
    assert product["createdAt"] == product["updatedAt"] == "2026-03-01T12:00:00.000Z"
    read = api.get(f"/products/{product['_id']}", params={"locationId": ghl.location_id})
    assert read.status_code == 200 and read.json() | {"traceId": None} == product | {"traceId": None}
    listed = _list(ghl, api)
    assert [p["_id"] for p in listed["products"]] == [product["_id"]] and listed["total"] == [{"total": 1}]


def test_a_product_is_found_by_its_slug_too(ghl):
    api = ghl.client()
    product = _create(ghl, api, slug="mug-classic").json()
    read = api.get("/products/mug-classic", params={"locationId": ghl.location_id})
    assert read.status_code == 200 and read.json()["_id"] == product["_id"]


def test_a_slug_is_unique_in_its_location_on_create_and_on_update(ghl):
    """GHL issue #336: live GHL lets an update take another product's slug; the mock refuses it."""
    api = ghl.client()
    first = _create(ghl, api, slug="mug").json()
    second = _create(ghl, api, name="Red Mug", slug="red-mug").json()
    taken = _create(ghl, api, name="Other", slug="mug")
    assert taken.status_code == 400
    assert taken.json()["message"] == "Product with slug 'mug' already exists in this location"
    update = api.put(f"/products/{second['_id']}", json={"name": "Red Mug", "locationId": ghl.location_id,
                                                        "productType": "PHYSICAL", "slug": "mug"})
    assert update.status_code == 400
    assert [p["slug"] for p in _list(ghl, api, sortOrder="asc")["products"]] == ["mug", "red-mug"]  # unchanged
    kept = api.put(f"/products/{first['_id']}", json={"name": "Blue Mug 2", "locationId": ghl.location_id,
                                                      "productType": "PHYSICAL", "slug": "mug"})
    assert kept.status_code == 200 and kept.json()["slug"] == "mug"  # its own slug is no clash


def _other_location(ghl):
    """Another location of the agency, and a client with its token."""
    other = ghl.location()
    return other["id"], ghl.client(token=ghl.token(location_id=other["id"]))


def test_another_location_may_use_the_same_slug(ghl):
    other_id, theirs = _other_location(ghl)
    assert _create(ghl, ghl.client(), slug="mug").status_code == 201
    answer = theirs.post("/products/", json={"name": "Mug", "locationId": other_id, "productType": "PHYSICAL",
                                             "slug": "mug"})
    assert answer.status_code == 201, answer.text


def test_generated_slugs_never_clash(ghl):
    api = ghl.client()
    slugs = [_create(ghl, api).json()["slug"] for _ in range(3)]
    assert slugs == ["blue-mug", "blue-mug-2", "blue-mug-3"]


def test_an_update_changes_what_it_sends_and_keeps_the_rest(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    api = ghl.client()
    product = _create(ghl, api, description="Holds coffee", availableInStore=True).json()
    ghl.advance(60)
    answer = api.put(f"/products/{product['_id']}", json={"name": "Big Mug", "locationId": ghl.location_id,
                                                          "productType": "PHYSICAL", "image": "https://x.test/m.png"})
    assert answer.status_code == 200, answer.text
    updated = answer.json()
    assert (updated["name"], updated["image"], updated["description"]) == ("Big Mug", "https://x.test/m.png",
                                                                           "Holds coffee")
    assert updated["availableInStore"] is True and updated["updatedAt"] == "2026-03-01T12:01:00.000Z"
    assert updated["createdAt"] == product["createdAt"]


def test_deleting_a_product_deletes_its_prices(ghl):
    api = ghl.client()
    product = ghl.product()
    price = ghl.price(product)
    answer = api.delete(f"/products/{product['_id']}", params={"locationId": ghl.location_id})
    assert answer.status_code == 200 and answer.json()["status"] is True
    gone = api.get(f"/products/{product['_id']}", params={"locationId": ghl.location_id})
    assert gone.status_code == 400 and gone.json()["message"] == f"Product with id {product['_id']} not found"
    assert ghl.client().get(f"/products/{product['_id']}/price/{price['_id']}",
                            params={"locationId": ghl.location_id}).status_code == 400
    assert _list(ghl, api)["products"] == []


def test_listing_filters_sorts_and_pages(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    api = ghl.client()
    collection = api.post("/products/collections", json={"altId": ghl.location_id, "altType": "location",
                                                          "name": "Mugs", "slug": "mugs"}).json()["data"]
    made = []
    for name, in_store in (("Blue Mug", True), ("Red Mug", False), ("Green Pen", True)):
        ghl.advance(60)
        made.append(_create(ghl, api, name=name, availableInStore=in_store,
                            collectionIds=[collection["_id"]] if "Mug" in name else []).json()["_id"])
    names = lambda **q: [p["name"] for p in _list(ghl, api, **q)["products"]]
    assert names() == ["Green Pen", "Red Mug", "Blue Mug"]  # newest first
    assert names(sortOrder="asc") == ["Blue Mug", "Red Mug", "Green Pen"]
    assert names(search="mug") == ["Red Mug", "Blue Mug"]
    assert names(collectionIds=collection["_id"]) == ["Red Mug", "Blue Mug"]
    assert names(collectionSlug="mugs") == ["Red Mug", "Blue Mug"]
    assert names(collectionSlug="nope") == []
    assert names(availableInStore="true") == ["Green Pen", "Blue Mug"]
    assert names(productIds=[made[0], made[2]]) == ["Green Pen", "Blue Mug"]
    page = _list(ghl, api, limit=1, offset=1)
    assert [p["name"] for p in page["products"]] == ["Red Mug"] and page["total"] == [{"total": 3}]


def test_an_agency_token_acts_in_the_location_it_names(ghl):
    api = ghl.client(token=ghl.token(agency=True))
    created = _create(ghl, api)
    assert created.status_code == 201, created.text
    assert created.json()["locationId"] == ghl.location_id
    assert [p["_id"] for p in _list(ghl, ghl.client())["products"]] == [created.json()["_id"]]


def test_another_locations_product_is_out_of_reach(ghl):
    other_id, theirs = _other_location(ghl)
    product = theirs.post("/products/", json={"name": "Mug", "locationId": other_id,
                                              "productType": "PHYSICAL"}).json()
    answer = ghl.client().get(f"/products/{product['_id']}", params={"locationId": ghl.location_id})
    assert answer.status_code == 403


@pytest.mark.ghl_allow_violations
def test_bad_input_is_refused_with_every_problem_and_nothing_is_written(ghl):
    api = ghl.client()
    answer = api.post("/products/", json={"name": "", "locationId": ghl.location_id, "productType": "FOOD",
                                          "slug": "Not A Slug", "price": 3})
    assert answer.status_code == 422
    messages = answer.json()["message"]
    assert "property price should not exist" in messages
    assert any(m.startswith("productType must be one of") for m in messages)
    assert any(m.startswith("slug must contain only") for m in messages)
    assert _list(ghl, api)["products"] == []


def test_an_unknown_collection_refuses_the_product(ghl):
    api = ghl.client()
    answer = _create(ghl, api, collectionIds=["nope"])
    assert answer.status_code == 400 and answer.json()["message"] == "Collection with id nope not found"
    assert _list(ghl, api)["products"] == []
