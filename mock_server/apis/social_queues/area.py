"""The Category Queue area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.social_queues import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

# REVIEW: the tables are named from the operations' paths (queues, items). Seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "social_queues",
    serves="Category Queue",
    apis=(routes.api,),
    tables=(Table(tables.QUEUES, not_found=BadRequest(tables.QUEUE_NOT_FOUND)), Table(tables.ITEMS, not_found=BadRequest(tables.ITEM_NOT_FOUND)),),
)
