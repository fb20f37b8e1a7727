"""How to: test your custom payment provider against ghl-mock, in-process (no server, no tunnel).

A Marketplace "custom payment provider" app registers itself in a location, connects its test and live keys,
and then GHL calls the app's ``queryUrl``: ``verify`` after a customer paid in the app's iframe, ``refund``
later. ``ghl.payment_provider(app)`` registers and connects a provider whose queryUrl is served by YOUR app
(ASGI: Starlette, FastAPI; WSGI: Flask, Django) in-process; ``ghl.provider_charge(invoice=...)`` plays the
customer's payment (the iframe's success message with its ``chargeId``). The mock then does what GHL does:
a pending transaction, the ``verify`` call, and the invoice paid when the provider says so. The provider's own
webhooks (``payment.captured``) go to ``POST /payments/custom-provider/webhook``. A provider is a Marketplace
app: ``ghl_receiver(app, events=[...])`` sends it GHL's webhooks too (``InvoicePaid``, ``OrderStatusUpdate``),
in-process, so one test sees the whole round trip.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

# -- your provider app (stands for the one you test) ---------------------------------------------------------


def make_provider(charges: dict[str, str], seen: list[dict], hooks: list[dict] | None = None) -> Starlette:
    """A provider whose gateway knows ``charges`` (chargeId -> status). GHL authenticates nothing but the
    apiKey in the body: a provider checks it is the key it gave GHL for that mode. GHL's webhooks to the app
    (``/webhooks``) are kept in ``hooks``."""
    keys = {"test-secret": "test", "live-secret": "live"}

    async def query(request: Request) -> JSONResponse:
        body = await request.json()
        return JSONResponse(answer(body))

    async def webhook(request: Request) -> JSONResponse:
        (hooks if hooks is not None else []).append(await request.json())
        return JSONResponse({"received": True})

    def answer(body: dict) -> dict:
        seen.append(body)
        if body.get("apiKey") not in keys:
            return {"failed": True, "message": "unknown key"}
        if body["type"] == "verify":
            status = charges.get(body["chargeId"])
            if status == "succeeded":
                return {"success": True, "chargeSnapshot": {"id": body["chargeId"], "status": "succeeded"}}
            if status == "pending":
                return {"success": False}  # not settled yet: a payment.captured webhook will follow
            return {"failed": True, "message": "card declined"}
        if body["type"] == "refund":
            return {"success": True, "id": f"re_{body['chargeId']}", "amount": body["amount"], "currency": "USD"}
        return {"failed": True, "message": f"unsupported {body['type']}"}

    return Starlette(routes=[Route("/query", query, methods=["POST"]), Route("/webhooks", webhook, methods=["POST"])])


# -- the tests ------------------------------------------------------------------------------------------------


def test_the_invoice_is_paid_once_the_provider_verifies(ghl, ghl_receiver):
    seen: list[dict] = []
    hooks: list[dict] = []
    provider = make_provider({"ch_ok": "succeeded"}, seen, hooks)
    ghl_receiver(provider, path="/webhooks", events=["InvoicePaid"])  # the app also gets GHL's webhooks
    ghl.payment_provider(provider, query_url="https://pay.example/query")
    invoice = ghl.invoice(status="sent", items=[{"name": "Plan", "currency": "USD", "amount": 120, "qty": 1}])

    paid = ghl.provider_charge(invoice=invoice, charge_id="ch_ok")
    event = ghl.wait_for_event("InvoicePaid", _id=invoice["_id"])

    assert seen == [{"type": "verify", "transactionId": paid["transaction"]["_id"], "apiKey": "test-secret",
                     "chargeId": "ch_ok"}]
    assert paid["transaction"]["status"] == "succeeded"
    after = ghl.client().get(f"/invoices/{invoice['_id']}",
                             params={"altId": ghl.location_id, "altType": "location"}).json()
    assert (after["status"], after["amountDue"]) == ("paid", 0)
    # the InvoicePaid webhook reached the app, once, with the invoice as paid
    assert [(h["type"], h["_id"], h["status"], h["amountDue"]) for h in hooks] == [
        ("InvoicePaid", invoice["_id"], "paid", 0)]
    assert event["deliveries"][0]["status"] == "delivered"


def test_a_declined_charge_leaves_the_invoice_unpaid(ghl):
    ghl.payment_provider(make_provider({}, []))
    invoice = ghl.invoice(status="sent")

    declined = ghl.provider_charge(invoice=invoice, charge_id="ch_declined")

    assert declined["transaction"]["status"] == "failed"
    assert declined["transaction"]["meta"]["failureReason"] == "card declined"
    after = ghl.client().get(f"/invoices/{invoice['_id']}", params={"altId": ghl.location_id, "altType": "location"})
    assert after.json()["status"] == "sent"


def test_a_pending_charge_is_completed_by_the_providers_webhook(ghl, ghl_receiver):
    hooks: list[dict] = []
    provider = make_provider({"ch_slow": "pending"}, [], hooks)
    ghl_receiver(provider, path="/webhooks", events=["OrderStatusUpdate"])
    ghl.payment_provider(provider)
    order = ghl.order(items=[{"name": "Box", "amount": 30, "qty": 1}])
    pending = ghl.provider_charge(order=order, charge_id="ch_slow")
    assert pending["transaction"]["status"] == "pending"

    client = ghl.client()
    captured = {"event": "payment.captured", "chargeId": "ch_slow", "ghlTransactionId": pending["transaction"]["_id"],
                "chargeSnapshot": {"status": "succeeded", "amount": 3000, "chargeId": "ch_slow",
                                   "chargedAt": 1767225600},
                "locationId": ghl.location_id, "apiKey": "test-secret"}
    assert client.post("/payments/custom-provider/webhook", json=captured).json()["success"] is True
    assert client.post("/payments/custom-provider/webhook", json={**captured, "apiKey": "wrong"}).status_code == 401

    got = client.get(f"/payments/orders/{order['_id']}", params={"altId": ghl.location_id}).json()
    assert (got["paymentStatus"], got["status"]) == ("paid", "completed")
    ghl.wait_for_event("OrderStatusUpdate", _id=order["_id"])
    assert [(h["type"], h["_id"], h["status"]) for h in hooks] == [("OrderStatusUpdate", order["_id"], "completed")]


def test_a_refund_goes_to_the_provider(ghl):
    seen: list[dict] = []
    ghl.payment_provider(make_provider({"ch_ok": "succeeded"}, seen))
    invoice = ghl.invoice(status="sent", items=[{"name": "Plan", "currency": "USD", "amount": 50, "qty": 1}])
    txn = ghl.provider_charge(invoice=invoice, charge_id="ch_ok")["transaction"]

    refunded = ghl.client().post(f"/_mock/locations/{ghl.location_id}/transactions/{txn['_id']}/refund",
                                 json={"amount": 20})

    assert seen[-1] == {"type": "refund", "amount": 20, "transactionId": txn["_id"], "chargeId": "ch_ok",
                        "apiKey": "test-secret"}
    assert (refunded.json()["status"], refunded.json()["amountRefunded"]) == ("partially_refunded", 20)
