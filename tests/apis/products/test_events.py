"""Which product and price change sends which webhook (``mock_server/apis/products/events.py``), beyond what the
generated test of the declarations performs: a product's whole life in order, the price's exact amount, a
refused change, the bulk changes that send nothing."""

from __future__ import annotations

EVENTS = ("ProductCreate", "PriceCreate", "ProductUpdate", "PriceUpdate", "PriceDelete", "ProductDelete")


def test_a_products_life_sends_its_product_and_price_events(ghl):
    api = ghl.client()
    product = ghl.product("Blue Mug")
    price = ghl.price(product, amount=9.5)
    body = {"name": "Big Mug", "locationId": ghl.location_id, "productType": "PHYSICAL"}
    api.put(f"/products/{product['_id']}", json=body)
    api.put(f"/products/{product['_id']}/price/{price['_id']}", json={
        "name": "Sale", "type": "one_time", "currency": "USD", "amount": 7, "locationId": ghl.location_id})
    api.delete(f"/products/{product['_id']}/price/{price['_id']}", params={"locationId": ghl.location_id})
    api.delete(f"/products/{product['_id']}", params={"locationId": ghl.location_id})
    sent = ghl.events()
    assert [e["type"] for e in sent] == list(EVENTS)
    assert sent[0]["payload"]["_id"] == product["_id"] and sent[2]["payload"]["name"] == "Big Mug"
    assert (sent[1]["payload"]["amount"], sent[1]["payload"]["priceType"]) == (9.5, "one_time")
    assert sent[3]["payload"]["amount"] == 7 and sent[5]["payload"]["_id"] == product["_id"]


def test_a_refused_change_and_a_bulk_change_send_nothing(ghl):
    api, product = ghl.client(), ghl.product(slug="mug")
    mark = len(ghl.events())
    other = ghl.product("Other")
    assert api.put(f"/products/{other['_id']}", json={"name": "Other", "locationId": ghl.location_id,
                                                      "productType": "PHYSICAL", "slug": "mug"}).status_code == 400
    api.post("/products/bulk-update", json={"altId": ghl.location_id, "altType": "location",
                                            "type": "bulk-update-availability", "availability": True,
                                            "productIds": [product["_id"]]})
    assert [e["type"] for e in ghl.events()][mark:] == ["ProductCreate"]  # only Other's creation
