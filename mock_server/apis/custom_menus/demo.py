"""The Custom Menu Links area's part of the demo (``Area.demo``): the agency's custom menu links."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    """A help desk shown everywhere, and a reporting app shown in the main location only."""
    common = {"showOnCompany": True, "showOnLocation": True, "userRole": "all"}
    menus = ({**common, "title": "Help desk", "url": "https://help.example.com", "openMode": "new_tab",
              "icon": {"name": "life-ring", "fontFamily": "fas"}, "showToAllLocations": True, "locations": []},
             {**common, "title": "Reports", "url": "https://reports.example.com/embed", "openMode": "iframe",
              "icon": {"name": "chart-line", "fontFamily": "fas"}, "showToAllLocations": False,
              "locations": [demo.main], "showOnCompany": False})
    for menu in menus:
        demo.call("POST", "/custom-menus/", token=demo.agency_token, json=menu)
    demo.summary["customMenus"] = len(menus)
