"""Marketplace apps, their installations, authorization codes, and token grants.

An app has a client id (``<appId>-<8 chars>``) and a secret. Installing it on a location is what
``/oauth/installedLocations`` reports and what ``/oauth/locationToken`` requires. Authorization
codes stand in for the consent screen: the control plane mints them for a location or an agency,
and ``POST /oauth/token`` exchanges them once.

Apps, codes and token grants are the world's (a client presents its credentials before any tenant is
known): those functions take the ``World``. Installing, listing installs and the agency-to-location
exchange act for one tenant and take its ``Tenant``.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from mock_server.apis.formats import iso_z
from mock_server.apis.oauth import events
from mock_server.apis.users import service as users
from mock_server.platform.errors import BadRequest, OAuthError, Unauthorized
from mock_server.platform.tenant_context import Tenant
from mock_server.platform.tenants import COMPANIES, LOCATIONS
from mock_server.platform.world import World
from mock_server.store import GLOBAL

APPS = "oauth_apps"
CODES = "oauth_codes"
INSTALLS = "installations"
CODE_TTL_SECONDS = 600
OAUTH_SCOPES = ("oauth.readonly", "oauth.write")
# Observed live: the agency-to-location exchange adds these to the minted location token.
LOCATION_EXCHANGE_EXTRA_SCOPES = OAUTH_SCOPES

# DECISION: texts for the token endpoint's refusals beyond the observed "Authorization code not found".
CODE_NOT_FOUND = "Authorization code not found"
BAD_CLIENT = "Invalid client credentials"
BAD_REFRESH = "Invalid refresh token"
BAD_REDIRECT = "redirect_uri does not match the one the code was issued for"


def create_app(world: World, *, name: str, company_id: str | None, client_id: str | None = None,
               client_secret: str | None = None, scopes: list[str] | None = None) -> dict[str, Any]:
    app_id = (client_id or "").split("-")[0] or secrets.token_hex(12)
    app = {
        "id": client_id or f"{app_id}-{secrets.token_hex(4)}",
        "appId": app_id, "versionId": version_id_of(app_id), "name": name,
        "clientSecret": client_secret or str(uuid.uuid4()),
        "companyId": company_id, "scopes": scopes,
    }
    return world.store.put(GLOBAL, APPS, app)


def version_id_of(app_id: str) -> str:
    """The app's version, which webhook bodies name as ``versionId`` beside ``appId``.

    DECISION: the app's id. A live ContactDndUpdate body (GHL issue #264) carries the same 24-hex value in
    ``versionId`` and ``appId``; the mock's apps have one version, so their bodies do too. Kept on the app
    record (``versionId``), so the envelope reads it from one place.
    """
    return app_id


def list_apps(world: World) -> list[dict[str, Any]]:
    return world.store.scan(GLOBAL, APPS)


def app_by_client(world: World, client_id: str | None) -> dict[str, Any] | None:
    return world.store.get(GLOBAL, APPS, client_id) if client_id else None


def app_by_id(world: World, app_id: str) -> dict[str, Any] | None:
    return next((a for a in world.store.scan(GLOBAL, APPS) if a["appId"] == app_id), None)


# -- installations ----------------------------------------------------------------------------
# An installation ties an app to a location ("<appId>:<locationId>") or an agency ("<appId>:<companyId>",
# no locationId), with the scopes consented to (None: every scope).
INSTALL_LOCATION, INSTALL_AGENCY = "Location", "Company"  # the INSTALL payload's installType (both SDKs read it)


def install(tenant: Tenant, app: dict[str, Any], *, scopes: list[str] | None = None,
            user_id: str | None = None) -> dict[str, Any]:
    """Install ``app`` where ``tenant`` is bound (again: a no-op); a new installation sends INSTALL to the app.

    Bound to an agency: the agency's own installation, then the app on each of its locations.
    DECISION: an agency-level install reaches every location of the agency (each gets its own INSTALL,
    with companyId and locationId, which is what the official SDKs turn into a location token).
    """
    record = tenant.global_store.get(INSTALLS, f"{app['appId']}:{tenant.id}")
    if record is None:
        record = tenant.global_store.put(INSTALLS, _installation(tenant, app, scopes, user_id))
        tenant.emit(events.INSTALL, _install_payload(tenant, app, user_id), app_id=app["appId"])
    if tenant.location_id is None:
        for location_id in tenant.location_ids():
            install(tenant.for_location(location_id), app, scopes=scopes, user_id=user_id)
    return record


def uninstall(tenant: Tenant, app: dict[str, Any]) -> int:
    """Remove the app from the location ``tenant`` is bound to, or from the agency and all its locations;
    UNINSTALL for each, and the app's tokens there stop working. Answers how many installations went.

    DECISION: an uninstalled app's access and refresh tokens for that place answer 401 ``Invalid JWT`` from
    then on (uninstalling is how GHL cuts an app off: issue #44 asked for "revoke tokens and uninstall" and
    got the uninstall API); a reinstall's new tokens work.
    """
    places = [tenant] if tenant.location_id else [*map(tenant.for_location, tenant.location_ids()), tenant]
    removed = 0
    for place in places:
        if place.global_store.delete(INSTALLS, f"{app['appId']}:{place.id}"):
            removed += 1
            place.world.tokens.revoke_app(app["appId"], place.id, place.company_id)
            place.emit(events.UNINSTALL, {"appId": app["appId"]}, app_id=app["appId"])
    return removed


def installations(world: World, *, app_id: str | None = None, company_id: str | None = None,
                  location_id: str | None = None) -> list[dict[str, Any]]:
    return [i for i in world.store.scan(GLOBAL, INSTALLS) if app_id in (None, i["appId"])
            and company_id in (None, i["companyId"]) and location_id in (None, i.get("locationId"))]


def _installation(tenant: Tenant, app: dict[str, Any], scopes: list[str] | None,
                  user_id: str | None) -> dict[str, Any]:
    """``userId``: who installed it (the installer details name them); the agency's admin when not told."""
    return {"id": f"{app['appId']}:{tenant.id}", "appId": app["appId"], "versionId": app["versionId"],
            "companyId": tenant.company_id, "locationId": tenant.location_id, "installedAt": iso_z(tenant.now()),
            "onTrial": False, "planId": None, "scopes": None if scopes is None else list(scopes),
            "userId": user_id or installing_user(tenant)}


