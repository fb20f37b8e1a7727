"""The Custom Menu Links area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.custom_menus import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import NotFound

area = Area(
    "custom_menus",
    serves="Custom menu links (agency)",
    apis=(routes.api,),
    tables=(Table(tables.CUSTOM_MENUS, scope="agency", not_found=NotFound(tables.CUSTOM_MENU_NOT_FOUND)),),
    factories="mock_server.apis.custom_menus.factories:CustomMenuFactories",
    demo="mock_server.apis.custom_menus.demo:load",
    upstream_allowlist="mock_server.apis.custom_menus.upstream",
)
