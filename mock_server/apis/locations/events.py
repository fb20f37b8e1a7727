"""The Locations area's webhook: LocationCreate, an agency-level event (its body names the ``companyId``).

DECISION: sent for every location made, through the API or by the control plane's tenant creation (an app
installed on the agency hears of it). LocationUpdate waits for the location update operation.
"""

from __future__ import annotations

from typing import Any

from mock_server.webhooks import EventType

LOCATION_CREATE = EventType("LocationCreate", caused_by=("create-location",), always=("id", "name"))

EVENTS = (LOCATION_CREATE,)


def payload(location: dict[str, Any]) -> dict[str, Any]:
    """The fields LocationCreate's doc shows (``stripeProductId``: the mock has no Stripe product)."""
    return {name: location[name] for name in ("id", "name", "email") if location.get(name) is not None}
