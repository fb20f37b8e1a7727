"""The Invoice* webhooks over HTTP: each move of an invoice's life sends its own event, carrying the invoice as
it is after the move; a refused move sends nothing. (The generated test, tests/webhooks/test_declared_events.py,
checks each declared cause, the docs' fields and the delivered bodies.)"""

from __future__ import annotations


def alt(ghl):
    return {"altId": ghl.location_id, "altType": "location"}


def types(ghl):
    return [e["type"] for e in ghl.events() if e["type"].startswith("Invoice")]


def test_an_invoices_life_sends_one_event_per_move(ghl):
    invoice = ghl.invoice(items=[{"name": "Consulting", "currency": "USD", "amount": 100, "qty": 1}])
    client = ghl.client()
    client.post(f"/invoices/{invoice['_id']}/send", json={**alt(ghl), "userId": ghl.user_id, "action": "email",
                                                          "liveMode": False}).raise_for_status()
    client.post(f"/invoices/{invoice['_id']}/record-payment",
                json={**alt(ghl), "mode": "cash", "amount": 40}).raise_for_status()
    client.post(f"/invoices/{invoice['_id']}/record-payment", json={**alt(ghl), "mode": "cash"}).raise_for_status()
    assert types(ghl) == ["InvoiceCreate", "InvoiceSent", "InvoicePartiallyPaid", "InvoicePaid"]
    by_type = {e["type"]: e["payload"] for e in ghl.events() if e["type"].startswith("Invoice")}
    assert {t: (p["_id"], p["status"], p["amountPaid"], p["amountDue"]) for t, p in by_type.items()} == {
        "InvoiceCreate": (invoice["_id"], "draft", 0, 100),
        "InvoiceSent": (invoice["_id"], "sent", 0, 100),
        "InvoicePartiallyPaid": (invoice["_id"], "partially_paid", 40, 60),
        "InvoicePaid": (invoice["_id"], "paid", 100, 0),
    }


def test_void_and_delete_send_their_events(ghl):
    invoice = ghl.invoice(status="sent")
    client = ghl.client()
    client.post(f"/invoices/{invoice['_id']}/void", json=alt(ghl)).raise_for_status()
    client.delete(f"/invoices/{invoice['_id']}", params=alt(ghl)).raise_for_status()
    assert types(ghl)[-2:] == ["InvoiceVoid", "InvoiceDelete"]
    assert ghl.events("InvoiceDelete")[0]["payload"]["_id"] == invoice["_id"]


def test_a_refused_move_sends_nothing(ghl):
    invoice = ghl.invoice(status="paid")
    before = types(ghl)
    refused = ghl.client().post(f"/invoices/{invoice['_id']}/void", json=alt(ghl))
    assert refused.status_code == 400
    assert types(ghl) == before
    overpaid = ghl.invoice(status="sent")
    before = types(ghl)
    refused = ghl.client().post(f"/invoices/{overpaid['_id']}/record-payment",
                                json={**alt(ghl), "mode": "cash", "amount": overpaid["total"] + 1})
    assert refused.status_code == 400
    assert types(ghl) == before

