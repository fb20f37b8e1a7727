"""The Brand Boards area's registrations (see ``mock_server/platform/area.py``).

Its brand voices (brand-boards-v3.json) live here too: the same API under the same path prefix and scopes,
a location's design kit and its voice side by side; they have their own table and domain module (voices.py).
"""

from __future__ import annotations

from mock_server.apis.brand_boards import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import NotFound

area = Area(
    "brand_boards",
    serves="Brand boards; brand voices (v3)",
    apis=(routes.api, routes.voices_api),
    tables=(Table(tables.BRAND_BOARDS, not_found=NotFound(tables.BRAND_BOARD_NOT_FOUND)),
            Table(tables.BRAND_VOICES, indexes=("isDefault",), not_found=NotFound(tables.BRAND_VOICE_NOT_FOUND))),
    factories="mock_server.apis.brand_boards.factories:BrandBoardFactories",
    demo="mock_server.apis.brand_boards.demo:load",
    upstream_allowlist="mock_server.apis.brand_boards.upstream",
)
