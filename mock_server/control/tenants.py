"""Creating tenants (an agency with a location and an admin user), and the sandbox's bootstrap tenant."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from mock_server.apis.companies import service as companies
from mock_server.apis.locations import service as locations
from mock_server.apis.oauth import service as oauth
from mock_server.apis.users import service as users
from mock_server.platform.ids import IdSource
from mock_server.platform.tenants import COMPANIES, LOCATIONS
from mock_server.platform.world import World
from mock_server.store import GLOBAL

DEFAULT_APP_NAME = "ghl-mock default app"


def create_tenant(world: World, *, name: str | None = None, timezone: str | None = None, seed: str | None = None,
                  ids: dict[str, str] | None = None, app: dict[str, Any] | None = None,
                  install_default_app: bool = True) -> dict[str, Any]:
    """An agency with one location and one admin user; the default app is installed on the location.

    ``seed`` makes every id of this tenant (and of what is later created in it) deterministic.
    """
    source = IdSource(seed) if seed is not None else world.ids
    ids = dict(ids or {})
    taken = lambda i: world.store.owner(i) is not None
    company_id = ids.get("companyId") or source.new_id(taken)
    location_id = ids.get("locationId") or source.new_id(taken)
    user_id = ids.get("userId") or source.new_id(taken)
    world.use_ids(company_id, source if seed is not None else world.ids.child(company_id))
    agency_name = name or f"Agency {company_id[:6]}"
    timezone = timezone or locations.DEFAULT_TIMEZONE
    agency = world.agency(company_id)
    with world.store.transaction():
        companies.create_company(agency, name=agency_name, timezone=timezone,
                                 email=f"owner@{company_id.lower()}.example.com")
        location = locations.create_location(agency, name=f"{agency_name} - Main", timezone=timezone,
                                             location_id=location_id, email=f"main@{location_id.lower()}.example.com")
        users.create_user(agency, {
            "firstName": "Admin", "lastName": agency_name, "email": f"admin@{company_id.lower()}.example.com",
            "type": "account", "role": "admin", "locationIds": [location_id],
        }, user_id=user_id)
        app = app or (ensure_default_app(world) if install_default_app else None)
        if app is not None:
            oauth.install(agency.for_location(location_id), app)
    return {"companyId": company_id, "locationId": location_id, "userId": user_id, "name": agency_name,
            "timezone": location["timezone"]}


def delete_tenant(world: World, company_id: str) -> bool:
    """Forget an agency entirely: its locations and everything they own, its users, app installs, clock, ids.

    Its PITs and refresh tokens are deleted; access tokens issued to it are refused from now on (their
    tenant is gone).
    """
    if not world.tenants.company_exists(company_id):
        return False
    app_ids = {app["appId"] for app in oauth.list_apps(world)}
    with world.store.transaction():
        for location_id in world.tenants.location_ids(company_id):
            world.store.drop_tenant(location_id)
            world.store.delete(GLOBAL, LOCATIONS, location_id)
            for app_id in app_ids:
                world.store.delete(GLOBAL, oauth.INSTALLS, f"{app_id}:{location_id}")
        for app_id in app_ids:  # an agency-level installation too
            world.store.delete(GLOBAL, oauth.INSTALLS, f"{app_id}:{company_id}")
        world.store.drop_tenant(company_id)
        world.store.delete(GLOBAL, COMPANIES, company_id)
        world.tokens.drop_company(company_id)
    world.forget_company(company_id)
    return True


def default_app(world: World) -> dict[str, Any] | None:
    """The Marketplace app tokens and tenants get unless told otherwise."""
    info = world.meta("default-app")
    return oauth.app_by_client(world, info["clientId"]) if info else None


def ensure_default_app(world: World, owner_company_id: str | None = None) -> dict[str, Any]:
    """Create the default app once; after a reset it comes back with the same client id and secret."""
    info = world.meta("default-app")
    if info is None:
        seeded = world.settings.random_seed is not None
        taken = lambda i: world.store.owner(i) is not None
        app_id = world.ids.new_id(taken).lower()[:24] if seeded else secrets.token_hex(12)
        info = {"clientId": f"{app_id}-{world.ids.new_id(taken)[:8].lower()}",
                "clientSecret": world.ids.new_uuid() if seeded else str(uuid.uuid4())}
        world.set_meta("default-app", info)
    app = oauth.app_by_client(world, info["clientId"])
    if app is None or (owner_company_id and app.get("companyId") != owner_company_id):
        app = oauth.create_app(world, name=DEFAULT_APP_NAME, company_id=owner_company_id,
                               client_id=info["clientId"], client_secret=info["clientSecret"])
    return app


def bootstrap(world: World) -> dict[str, Any]:
    """The sandbox's own agency, location, user, app and PIT: created once, identical after every reset."""
    info = world.meta("bootstrap")
    if info is not None and world.tenants.company_exists(info["companyId"]):
        return info
    if info is None:
        taken = lambda i: world.store.owner(i) is not None
        seeded = world.settings.random_seed is not None
        info = {
            "companyId": world.ids.new_id(taken), "locationId": world.ids.new_id(taken),
            "userId": world.ids.new_id(taken),
            "pit": f"pit-{world.ids.new_uuid() if seeded else uuid.uuid4()}",
        }
    with world.store.transaction():
        # The agency must exist before it can own the app: create the tenant first, then the app.
        create_tenant(world, name="Sandbox Agency", ids=info, app=None, install_default_app=False)
        app = ensure_default_app(world, owner_company_id=info["companyId"])
        oauth.install(world.tenant(info["locationId"]), app)
        world.tokens.mint(user_type="Location", company_id=info["companyId"], location_id=info["locationId"],
                          kind="pit", pit=info["pit"])
        info = {**info, "clientId": app["id"], "clientSecret": app["clientSecret"]}
        world.set_meta("bootstrap", info)
    return info
