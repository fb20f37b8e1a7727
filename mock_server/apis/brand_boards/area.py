"""The Brand Boards area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.brand_boards import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import NotFound

# REVIEW: the tables are named from the operations' paths (brandBoards). Seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "brand_boards",
    apis=(routes.api,),
    tables=(Table(tables.BRAND_BOARDS, not_found=NotFound(tables.BRAND_BOARD_NOT_FOUND)),),
)
