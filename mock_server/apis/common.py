"""Field types several API areas share (time zones, countries, GHL timestamps, paging)."""

from __future__ import annotations

import importlib.resources
from functools import cache
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import AfterValidator, ValidatorFunctionWrapHandler, WrapValidator
from pydantic_core import PydanticCustomError

from mock_server.apis.formats import iso_z, page  # noqa: F401  (areas import them from here too)


@cache
def _known_zones() -> frozenset[str]:
    return frozenset(available_timezones()) | {"UTC"}


@cache
def available_zones() -> list[str]:
    """Every IANA time zone name the mock accepts, sorted."""
    return sorted(name for name in _known_zones() if is_timezone(name))


def is_timezone(name: str) -> bool:
    if name not in _known_zones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _timezone(value: str) -> str:
    if not is_timezone(value):
        raise PydanticCustomError("ghl", "{field} must be a valid IANA time zone")
    return value


Timezone = Annotated[str, AfterValidator(_timezone)]


@cache
def country_codes() -> frozenset[str]:
    """The country codes GHL's location DTOs accept.

    DECISION: ISO 3166-1 alpha-2 as tzdata ships it, adjusted to the official enum: GHL also takes
    AN (Netherlands Antilles) and XK (Kosovo) and does not list BL, BQ, CW or SS.
    """
    text = importlib.resources.files("tzdata").joinpath("zoneinfo/iso3166.tab").read_text()
    iso = {line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")}
    return frozenset((iso | {"AN", "XK"}) - {"BL", "BQ", "CW", "SS"})


def _country(value: str) -> str:
    if value not in country_codes():
        raise PydanticCustomError("ghl", "{field} must be a valid country code")
    return value


CountryCode = Annotated[str, AfterValidator(_country)]


def _as_sent(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    checked = handler(value)  # the float's own checks (type, bounds, no inf or NaN) still apply
    return value if type(value) is int else checked


# A number a client configures (late fees, schedule rules, sizes) and reads back: a JSON `number` that keeps
# the integer it was sent as, where a plain strict float would store 5 as 5.0 and answer it so.
SentNumber = Annotated[float, WrapValidator(_as_sent)]


# A request field whose name does not say which records it holds ids of (a blog post's ``author`` and
# ``categories``) says it in its schema, for the contract kit to fill it with a real id:
# ``Field(json_schema_extra={RECORD_MARK: "blogAuthorId"})``, naming the id as the kit's sides know it.
RECORD_MARK = "x-ghl-record"


def follow(current: list[str], followers: list[str]) -> tuple[list[str], list[str]]:
    """``(followers, added)``: ``followers`` appended to ``current`` in order, each user once."""
    added = [f for f in dict.fromkeys(followers) if f not in current]
    return [*current, *added], added


def unfollow(current: list[str], followers: list[str]) -> tuple[list[str], list[str]]:
    """``(followers, removed)``: ``current`` without ``followers``."""
    unwanted = set(followers)
    return [f for f in current if f not in unwanted], [f for f in current if f in unwanted]
