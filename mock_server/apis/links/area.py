"""The Trigger Links area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.links import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

# REVIEW: the tables are named from the operations' paths (links). Seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "links",
    apis=(routes.api,),
    tables=(Table(tables.LINKS, not_found=BadRequest(tables.LINK_NOT_FOUND)),),
)
