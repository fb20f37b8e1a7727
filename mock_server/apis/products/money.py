"""Money as the mock keeps it: integer minor units of a currency, never a float.

GHL's API carries amounts as JSON numbers in major units (``"amount": 99.99`` USD). The mock turns each into
an integer count of the currency's minor unit on the way in (``9999``), computes and stores only integers,
and turns them back into a number on the way out. Other areas that price things (invoices, orders, shipping)
use the same three functions, so a cent is a cent everywhere.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

# ISO 4217 currencies whose minor unit is not the cent; every other currency has two decimals.
ZERO_DECIMAL = frozenset({"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX",
                          "VND", "VUV", "XAF", "XOF", "XPF"})
THREE_DECIMAL = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})

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
    """How many decimals the currency's minor unit has (USD 2, JPY 0, KWD 3)."""
    if currency in ZERO_DECIMAL:
        return 0
    return 3 if currency in THREE_DECIMAL else 2


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
