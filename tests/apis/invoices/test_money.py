"""The money rules (mock_server/apis/invoices/money.py): exact minor units, half-up rounding, parts that add up.

Vectors first (each figure worked out by hand), then properties over random documents: hypothesis with modest
example counts, so the suite stays fast.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.apis.invoices import money


def line(unit: int, qty: str = "1", *rates: str, product: str | None = None, inclusive: bool = False) -> money.Line:
    return money.Line(unit=unit, qty=Decimal(qty), taxes=tuple(money.Tax("t", Decimal(r)) for r in rates),
                      product_id=product, tax_inclusive=inclusive)


@pytest.mark.parametrize(("value", "currency", "minor"), [
    (12.5, "USD", 1250), (0.1, "USD", 10), (10.005, "USD", 1001), (0.285, "usd", 29),  # half-up, from the decimal
    (1999, "JPY", 1999), (19.5, "JPY", 20), (1.2345, "KWD", 1235), (3, "XYZ", 300),   # exponents 0, 3, unknown 2
])
def test_to_minor_rounds_half_up_from_what_was_typed(value, currency, minor):
    assert money.to_minor(value, currency) == minor


def test_to_major_reads_back_and_refuses_floats():
    assert (money.to_major(1250, "USD"), money.to_major(1200, "USD"), money.to_major(1235, "KWD")) == (12.5, 12, 1.235)
    with pytest.raises(TypeError):
        money.to_major(12.5, "USD")  # a float in a stored amount is a bug, never silently shown


def test_a_document_worked_by_hand():
    # 2 x 10.00 with 10 % tax, 3 x 3.33 untaxed; 5.00 off, spread 20.00:9.99 -> 333:167
    found = money.compute([line(1000, "2", "10"), line(333, "3")], money.Discount("fixed", Decimal(500)))
    assert (found.sub_total, found.discount) == (2999, 500)
    assert [(t.amount, t.discount, t.tax) for t in found.lines] == [(2000, 333, 167), (999, 167, 0)]
    assert found.total == 2999 - 500 + 167


def test_percentage_discount_only_on_the_products_it_names():
    found = money.compute([line(1000, product="p1"), line(1000, product="p2")],
                          money.Discount("percentage", Decimal("25"), ("p2",)))
    assert (found.discount, [t.discount for t in found.lines]) == (250, [0, 250])


def test_a_fixed_discount_never_takes_the_total_below_zero():
    found = money.compute([line(300, "1", "20")], money.Discount("fixed", Decimal(1000)))
    assert (found.discount, found.tax, found.total) == (300, 0, 0)


def test_a_tax_inclusive_line_adds_nothing():
    found = money.compute([line(1100, "1", "10", inclusive=True)], None)
    assert (found.total, found.lines[0].included_tax) == (1100, 100)


lines = st.lists(st.builds(
    line, st.integers(0, 10**7), st.decimals("0.01", "1000", places=2).map(str),
    st.sampled_from(["0", "5", "7.25", "20"]), product=st.sampled_from([None, "p1", "p2"])), min_size=1, max_size=6)
discounts = st.none() | st.builds(money.Discount, st.just("percentage"), st.decimals("0", "100", places=2)) | \
    st.builds(money.Discount, st.just("fixed"), st.integers(0, 10**8).map(Decimal))


@settings(max_examples=150, deadline=None)
@given(lines, discounts)
def test_totals_are_the_sum_of_their_parts_in_minor_units(document, discount):
    found = money.compute(document, discount)
    figures = [found.sub_total, found.discount, found.tax, found.total] + [
        v for t in found.lines for v in (t.amount, t.discount, t.tax, t.included_tax)]
    assert all(type(v) is int for v in figures)
    assert found.sub_total == sum(t.amount for t in found.lines)
    assert found.discount == sum(t.discount for t in found.lines)
    assert found.tax == sum(t.tax for t in found.lines)
    assert found.total == found.sub_total - found.discount + found.tax
    assert 0 <= found.discount <= found.sub_total
    assert all(0 <= t.discount <= t.amount for t in found.lines)
    assert found.total >= 0
