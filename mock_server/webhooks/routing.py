"""Which apps receive an event, and where.

An app receives an event when it is installed where the event happens (a location-level event: on that
location; an agency-level event: on the agency), it subscribed to the event, its installation holds a
scope that unlocks the event (catalog.py), and it has a URL for it (the event's override URL, else the
app's webhook URL). ``audience="app"`` events (INSTALL, UNINSTALL) go only to the app concerned.

The apps and installations tables change rarely; the lookup is rebuilt only when they did (store
versions), and so is each place's list of recipients per event: emitting costs a few dict lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mock_server.store import GLOBAL

APPS, INSTALLS = "oauth_apps", "installations"


@dataclass(frozen=True)
class Recipient:
    app_id: str
    version_id: str
    client_id: str
    url: str
    mode: str | None = None  # the signature headers, when not the agency's setting (a provider's Delivery URL)


class Routing:
    def __init__(self, store) -> None:
        self._store = store
        self._version: tuple | None = None
        self._apps: dict[str, dict[str, Any]] = {}
        self._installed: dict[str, list[dict[str, Any]]] = {}  # location or company id -> installations
        # (location or company id, agency-level?, event name) -> its recipients, until the apps or installs change
        self._found: dict[tuple[str, bool, str], list[Recipient]] = {}

    def _refresh(self) -> None:
        version = (self._store.version(GLOBAL, APPS), self._store.version(GLOBAL, INSTALLS))
        if version == self._version:
            return
        apps = {a["appId"]: a for a in self._store.scan(GLOBAL, APPS)}
        installed: dict[str, list[dict[str, Any]]] = {}
        for install in self._store.scan(GLOBAL, INSTALLS):
            where = install.get("locationId") or install["companyId"]
            installed.setdefault(where, []).append(install)
        self._apps, self._installed, self._version = apps, installed, version
        self._found = {}

    def recipients(self, event, *, location_id: str | None, company_id: str | None,
                   app_id: str | None = None, app: dict[str, Any] | None = None,
                   to: Recipient | None = None) -> list[Recipient]:
        if event.audience == "provider":  # the provider's own Delivery URL, named by the emitter
            return [to] if to is not None else []
        self._refresh()
        if event.audience == "app":
            app = app or self._apps.get(app_id or "")
            url = _url_for(app, event.name) if app else None
            return [Recipient(app["appId"], app["versionId"], app["id"], url)] if url else []
        where = location_id or company_id or ""
        if where not in self._installed:  # no app installed here: nothing to remember
            return []
        place = (where, location_id is None, event.name)
        found = self._found.get(place)
        if found is None:
            found = self._found[place] = self._subscribers(event, location_id, company_id)
        return list(found)

    def _subscribers(self, event, location_id: str | None, company_id: str | None) -> list[Recipient]:
        found = []
        for install in self._installed.get(location_id or company_id or "", ()):
            if location_id is None and install.get("locationId"):
                continue
            subscriber = self._apps.get(install["appId"])
            url = _url_for(subscriber, event.name) if subscriber else None
            if url and _unlocks(install.get("scopes"), event.scopes):
                found.append(Recipient(subscriber["appId"], subscriber["versionId"], subscriber["id"], url))
        return found


def _url_for(app: dict[str, Any], event_name: str) -> str | None:
    if event_name not in (app.get("events") or ()):
        return None
    return (app.get("eventUrls") or {}).get(event_name) or app.get("webhookUrl")


def _unlocks(held: list[str] | None, needed: tuple[str, ...]) -> bool:
    """``held`` None means every scope (installations made without a scope list)."""
    return not needed or held is None or any(scope in held for scope in needed)
