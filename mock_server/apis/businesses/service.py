"""Businesses of a location, and what deleting one does to the contacts linked to it."""

from __future__ import annotations

from typing import Any

from mock_server.apis.associations import orphans
from mock_server.apis.common import iso_z, page
from mock_server.platform.errors import BadRequest
from mock_server.platform.world import World

BUSINESSES = "businesses"
# DECISION: GHL's text for an unknown business id is not known.
BUSINESS_NOT_FOUND = "Business not found"
# DECISION: the official file leaves createdBy/updatedBy empty objects; we say who wrote it.
WRITTEN_BY_API = {"source": "INTEGRATION", "channel": "API"}


def create_business(world: World, location_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    company_id = world.tenants.company_of_location(location_id)
    now = iso_z(world.now(company_id))
    business = {
        **{k: v for k, v in fields.items() if v is not None and k != "locationId"},
        "id": world.new_id(company_id), "locationId": location_id,
        "createdBy": {**WRITTEN_BY_API, "timestamp": now}, "updatedBy": {**WRITTEN_BY_API, "timestamp": now},
        "createdAt": now, "updatedAt": now,
    }
    return world.store.put(location_id, BUSINESSES, business)


def get_business(world: World, location_id: str, business_id: str) -> dict[str, Any]:
    business = world.store.get(location_id, BUSINESSES, business_id)
    if business is None:
        raise BadRequest(BUSINESS_NOT_FOUND)
    return business


def list_businesses(world: World, location_id: str, *, skip: str, limit: str) -> list[dict[str, Any]]:
    return [dict(b) for b in page(world.store.scan(location_id, BUSINESSES), skip, limit, 100)]


def update_business(world: World, location_id: str, business_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    business = get_business(world, location_id, business_id)
    for key, value in changes.items():
        if value is None and key == "name":
            continue  # a business always has a name
        if value is None:
            business.pop(key, None)
        else:
            business[key] = value
    now = iso_z(world.now(world.tenants.company_of_location(location_id)))
    business["updatedAt"] = now
    business["updatedBy"] = {**WRITTEN_BY_API, "timestamp": now}
    return world.store.put(location_id, BUSINESSES, business)


def delete_business(world: World, location_id: str, business_id: str) -> None:
    """Delete the business; DECISION: its contacts stay, no longer linked to it."""
    # Imported here: contacts link to businesses, so a module-level import would be circular.
    from mock_server.apis.contacts import business_links

    get_business(world, location_id, business_id)
    world.store.delete(location_id, BUSINESSES, business_id)
    business_links.unlink_business(world, location_id, business_id)
    orphans.forget_records(world, location_id, [business_id])
