"""Bulk changes: exact repricing, availability, collections, currency, deletion, the bulk edit; all or nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mock_server.apis.products import bulk, money

ALT = {"altType": "location"}


def _bulk(ghl, api, **body):
    return api.post("/products/bulk-update", json={"altId": ghl.location_id, **ALT, "productIds": [], **body})


def _amounts(ghl, api, product):
    answer = api.get(f"/products/{product['_id']}/price", params={"locationId": ghl.location_id})
    return [p["amount"] for p in answer.json()["prices"]]


def test_a_percentage_increase_reprices_every_price_of_the_products_exactly(ghl):
    api, mug, pen = ghl.client(), ghl.product(), ghl.product()
    ghl.price(mug, amount=19.99)
    ghl.price(mug, amount=0.05)
    ghl.price(pen, amount=3)
    answer = _bulk(ghl, api, type="bulk-update-price", productIds=[mug["_id"]],
                   price={"type": "INCREASE_BY_PERCENTAGE", "value": 10})
    assert answer.status_code == 201 and answer.json()["status"] is True
    assert _amounts(ghl, api, mug) == [21.99, 0.06]  # 21.989 -> 21.99, 0.055 -> 0.06 (half up)
    assert _amounts(ghl, api, pen) == [3]


def test_a_reduction_below_zero_refuses_the_whole_change(ghl):
    api, mug, pen = ghl.client(), ghl.product(), ghl.product()
    ghl.price(mug, amount=10)
    ghl.price(pen, amount=2)
    answer = _bulk(ghl, api, type="bulk-update-price", productIds=[mug["_id"], pen["_id"]],
                   price={"type": "REDUCE_BY_AMOUNT", "value": 5})
    assert answer.status_code == 400
    assert (_amounts(ghl, api, mug), _amounts(ghl, api, pen)) == ([10], [2])  # nothing half-written


def test_round_to_whole_and_compare_at_price(ghl):
    api, mug = ghl.client(), ghl.product()
    ghl.price(mug, amount=19.99, compareAtPrice=30)
    _bulk(ghl, api, type="bulk-update-price", productIds=[mug["_id"]],
          price={"type": "REDUCE_BY_PERCENTAGE", "value": 12.5, "roundToWhole": True},
          compareAtPrice={"type": "SET_NEW_PRICE", "value": 25})
    price = api.get(f"/products/{mug['_id']}/price", params={"locationId": ghl.location_id}).json()["prices"][0]
    assert (price["amount"], price["compareAtPrice"]) == (17, 25)  # 17.49125 -> 17


def test_filters_choose_the_products_when_no_ids_are_given(ghl):
    api = ghl.client()
    mug, pen = ghl.product("Blue Mug"), ghl.product("Pen", productType="DIGITAL")
    answer = _bulk(ghl, api, type="bulk-update-availability", availability=True, filters={"productType": "DIGITAL"})
    assert answer.status_code == 201
    read = lambda p: api.get(f"/products/{p['_id']}", params={"locationId": ghl.location_id}).json()
    assert (read(mug)["availableInStore"], read(pen)["availableInStore"]) == (False, True)
    nothing = _bulk(ghl, api, type="bulk-update-availability", availability=False)  # no ids, no filters
    assert nothing.status_code == 201 and read(pen)["availableInStore"] is True


def test_collections_currency_and_deletion(ghl):
    api, mug = ghl.client(), ghl.product()
    ghl.price(mug, amount=12.34)
    collection = api.post("/products/collections", json={"altId": ghl.location_id, **ALT, "name": "Sale",
                                                          "slug": "sale"}).json()["data"]
    _bulk(ghl, api, type="bulk-update-product-collection", productIds=[mug["_id"]], collectionIds=[collection["_id"]])
    assert api.get(f"/products/{mug['_id']}", params={"locationId": ghl.location_id}).json()["collectionIds"] == [
        collection["_id"]]
    _bulk(ghl, api, type="bulk-update-currency", productIds=[mug["_id"]], currency="JPY")
    price = api.get(f"/products/{mug['_id']}/price", params={"locationId": ghl.location_id}).json()["prices"][0]
    assert (price["currency"], price["amount"]) == ("JPY", 12)  # the number kept, to the yen
    _bulk(ghl, api, type="bulk-delete-products", productIds=[mug["_id"]])
    assert api.get("/products/", params={"locationId": ghl.location_id}).json()["products"] == []


@pytest.mark.ghl_allow_violations
def test_a_change_without_its_value_or_with_an_unknown_product_is_refused(ghl):
    api, mug = ghl.client(), ghl.product()
    missing = _bulk(ghl, api, type="bulk-update-price", productIds=[mug["_id"]])
    assert missing.status_code == 422 and missing.json()["message"] == ["price is required when type is bulk-update-price"]
    unknown = _bulk(ghl, api, type="bulk-delete-products", productIds=[mug["_id"], "nope"])
    assert unknown.status_code == 400
    assert api.get(f"/products/{mug['_id']}", params={"locationId": ghl.location_id}).status_code == 200


def test_the_bulk_edit_changes_products_and_their_prices(ghl):
    api, mug = ghl.client(), ghl.product()
    price = ghl.price(mug, amount=5)
    answer = api.post("/products/bulk-update/edit", json={"altId": ghl.location_id, **ALT, "products": [
        {"_id": mug["_id"], "name": "Mega Mug", "prices": [{"_id": price["_id"], "amount": 6.5, "sku": "MM"}]}]})
    assert answer.status_code == 201, answer.text
    assert answer.json()["updatedCount"] == 1
    read = api.get(f"/products/{mug['_id']}/price/{price['_id']}", params={"locationId": ghl.location_id}).json()
    assert (read["amount"], read["sku"]) == (6.5, "MM")
    assert api.get(f"/products/{mug['_id']}", params={"locationId": ghl.location_id}).json()["name"] == "Mega Mug"


RULES = st.sampled_from(["INCREASE_BY_AMOUNT", "REDUCE_BY_AMOUNT", "SET_NEW_PRICE", "INCREASE_BY_PERCENTAGE",
                         "REDUCE_BY_PERCENTAGE"])


@settings(max_examples=200, deadline=None)
@example(minor=3499, kind="REDUCE_BY_PERCENTAGE", value=Decimal(50), currency="USD", whole=True)  # 17.495 -> 17
@given(minor=st.integers(0, 10**9), kind=RULES, value=st.decimals(0, 1000, places=2),
       currency=st.sampled_from(["USD", "JPY", "KWD"]), whole=st.booleans())
def test_a_bulk_rule_is_exact_in_minor_units(minor, kind, value, currency, whole):
    """The result is an integer of minor units within half a rounding unit of the exact decimal result."""
    rule = {"type": kind, "value": float(value), "roundToWhole": whole}
    new = bulk.adjust(minor, currency, rule)
    assert isinstance(new, int)
    scale = Decimal(10) ** money.decimals(currency)
    if kind.endswith("PERCENTAGE"):
        sign = 1 if kind.startswith("INCREASE") else -1
        exact = Decimal(minor) * (100 + sign * value) / 100
    else:
        step = money.to_minor(value, currency)
        exact = Decimal({"INCREASE_BY_AMOUNT": minor + step, "REDUCE_BY_AMOUNT": minor - step,
                         "SET_NEW_PRICE": step}[kind])
    tolerance = scale / 2 if whole else Decimal("0.5")  # at most half the unit it rounds to
    assert abs(Decimal(new) - exact) <= tolerance
    if whole:
        assert new % int(scale) == 0
