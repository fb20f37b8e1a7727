"""The Custom Menu Links area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.custom_menus import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import NotFound

# REVIEW: the tables are named from the operations' paths (customMenus). Seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "custom_menus",
    apis=(routes.api,),
    tables=(Table(tables.CUSTOM_MENUS, not_found=NotFound(tables.CUSTOM_MENU_NOT_FOUND)),),
)
