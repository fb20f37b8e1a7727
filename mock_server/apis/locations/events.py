"""The Locations area's webhooks: LocationCreate and LocationUpdate, agency-level events (their bodies name the
``companyId``).

DECISION: LocationCreate is sent for every location made, through the API or by the control plane's tenant
creation (an app installed on the agency hears of it); LocationUpdate for every accepted
``PUT /locations/{locationId}``, even one that changes nothing (GHL's doc: "whenever a location is updated").
"""

from __future__ import annotations

from typing import Any

from mock_server.webhooks import EventType

LOCATION_CREATE = EventType("LocationCreate", caused_by=("create-location",), always=("id", "name"))

LOCATION_UPDATE = EventType("LocationUpdate", caused_by=("put-location",), always=("id", "name"))

EVENTS = (LOCATION_CREATE, LOCATION_UPDATE)


def payload(location: dict[str, Any]) -> dict[str, Any]:
    """The fields the LocationCreate / LocationUpdate docs show (``stripeProductId``: the mock has no Stripe
    product)."""
    return {name: location[name] for name in ("id", "name", "email") if location.get(name) is not None}
