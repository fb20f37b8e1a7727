"""The official Python SDK (``gohighlevel-api-client``), unchanged, on invoices, estimates, coupons and orders.

Each flow asserts what a seller sees afterwards (the amount due, the status, the fulfillment listed), and the
test fails at teardown if the SDK sent anything GHL would reject.
"""

from __future__ import annotations

import asyncio

import pytest

highlevel = pytest.importorskip("highlevel", reason="the official SDK is a test dependency")


def sdk_for(ghl):
    return highlevel.HighLevel(private_integration_token=ghl.pit())


def alt(ghl):
    return {"altId": ghl.location_id, "altType": "location"}


def invoice_body(ghl, contact, name, items):
    return {**alt(ghl), "name": name, "title": "INVOICE", "currency": "USD", "items": items,
            "discount": {"type": "percentage", "value": 10}, "businessDetails": {"name": "Acme"},
            "contactDetails": {"id": contact["id"], "name": "Ada", "email": contact["email"],
                               "phoneNo": contact["phone"]},
            "issueDate": "2026-03-01", "dueDate": "2026-03-15", "sentTo": {"email": [contact["email"]]},
            "liveMode": False}


@pytest.mark.ghl_intercept
def test_an_invoice_sent_paid_in_two_parts_and_another_voided(ghl):
    contact = ghl.contact(phone="+14155550123")
    sdk = sdk_for(ghl)
    items = [{"name": "Design", "currency": "USD", "amount": 120.5, "qty": 2},
             {"name": "Hosting", "currency": "USD", "amount": 19.99, "qty": 3,
              "taxes": [{"_id": "vat", "name": "VAT", "rate": 20}]}]

    async def flow():
        made = await sdk.invoices.create_invoice(invoice_body(ghl, contact, "Website", items))
        invoice_id = made["_id"]
        sent = await sdk.invoices.send_invoice(invoice_id, {
            **alt(ghl), "userId": ghl.user_id, "action": "send_manually", "liveMode": False})
        part = await sdk.invoices.record_invoice(invoice_id, {**alt(ghl), "mode": "cash", "amount": 100,
                                                              "notes": "deposit"})
        rest = await sdk.invoices.record_invoice(invoice_id, {**alt(ghl), "mode": "cheque",
                                                              "cheque": {"number": "1042"}})
        paid = await sdk.invoices.get_invoice(invoice_id, alt_id=ghl.location_id, alt_type="location")
        other = await sdk.invoices.create_invoice(invoice_body(ghl, contact, "Cancelled", items[:1]))
        voided = await sdk.invoices.void_invoice(other["_id"], alt(ghl))
        listed = await sdk.invoices.list_invoices(alt_id=ghl.location_id, alt_type="location", limit="10",
                                                  offset="0", status="void")
        return made, sent, part, rest, paid, voided, listed

    made, sent, part, rest, paid, voided, listed = asyncio.run(flow())
    # 241 + 59.97 = 300.97; 10 % off = 30.10 (24.10 + 6.00 by line); VAT 20 % of 53.97 = 10.79
    assert (made["status"], made["total"], made["amountDue"]) == ("draft", 281.66, 281.66)
    assert sent["invoice"]["status"] == "sent"
    assert (part["invoice"]["status"], part["invoice"]["amountDue"]) == ("partially_paid", 181.66)
    assert (rest["invoice"]["status"], rest["invoice"]["amountDue"]) == ("paid", 0)
    assert (paid["status"], paid["amountDue"], paid["amountPaid"]) == ("paid", 0, 281.66)
    assert voided["status"] == "void"
    assert [i["_id"] for i in listed["invoices"]] == [voided["_id"]]


@pytest.mark.ghl_intercept
def test_paying_more_than_is_due_is_refused_and_nothing_changes(ghl):
    contact = ghl.contact(phone="+14155550124")
    sdk = sdk_for(ghl)

    async def flow():
        made = await sdk.invoices.create_invoice(invoice_body(ghl, contact, "Small", [
            {"name": "Fee", "currency": "USD", "amount": 50, "qty": 1}]))
        await sdk.invoices.send_invoice(made["_id"], {**alt(ghl), "userId": ghl.user_id, "action": "send_manually",
                                                      "liveMode": False})
        try:
            await sdk.invoices.record_invoice(made["_id"], {**alt(ghl), "mode": "cash", "amount": 45.01})
            refused = None
        except highlevel.GHLError as error:
            refused = (error.status_code, error.response["message"])
        return refused, await sdk.invoices.get_invoice(made["_id"], alt_id=ghl.location_id, alt_type="location")

    refused, after = asyncio.run(flow())
    assert refused == (400, "Payment amount (45.01) cannot be more than the amount due (45)")
    assert (after["status"], after["amountDue"]) == ("sent", 45)


