"""The Store area's demo step: where the demo store ships and at what rates (``Area.demo``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    """Store settings, a domestic zone with a standard rate and free shipping from $100, and an international
    zone."""
    token, location = demo.main_token, demo.main
    alt = {"altId": location, "altType": "location"}
    demo.call("POST", "/store/store-setting", token=token, json={**alt, "shippingOrigin": {
        "name": "Demo Store", "country": "US", "state": "NY", "city": "New York", "street1": "1 Demo Street",
        "zip": "10001"}})
    rates = {"Domestic": [("Standard", 7.5, "price", 0, 99.99), ("Free shipping", 0, "price", 100, 0)],
             "International": [("International", 25, "none", 0, 0)]}
    for name, countries in (("Domestic", ["US"]), ("International", ["CA", "GB", "DE", "FR", "AU"])):
        zone = demo.call("POST", "/store/shipping-zone", token=token, json={
            **alt, "name": name, "countries": [{"code": c} for c in countries]})["data"]
        for rate_name, amount, condition, low, high in rates[name]:
            demo.call("POST", f"/store/shipping-zone/{zone['_id']}/shipping-rate", token=token, json={
                **alt, "name": rate_name, "currency": "USD", "amount": amount, "conditionType": condition,
                "minCondition": low, "maxCondition": high, "shippingCarrierId": ""})
    demo.summary.update(shippingZones=2)
