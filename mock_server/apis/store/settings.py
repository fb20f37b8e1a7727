"""A location's store settings: where its orders ship from, and its order e-mails. One record per location."""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.store.tables import SETTINGS, SETTINGS_NOT_FOUND
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant


def save(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """Create the location's settings, or replace them (GHL's API has one POST for both; the record keeps
    its id and createdAt)."""
    found = tenant.store.scan(SETTINGS)
    now = iso_z(tenant.now())
    record_id = found[0]["id"] if found else tenant.new_id()
    content = {k: v for k, v in fields.items() if k not in ("altId", "altType")}
    record = {"id": record_id, "_id": record_id, "altId": tenant.location_id, "altType": "location", **content,
              "createdAt": found[0]["createdAt"] if found else now, "updatedAt": now}
    tenant.store.put(SETTINGS, record)
    return {k: v for k, v in record.items() if k != "id"}


def get(tenant: Tenant) -> dict[str, Any]:
    """DECISION: a location that never saved its settings gets a 400 (GHL's answer is not known)."""
    found = tenant.store.scan(SETTINGS)
    if not found:
        raise BadRequest(SETTINGS_NOT_FOUND)
    return {k: v for k, v in found[0].items() if k != "id"}