def _install_payload(tenant: Tenant, app: dict[str, Any], user_id: str | None) -> dict[str, Any]:
    """INSTALL's fields: a location's names its agency (and whether it is white-labelled); an agency's
    envelope already carries its companyId."""
    payload: dict[str, Any] = {"appId": app["appId"]}
    if tenant.location_id is None:
        return {**payload, **({"userId": user_id} if user_id else {}), "installType": INSTALL_AGENCY}
    company = tenant.global_store.get(COMPANIES, tenant.company_id) or {}
    # DECISION: the mock's agencies are not white-labelled; apps have no plans (no planId, no trial).
    return {**payload, "companyId": tenant.company_id, **({"userId": user_id} if user_id else {}),
            "isWhitelabelCompany": False, "whitelabelDetails": {}, "companyName": company.get("name") or "",
            "installType": INSTALL_LOCATION}


def is_installed(world: World, app_id: str, location_id: str) -> bool:
    return world.store.get(GLOBAL, INSTALLS, f"{app_id}:{location_id}") is not None


def installed_locations(agency: Tenant, *, app_id: str, query: str | None,
                        is_installed_filter: bool | None, location_id: str | None, version_id: str | None,
                        on_trial: bool | None, plan_id: str | None) -> list[dict[str, Any]]:
    """The agency's locations with their install state for the app (GHL's InstalledLocationSchema)."""
    if app_by_id(agency.world, app_id) is None:
        raise BadRequest("App not found")  # DECISION: text not known
    rows = []
    for location in agency.global_store.scan(LOCATIONS):
        if location.get("companyId") != agency.company_id:
            continue
        record = agency.global_store.get(INSTALLS, f"{app_id}:{location['id']}")
        row = {"_id": location["id"], "name": location.get("name") or "", "address": location.get("address") or "",
               "isInstalled": record is not None}
        if record is not None:
            row.update(versionId=record["versionId"], installedAt=record["installedAt"])
        rows.append((row, record))
    filtered = []
    for row, record in rows:
        if is_installed_filter is not None and row["isInstalled"] != is_installed_filter:
            continue
        if location_id and row["_id"] != location_id:
            continue
        if query and query.lower() not in row["name"].lower():
            continue
        if version_id and (record is None or record["versionId"] != version_id):
            continue
        if on_trial is not None and (record is None or bool(record.get("onTrial")) != on_trial):
            continue
        if plan_id and (record is None or record.get("planId") != plan_id):
            continue
        filtered.append(row)
    return filtered


