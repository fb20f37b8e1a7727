"""Calendar resources: rooms and equipment a location books alongside its calendars.

The mock keeps them (and which calendars use them); it does not yet count them against bookings.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import lookups, tables
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# The path's {resourceType}: an enum, checked by the pipeline (Operation.path_enums).
RESOURCE_TYPES = ("equipments", "rooms")
# DECISION: GHL's texts are not known.
RESOURCE_NOT_FOUND = "Resource not found"
TOO_MANY_OUT_OF_SERVICE = "outOfService must not be greater than quantity"


def list_resources(tenant: Tenant, resource_type: str, *, skip: int, limit: int) -> list[dict]:
    found = [dict(r) for r in tenant.store.scan(tables.RESOURCES) if r["resourceType"] == resource_type]
    return found[skip:skip + limit]


def create_resource(tenant: Tenant, resource_type: str, fields: dict[str, Any]) -> dict:
    record = {**fields, "id": tenant.new_id(), "locationId": tenant.location_id,
              "resourceType": resource_type, "isActive": True}
    _check(tenant, record)
    return tenant.store.put(tables.RESOURCES, record)


def get_resource(tenant: Tenant, resource_type: str, resource_id: str) -> dict:
    record = tenant.store.get(tables.RESOURCES, resource_id)
    if record is None or record["resourceType"] != resource_type:
        raise BadRequest(RESOURCE_NOT_FOUND)
    return record


def update_resource(tenant: Tenant, resource_type: str, resource_id: str,
                    changes: dict[str, Any]) -> dict:
    record = get_resource(tenant, resource_type, resource_id)
    changes.pop("locationId", None)  # a resource stays in its location
    record.update({k: v for k, v in changes.items() if v is not None})
    _check(tenant, record)
    return tenant.store.put(tables.RESOURCES, record)


def delete_resource(tenant: Tenant, resource_type: str, resource_id: str) -> None:
    get_resource(tenant, resource_type, resource_id)
    tenant.delete(tables.RESOURCES, resource_id)


def _check(tenant: Tenant, record: dict) -> None:
    for calendar_id in record.get("calendarIds") or ():
        lookups.calendar(tenant, calendar_id)
    if (record.get("outOfService") or 0) > (record.get("quantity") or 0):
        raise BadRequest(TOO_MANY_OUT_OF_SERVICE)
