"""The Trigger Links area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.links import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "links",
    serves="Trigger links",
    apis=(routes.api,),
    tables=(Table(tables.LINKS, not_found=BadRequest(tables.LINK_NOT_FOUND)),),
    factories="mock_server.apis.links.factories:LinkFactories",
    demo="mock_server.apis.links.demo:load",
    upstream_allowlist="mock_server.apis.links.upstream",
)
