"""An agency's rebilling of GHL's metered products to its sub-accounts (phone, e-mail, AI ...): per location and
product, whether the product is on (``optIn``), whether its usage is rebilled (``enabled``) and the ``markup``
in percent.

DECISION: this is not the Marketplace area's rebilling config (``marketplaceRebillingConfigs``): that one is a
Marketplace app's plans and meters at a location, read by the app; this one is the agency's markup on GHL's own
products, which GHL's API writes and never reads back (the control plane shows it:
``GET /_mock/locations/{locationId}/saas/rebilling``). DECISION: any of the agency's locations may have it set,
SaaS or not: a developer sets rates before the sub-account's plan is attached (GoHighLevel/highlevel-api-docs#295).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.saas.tables import REBILLING
from mock_server.platform.models import sent_fields
from mock_server.platform.tenant_context import Tenant


def update(tenant: Tenant, product: str, location_ids: list[str], config: Any) -> dict[str, Any]:
    """Set the product's rebilling for each location. DECISION: only the config fields sent change; the others
    keep what was set before."""
    changes = sent_fields(config)
    for location_id in dict.fromkeys(location_ids):
        record = _record_of(tenant, location_id) or {"id": tenant.new_id(), "locationId": location_id, "products": {}}
        record["products"][product] = {**record["products"].get(product, {}), **changes}
        tenant.agency.store.put(REBILLING, record)
    return {"success": True}


def attach(tenant: Tenant, location_id: str, products: dict[str, dict[str, Any]]) -> None:
    """Set the rebilling a location was kept waiting for (``subscriptions.allow_attach_rebilling``), product by
    product, over what it had."""
    if not products:
        return
    record = _record_of(tenant, location_id) or {"id": tenant.new_id(), "locationId": location_id, "products": {}}
    for product, config in products.items():
        record["products"][product] = {**record["products"].get(product, {}), **config}
    tenant.agency.store.put(REBILLING, record)


def of_location(tenant: Tenant) -> dict[str, Any]:
    """The control plane's view: the location's rebilling, by product."""
    record = _record_of(tenant, tenant.location_id or "")
    return {"locationId": tenant.location_id, "products": record["products"] if record else {}}


def forget_locations(tenant: Tenant, location_ids: list[str]) -> None:
    """Cascade of a deleted location: its rebilling goes with it."""
    for location_id in location_ids:
        for record_id in tenant.agency.store.ids_where(REBILLING, "locationId", location_id):
            tenant.agency.store.delete(REBILLING, record_id)


def _record_of(tenant: Tenant, location_id: str) -> dict[str, Any] | None:
    return tenant.agency.store.find_first(REBILLING, "locationId", location_id)
