"""Types the calendars models share."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from mock_server.platform.clock import EARLIEST, LATEST

# Integers beyond this lose precision as JSON numbers (and orjson refuses ints past 64 bits).
EXACT_INT_LIMIT = 2 ** 53


def _tidy(value: float) -> float:
    # GHL's "number" fields hold ints in practice: 30 is stored (and answered) as 30, not 30.0.
    return int(value) if value.is_integer() and abs(value) < EXACT_INT_LIMIT else value


Number = Annotated[float, AfterValidator(_tidy)]
NonNegative = Annotated[Number, Field(ge=0)]

# Event times and free-slot bounds lie where every instant of the mock does (the DECISION in platform/clock.py).
EARLIEST_MS = int(EARLIEST.timestamp() * 1000)
LATEST_MS = int(LATEST.timestamp() * 1000)
OUT_OF_RANGE = "{field} must be a date between 1900 and 2999"


def number_choice(*choices: float) -> Any:
    """GHL's ``number`` enum (``[0, 0.5, 1]``): ``true`` equals 1 in Python, but is not a number here."""
    message = "{field} must be one of the following values: " + ", ".join(map(str, choices))

    def refuse_booleans(value: Any) -> Any:
        if isinstance(value, bool):
            raise PydanticCustomError("ghl", message)
        return value

    return Annotated[Literal[choices], BeforeValidator(refuse_booleans)]
