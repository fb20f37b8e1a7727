"""Where the Custom Menu Links area differs from custom-menus.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

UNSENT = "required by the file, but a public client omits it when its user gives none " \
    "(Jedidiah-Solomon/ghl-custom-menu-link, controllers/customMenuController.js)"
ALLOWLIST = (
    Allowed("custom-menus.json", "POST", "/custom-menus/", "required_body_differs", "icon", UNSENT),
    Allowed("custom-menus.json", "POST", "/custom-menus/", "required_body_differs", "locations", UNSENT),
)
