"""Businesses of a location, and what deleting one does to the contacts linked to it.

Every business written (through this API or the Objects API's ``business`` records) sends GHL's
RecordCreate/RecordUpdate/RecordDelete (../shared/design/webhooks.md: "custom-object records and businesses"),
declared once in the objects area and built by its record payload, from here where the change is made.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.businesses.tables import BUSINESSES
from mock_server.apis.common import iso_z, page
from mock_server.apis.objects import business_view, events
from mock_server.platform.tenant_context import Tenant

# DECISION: the official file leaves createdBy/updatedBy empty objects; we say who wrote it.
WRITTEN_BY_API = {"source": "INTEGRATION", "channel": "API"}


def create_business(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    now = iso_z(tenant.now())
    business = {
        **{k: v for k, v in fields.items() if v is not None and k != "locationId"},
        "id": tenant.new_id(), "locationId": tenant.location_id,
        "createdBy": {**WRITTEN_BY_API, "timestamp": now}, "updatedBy": {**WRITTEN_BY_API, "timestamp": now},
        "createdAt": now, "updatedAt": now,
    }
    business = tenant.store.put(BUSINESSES, business)
    _announce(tenant, events.RECORD_CREATE, business)
    return business


def get_business(tenant: Tenant, business_id: str) -> dict[str, Any]:
    return tenant.require(BUSINESSES, business_id)


def list_businesses(tenant: Tenant, *, skip: str, limit: str) -> list[dict[str, Any]]:
    return [dict(b) for b in page(tenant.store.scan(BUSINESSES), skip, limit, 100)]


def update_business(tenant: Tenant, business_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    business = get_business(tenant, business_id)
    for key, value in changes.items():
        if value is None and key == "name":
            continue  # a business always has a name
        if value is None:
            business.pop(key, None)
        else:
            business[key] = value
    now = iso_z(tenant.now())
    business["updatedAt"] = now
    business["updatedBy"] = {**WRITTEN_BY_API, "timestamp": now}
    business = tenant.store.put(BUSINESSES, business)
    _announce(tenant, events.RECORD_UPDATE, business)
    return business


def delete_business(tenant: Tenant, business_id: str) -> None:
    """Delete the business (the cascades unlink its contacts and remove its relations)."""
    business = get_business(tenant, business_id)
    tenant.delete(BUSINESSES, business_id)
    _announce(tenant, events.RECORD_DELETE, business)


def _announce(tenant: Tenant, event, business: dict[str, Any]) -> None:
    """Send the objects area's Record* ``event`` for ``business``, as a ``business`` record."""
    events.announce_record(tenant, event, business_view.as_record(tenant, business))
