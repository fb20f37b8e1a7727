"""The rate calculation's money, exactly: price bounds compare in minor units and a carrier's fee rounds half up
to the minor unit (``shipping._applies``, ``shipping._quote``), whatever the amounts."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.apis.products import money
from mock_server.apis.store import shipping

CENTS = st.integers(0, 10**9)


@settings(max_examples=100, deadline=None)
@given(low=CENTS, high=CENTS, total=CENTS)
def test_a_price_bound_holds_exactly_at_the_cent(low, high, total):
    rate = {"conditionType": "price", "currency": "USD", "minConditionMinor": low, "maxConditionMinor": high}
    applies = shipping._applies(rate, float(money.to_major(total, "USD")), 0, True)
    assert applies == (low <= total and (high == 0 or total <= high))


@settings(max_examples=100, deadline=None)
@given(amount=CENTS, fee=st.decimals(0, 100, places=2))
def test_a_carrier_fee_is_added_and_rounded_half_up(amount, fee):
    rate = {"_id": "r", "name": "Carrier", "currency": "USD", "amountMinor": amount, "isCarrierRate": True,
            "percentageOfRateFee": float(fee), "shippingCarrierId": "c", "shippingZoneId": "z"}
    quoted = money.to_minor(shipping._quote(rate)["amount"], "USD")
    expected = amount + int((Decimal(amount) * fee / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert quoted == expected
