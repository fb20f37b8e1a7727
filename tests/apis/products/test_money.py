"""Money in minor units: exact both ways, whatever the currency; no float is ever stored."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.apis.products import money
from mock_server.apis.products.tables import PRICES

CURRENCIES = st.sampled_from(["USD", "EUR", "JPY", "KWD", "CLP", "BHD"])


@settings(max_examples=300, deadline=None)
@given(minor=st.integers(0, 10**12), currency=CURRENCIES)
def test_an_amount_survives_the_trip_through_json(minor, currency):
    """What the mock answers (a JSON number) reads back as the same minor units."""
    assert money.to_minor(money.as_number(minor, currency), currency) == minor


@settings(max_examples=300, deadline=None)
@given(amount=st.decimals(0, 10**9, places=4), currency=CURRENCIES)
def test_to_minor_rounds_half_up_to_the_minor_unit(amount, currency):
    minor = money.to_minor(amount, currency)
    assert isinstance(minor, int)
    assert abs(money.to_major(minor, currency) - amount) <= Decimal(10) ** -money.decimals(currency) / 2


def test_floats_read_through_their_shortest_form():
    assert money.to_minor(0.1 + 0.2, "USD") == 30  # 0.30000000000000004
    assert money.to_minor(19.99, "USD") == 1999
    assert money.to_minor(1.005, "USD") == 101  # "1.005", not 1.00499999...


def test_no_float_is_stored_in_a_price(ghl):
    product = ghl.product()
    ghl.price(product, amount=19.99, compareAtPrice=25.5, setupFee=0.1)
    stored = ghl.world.tenant(ghl.location_id).store.scan(PRICES)[0]
    assert (stored["amountMinor"], stored["compareAtPriceMinor"], stored["setupFeeMinor"]) == (1999, 2550, 10)
    assert not any(isinstance(v, float) for k, v in stored.items() if k != "shippingOptions")


def test_one_table_of_minor_units_iso_4217(ghl):
    """A catalog price and an invoice line priced by it agree on every currency's minor unit (ISO 4217: MGA has
    2 decimals, UYI 0, CLF 4), because both areas read the one table."""
    from mock_server.apis.invoices.factories import invoice_body

    for currency, amount, shown in (("MGA", 10.55, 10.55), ("UYI", 10.4, 10), ("CLF", 1.23456, 1.2346)):
        price = ghl.price(amount=amount, currency=currency)
        assert price["amount"] == shown, currency
        body = invoice_body(ghl.fake, ghl.location_id, ghl.contact(), "2026-01-01", currency=currency, items=[
            {"name": "Line", "currency": currency, "amount": 1, "qty": 1, "priceId": price["_id"]}])
        invoice = ghl.client().post("/invoices/", json=body)
        assert invoice.status_code == 200, invoice.text
        assert (invoice.json()["invoiceItems"][0]["amount"], invoice.json()["total"]) == (shown, shown), currency
