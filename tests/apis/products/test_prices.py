"""Prices: one-time and recurring, exact money, variants, inventory, and what other areas read of them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mock_server.apis.products import prices


def _body(ghl, **fields):
    return {"name": "Standard", "type": "one_time", "currency": "USD", "amount": 19.99,
            "locationId": ghl.location_id, **fields}


def _prices(ghl, api, product, **params):
    answer = api.get(f"/products/{product['_id']}/price", params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_one_time_price_is_answered_read_and_listed_with_its_exact_amount(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    api, product = ghl.client(), ghl.product()
    created = api.post(f"/products/{product['_id']}/price", json=_body(ghl, compareAtPrice=24.5, sku="MUG-1"))
    assert created.status_code == 201, created.text
    price = created.json()
    assert (price["amount"], price["compareAtPrice"], price["currency"]) == (19.99, 24.5, "USD")
    assert (price["product"], price["locationId"], price["sku"]) == (product["_id"], ghl.location_id, "MUG-1")
    assert price["createdAt"] == "2026-03-01T12:00:00.000Z"
    read = api.get(f"/products/{product['_id']}/price/{price['_id']}", params={"locationId": ghl.location_id})
    assert read.status_code == 200 and read.json()["amount"] == 19.99
    listed = _prices(ghl, api, product)
    assert [p["_id"] for p in listed["prices"]] == [price["_id"]] and listed["total"] == 1


def test_a_recurring_price_needs_its_interval(ghl):
    api, product = ghl.client(), ghl.product()
    monthly = api.post(f"/products/{product['_id']}/price", json=_body(
        ghl, type="recurring", recurring={"interval": "month", "intervalCount": 1}, trialPeriod=7, setupFee=10))
    assert monthly.status_code == 201, monthly.text
    assert monthly.json()["recurring"] == {"interval": "month", "intervalCount": 1}
    assert monthly.json()["setupFee"] == 10
    missing = api.post(f"/products/{product['_id']}/price", json=_body(ghl, type="recurring"))
    assert missing.status_code == 422
    assert missing.json()["message"] == ["recurring must be an object when type is recurring"]
    assert _prices(ghl, api, product)["total"] == 1


@pytest.mark.ghl_allow_violations
def test_a_negative_amount_or_a_bad_currency_is_refused(ghl):
    api, product = ghl.client(), ghl.product()
    answer = api.post(f"/products/{product['_id']}/price", json=_body(ghl, amount=-1, currency="usd"))
    assert answer.status_code == 422
    assert set(answer.json()["message"]) == {"amount must not be less than 0",
                                             "currency must be a valid ISO 4217 currency code"}
    huge = api.post(f"/products/{product['_id']}/price", json=_body(ghl, amount=1e300))
    assert huge.status_code == 422 and huge.json()["message"] == ["amount must not be greater than 9007199254740"]
    assert _prices(ghl, api, product)["total"] == 0


def test_amounts_follow_the_currencys_minor_unit(ghl):
    api, product = ghl.client(), ghl.product()
    yen = api.post(f"/products/{product['_id']}/price", json=_body(ghl, currency="JPY", amount=1500.4)).json()
    dinar = api.post(f"/products/{product['_id']}/price", json=_body(ghl, currency="KWD", amount=2.345)).json()
    half = api.post(f"/products/{product['_id']}/price", json=_body(ghl, amount=10.005)).json()
    assert (yen["amount"], dinar["amount"], half["amount"]) == (1500, 2.345, 10.01)


def test_an_update_replaces_the_price_and_a_delete_removes_it(ghl):
    api, product = ghl.client(), ghl.product()
    price = ghl.price(product, amount=10)
    answer = api.put(f"/products/{product['_id']}/price/{price['_id']}",
                     json=_body(ghl, name="Sale", amount=7.25))
    assert answer.status_code == 200, answer.text
    assert (answer.json()["name"], answer.json()["amount"], answer.json()["_id"]) == ("Sale", 7.25, price["_id"])
    gone = api.delete(f"/products/{product['_id']}/price/{price['_id']}", params={"locationId": ghl.location_id})
    assert gone.status_code == 200 and gone.json()["status"] is True
    assert _prices(ghl, api, product)["prices"] == []


def test_a_price_is_reached_only_through_its_own_product(ghl):
    api, mug, pen = ghl.client(), ghl.product(), ghl.product()
    price = ghl.price(mug)
    answer = api.get(f"/products/{pen['_id']}/price/{price['_id']}", params={"locationId": ghl.location_id})
    assert answer.status_code == 400
    assert answer.json()["message"] == f"Price with id {price['_id']} not found for this product"
    unknown = api.post("/products/nope/price", json=_body(ghl))
    assert unknown.status_code == 400 and unknown.json()["message"] == "Product with id nope not found"


def test_listing_pages_and_picks_ids(ghl):
    api, product = ghl.client(), ghl.product()
    made = [ghl.price(product, name=f"P{n}", amount=n + 1)["_id"] for n in range(3)]
    assert [p["_id"] for p in _prices(ghl, api, product, limit=2, offset=1)["prices"]] == made[1:]
    picked = _prices(ghl, api, product, ids=f"{made[0]},{made[2]}")
    assert [p["_id"] for p in picked["prices"]] == [made[0], made[2]] and picked["total"] == 2


def test_a_variant_price_names_options_of_its_product(ghl):
    api = ghl.client()
    product = ghl.product(variants=[{"id": "size", "name": "Size", "options": [{"id": "s", "name": "S"}]}])
    ok = api.post(f"/products/{product['_id']}/price", json=_body(ghl, variantOptionIds=["s"]))
    assert ok.status_code == 201 and ok.json()["variantOptionIds"] == ["s"]
    bad = api.post(f"/products/{product['_id']}/price", json=_body(ghl, variantOptionIds=["xl"]))
    assert bad.status_code == 400 and bad.json()["message"] == "Variant option xl is not an option of this product"
    # an option a price uses cannot be dropped from the product
    dropped = api.put(f"/products/{product['_id']}", json={"name": "Mug", "locationId": ghl.location_id,
                                                           "productType": "PHYSICAL", "variants": []})
    assert dropped.status_code == 400 and dropped.json()["message"] == "Variant option s is used by a price of this product"


def test_inventory_lists_tracked_prices_and_updates_all_or_nothing(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    api = ghl.client()
    mug = ghl.product("Blue Mug", image="https://x.test/mug.png")
    small = ghl.price(mug, name="Small", trackInventory=True, availableQuantity=5, sku="MUG-S")
    ghl.price(mug, name="Untracked")
    query = {"altId": ghl.location_id, "altType": "location"}
    listed = api.get("/products/inventory", params=query).json()
    assert listed["total"] == {"total": 1}
    assert listed["inventory"] == [{"_id": small["_id"], "name": "Small", "availableQuantity": 5, "sku": "MUG-S",
                                    "allowOutOfStockPurchases": False, "product": mug["_id"],
                                    "updatedAt": "2026-03-01T12:00:00.000Z", "productName": "Blue Mug",
                                    "image": "https://x.test/mug.png"}]
    assert api.get("/products/inventory", params={**query, "search": "mug-s"}).json()["total"] == {"total": 1}
    assert api.get("/products/inventory", params={**query, "search": "pen"}).json()["inventory"] == []
    refused = api.post("/products/inventory", json={**query, "items": [
        {"priceId": small["_id"], "availableQuantity": 9}, {"priceId": "nope", "availableQuantity": 1}]})
    assert refused.status_code == 400
    assert api.get("/products/inventory", params=query).json()["inventory"][0]["availableQuantity"] == 5
    done = api.post("/products/inventory", json={**query, "items": [
        {"priceId": small["_id"], "availableQuantity": 9, "allowOutOfStockPurchases": True}]})
    assert done.status_code == 201 and done.json()["status"] is True
    item = api.get("/products/inventory", params=query).json()["inventory"][0]
    assert (item["availableQuantity"], item["allowOutOfStockPurchases"]) == (9, True)


def test_other_areas_read_a_price_exactly_and_take_stock(ghl):
    product = ghl.product("Blue Mug")
    price = ghl.price(product, amount=19.99, trackInventory=True, availableQuantity=2,
                      shippingOptions={"weight": {"value": 0.4, "unit": "kg"}})
    tenant = ghl.world.tenant(ghl.location_id)
    found = prices.price_for(tenant, price["_id"])
    assert (found.amount_minor, found.amount, found.currency) == (1999, Decimal("19.99"), "USD")
    assert (found.product_name, found.weight) == ("Blue Mug", {"value": 0.4, "unit": "kg"})
    prices.take_stock(tenant, price["_id"], 2)
    with pytest.raises(Exception, match="Only 0 left in stock for Standard"):
        prices.take_stock(tenant, price["_id"], 1)
    assert prices.price_for(tenant, price["_id"]).available_quantity == 0
