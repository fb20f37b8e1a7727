"""The money rules of invoices and estimates, in one place.

Every stored amount is an ``int`` of the currency's minor unit (cents for USD, yen for JPY, fils for KWD):
clients send and read major-unit decimals (``"amount": 12.5``), which are converted exactly here, once, on
the way in (``to_minor``) and on the way out (``to_major``). Nothing else in the area does arithmetic on money.

A document's totals (``compute``):

1. each line = unit amount x quantity, rounded half-up to the minor unit (DECISION: a unit amount with more
   decimals than the currency has, 10.005 USD, is itself rounded half-up to the minor unit when stored: 10.01);
2. ``subTotal`` = the sum of the lines;
3. the discount: ``percentage`` of the eligible lines (all lines, or those whose ``productId`` is in
   ``validOnProductIds``), or ``fixed`` (capped at the eligible amount), rounded half-up; it is spread over the
   eligible lines in proportion to their amounts (largest remainder, so the shares add up to it exactly);
4. each line's taxes on its discounted amount: an exclusive tax adds ``rate`` percent; a ``taxInclusive`` line
   already contains its taxes, whose part is shown but not added;
5. ``total`` = subTotal - discount + the exclusive taxes; ``amountDue`` = total - amountPaid (never negative:
   a payment above it is refused by the caller).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# The currencies' minor units have one table, the products area's.
from mock_server.apis.products.money import decimals


def decimal_of(value: float | int | str | Decimal) -> Decimal:
    """The decimal a client wrote: a JSON number arrives as a float, whose shortest repr is what was typed."""
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(repr(value) if isinstance(value, float) else str(value))
    except InvalidOperation as error:  # pragma: no cover - callers validate numbers first
        raise ValueError(f"not a number: {value!r}") from error


def round_minor(value: Decimal) -> int:
    """A decimal number of minor units, rounded half-up (away from zero on ties) to a whole one."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_minor(value: float | int | str | Decimal, currency: str) -> int:
    """A major-unit amount (12.345 USD) in minor units, rounded half-up to the currency's minor unit (1235)."""
    return round_minor(decimal_of(value).scaleb(decimals(currency)))


def to_major(minor: int, currency: str) -> int | float:
    """What a client reads: minor units as a major-unit JSON number (1235 -> 12.35; whole amounts stay ints)."""
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise TypeError(f"a stored amount must be an int of minor units, not {minor!r}")
    places = decimals(currency)
    if minor % (10 ** places) == 0:
        return minor // (10 ** places)
    return float(Decimal(minor).scaleb(-places))


@dataclass(frozen=True)
class Tax:
    name: str
    rate: Decimal  # percent: 8.25 means 8.25 %


@dataclass(frozen=True)
class Line:
    """A line item as the rules see it: unit amount in minor units, exact quantity, its taxes."""

    unit: int
    qty: Decimal
    taxes: tuple[Tax, ...] = ()
    product_id: str | None = None
    tax_inclusive: bool = False

    @property
    def amount(self) -> int:
        return round_minor(self.qty * self.unit)


@dataclass(frozen=True)
class Discount:
    kind: str  # "percentage" | "fixed"
    value: Decimal  # a percentage, or minor units for "fixed"
    product_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class LineTotals:
    amount: int
    discount: int
    tax: int  # exclusive taxes added to the total
    included_tax: int  # the tax part of a tax-inclusive line (already in ``amount``)


@dataclass(frozen=True)
class Totals:
    """A document's totals, all in minor units."""

    lines: tuple[LineTotals, ...]
    sub_total: int
    discount: int
    tax: int
    total: int


def compute(lines: Sequence[Line], discount: Discount | None) -> Totals:
    """The totals of a document (module docstring): every figure a sum of whole minor units."""
    amounts = [line.amount for line in lines]
    eligible = [i for i, line in enumerate(lines)
                if discount is not None and (not discount.product_ids or line.product_id in discount.product_ids)]
    base = sum(amounts[i] for i in eligible)
    off = _discount_amount(discount, base)
    shares = dict(zip(eligible, _spread(off, [amounts[i] for i in eligible]), strict=True))
    totals = []
    for i, line in enumerate(lines):
        taxed = amounts[i] - shares.get(i, 0)
        rate = sum((t.rate for t in line.taxes), Decimal(0)) / 100
        if line.tax_inclusive:
            included = taxed - round_minor(taxed / (1 + rate)) if rate else 0
            totals.append(LineTotals(amounts[i], shares.get(i, 0), 0, included))
        else:
            tax = sum(round_minor(taxed * t.rate / 100) for t in line.taxes)
            totals.append(LineTotals(amounts[i], shares.get(i, 0), tax, 0))
    sub_total = sum(amounts)
    tax = sum(t.tax for t in totals)
    return Totals(tuple(totals), sub_total, off, tax, sub_total - off + tax)


def _discount_amount(discount: Discount | None, base: int) -> int:
    if discount is None or base <= 0:
        return 0
    if discount.kind == "percentage":
        return min(base, round_minor(base * min(discount.value, Decimal(100)) / 100))
    # DECISION: a fixed discount larger than what it applies to is capped there (a total never goes negative).
    return min(base, int(discount.value))


def _spread(amount: int, weights: Sequence[int]) -> list[int]:
    """``amount`` split in proportion to ``weights`` by largest remainder: whole units adding up to ``amount``."""
    whole = sum(weights)
    if not weights or whole == 0:
        return [0] * len(weights)
    floors = [amount * w // whole for w in weights]
    left = amount - sum(floors)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(amount * weights[i] % whole), i))
    for i in by_remainder[:left]:
        floors[i] += 1
    return floors
