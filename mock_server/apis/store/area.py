"""The Store area's registrations (see ``mock_server/platform/area.py``): shipping and store settings."""

from __future__ import annotations

from mock_server.apis.store import routes, tables
from mock_server.platform.area import Area, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "store",
    serves="Store: shipping zones, rates and carriers, the shipping rate calculation for an order, store settings",
    apis=(routes.api,),
    tables=(
        Table(tables.ZONES, not_found=BadRequest(tables.ZONE_NOT_FOUND)),
        Table(tables.RATES, indexes=("shippingZoneId", "shippingCarrierId"),
              not_found=BadRequest(tables.RATE_NOT_FOUND)),
        Table(tables.CARRIERS, not_found=BadRequest(tables.CARRIER_NOT_FOUND)),
        Table(tables.SETTINGS, not_found=BadRequest(tables.SETTINGS_NOT_FOUND)),
    ),
    cascades=(delete_children(tables.ZONES, tables.RATES, "shippingZoneId"),),
    factories="mock_server.apis.store.factories:StoreFactories",
    demo="mock_server.apis.store.demo:load",
    upstream_allowlist="mock_server.apis.store.upstream",
)
