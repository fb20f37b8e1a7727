"""Service locations (v3): the places a location's services are given at, one of them chosen per booking.

A location ``offline`` has a street address; an ``ask_booker`` one lets each booking say where it meets
(its ``meetingLocation``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import tables
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known; they follow the calendars' "<Thing> not found".
SERVICE_LOCATION_NOT_FOUND = "Service location not found"
DELETED = "Service location deleted successfully"
SLUG_TAKEN = "Slug already exists"
IN_USE = "Service location has bookings"
# DECISION: a new service location is an offline one (a place with an address) unless it says otherwise,
# active and public (the answer's defaults: isActive true, isPrivate false).
DEFAULT_TYPE = "offline"
ASK_BOOKER = "ask_booker"


def list_locations(tenant: Tenant) -> list[dict]:
    """The location's service locations, oldest first (the first is the default of a booking naming none)."""
    return tenant.store.scan(tables.SERVICE_LOCATIONS)


def get_location(tenant: Tenant, place_id: str) -> dict:
    return tenant.require(tables.SERVICE_LOCATIONS, place_id)


def default_location(tenant: Tenant) -> dict:
    """DECISION: the default service location of a booking that names none is the oldest one; a location
    without any cannot take bookings (400, as for an unknown id)."""
    places = list_locations(tenant)
    if not places:
        raise BadRequest(SERVICE_LOCATION_NOT_FOUND)
    return places[0]


def create_location(tenant: Tenant, fields: dict[str, Any]) -> dict:
    _ensure_free_slug(tenant, fields["slug"], None)
    stamp = iso_z(tenant.now())
    place = {"id": tenant.new_id(), "locationId": tenant.location_id, "isActive": True, "isPrivate": False,
             "locationType": DEFAULT_TYPE, "dateAdded": stamp, "dateUpdated": stamp}
    place.update({key: value for key, value in fields.items() if value is not None and key != "locationId"})
    return tenant.store.put(tables.SERVICE_LOCATIONS, place)


def update_location(tenant: Tenant, place_id: str, changes: dict[str, Any]) -> dict:
    place = get_location(tenant, place_id)
    if changes.get("slug") is not None:
        _ensure_free_slug(tenant, changes["slug"], place_id)
    place.update({key: value for key, value in changes.items() if value is not None})
    place["dateUpdated"] = iso_z(tenant.now())
    return tenant.store.put(tables.SERVICE_LOCATIONS, place)


def delete_location(tenant: Tenant, place_id: str) -> None:
    """DECISION: a service location that bookings name is kept (GHL's UI asks to move them first)."""
    get_location(tenant, place_id)
    if tenant.store.ids_where(tables.SERVICE_BOOKINGS, "serviceLocationId", place_id):
        raise BadRequest(IN_USE)
    tenant.delete(tables.SERVICE_LOCATIONS, place_id)


def answer(place: dict) -> dict:
    return {key: value for key, value in place.items() if key not in ("dateAdded", "dateUpdated")}


def _ensure_free_slug(tenant: Tenant, slug: str, own_id: str | None) -> None:
    """DECISION: slugs are unique among the location's service locations (they name its booking pages)."""
    if tenant.store.ids_where(tables.SERVICE_LOCATIONS, "slug", slug) - {own_id}:
        raise BadRequest(SLUG_TAKEN)
