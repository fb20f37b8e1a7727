"""Line items naming the location's catalog (``priceId``/``productId``): checked and priced by the products area;
an unknown price is GHL's 400 with nothing written."""

from __future__ import annotations

from mock_server.apis.invoices.factories import invoice_body
from mock_server.apis.invoices.tables import ESTIMATES, INVOICES

UNKNOWN = "nope0000000000000000"


def line(**extra):
    return {"name": "Mug", "currency": "USD", "amount": 1, "qty": 2, **extra}


def create(ghl, *items):
    body = invoice_body(ghl.fake, ghl.location_id, ghl.contact(), "2026-01-01", items=list(items))
    return ghl.client().post("/invoices/", json=body)


def test_a_line_naming_a_price_is_priced_by_the_catalog(ghl):
    price = ghl.price(amount=12.5)
    answer = create(ghl, line(priceId=price["_id"]))
    assert answer.status_code == 200, answer.text
    invoice = answer.json()
    item = invoice["invoiceItems"][0]
    assert (item["amount"], item["productId"], invoice["total"]) == (12.5, price["product"], 25)


def test_an_unknown_price_is_refused_and_nothing_is_written(ghl):
    answer = create(ghl, line(), line(priceId=UNKNOWN))
    assert answer.status_code == 400, answer.text
    assert answer.json()["message"] == f"Price with id {UNKNOWN} not found"
    assert ghl.world.store.scan(ghl.location_id, INVOICES) == []
    assert ghl.events("InvoiceCreate") == []


def test_a_price_of_another_product_is_refused(ghl):
    price = ghl.price()
    other = ghl.product()
    answer = create(ghl, line(priceId=price["_id"], productId=other["_id"]))
    assert answer.status_code == 400, answer.text
    assert answer.json()["message"] == f"Price {price['_id']} does not belong to product {other['_id']}"
    assert ghl.world.store.scan(ghl.location_id, INVOICES) == []


def test_an_unknown_product_is_refused_on_an_estimate_too(ghl):
    contact = ghl.contact()
    answer = ghl.client().post("/invoices/estimate", json={
        "altId": ghl.location_id, "altType": "location", "name": "Quote", "businessDetails": {"name": "Shop"},
        "currency": "USD", "items": [line(productId=UNKNOWN)], "discount": {"type": "fixed", "value": 0},
        "contactDetails": {"id": contact["id"], "name": "Ann", "phoneNo": contact["phone"], "email": contact["email"]},
        "frequencySettings": {"enabled": False, "schedule": {}}})
    assert answer.status_code == 400, answer.text
    assert answer.json()["message"] == f"Product with id {UNKNOWN} not found"
    assert ghl.world.store.scan(ghl.location_id, ESTIMATES) == []
