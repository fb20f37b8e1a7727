"""Types the calendars models share."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field


def _tidy(value: float) -> float:
    # GHL's "number" fields hold ints in practice: 30 is stored (and answered) as 30, not 30.0.
    return int(value) if value.is_integer() else value


Number = Annotated[float, AfterValidator(_tidy)]
NonNegative = Annotated[Number, Field(ge=0)]
