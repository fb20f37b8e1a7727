"""The official Python SDK (``gohighlevel-api-client``), unchanged, on products, prices and shipping.

It sends ``Version: v3`` and parses every answer as JSON; the test fails at teardown if the SDK sent anything
GHL would reject.
"""

from __future__ import annotations

import asyncio

import pytest

highlevel = pytest.importorskip("highlevel", reason="the official SDK is a test dependency")


@pytest.mark.ghl_intercept
def test_a_catalog_with_prices_through_the_sdk(ghl):
    sdk = highlevel.HighLevel(private_integration_token=ghl.pit())
    location = ghl.location_id

    async def flow():
        product = await sdk.products.create_product({
            "name": "Growth Membership", "locationId": location, "productType": "DIGITAL", "slug": "growth"})
        product_id = product["_id"]
        once = await sdk.products.create_price_for_product(product_id, {
            "name": "Lifetime", "type": "one_time", "currency": "USD", "amount": 499.99, "locationId": location})
        monthly = await sdk.products.create_price_for_product(product_id, {
            "name": "Monthly", "type": "recurring", "currency": "USD", "amount": 49, "locationId": location,
            "recurring": {"interval": "month", "intervalCount": 1}, "trialPeriod": 14})
        await sdk.products.update_price_by_id_for_product(product_id, monthly["_id"], {
            "name": "Monthly", "type": "recurring", "currency": "USD", "amount": 39.5, "locationId": location,
            "recurring": {"interval": "month", "intervalCount": 1}})
        prices = await sdk.products.list_prices_for_product(product_id, location_id=location)
        by_slug = await sdk.products.get_product_by_id("growth", location_id=location)
        listed = await sdk.products.list_invoices(location_id=location, search="growth")
        await sdk.products.delete_price_by_id_for_product(product_id, once["_id"], location_id=location)
        left = await sdk.products.list_prices_for_product(product_id, location_id=location)
        return product_id, prices, by_slug, listed, left

    product_id, prices, by_slug, listed, left = asyncio.run(flow())
    assert [(p["name"], p["amount"], p["type"]) for p in prices["prices"]] == [
        ("Lifetime", 499.99, "one_time"), ("Monthly", 39.5, "recurring")]
    assert prices["prices"][1]["recurring"] == {"interval": "month", "intervalCount": 1}
    assert by_slug["_id"] == product_id
    assert [p["_id"] for p in listed["products"]] == [product_id] and listed["total"] == [{"total": 1}]
    assert [p["name"] for p in left["prices"]] == ["Monthly"]


@pytest.mark.ghl_intercept
def test_shipping_rates_for_an_order_through_the_sdk(ghl):
    sdk = highlevel.HighLevel(private_integration_token=ghl.pit())
    alt = {"altId": ghl.location_id, "altType": "location"}

    async def flow():
        zone = await sdk.store.create_shipping_zone({**alt, "name": "US", "countries": [{"code": "US"}]})
        zone_id = zone["data"]["_id"]
        for name, amount, low, high in (("Standard", 7.5, 0, 99.99), ("Free", 0, 100, 0)):
            await sdk.store.create_shipping_rate(zone_id, {
                **alt, "name": name, "currency": "USD", "amount": amount, "conditionType": "price",
                "minCondition": low, "maxCondition": high, "shippingCarrierId": ""})
        order = {**alt, "country": "US", "totalOrderWeight": 1, "source": {"type": "website", "subType": "store"},
                 "products": []}
        small = await sdk.store.get_available_shipping_zones({**order, "totalOrderAmount": 40})
        large = await sdk.store.get_available_shipping_zones({**order, "totalOrderAmount": 140})
        rates = await sdk.store.list_shipping_rates(zone_id, alt_id=ghl.location_id, alt_type="location")
        return small, large, rates

    small, large, rates = asyncio.run(flow())
    assert [(r["name"], r["amount"]) for r in small["data"]] == [("Standard", 7.5)]
    assert [(r["name"], r["amount"]) for r in large["data"]] == [("Free", 0)]
    assert rates["total"] == 2
