"""An app's webhook settings: its URL, per-event override URLs, the events it subscribes to.

Stored on the Marketplace app (``oauth_apps``) as ``webhookUrl``, ``eventUrls`` and ``events``, the three
things GHL's portal (and its marketplace CLI: ``ghl app webhook url|subscribe``) sets. Event names are
checked against GHL's catalog; an override URL needs its event subscribed.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.oauth import service as oauth
from mock_server.platform.errors import Unprocessable
from mock_server.store import GLOBAL
from mock_server.webhooks.catalog import CATALOG

UNSET: Any = object()


def configure(world, app: dict[str, Any], *, webhook_url: Any = UNSET, events: Any = UNSET,
              event_urls: Any = UNSET, scopes: Any = UNSET, name: Any = UNSET) -> dict[str, Any]:
    """Change an app's webhook settings (only what is given); answers the stored app."""
    app = dict(app)
    if webhook_url is not UNSET:
        app["webhookUrl"] = webhook_url
    if events is not UNSET:
        app["events"] = _known(list(dict.fromkeys(events or [])), world)
    if event_urls is not UNSET:
        app["eventUrls"] = dict(event_urls or {})
    if scopes is not UNSET:
        app["scopes"] = scopes
    if name is not UNSET and name is not None:
        app["name"] = name
    orphans = [e for e in app.get("eventUrls") or {} if e not in (app.get("events") or [])]
    if orphans:
        raise Unprocessable([f"eventUrls.{e} names an event the app does not subscribe to" for e in orphans])
    return world.store.put(GLOBAL, oauth.APPS, app)


def _known(names: list[str], world) -> list[str]:
    declared = world.areas.event_names()  # from the areas' indexes: no area imported
    unknown = [n for n in names if n not in CATALOG and n not in declared]
    if unknown:
        raise Unprocessable([f"events: {n} is not a GHL webhook event (GET /_mock/webhooks/catalog lists them)"
                             for n in unknown])
    return names


def view(app: dict[str, Any]) -> dict[str, Any]:
    """An app as the control plane shows it."""
    return {"clientId": app["id"], "clientSecret": app["clientSecret"], "appId": app["appId"],
            "versionId": app["versionId"], "name": app["name"], "companyId": app.get("companyId"),
            "scopes": app.get("scopes"), "webhookUrl": app.get("webhookUrl"), "events": app.get("events") or [],
            "eventUrls": app.get("eventUrls") or {}}
