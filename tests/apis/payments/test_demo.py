"""The demo sandbox's order (paid with the welcome coupon, the mugs shipped), as the API shows it."""

from __future__ import annotations


def test_the_demo_has_a_paid_order_partly_shipped_with_its_coupon(small_demo):
    api, main = small_demo.api, small_demo.main
    alt = {"altId": main, "altType": "location"}
    orders = api.get("/payments/orders", params={"altId": main}).json()
    assert orders["totalCount"] == small_demo.summary["orders"] == 1
    order = api.get(f"/payments/orders/{orders['data'][0]['_id']}", params={"altId": main}).json()
    # 2 mugs at 14.50 and a small T-shirt at 22 = 51, 10 % off with WELCOME10
    assert (order["amount"], order["paymentStatus"], order["fulfillmentStatus"]) == (
        45.9, "paid", "partially_fulfilled")
    shipped = api.get(f"/payments/orders/{order['_id']}/fulfillments", params=alt).json()["data"]
    assert [(i["name"], i["qty"]) for f in shipped for i in f["items"]] == [("Default", 2)]
    coupons = api.get("/payments/coupon/list", params={**alt, "search": "WELCOME10"}).json()["data"]
    assert [(c["code"], c["usageCount"], c["status"]) for c in coupons] == [("WELCOME10", 1, "active")]
