"""The Locations area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.locations import custom_fields, events, routes, service
from mock_server.apis.locations.models import LocationSettings
from mock_server.platform.area import Area, Seed, Table
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenants import LOCATIONS

area = Area(
    "locations",
    apis=(routes.api,),
    tables=(
        Table(LOCATIONS, scope="global", not_found=BadRequest(service.LOCATION_NOT_FOUND)),
        Table(service.CUSTOM_FIELDS, not_found=BadRequest(custom_fields.CUSTOM_FIELD_NOT_FOUND)),
    ),
    seeds=(Seed("PUT", "/locations/{locationId}/settings", service.seed_settings, body=LocationSettings, status=200,
                doc='`{"allowDuplicateContact": true}`, `{"allowDuplicateOpportunity": true}` and the other '
                    "location settings (both refused by default, as in GHL)"),),
    factories="mock_server.apis.locations.factories:LocationFactories",
    upstream_allowlist="mock_server.apis.locations.upstream",
    events=events.EVENTS,
)
