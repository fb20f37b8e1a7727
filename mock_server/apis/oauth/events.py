"""The app-lifecycle webhooks, sent to the app concerned: INSTALL and UNINSTALL.

An installation is made at consent (``POST /_mock/oauth/codes``, the consent screen's stand-in, which
mints the code the app exchanges) or by a control-plane install (``POST /_mock/oauth/installations``);
uninstalling goes through the control plane (``POST /_mock/oauth/uninstall``) or GHL's uninstall API
(``DELETE /marketplace/app/{appId}/installations``, the marketplace area), both ``service.uninstall``.
Live, INSTALL can reach the app before it has exchanged
its code (GHL issue #294): the mock sends it when the installation is made, too.
"""

from __future__ import annotations

from mock_server.webhooks import EventType


def _install_recipe(api, sets: dict) -> None:
    """``ghl-mock trigger INSTALL``: install the trigger app on the location (uninstalling it first)."""
    api.control("POST", "/_mock/oauth/uninstall", {"clientId": api.app["clientId"], **api.where}, ok=(200, 400))
    api.control("POST", "/_mock/oauth/installations", {"clientId": api.app["clientId"], **api.where, **sets})


def _uninstall_recipe(api, sets: dict) -> None:
    """``ghl-mock trigger UNINSTALL``: install the trigger app, then uninstall it."""
    api.control("POST", "/_mock/oauth/installations", {"clientId": api.app["clientId"], **api.where})
    api.control("POST", "/_mock/oauth/uninstall", {"clientId": api.app["clientId"], **api.where, **sets})


INSTALL = EventType("INSTALL", audience="app", trigger=_install_recipe, always=("appId", "installType"))
UNINSTALL = EventType("UNINSTALL", audience="app", trigger=_uninstall_recipe, always=("appId",))
