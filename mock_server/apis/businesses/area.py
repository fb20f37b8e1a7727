"""The Businesses area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.businesses import routes
from mock_server.apis.businesses.tables import BUSINESS_NOT_FOUND, BUSINESSES
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "businesses",
    serves="Businesses",
    apis=(routes.api,),
    tables=(Table(BUSINESSES, not_found=BadRequest(BUSINESS_NOT_FOUND)),),
    factories="mock_server.apis.businesses.factories:BusinessFactories",
    demo="mock_server.apis.businesses.demo:load",
)