# DECISION: every install the mock makes also covers the agency's future locations.
INSTALL_TO_FUTURE_LOCATIONS = True
V3_DEFAULT_PAGE_SIZE = 20


def v2_page(rows: list[dict[str, Any]], *, skip: int, limit: int) -> dict[str, Any]:
    """The v2 DTO: a skip/limit page, ``count`` over every match."""
    return {"locations": rows[skip:skip + limit], "count": len(rows),
            "installToFutureLocations": INSTALL_TO_FUTURE_LOCATIONS}


def v3_page(rows: list[dict[str, Any]], *, page_size: int | None, page_token: str | None) -> dict[str, Any]:
    """The v3 (AIP) DTO: ``items`` and ``pagination``; the page token is the next offset."""
    size = page_size or V3_DEFAULT_PAGE_SIZE
    start = int(page_token) if (page_token or "").isdigit() else 0
    items = rows[start:start + size]
    more = start + size < len(rows)
    pagination = {"totalRecords": len(rows), "hasNextPage": more, "hasPrevPage": start > 0,
                  "currentPageSize": len(items), **({"nextPageToken": str(start + size)} if more else {})}
    return {"items": items, "pagination": pagination, "installToFutureLocations": INSTALL_TO_FUTURE_LOCATIONS}


# -- authorization codes and grants -----------------------------------------------------------
def mint_code(tenant: Tenant, *, app: dict[str, Any], scopes: list[str] | None, redirect_uri: str | None,
              user_id: str | None) -> dict[str, Any]:
    """A code for a location token (``tenant`` bound to a location) or an agency token (bound to an agency);
    the app is installed there (on an agency: the agency and every one of its locations)."""
    code = secrets.token_hex(20)
    tenant.global_store.put(CODES, {
        "id": code, "clientId": app["id"], "userType": "Location" if tenant.location_id else "Company",
        "companyId": tenant.company_id, "locationId": tenant.location_id, "scopes": scopes,
        "redirectUri": redirect_uri, "userId": user_id or installing_user(tenant),
        "expiresAt": tenant.clock.timestamp() + CODE_TTL_SECONDS, "used": False,
    })
    install(tenant, app, scopes=scopes, user_id=user_id)
    return {"code": code, "expiresIn": CODE_TTL_SECONDS}


def installing_user(tenant: Tenant) -> str | None:
    """Who consents when the control plane is not told: the agency's admin (an agency-level admin when there is
    one, else the earliest admin user), as GHL always names the installing user in the token answer."""
    for user_type in ("agency", None):
        admins, _ = users.search_users(tenant, role="admin", user_type=user_type, sort="dateAdded", limit="1")
        if admins:
            return admins[0]["id"]
    return None


