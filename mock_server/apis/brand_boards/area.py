"""The Brand Boards area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.brand_boards import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import NotFound

area = Area(
    "brand_boards",
    serves="Brand boards",
    apis=(routes.api,),
    tables=(Table(tables.BRAND_BOARDS, not_found=NotFound(tables.BRAND_BOARD_NOT_FOUND)),),
    factories="mock_server.apis.brand_boards.factories:BrandBoardFactories",
    demo="mock_server.apis.brand_boards.demo:load",
    upstream_allowlist="mock_server.apis.brand_boards.upstream",
)
