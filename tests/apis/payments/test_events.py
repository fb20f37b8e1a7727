"""The Order* webhooks over HTTP: an order placed sends OrderCreate; paying all that is due completes it and
sends OrderStatusUpdate; a partial payment or a fulfillment does not change ``status`` and sends nothing."""

from __future__ import annotations


def alt(ghl):
    return {"altId": ghl.location_id, "altType": "location"}


def test_an_order_placed_then_paid_in_two_parts(ghl):
    order = ghl.order(items=[{"name": "Mug", "amount": 12.5, "qty": 2}])
    assert [e["payload"]["_id"] for e in ghl.events("OrderCreate")] == [order["_id"]]
    created = ghl.events("OrderCreate")[0]["payload"]
    assert (created["status"], created["amount"], created["currency"]) == ("pending", 25, "USD")

    client = ghl.client()
    part = client.post(f"/payments/orders/{order['_id']}/record-payment",
                       json={**alt(ghl), "mode": "cash", "amount": 10, "isPartialPayment": True})
    assert part.status_code == 200, part.text
    assert ghl.events("OrderStatusUpdate") == []
    rest = client.post(f"/payments/orders/{order['_id']}/record-payment", json={**alt(ghl), "mode": "cash"})
    assert rest.status_code == 200, rest.text
    updates = ghl.events("OrderStatusUpdate")
    assert [(e["payload"]["_id"], e["payload"]["status"]) for e in updates] == [(order["_id"], "completed")]


def test_an_overpayment_sends_nothing(ghl):
    order = ghl.order(items=[{"name": "Mug", "amount": 10, "qty": 1}])
    refused = ghl.client().post(f"/payments/orders/{order['_id']}/record-payment",
                                json={**alt(ghl), "mode": "cash", "amount": 11, "isPartialPayment": True})
    assert refused.status_code == 400
    assert ghl.events("OrderStatusUpdate") == []


def test_ghl_mock_trigger_order_create_places_an_order(ghl):
    """``ghl-mock trigger OrderCreate``'s recipe (no API operation places an order) through the control plane."""
    from mock_server.apis.payments.events import ORDER_CREATE

    class Api:  # what ghl-mock trigger hands a recipe (webhooks/cli.py TriggerApi), in-process
        where = {"locationId": ghl.location_id}

        def control(self, method, path, body=None, *, ok=(200, 201)):
            return ghl.api(method, path, body)

    ORDER_CREATE.trigger(Api(), {"currency": "EUR"})
    [created] = ghl.events("OrderCreate")
    assert (created["payload"]["currency"], created["payload"]["amount"]) == ("EUR", 10)
