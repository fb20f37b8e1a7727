"""Calendar resources: rooms and equipment a location books alongside its calendars.

The mock keeps them (and which calendars use them); it does not yet count them against bookings.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import lookups, tables
from mock_server.platform.errors import BadRequest
from mock_server.platform.world import World

# The path's {resourceType}: an enum, checked by the pipeline (Operation.path_enums).
RESOURCE_TYPES = ("equipments", "rooms")
# DECISION: GHL's texts are not known.
RESOURCE_NOT_FOUND = "Resource not found"
TOO_MANY_OUT_OF_SERVICE = "outOfService must not be greater than quantity"


def list_resources(world: World, location_id: str, resource_type: str, *, skip: int, limit: int) -> list[dict]:
    found = [dict(r) for r in world.store.scan(location_id, tables.RESOURCES) if r["resourceType"] == resource_type]
    return found[skip:skip + limit]


def create_resource(world: World, location_id: str, resource_type: str, fields: dict[str, Any]) -> dict:
    record = {**fields, "id": lookups.new_id(world, location_id), "locationId": location_id,
              "resourceType": resource_type, "isActive": True}
    _check(world, location_id, record)
    return world.store.put(location_id, tables.RESOURCES, record)


def get_resource(world: World, location_id: str, resource_type: str, resource_id: str) -> dict:
    record = world.store.get(location_id, tables.RESOURCES, resource_id)
    if record is None or record["resourceType"] != resource_type:
        raise BadRequest(RESOURCE_NOT_FOUND)
    return record


def update_resource(world: World, location_id: str, resource_type: str, resource_id: str,
                    changes: dict[str, Any]) -> dict:
    record = get_resource(world, location_id, resource_type, resource_id)
    changes.pop("locationId", None)  # a resource stays in its location
    record.update({k: v for k, v in changes.items() if v is not None})
    _check(world, location_id, record)
    return world.store.put(location_id, tables.RESOURCES, record)


def delete_resource(world: World, location_id: str, resource_type: str, resource_id: str) -> None:
    get_resource(world, location_id, resource_type, resource_id)
    world.store.delete(location_id, tables.RESOURCES, resource_id)


def _check(world: World, location_id: str, record: dict) -> None:
    for calendar_id in record.get("calendarIds") or ():
        lookups.calendar(world, location_id, calendar_id)
    if (record.get("outOfService") or 0) > (record.get("quantity") or 0):
        raise BadRequest(TOO_MANY_OUT_OF_SERVICE)