@pytest.mark.ghl_intercept
def test_an_estimate_converted_to_an_invoice(ghl):
    contact = ghl.contact(phone="+14155550125")
    sdk = sdk_for(ghl)

    async def flow():
        estimate = await sdk.invoices.create_new_estimate({
            **alt(ghl), "name": "Roof", "businessDetails": {"name": "Roofers"}, "currency": "USD",
            "items": [{"name": "Tiles", "currency": "USD", "amount": 35, "qty": 40}],
            "discount": {"type": "fixed", "value": 200},
            "contactDetails": {"id": contact["id"], "name": "Ada", "email": contact["email"],
                               "phoneNo": contact["phone"]},
            "frequencySettings": {"enabled": False, "schedule": {}}})
        await sdk.invoices.send_estimate(estimate["_id"], {**alt(ghl), "action": "email", "liveMode": False,
                                                           "userId": ghl.user_id})
        converted = await sdk.invoices.create_invoice_from_estimate(estimate["_id"], {**alt(ghl),
                                                                                      "markAsInvoiced": True})
        estimates = await sdk.invoices.list_estimates(alt_id=ghl.location_id, alt_type="location", limit="10",
                                                      offset="0")
        return estimate, converted, estimates

    estimate, converted, estimates = asyncio.run(flow())
    assert (estimate["estimateStatus"], estimate["total"]) == ("draft", 1200)
    invoice = converted["invoice"]
    assert (invoice["status"], invoice["total"], invoice["amountDue"]) == ("draft", 1200, 1200)
    assert [e["estimateStatus"] for e in estimates["estimates"]] == ["invoiced"]


@pytest.mark.ghl_intercept
def test_a_coupon_scheduled_changed_and_redeemed(ghl):
    ghl.freeze("2026-02-20T12:00:00Z")
    sdk = sdk_for(ghl)
    spring = {**alt(ghl), "name": "Spring", "code": "SPRING", "startDate": "2026-03-01T00:00:00.000Z",
              "usageLimit": 5}

    async def create():
        return await sdk.payments.create_coupon({**spring, "discountType": "percentage", "discountValue": 20})

    async def change_and_read(coupon_id):
        await sdk.payments.update_coupon({**spring, "id": coupon_id, "discountType": "amount", "discountValue": 7.5})
        return await sdk.payments.get_coupon(alt_id=ghl.location_id, alt_type="location", id=coupon_id, code="SPRING")

    made = asyncio.run(create())
    ghl.advance(days=10)
    order = ghl.order(items=[{"name": "Kite", "amount": 30, "qty": 1}], couponCode="SPRING")
    found = asyncio.run(change_and_read(made["_id"]))
    listed = asyncio.run(sdk.payments.list_coupons(alt_id=ghl.location_id, alt_type="location", status="active"))

    assert made["status"] == "scheduled"  # starts after the mock clock's now
    assert order["amount"] == 24  # redeemed while it took 20 % off
    assert (found["discountType"], found["discountValue"], found["usageCount"]) == ("amount", 7.5, 1)
    assert [c["_id"] for c in listed["data"]] == [made["_id"]]


@pytest.mark.ghl_intercept
def test_an_order_paid_and_fulfilled(ghl):
    order = ghl.order(items=[{"name": "Mug", "amount": 14.5, "qty": 2, "priceId": "price-mug"}])
    sdk = sdk_for(ghl)

    async def flow():
        await sdk.payments.record_order_payment(order["_id"], {**alt(ghl), "mode": "cash", "amount": 9,
                                                               "isPartialPayment": True})
        half = await sdk.payments.get_order_by_id(order["_id"], alt_id=ghl.location_id)
        await sdk.payments.record_order_payment(order["_id"], {**alt(ghl), "mode": "cash"})
        shipped = await sdk.payments.create_order_fulfillment(order["_id"], {
            **alt(ghl), "trackings": [{"trackingNumber": "1Z42", "shippingCarrier": "UPS"}],
            "items": [{"priceId": "price-mug", "qty": 2}], "notifyCustomer": False})
        listed = await sdk.payments.list_order_fulfillment(alt_id=ghl.location_id, alt_type="location",
                                                           order_id=order["_id"])
        after = await sdk.payments.get_order_by_id(order["_id"], alt_id=ghl.location_id)
        txns = await sdk.payments.list_transactions(alt_id=ghl.location_id, alt_type="location",
                                                    entity_id=order["_id"])
        return half, shipped, listed, after, txns

    half, shipped, listed, after, txns = asyncio.run(flow())
    assert half["paymentStatus"] == "partially_paid"
    assert [f["_id"] for f in listed["data"]] == [shipped["data"]["_id"]]
    assert [t["trackingNumber"] for t in listed["data"][0]["trackings"]] == ["1Z42"]
    assert (after["paymentStatus"], after["fulfillmentStatus"]) == ("paid", "fulfilled")
    assert sorted(t["amount"] for t in txns["data"]) == [9, 20]
