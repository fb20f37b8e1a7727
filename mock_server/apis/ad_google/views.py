"""How the area answers: the envelope, and the v3 file's spelling of the fields v2 spells in snake case.

DECISION: the official files declare no answer for these operations (every 2xx has an empty description). The
mock answers ``{"success": true, "data": ...}`` (a record, or a list with ``total`` beside it), the envelope of
GHL's newer services; a caller sending ``Version: v3`` gets the geo fields in camel case, as v3's file spells
them in requests (``geoLocations``, ``countryName`` ...), v2's caller the snake case of v2's file.
"""

from __future__ import annotations

from typing import Any

_V3_NAMES = {"geo_locations": "geoLocations", "country_name": "countryName", "place_id": "placeId",
             "formatted_address": "formattedAddress", "address_components": "addressComponents",
             "location_type": "locationType", "long_name": "longName", "short_name": "shortName"}


def answer(data: Any, *, v3: bool) -> dict[str, Any]:
    body = {"success": True, "data": _camel(data) if v3 else data}
    if isinstance(data, list):
        body["total"] = len(data)
    return body


def _camel(value: Any) -> Any:
    if isinstance(value, dict):
        return {_V3_NAMES.get(key, key): _camel(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_camel(item) for item in value]
    return value
