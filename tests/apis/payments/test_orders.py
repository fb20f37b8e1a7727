"""Orders over HTTP: placed through the control plane, paid in parts, fulfilled item by item, with their notes."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mock_server.apis.payments.tables import ORDERS, TRANSACTIONS


def alt(ghl):
    return {"altId": ghl.location_id, "altType": "location"}


def read(ghl, order_id):
    answer = ghl.client().get(f"/payments/orders/{order_id}", params={"altId": ghl.location_id})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_an_order_paid_in_two_parts_and_fulfilled(ghl):
    order = ghl.order(items=[{"name": "Mug", "amount": 12.5, "qty": 2, "priceId": "price-mug"},
                             {"name": "Tee", "amount": 20, "qty": 1, "priceId": "price-tee"}])
    assert (order["amount"], order["paymentStatus"], order["fulfillmentStatus"]) == (45, "unpaid", "unfulfilled")
    client = ghl.client()
    listed = client.get("/payments/orders", params={"altId": ghl.location_id}).json()
    assert [o["_id"] for o in listed["data"]] == [order["_id"]] and listed["totalCount"] == 1

    half = client.post(f"/payments/orders/{order['_id']}/record-payment",
                       json={**alt(ghl), "mode": "cash", "amount": 20, "isPartialPayment": True})
    assert half.json() == {"success": True, "traceId": half.json()["traceId"]}
    assert read(ghl, order["_id"])["paymentStatus"] == "partially_paid"
    rest = client.post(f"/payments/orders/{order['_id']}/record-payment", json={**alt(ghl), "mode": "card",
                                                                               "card": {"type": "visa", "last4": "4242"}})
    assert rest.status_code == 200, rest.text
    paid = read(ghl, order["_id"])
    assert (paid["paymentStatus"], paid["status"], paid["amountPaid"]) == ("paid", "completed", 45)
    assert sorted(t["amount"] for t in ghl.world.store.scan(ghl.location_id, TRANSACTIONS)) == [2000, 2500]

    first = client.post(f"/payments/orders/{order['_id']}/fulfillments", json={
        **alt(ghl), "trackings": [{"trackingNumber": "1Z999", "shippingCarrier": "UPS"}],
        "items": [{"priceId": "price-mug", "qty": 1}], "notifyCustomer": False})
    assert first.status_code == 200, first.text
    assert [(i["name"], i["qty"]) for i in first.json()["data"]["items"]] == [("Mug", 1)]
    assert read(ghl, order["_id"])["fulfillmentStatus"] == "partially_fulfilled"
    too_many = client.post(f"/payments/orders/{order['_id']}/fulfillments", json={
        **alt(ghl), "trackings": [], "items": [{"priceId": "price-mug", "qty": 2}], "notifyCustomer": False})
    assert (too_many.status_code, too_many.json()["message"]) == (400, "Cannot fulfill 2 of Mug: 1 left to fulfill")
    client.post(f"/payments/orders/{order['_id']}/fulfillments", json={
        **alt(ghl), "trackings": [], "items": [{"priceId": "price-mug", "qty": 1}, {"priceId": "price-tee", "qty": 1}],
        "notifyCustomer": True})
    assert read(ghl, order["_id"])["fulfillmentStatus"] == "fulfilled"
    shipped = client.get(f"/payments/orders/{order['_id']}/fulfillments", params=alt(ghl)).json()["data"]
    assert [t["trackingNumber"] for t in shipped[0]["trackings"]] == ["1Z999"] and len(shipped) == 2
    notes = client.get(f"/payments/orders/{order['_id']}/notes", params=alt(ghl)).json()["data"]
    assert len(notes) == 5  # placed, two payments, two fulfillments (the refused one left none)


def test_order_payments_refused_with_nothing_recorded(ghl):
    order = ghl.order(items=[{"name": "Mug", "amount": 10, "qty": 1}])
    client = ghl.client()
    over = client.post(f"/payments/orders/{order['_id']}/record-payment",
                       json={**alt(ghl), "mode": "cash", "amount": 10.01, "isPartialPayment": True})
    assert (over.status_code, over.json()["message"]) == (
        400, "Payment amount (10.01) cannot be more than the amount due (10)")
    partial = client.post(f"/payments/orders/{order['_id']}/record-payment",
                          json={**alt(ghl), "mode": "cash", "amount": 4})
    assert partial.status_code == 400
    assert ghl.world.store.scan(ghl.location_id, TRANSACTIONS) == []
    assert read(ghl, order["_id"])["paymentStatus"] == "unpaid"
    client.post(f"/payments/orders/{order['_id']}/record-payment", json={**alt(ghl), "mode": "cash"})
    again = client.post(f"/payments/orders/{order['_id']}/record-payment", json={**alt(ghl), "mode": "cash"})
    assert (again.status_code, again.json()["message"]) == (400, "Order is already paid")


def test_an_unknown_order_and_the_transactions_of_one(ghl):
    client = ghl.client()
    missing = client.get("/payments/orders/nope0000000000000000", params={"altId": ghl.location_id})
    assert (missing.status_code, missing.json()["message"]) == (400, "Order not found")
    order = ghl.order(items=[{"name": "Mug", "amount": 10, "qty": 1}])
    client.post(f"/payments/orders/{order['_id']}/record-payment", json={**alt(ghl), "mode": "cash"})
    txns = client.get("/payments/transactions", params={**alt(ghl), "entityId": order["_id"]}).json()
    assert [(t["amount"], t["entityType"], t["status"]) for t in txns["data"]] == [(10, "order", "succeeded")]
    one = client.get(f"/payments/transactions/{txns['data'][0]['_id']}", params=alt(ghl))
    assert one.json()["entityId"] == order["_id"]


def test_subscriptions_are_listed_and_read(ghl):
    contact = ghl.contact()
    made = ghl.subscription(contact, amount=49.99, interval="year")
    client = ghl.client()
    listed = client.get("/payments/subscriptions", params={**alt(ghl), "contactId": contact["id"]}).json()
    assert [s["_id"] for s in listed["data"]] == [made["_id"]]
    one = client.get(f"/payments/subscriptions/{made['_id']}", params=alt(ghl)).json()
    assert (one["amount"], one["status"], one["recurringProduct"]["interval"]) == (49.99, "active", "year")


def test_another_locations_alt_id_is_forbidden(ghl):
    order = ghl.order()
    answer = ghl.client().get(f"/payments/orders/{order['_id']}", params={"altId": "other0000000000000000"})
    assert (answer.status_code, answer.json()["message"]) == (403, "The token does not have access to this location.")


def cents(value):
    return int((Decimal(str(value)) * 100).to_integral_value(ROUND_HALF_UP))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.tuples(st.integers(1, 500_00), st.integers(1, 5)), min_size=1, max_size=3),
       percent=st.integers(0, 100), shares=st.lists(st.integers(1, 80), min_size=1, max_size=5))
def test_partial_order_payments_with_a_coupon_stay_exact(ghl, lines, percent, shares):
    code = f"P{percent}X{len(ghl.world.store.scan(ghl.location_id, ORDERS))}"
    ghl.coupon(code, discountType="percentage", discountValue=percent)
    order = ghl.order(items=[{"name": f"Item {n}", "amount": unit / 100, "qty": qty, "priceId": f"p{n}"}
                             for n, (unit, qty) in enumerate(lines)], couponCode=code)
    gross = sum(unit * qty for unit, qty in lines)
    off = int((Decimal(gross) * percent / 100).to_integral_value(ROUND_HALF_UP))
    assert cents(order["amount"]) == gross - off  # lines x quantities, less the coupon, in cents
    due = gross - off
    for share in shares:
        amount = max(1, due * share // 50)  # some below what is due, some above it
        answer = ghl.client().post(f"/payments/orders/{order['_id']}/record-payment", json={
            **alt(ghl), "mode": "cash", "amount": amount / 100, "isPartialPayment": True})
        if due == 0 or amount > due:
            assert answer.status_code == 400  # an overpayment, or a paid order: refused
            continue
        assert answer.status_code == 200, answer.text
        due -= amount
    after = read(ghl, order["_id"])
    # a free order (a 100 % coupon) is placed paid: there is nothing to pay
    assert after["paymentStatus"] == ("paid" if due == 0 else "partially_paid" if due < gross - off else "unpaid")
    stored = ghl.world.store.get(ghl.location_id, ORDERS, order["_id"])
    txns = [t for t in ghl.world.store.scan(ghl.location_id, TRANSACTIONS) if t["entityId"] == order["_id"]]
    assert stored["amountPaid"] == sum(t["amount"] for t in txns) == gross - off - due >= 0
    assert all(type(v) is int for v in [stored["amountPaid"], *(i["amount"] for i in stored["items"]),
                                        *(t["amount"] for t in txns)])  # no float ever reaches a stored amount
