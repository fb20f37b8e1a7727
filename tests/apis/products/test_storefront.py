"""A store's products: inclusion and exclusion, display priority, and the store's counts."""

from __future__ import annotations

ALT = {"altType": "location"}


def _stats(ghl, api, store="store-1", **params):
    answer = api.get(f"/products/store/{store}/stats", params={"altId": ghl.location_id, **ALT, **params})
    assert answer.status_code == 200, answer.text
    return {k: v for k, v in answer.json().items() if k != "traceId"}


def test_including_and_excluding_products_moves_the_stores_counts(ghl):
    api = ghl.client()
    mug, pen, cup = ghl.product("Mug", availableInStore=True), ghl.product("Pen"), ghl.product("Cup")
    assert _stats(ghl, api) == {"totalProducts": 3, "includedInStore": 1, "excludedFromStore": 2}
    answer = api.post("/products/store/store-1", json={"altId": ghl.location_id, **ALT, "action": "include",
                                                       "productIds": [pen["_id"], cup["_id"]]})
    assert answer.status_code == 201 and answer.json()["status"] is True
    api.post("/products/store/store-1", json={"altId": ghl.location_id, **ALT, "action": "exclude",
                                              "productIds": [mug["_id"]]})
    assert _stats(ghl, api) == {"totalProducts": 3, "includedInStore": 2, "excludedFromStore": 1}
    assert _stats(ghl, api, store="store-2")["includedInStore"] == 1  # another store keeps its own choices
    assert _stats(ghl, api, search="cup") == {"totalProducts": 1, "includedInStore": 1, "excludedFromStore": 0}
    listed = api.get("/products/", params={"locationId": ghl.location_id, "storeId": "store-1",
                                           "includedInStore": "true"}).json()["products"]
    assert sorted(p["name"] for p in listed) == ["Cup", "Pen"]


def test_an_unknown_product_changes_nothing_in_the_store(ghl):
    api, mug = ghl.client(), ghl.product("Mug")
    answer = api.post("/products/store/store-1", json={"altId": ghl.location_id, **ALT, "action": "include",
                                                       "productIds": [mug["_id"], "nope"]})
    assert answer.status_code == 400
    assert _stats(ghl, api)["includedInStore"] == 0


def test_a_store_lists_its_products_in_display_priority(ghl):
    api = ghl.client()
    made = {name: ghl.product(name, availableInStore=True)["_id"] for name in ("Mug", "Pen", "Cup")}
    answer = api.post("/products/store/store-1/priority", json={"altId": ghl.location_id, **ALT, "products": [
        {"_id": made["Pen"], "priority": 1}, {"_id": made["Mug"], "priority": 2}]})
    assert answer.status_code == 200, answer.text
    listed = api.get("/products/", params={"locationId": ghl.location_id, "storeId": "store-1"}).json()["products"]
    assert [p["name"] for p in listed] == ["Pen", "Mug", "Cup"]  # unranked ones last
