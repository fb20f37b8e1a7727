"""The webhooks control plane, under ``/_mock``.

| endpoint | what it does |
|---|---|
| ``GET  /_mock/webhooks/events`` | events, oldest first (``?type=&locationId=&companyId=&appId=&status=&limit=&after=``) |
| ``GET  /_mock/webhooks/events/{webhookId}`` | one event: each delivery's body and every attempt (headers sent, status and answer excerpt, latency, next retry) |
| ``POST /_mock/webhooks/events/{webhookId}/resend`` | ``{"appId"?}``: send it again (same webhookId, same bytes) |
| ``POST /_mock/webhooks/recover`` | ``{"since", "appId"?, "locationId"?, "companyId"?}``: resend every delivery that failed since then |
| ``POST /_mock/webhooks/flush`` | ``{"locationId"?/"companyId"?}``: send what is due now (manual delivery), wait for the worker |
| ``GET  /_mock/webhooks/keys`` | the public keys (PEM) per scheme, with their header and the SDKs' env variable |
| ``GET  /_mock/webhooks/keys/{rsa,ed25519}.pem`` | one public key as a PEM file; ``POST /_mock/webhooks/keys/rotate`` rotates |
| ``GET/PUT /_mock/webhooks/settings`` | retry profile, signature mode, delivery mode, timeout, faults (global or ``locationId``/``companyId``) |
| ``GET  /_mock/webhooks/catalog`` | every GHL event: scopes that unlock it, level, doc, and whether the mock sends it |
| ``GET/PATCH /_mock/oauth/apps/{clientId}`` | an app; ``PATCH`` its ``webhookUrl``, ``events``, ``eventUrls``, ``scopes``, ``name`` |
| ``GET/POST /_mock/oauth/installations``, ``POST /_mock/oauth/uninstall`` | install an app on a location or agency (INSTALL), uninstall (UNINSTALL) |
| ``GET/POST /_mock/oauth/apps/{clientId}/providers``, ``DELETE .../providers/{id}`` | conversation providers (SMS, Email, Call) |
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from mock_server.apis.oauth import service as oauth
from mock_server.control.http import body_as, json, query_as, world_of
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant
from mock_server.webhooks import control_models as models
from mock_server.webhooks import providers, subscriptions
from mock_server.webhooks.catalog import CATALOG

FLUSH_WAIT_SECONDS = 10.0


def _company(world, location_id: str | None, company_id: str | None) -> str | None:
    if location_id:
        if not world.tenants.location_exists(location_id):
            raise BadRequest("Location not found")
        return world.tenants.company_of_location(location_id)
    if company_id and not world.tenants.company_exists(company_id):
        raise BadRequest("Company not found")
    return company_id


def _millis(value: str | int) -> int:
    if isinstance(value, int):
        return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest(f"since must be an ISO-8601 instant or epoch milliseconds, not {value!r}") from None
    return int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp() * 1000)


async def list_events(request: Request):
    """Events, oldest first, each with its deliveries' status."""
    q = query_as(request, models.EventsQuery)
    hooks = world_of(request).webhooks
    return json({"events": hooks.events(type=q.type, location_id=q.locationId, company_id=q.companyId,
                                        app_id=q.appId, status=q.status, since_seq=q.after, limit=q.limit)})


async def get_event(request: Request):
    return json(world_of(request).webhooks.event(request.path_params["webhookId"]))


async def resend(request: Request):
    body = await body_as(request, models.ResendRequest)
    return json(world_of(request).webhooks.resend(request.path_params["webhookId"], body.appId))


async def recover(request: Request):
    body = await body_as(request, models.RecoverRequest)
    hooks = world_of(request).webhooks
    resent = hooks.recover(_millis(body.since), app_id=body.appId, location_id=body.locationId,
                           company_id=body.companyId)
    return json({"resent": resent})


async def flush(request: Request):
    """Send every delivery due now: manual-mode ones here, and wait (10 s at most) for the worker's."""
    world = world_of(request)
    body = await body_as(request, models.TenantRef)
    company = _company(world, body.locationId, body.companyId)
    made = await asyncio.to_thread(world.webhooks.dispatcher.run_manual, {company} if company else None)
    deadline = time.monotonic() + FLUSH_WAIT_SECONDS
    while not world.webhooks.dispatcher.idle() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    return json({"attempts": made, "idle": world.webhooks.dispatcher.idle()})


async def keys(request: Request):
    """The public keys a receiver verifies with (the official SDKs read them from the env variables named)."""
    return json(world_of(request).webhooks.keys.public())


async def key_pem(request: Request):
    scheme = request.path_params["scheme"]
    public = world_of(request).webhooks.keys.public()
    if scheme not in public:
        raise BadRequest("Key scheme must be rsa or ed25519")
    return PlainTextResponse(public[scheme]["publicKey"], media_type="application/x-pem-file")


async def rotate_keys(request: Request):
    """The published next pair becomes current (receivers that loaded both keep verifying)."""
    hooks = world_of(request).webhooks
    hooks.keys.rotate()
    return json(hooks.keys.public())


