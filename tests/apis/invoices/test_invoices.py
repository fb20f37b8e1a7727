"""Invoices over HTTP: an invoice's whole life, its money exact, and every illegal move refused with nothing changed."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mock_server.apis.invoices.tables import INVOICES
from mock_server.apis.payments.tables import TRANSACTIONS


def alt(ghl):
    return {"altId": ghl.location_id, "altType": "location"}


def item(amount, qty=1, **extra):
    return {"name": "Consulting", "currency": "USD", "amount": amount, "qty": qty, **extra}


def read(ghl, invoice_id):
    answer = ghl.client().get(f"/invoices/{invoice_id}", params=alt(ghl))
    assert answer.status_code == 200, answer.text
    return answer.json()


def pay(ghl, invoice_id, amount=None, mode="cash"):
    body = {**alt(ghl), "mode": mode, **({"amount": amount} if amount is not None else {})}
    return ghl.client().post(f"/invoices/{invoice_id}/record-payment", json=body)


def test_an_invoice_from_draft_to_paid(ghl):
    contact = ghl.contact()
    invoice = ghl.invoice(contact, items=[item(100, 2), item(49.99, 1, taxes=[
        {"_id": "vat", "name": "VAT", "rate": 10, "calculation": "exclusive"}])],
        discount={"type": "percentage", "value": 10})
    # 200.00 + 49.99 = 249.99; 10 % off = 25.00 (spread 20.00 / 5.00); VAT on 44.99 = 4.50
    assert (invoice["status"], invoice["totalSummary"]) == ("draft", {"subTotal": 249.99, "discount": 25, "tax": 4.5})
    assert (invoice["total"], invoice["amountDue"], invoice["amountPaid"]) == (229.49, 229.49, 0)
    client = ghl.client()
    sent = client.post(f"/invoices/{invoice['_id']}/send", json={
        **alt(ghl), "userId": ghl.user_id, "action": "email", "liveMode": False})
    assert sent.status_code == 200, sent.text
    assert sent.json()["invoice"]["status"] == "sent"

    first = pay(ghl, invoice["_id"], 100)
    assert first.status_code == 200, first.text
    assert first.json()["invoice"]["status"] == "partially_paid"
    assert (first.json()["invoice"]["amountPaid"], first.json()["invoice"]["amountDue"]) == (100, 129.49)
    rest = pay(ghl, invoice["_id"])  # no amount: the whole amount due
    assert (rest.json()["invoice"]["status"], rest.json()["invoice"]["amountDue"]) == ("paid", 0)

    paid = read(ghl, invoice["_id"])
    assert (paid["status"], paid["amountPaid"], paid["amountDue"]) == ("paid", 229.49, 0)
    listed = client.get("/invoices/", params={**alt(ghl), "limit": "10", "offset": "0", "status": "paid"}).json()
    assert [i["_id"] for i in listed["invoices"]] == [invoice["_id"]] and listed["total"] == 1
    # each payment is a transaction of the payments area
    txns = client.get("/payments/transactions", params={**alt(ghl), "entityId": invoice["_id"]}).json()
    assert sorted(t["amount"] for t in txns["data"]) == [100, 129.49]


@pytest.mark.parametrize(("status", "move", "message"), [
    ("void", "pay", "Invoice in void status cannot be paid"),
    ("paid", "pay", "Invoice in paid status cannot be paid"),
    ("paid", "void", "Invoice in paid status cannot be voided"),
    ("partially_paid", "void", "Invoice in partially_paid status cannot be voided"),
    ("void", "send", "Invoice in void status cannot be sent"),
    ("paid", "update", "Invoice in paid status cannot be updated"),
    ("paid", "delete", "Invoice in paid status cannot be deleted"),
])
def test_an_illegal_move_is_refused_and_changes_nothing(ghl, status, move, message):
    invoice = ghl.invoice(status=status)
    before = read(ghl, invoice["_id"])
    client, path = ghl.client(), f"/invoices/{invoice['_id']}"
    answer = {
        "pay": lambda: pay(ghl, invoice["_id"], 1),
        "void": lambda: client.post(f"{path}/void", json=alt(ghl)),
        "send": lambda: client.post(f"{path}/send", json={**alt(ghl), "userId": ghl.user_id, "action": "email",
                                                           "liveMode": False}),
        "update": lambda: client.put(path, json={**alt(ghl), "name": "New", "currency": "USD", "issueDate": "2026-01-01",
                                                 "dueDate": "2026-01-02", "invoiceItems": [item(1)]}),
        "delete": lambda: client.delete(path, params=alt(ghl)),
    }[move]()
    assert answer.status_code == 400, answer.text
    assert answer.json() == {"statusCode": 400, "message": message, "error": "Bad Request",
                             "traceId": answer.json()["traceId"]}
    after = read(ghl, invoice["_id"])
    assert {**after, "traceId": None} == {**before, "traceId": None}


def test_an_overpayment_is_refused_with_nothing_recorded(ghl):
    invoice = ghl.invoice(items=[item(10)])
    answer = pay(ghl, invoice["_id"], 10.01)
    assert answer.status_code == 400
    assert answer.json()["message"] == "Payment amount (10.01) cannot be more than the amount due (10)"
    assert read(ghl, invoice["_id"])["amountPaid"] == 0
    assert ghl.world.store.scan(ghl.location_id, TRANSACTIONS) == []


def test_void_delete_and_an_unknown_invoice(ghl):
    invoice = ghl.invoice(status="sent")
    client = ghl.client()
    voided = client.post(f"/invoices/{invoice['_id']}/void", json=alt(ghl))
    assert voided.json()["status"] == "void"
    assert client.delete(f"/invoices/{invoice['_id']}", params=alt(ghl)).status_code == 200
    gone = client.get(f"/invoices/{invoice['_id']}", params=alt(ghl))
    assert (gone.status_code, gone.json()["message"]) == (400, "Invoice not found")


def test_an_invoice_for_a_contact_of_another_location_is_refused(ghl):
    body = {**alt(ghl), "name": "X", "currency": "USD", "items": [item(5)], "discount": {"type": "fixed", "value": 0},
            "businessDetails": {}, "issueDate": "2026-01-01", "sentTo": {"email": ["a@example.org"]},
            "liveMode": False, "contactDetails": {"id": "nope0000000000000000", "name": "N", "phoneNo": "+1",
                                                  "email": "a@example.org"}}
    answer = ghl.client().post("/invoices/", json=body)
    assert answer.status_code == 400
    assert ghl.world.store.scan(ghl.location_id, INVOICES) == []


def test_numbers_count_up_and_are_never_given_twice(ghl):
    client = ghl.client()
    assert client.get("/invoices/generate-invoice-number", params=alt(ghl)).json()["invoiceNumber"] == 1
    first = ghl.invoice()
    assert first["invoiceNumber"] == "1"
    assert client.get("/invoices/generate-invoice-number", params=alt(ghl)).json()["invoiceNumber"] == 2
    from mock_server.testing.factories import RecordRefused
    with pytest.raises(RecordRefused) as refused:
        ghl.invoice(invoiceNumber="1")
    assert refused.value.body["message"] == "Invoice number 1 already exists"


def test_amounts_in_a_zero_and_a_three_decimal_currency(ghl):
    yen = ghl.invoice(currency="JPY", items=[{**item(1999.5, 3), "currency": "JPY"}])
    assert (yen["total"], yen["invoiceItems"][0]["amount"]) == (6000, 2000)
    dinar = ghl.invoice(currency="KWD", items=[{**item(1.2345, 2), "currency": "KWD"}])
    assert dinar["total"] == 2.47


def numbers_of(blob):
    """Every number in a JSON blob, with its type: 5 and 5.0 are equal in Python but not on the wire."""
    if isinstance(blob, dict):
        return [n for v in blob.values() for n in numbers_of(v)]
    if isinstance(blob, list):
        return [n for v in blob for n in numbers_of(v)]
    return [(blob, type(blob).__name__)] if isinstance(blob, int | float) and not isinstance(blob, bool) else []


def test_late_fees_and_last_visited(ghl):
    invoice = ghl.invoice(status="sent")
    config = {"enable": True, "value": 5, "type": "fixed", "frequency": {"intervalCount": 1, "interval": "day"},
              "grace": {"intervalCount": 3, "interval": "day"}, "maxLateFees": {"type": "fixed", "value": 12.5}}
    answer = ghl.client().patch(f"/invoices/{invoice['_id']}/late-fees-configuration",
                                json={**alt(ghl), "lateFeesConfiguration": config})
    assert answer.json()["lateFeesConfiguration"] == config
    # stored and answered as the client sent them: 5 stays 5 (a strict float would make it 5.0)
    assert numbers_of(read(ghl, invoice["_id"])["lateFeesConfiguration"]) == [
        (5, "int"), (1, "int"), (3, "int"), (12.5, "float")]
    ghl.advance(hours=1)
    assert ghl.client().patch("/invoices/stats/last-visited-at", json={"invoiceId": invoice["_id"]}).status_code == 200
    assert read(ghl, invoice["_id"])["lastVisitedAt"].startswith(ghl.now().date().isoformat())


cents = st.integers(1, 5_000_00)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(units=st.lists(st.tuples(cents, st.integers(1, 5), st.sampled_from([0, 8.25, 20])), min_size=1, max_size=4),
       off=st.integers(0, 50), payments=st.lists(st.integers(1, 20_000_00), max_size=6))
def test_partial_payments_keep_the_money_exact(ghl, units, off, payments):
    items = [item(unit / 100, qty, taxes=[{"_id": "t", "name": "T", "rate": rate}] if rate else [])
             for unit, qty, rate in units]
    invoice = ghl.invoice(status="sent", items=items, discount={"type": "percentage", "value": off})
    to_cents = lambda v: int((Decimal(str(v)) * 100).to_integral_value(ROUND_HALF_UP))
    summary = invoice["totalSummary"]
    assert to_cents(summary["subTotal"]) == sum(unit * qty for unit, qty, _ in units)
    assert to_cents(invoice["total"]) == to_cents(summary["subTotal"]) - to_cents(summary["discount"]) + \
        to_cents(summary["tax"])
    due = to_cents(invoice["amountDue"])
    for amount in payments:
        answer = pay(ghl, invoice["_id"], amount / 100)
        if due == 0:
            assert answer.status_code == 400  # a paid invoice takes nothing more
            continue
        if amount > due:
            assert answer.status_code == 400 and "cannot be more than the amount due" in answer.json()["message"]
            assert to_cents(read(ghl, invoice["_id"])["amountDue"]) == due
            continue
        assert answer.status_code == 200, answer.text
        due -= amount
        after = answer.json()["invoice"]
        assert to_cents(after["amountDue"]) == due >= 0
        assert after["status"] == ("paid" if due == 0 else "partially_paid")
    stored = ghl.world.store.get(ghl.location_id, INVOICES, invoice["_id"])
    money = [stored["amountPaid"]] + [i["amount"] for i in stored["invoiceItems"]] + \
        [p["amount"] for p in stored["payments"]]
    assert all(type(v) is int for v in money), stored  # no float ever reaches a stored amount
    assert all(type(t["amount"]) is int for t in ghl.world.store.scan(ghl.location_id, TRANSACTIONS))


# Currencies with 2, 0 and 3 decimals; the test's own oracle works in their minor units, independently of money.py.
EXPONENTS = {"USD": 2, "JPY": 0, "KWD": 3}


def minor(value, currency):
    return int((Decimal(str(value)).scaleb(EXPONENTS[currency])).to_integral_value(ROUND_HALF_UP))


lines = st.lists(st.tuples(st.integers(1, 2_000_000), st.decimals("0.25", "20", places=2),
                           st.sampled_from([None, "5", "8.25", "20"]), st.booleans()), min_size=1, max_size=4)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(currency=st.sampled_from(sorted(EXPONENTS)), document=lines,
       discount=st.tuples(st.sampled_from(["percentage", "fixed"]), st.integers(0, 3_000_000)),
       shares=st.lists(st.integers(1, 100), min_size=1, max_size=5))
def test_any_currency_quantity_tax_and_discount_pays_down_exactly(ghl, currency, document, discount, shares):
    scale = Decimal(1).scaleb(-EXPONENTS[currency])
    items = [{"name": f"Line {n}", "currency": currency, "amount": float(Decimal(unit) * scale), "qty": float(qty),
              "taxInclusive": inclusive, "taxes": [{"_id": "t", "name": "T", "rate": float(rate)}] if rate else []}
             for n, (unit, qty, rate, inclusive) in enumerate(document)]
    kind, value = discount
    off = {"type": kind, "value": value % 101 if kind == "percentage" else float(Decimal(value) * scale)}
    invoice = ghl.invoice(status="sent", currency=currency, items=items, discount=off)

    summary = invoice["totalSummary"]
    line_amounts = [int((Decimal(unit) * qty).to_integral_value(ROUND_HALF_UP)) for unit, qty, _, _ in document]
    assert minor(summary["subTotal"], currency) == sum(line_amounts)  # each line x its quantity, in minor units
    assert 0 <= minor(summary["discount"], currency) <= sum(line_amounts)
    total = minor(invoice["total"], currency)
    assert total == minor(summary["subTotal"], currency) - minor(summary["discount"], currency) + \
        minor(summary["tax"], currency) >= 0
    if all(inclusive or not rate for _, _, rate, inclusive in document):
        assert minor(summary["tax"], currency) == 0  # taxes inside the price add nothing

    due = minor(invoice["amountDue"], currency)
    assert due == total
    for share in shares:
        amount = max(1, due * share // 60)  # some below what is due, some above it
        answer = pay(ghl, invoice["_id"], float(Decimal(amount) * scale))
        if due == 0 or amount > due:
            assert answer.status_code == 400
            assert minor(read(ghl, invoice["_id"])["amountDue"], currency) == due  # refused: nothing changed
            continue
        assert answer.status_code == 200, answer.text
        due -= amount
        assert minor(answer.json()["invoice"]["amountDue"], currency) == due >= 0

    stored = ghl.world.store.get(ghl.location_id, INVOICES, invoice["_id"])
    assert stored["amountPaid"] == sum(p["amount"] for p in stored["payments"]) == total - due
    figures = [stored["amountPaid"]] + [i["amount"] for i in stored["invoiceItems"]] + \
        [p["amount"] for p in stored["payments"]] + ([stored["discount"]["value"]] if kind == "fixed" else [])
    assert all(type(v) is int for v in figures), stored  # no float ever reaches a stored amount
