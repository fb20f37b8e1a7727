"""Money as the mock keeps it: integer minor units of a currency, never a float.

GHL's API carries amounts as JSON numbers in major units (``"amount": 99.99`` USD). The mock turns each into
an integer count of the currency's minor unit on the way in (``9999``), computes and stores only integers,
and turns them back into a number on the way out. Other areas that price things (invoices, orders, shipping)
read the same table of minor units (``decimals``), so a cent is a cent everywhere.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

# The one table of minor units (every area that converts money reads ``decimals``): ISO 4217's "minor unit"
# column for the currencies whose minor unit is not the hundredth; every other code has two decimals.
# DECISION: ISO 4217 decides, not a payment processor's list. MGA has 2 decimals (ISO 4217; Stripe treats it
# as zero-decimal, which the products and invoices areas disagreed on), UYI 0, CLF and UYW 4. GHL accepts any
# currency string and documents no table; a code not listed here (or unknown to ISO) is treated as 2-decimal.
_DECIMALS = {
    **dict.fromkeys(("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
                     "VUV", "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
}

# DECISION: a currency is any three-letter upper-case code (GHL's files type it as a free string and show
# "USD"); what is not such a code is refused while validating the body.
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
CURRENCY_MESSAGE = "{field} must be a valid ISO 4217 currency code"


def _currency(value: str) -> str:
    if not CURRENCY_PATTERN.match(value):
        raise PydanticCustomError("ghl", CURRENCY_MESSAGE)
    return value


Currency = Annotated[str, AfterValidator(_currency)]


def decimals(currency: str) -> int:
    """How many decimals the currency's minor unit has (USD 2, JPY 0, KWD 3, CLF 4)."""
    return _DECIMALS.get(currency.upper(), 2)


def to_minor(amount: float | int | Decimal | str, currency: str) -> int:
    """``amount`` in major units as an integer of minor units: ``to_minor(99.99, "USD") == 9999``.

    A float is read through its shortest decimal form (``str(0.1)`` is ``"0.1"``), so no binary noise
    reaches the result. DECISION: an amount finer than the currency's minor unit (``10.005`` USD) is
    rounded half up to it, as a payment processor would charge it; GHL's files say nothing about it.
    """
    exact = Decimal(str(amount)) if isinstance(amount, float) else Decimal(amount)
    return int((exact.scaleb(decimals(currency))).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_major(minor: int, currency: str) -> Decimal:
    """Minor units back to an exact amount in major units: ``to_major(9999, "USD") == Decimal("99.99")``."""
    return Decimal(minor).scaleb(-decimals(currency))


def as_number(minor: int, currency: str) -> int | float:
    """The amount as GHL answers it, a JSON number: ``9999`` USD -> ``99.99``, ``5000`` USD -> ``50``.

    The float made here only serializes the exact decimal (``float(Decimal("99.99"))`` prints as 99.99); it is
    never stored or computed with.
    """
    major = to_major(minor, currency)
    return int(major) if major == major.to_integral_value() else float(major)