async def settings(request: Request):
    world = world_of(request)
    if request.method == "PUT":
        body = await body_as(request, models.SettingsRequest)
        company = _company(world, body.locationId, body.companyId)
        changes = body.model_dump(exclude_unset=True, exclude={"locationId", "companyId"}, mode="json")
        updated = world.webhooks.settings.update(changes, company)
        if updated.delivery == "background":
            world.webhooks.dispatcher.wake()
        return json({**updated.describe(), "companyId": company})
    q = query_as(request, models.TenantRef)
    company = _company(world, q.locationId, q.companyId)
    return json({**world.webhooks.settings.for_company(company).describe(), "companyId": company})


async def catalog(request: Request):
    """GHL's webhook events, what unlocks each, and which the mock sends (with the operations that cause them)."""
    areas = world_of(request).areas  # their indexes name each declared event and its causes: none is imported
    rows = []
    for name, known in CATALOG.items():
        causes = areas.event_causes(name)
        rows.append({"name": name, "scopes": list(known.scopes), "levels": list(known.levels), "doc": known.doc,
                     "sent": causes is not None, "causedBy": causes or []})
    return json({"events": rows})


# -- apps, installations, providers ----------------------------------------------------------------
def _app(world, client_id: str) -> dict:
    app = oauth.app_by_client(world, client_id)
    if app is None:
        raise BadRequest("App not found")
    return app


def _app_and_place(world, body) -> tuple[dict, Tenant]:
    """The app a body names, and the one location or agency it names (as a tenant context)."""
    found = _app(world, body.clientId)
    if bool(body.locationId) == bool(body.companyId):
        raise BadRequest("Give exactly one of locationId or companyId")
    company = _company(world, body.locationId, body.companyId)
    return found, world.tenant(body.locationId) if body.locationId else world.agency(company)


async def app(request: Request):
    """``GET``: one app. ``PATCH``: its webhook settings (``webhookUrl``, ``events``, ``eventUrls``), scopes, name."""
    world = world_of(request)
    found = _app(world, request.path_params["clientId"])
    if request.method == "PATCH":
        body = await body_as(request, models.AppSettingsRequest)
        given = body.model_dump(exclude_unset=True, mode="json")
        found = subscriptions.configure(
            world, found, **{{"webhookUrl": "webhook_url", "eventUrls": "event_urls"}.get(k, k): v
                             for k, v in given.items()})
    return json(subscriptions.view(found))


async def installations(request: Request):
    """``GET``: installations (``?clientId=&locationId=&companyId=``). ``POST``: install an app (sends INSTALL)."""
    world = world_of(request)
    if request.method == "GET":
        params = request.query_params
        app_id = _app(world, params["clientId"])["appId"] if params.get("clientId") else None
        return json({"installations": oauth.installations(world, app_id=app_id, company_id=params.get("companyId"),
                                                          location_id=params.get("locationId"))})
    body = await body_as(request, models.InstallRequest)
    found, place = _app_and_place(world, body)
    with world.store.transaction():
        record = oauth.install(place, found, scopes=body.scopes, user_id=body.userId)
    return json(record, 201)


async def uninstall(request: Request):
    """Remove an app from a location, or from an agency and its locations (sends UNINSTALL for each)."""
    world = world_of(request)
    body = await body_as(request, models.UninstallRequest)
    found, place = _app_and_place(world, body)
    with world.store.transaction():
        removed = oauth.uninstall(place, found)
    if not removed:
        raise BadRequest("The app is not installed there")
    return json({"uninstalled": removed})


async def app_providers(request: Request):
    """``GET``: the app's conversation providers. ``POST``: register one (``name``, ``type``, ``deliveryUrl`` ...)."""
    world = world_of(request)
    found = _app(world, request.path_params["clientId"])
    if request.method == "GET":
        return json({"providers": providers.of_app(world, found["appId"])})
    body = await body_as(request, models.ProviderRequest)
    provider = providers.register(world, found, name=body.name, type=body.type, delivery_url=str(body.deliveryUrl),
                                  is_custom=body.isCustom, alias=body.alias,
                                  logo_url=str(body.logoUrl) if body.logoUrl else None)
    return json(provider, 201)


async def delete_provider(request: Request):
    world = world_of(request)
    found = _app(world, request.path_params["clientId"])
    providers.remove(world, found["appId"], request.path_params["providerId"])
    return json({"deleted": True})


routes = [
    Route("/webhooks/events", list_events, methods=["GET"]),
    Route("/webhooks/events/{webhookId}", get_event, methods=["GET"]),
    Route("/webhooks/events/{webhookId}/resend", resend, methods=["POST"]),
    Route("/webhooks/recover", recover, methods=["POST"]),
    Route("/webhooks/flush", flush, methods=["POST"]),
    Route("/webhooks/keys", keys, methods=["GET"]),
    Route("/webhooks/keys/rotate", rotate_keys, methods=["POST"]),
    Route("/webhooks/keys/{scheme}.pem", key_pem, methods=["GET"]),
    Route("/webhooks/settings", settings, methods=["GET", "PUT"]),
    Route("/webhooks/catalog", catalog, methods=["GET"]),
    Route("/oauth/apps/{clientId}", app, methods=["GET", "PATCH"]),
    Route("/oauth/apps/{clientId}/providers", app_providers, methods=["GET", "POST"]),
    Route("/oauth/apps/{clientId}/providers/{providerId}", delete_provider, methods=["DELETE"]),
    Route("/oauth/installations", installations, methods=["GET", "POST"]),
    Route("/oauth/uninstall", uninstall, methods=["POST"]),
]
