"""The Payments area's demo step: a welcome coupon and a store order paid and partly shipped (``Area.demo``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

COUPON_CODE = "WELCOME10"


def load(demo: DemoLoader) -> None:
    """A 10 % coupon, and an order of the catalog's mug and T-shirt placed with it (orders are placed by
    customers, so through the control plane), paid in full and with the mugs shipped."""
    token, location = demo.main_token, demo.main
    alt = {"altId": location, "altType": "location"}
    demo.call("POST", "/payments/coupon", token=token, json={
        **alt, "name": "Welcome", "code": COUPON_CODE, "discountType": "percentage", "discountValue": 10,
        "startDate": demo.now().strftime("%Y-%m-%dT%H:%M:%S.000Z"), "usageLimit": 100})
    mug, tee = (_first_price(demo, product_id) for product_id in demo.made["products"][:2])
    order = demo.seed(location, "orders", {
        "contactId": demo.made["contacts"][0], "couponCode": COUPON_CODE,
        "items": [{**mug, "qty": 2}, {**tee, "qty": 1}]})
    demo.call("POST", f"/payments/orders/{order['_id']}/record-payment", token=token,
              json={**alt, "mode": "card", "card": {"type": "visa", "last4": "4242"}})
    demo.call("POST", f"/payments/orders/{order['_id']}/fulfillments", token=token, json={
        **alt, "trackings": [{"trackingNumber": "1Z999AA10123456784", "shippingCarrier": "UPS"}],
        "items": [{"priceId": mug["priceId"], "qty": 2}], "notifyCustomer": True})
    demo.made["orders"] = [order["_id"]]
    demo.summary.update(coupons=1, orders=1)


def _first_price(demo: DemoLoader, product_id: str) -> dict[str, Any]:
    """A product's first price as an order line (name, amount, ids)."""
    prices = demo.call("GET", f"/products/{product_id}/price", token=demo.main_token,
                       params={"locationId": demo.main})["prices"]
    return {"name": prices[0]["name"], "amount": prices[0]["amount"], "priceId": prices[0]["_id"],
            "productId": product_id}
