"""GHL's ``<value>`` + ``<value>Unit`` field pairs, read into plain numbers.

Everything downstream works in integer epoch seconds, so fixed units become seconds here once.
Calendar months cannot be seconds; they stay as a month count (see ``Span``).
"""

from __future__ import annotations

import calendar as _calendar
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .decisions import CALENDAR_MONTH_UNIT, FIXED_UNIT_MINUTES


def number(value: Any) -> float | None:
    """A finite number from a JSON value (numbers or numeric strings), else None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        result = float(value)
    except (TypeError, ValueError):
        return None
    return result if math.isfinite(result) else None


def unit_of(calendar: Mapping[str, Any], field: str, default: str, *, months: bool = False) -> str:
    """The unit named by ``<field>Unit``; missing or unknown units give ``default`` (§8)."""
    unit = calendar.get(field + "Unit")
    if unit in FIXED_UNIT_MINUTES or (months and unit == CALENDAR_MONTH_UNIT):
        return unit
    return default


def to_seconds(amount: float, unit: str) -> int:
    """A fixed-unit amount in whole seconds (a day is always 24 h: elapsed time)."""
    return int(round(amount * FIXED_UNIT_MINUTES[unit] * 60))


def seconds_field(calendar: Mapping[str, Any], field: str, default_unit: str) -> int:
    """A non-negative duration field (buffers); missing, null or negative values are 0."""
    amount = number(calendar.get(field))
    if amount is None or amount <= 0:
        return 0
    return to_seconds(amount, unit_of(calendar, field, default_unit))


@dataclass(frozen=True)
class Span:
    """An amount of time in a unit that may be calendar months (notice, booking window)."""

    amount: float
    unit: str

    @classmethod
    def from_field(cls, calendar: Mapping[str, Any], field: str, default_unit: str) -> Span | None:
        amount = number(calendar.get(field))
        if amount is None or amount <= 0:
            return None
        return cls(amount, unit_of(calendar, field, default_unit, months=True))

    @property
    def is_months(self) -> bool:
        return self.unit == CALENDAR_MONTH_UNIT

    @property
    def whole_days(self) -> int | None:
        """The span as a whole number of calendar days, for day and week units; else None."""
        if self.unit in ("days", "weeks"):
            return int(self.amount * FIXED_UNIT_MINUTES[self.unit] // 1440)
        return None


def add_months(day: date, months: int) -> date:
    """Calendar-month addition, clamping the day (Jan 31 + 1 month = Feb 28/29)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, _calendar.monthrange(year, month)[1]))


def add_months_wall(moment: datetime, months: int) -> datetime:
    """``moment`` plus calendar months on its own wall clock (same tzinfo, fold reset to 0)."""
    shifted = add_months(moment.date(), months)
    return moment.replace(year=shifted.year, month=shifted.month, day=shifted.day, fold=0)