def exchange_code(world: World, *, client_id: str, client_secret: str, code: str | None,
                  redirect_uri: str | None) -> dict[str, Any]:
    record = world.store.get(GLOBAL, CODES, code) if code else None
    # Observed live: the code is checked before the client credentials.
    if record is None or record["used"] or world.clock(record["companyId"]).timestamp() >= record["expiresAt"]:
        raise OAuthError(CODE_NOT_FOUND)
    _check_client(world, client_id, client_secret, expected=record["clientId"])
    if record.get("redirectUri") and redirect_uri and redirect_uri != record["redirectUri"]:
        raise OAuthError(BAD_REDIRECT)
    world.store.put(GLOBAL, CODES, {**record, "used": True})
    grant = world.tokens.mint(
        user_type=record["userType"], company_id=record["companyId"], location_id=record.get("locationId"),
        scopes=_app_scopes(world, record["scopes"]), client_id=client_id, user_id=record.get("userId"),
    )
    return _decorate(world, grant, record["companyId"])


def refresh(world: World, *, client_id: str, client_secret: str, refresh_token: str | None) -> dict[str, Any]:
    if not refresh_token:
        raise OAuthError(BAD_REFRESH)
    try:
        claims = world.tokens.refresh_claims(refresh_token)
    except Unauthorized:
        raise OAuthError(BAD_REFRESH) from None
    _check_client(world, client_id, client_secret, expected=claims.get("sourceId"))
    try:
        grant = world.tokens.refresh(refresh_token)
    except Unauthorized:
        raise OAuthError(BAD_REFRESH) from None
    return _decorate(world, grant, claims["companyId"])


def client_credentials(world: World, *, client_id: str, client_secret: str) -> dict[str, Any]:
    """DECISION: an app's client_credentials grant is an agency token for the company that owns the app."""
    app = _check_client(world, client_id, client_secret, expected=client_id)
    if not app.get("companyId") or not world.tenants.company_exists(app["companyId"]):
        raise OAuthError("This app is not owned by any agency", error="invalid_client")
    grant = world.tokens.mint(user_type="Company", company_id=app["companyId"],
                              scopes=_app_scopes(world, None), client_id=client_id)
    return _decorate(world, grant, app["companyId"])


def location_token(agency: Tenant, *, agency_client_id: str | None, agency_scopes: frozenset[str],
                   location_id: str, user_id: str | None) -> dict[str, Any]:
    """A location token of the agency's ``location_id`` for the app of the agency token exchanging it."""
    world = agency.world
    app = app_by_client(world, agency_client_id)
    if app is None or not is_installed(world, app["appId"], location_id):
        raise BadRequest("This app is not installed on the location")  # DECISION: text not known
    grant = world.tokens.mint(
        user_type="Location", company_id=agency.company_id, location_id=location_id,
        scopes=sorted(agency_scopes | set(LOCATION_EXCHANGE_EXTRA_SCOPES)), client_id=agency_client_id,
        user_id=user_id,
    )
    grant.update(appId=app["appId"], versionId=app["versionId"])  # no planId: installs here have no plan
    return grant


def _check_client(world: World, client_id: str, client_secret: str, *, expected: str | None) -> dict[str, Any]:
    app = app_by_client(world, client_id)
    # compared as bytes: compare_digest refuses str with non-ASCII characters (a TypeError, so a 500)
    if app is None or not secrets.compare_digest(app["clientSecret"].encode(), client_secret.encode()) \
            or client_id != expected:
        raise OAuthError(BAD_CLIENT)
    return app


def _app_scopes(world: World, requested: list[str] | None) -> list[str]:
    return list(requested) if requested is not None else world.tokens.all_scopes


def _decorate(world: World, grant: dict[str, Any], company_id: str) -> dict[str, Any]:
    grant.setdefault("userId", "")
    grant["isBulkInstallation"] = False
    if grant.get("userType") == "Company":
        grant["approvedLocations"] = world.tenants.location_ids(company_id)
        grant["installToFutureLocations"] = INSTALL_TO_FUTURE_LOCATIONS
        grant["approveAllLocations"] = True
    return grant


def as_v3(grant: dict[str, Any]) -> dict[str, Any]:
    """The v3 DTOs spell the token fields in camelCase (``accessToken``, ``expiresIn`` ...)."""
    renames = {"access_token": "accessToken", "token_type": "tokenType", "expires_in": "expiresIn",
               "refresh_token": "refreshToken"}
    return {renames.get(k, k): v for k, v in grant.items()}
