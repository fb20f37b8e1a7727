"""The control plane, under ``/_mock``. Stable: the pytest plugin, CI users and our checks build on it.

| endpoint | what it does |
|---|---|
| ``GET  /_mock/dashboard`` | the sandbox dashboard (HTML) |
| ``GET  /_mock/health`` | liveness, storage kind, number of operations (answered by ``MockApp``: ``health.py``) |
| ``POST /_mock/reset[?locationId=]`` | forget everything (the bootstrap tenant comes back), or one location's records |
| ``POST /_mock/tenants`` | ``{"name", "timezone", "seed"}`` (all optional) -> an agency with one location and one user |
| ``GET  /_mock/tenants`` | every agency with its locations |
| ``POST /_mock/tokens`` | ``{"locationId"}`` or ``{"companyId"}``, ``scopes``, ``kind`` (oauth/pit), ``expiresIn`` -> a token |
| ``POST /_mock/tokens/revoke`` | ``{"token"}`` -> that token is refused from now on |
| ``GET/POST /_mock/oauth/apps`` | Marketplace apps (client id and secret) |
| ``POST /_mock/oauth/codes`` | an authorization code for ``POST /oauth/token`` (stands in for the consent screen) |
| ``GET  /_mock/clock`` | the clock (``?locationId=``/``companyId=`` for a tenant's own clock) |
| ``POST /_mock/clock/{freeze,set,advance,unfreeze,reset}`` | ``{"at", "seconds", "locationId"/"companyId"}``: global or one agency's (``change_clock``) |
| ``GET/PUT /_mock/random-seed`` | the seed of the id source |
| ``GET/DELETE /_mock/journal`` | requests received (method, path, operationId, status, principal, duration) |
| ``GET/DELETE /_mock/violations``, ``PUT /_mock/contract-mode`` | contract violations of clients (``unimplemented``: the official operations they called that the mock lacks, with counts), strict/record mode |
| ``GET/PUT /_mock/rate-limits`` | GHL's rate limits: enforce them (429) or not, and their sizes |
| ``GET  /_mock/operations`` | every implemented operation |
| ``GET  /_mock/seeds`` | every seed endpoint the areas declare (``seeds.py``) |
| ``/_mock/{locations,companies}/{id}/...`` | the areas' seed endpoints (``Area.seeds``, served by ``seeds.py``) |
| ``GET  /_mock/outbox/messages`` | what the built-in SMS and e-mail channels sent (``?locationId=&companyId=&channel=``: ``outbox.py``) |
| ``/_mock/webhooks/...``, ``/_mock/oauth/{apps/{clientId},installations,uninstall}`` | webhooks: events, attempts, replay, keys, settings; app subscriptions, installs (``mock_server/webhooks/control.py``) |
"""

from __future__ import annotations

from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from mock_server.apis.oauth import service as oauth
from mock_server.control import models, outbox, tenants
from mock_server.control.http import body_as, json, query_as, world_of
from mock_server.platform.clock import Clock, instant_from_ms
from mock_server.platform.errors import BadRequest
from mock_server.platform.ids import IdSource
from mock_server.platform.tenants import COMPANIES, LOCATIONS
from mock_server.platform.violations import unimplemented
from mock_server.store import GLOBAL
from mock_server.webhooks import control as webhooks
from mock_server.webhooks import subscriptions


async def dashboard(request: Request):
    """The sandbox dashboard: tenants, recent requests, contract violations, the clock (read at start-up:
    ``assets.py``)."""
    return HTMLResponse(request.app.state.assets["dashboard"])


async def reset(request: Request):
    """Forget everything (then re-create the bootstrap tenant), or only ``?locationId=``'s records."""
    world = world_of(request)
    location_id = request.query_params.get("locationId")
    if location_id:
        if not world.tenants.location_exists(location_id):
            raise BadRequest("Location not found")
        world.reset_location(location_id)
        return json({"reset": "location", "locationId": location_id})
    world.reset_all()
    if world.settings.bootstrap:
        tenants.bootstrap(world)
    else:
        tenants.ensure_default_app(world)
    return json({"reset": "all"})


async def create_tenant(request: Request):
    """An agency with one location and one admin user: ``{"companyId", "locationId", "userId", ...}``."""
    body = await body_as(request, models.TenantRequest)
    tenant = tenants.create_tenant(world_of(request), name=body.name, timezone=body.timezone, seed=body.seed)
    return json(tenant, 201)


async def list_tenants(request: Request):
    """Every agency with its locations; ``records`` counts each one's stored records by table."""
    world = world_of(request)
    locations = world.store.scan(GLOBAL, LOCATIONS)
    return json({"tenants": [
        {"companyId": c["id"], "name": c.get("name"), "records": world.store.counts(c["id"]),
         "locations": [{"locationId": loc["id"], "name": loc.get("name"), "timezone": loc.get("timezone"),
                        "records": world.store.counts(loc["id"])}
                       for loc in locations if loc.get("companyId") == c["id"]]}
        for c in world.store.scan(GLOBAL, COMPANIES)
    ]})


async def mint_token(request: Request):
    """A token for a location (sub-account token) or a company (agency token); every scope unless ``scopes``."""
    world = world_of(request)
    body = await body_as(request, models.TokenRequest)
    user_type, company_id = _tenant_of(world, body.locationId, body.companyId)
    client_id = body.clientId or (tenants.default_app(world) or {}).get("id")
    grant = world.tokens.mint(user_type=user_type, company_id=company_id, location_id=body.locationId,
                              scopes=body.scopes, kind=body.kind, expires_in=body.expiresIn,
                              user_id=body.userId, client_id=client_id)
    return json(grant, 201)


async def revoke_token(request: Request):
    body = await body_as(request, models.RevokeRequest)
    return json({"revoked": world_of(request).tokens.revoke(body.token)})


async def apps(request: Request):
    """``GET``: the registered Marketplace apps. ``POST``: register one (``{"name", "companyId"}``)."""
    world = world_of(request)
    if request.method == "GET":
        return json({"apps": [_app_view(a) for a in oauth.list_apps(world)]})
    body = await body_as(request, models.AppRequest)
    if body.companyId and not world.tenants.company_exists(body.companyId):
        raise BadRequest("Company not found")
    with world.store.transaction():
        app = oauth.create_app(world, name=body.name, company_id=body.companyId, client_id=body.clientId,
                               client_secret=body.clientSecret, scopes=body.scopes)
        given = body.model_dump(include={"webhookUrl", "events", "eventUrls"}, exclude_unset=True, mode="json")
        if given:
            app = subscriptions.configure(world, app, webhook_url=given.get("webhookUrl", subscriptions.UNSET),
                                          events=given.get("events", subscriptions.UNSET),
                                          event_urls=given.get("eventUrls", subscriptions.UNSET))
    return json(_app_view(app), 201)


async def mint_code(request: Request):
    """An authorization code, as if a user had installed the app on the location (or agency) and consented."""
    world = world_of(request)
    body = await body_as(request, models.CodeRequest)
    user_type, company_id = _tenant_of(world, body.locationId, body.companyId)
    app = oauth.app_by_client(world, body.clientId) if body.clientId else tenants.default_app(world)
    if app is None:
        raise BadRequest("App not found")
    tenant = world.agency(company_id)
    if user_type == "Location":
        tenant = tenant.for_location(body.locationId)
    with world.store.transaction():  # the code and the installation (with its INSTALL event), or neither
        code = oauth.mint_code(tenant, app=app, scopes=body.scopes, redirect_uri=body.redirectUri,
                               user_id=body.userId)
    return json({**code, "clientId": app["id"]}, 201)


async def get_clock(request: Request):
    """A clock: the global one (with ``ownClocks``, the agencies that run their own), or ``?companyId=``'s."""
    world = world_of(request)
    scope = query_as(request, models.TenantScopeQuery)
    company_id = _company_for_clock(world, scope.locationId, scope.companyId)
    answer = {**world.clock(company_id).describe(), "companyId": company_id}
    if company_id is None:
        answer["ownClocks"] = list(world.clocks.own())
    return json(answer)


async def change_clock(request: Request):
    """``freeze`` (at ``at`` or now), ``set`` (to ``at``), ``advance`` (by ``seconds``), ``unfreeze``, ``reset``.

    With ``locationId`` or ``companyId`` only that agency's clock changes (tests sharing a server stay apart), and
    the agency runs its own clock from then on. Without them the global clock changes, and with it every agency
    that has no clock of its own; agencies with their own keep it (``reset`` their clock to make them follow the
    global one again). A global ``reset`` puts every clock back on real time, the agencies' own released.
    The answer is the clock's reading plus ``changed`` (``"global"`` and/or company ids) and ``kept`` (the
    agencies whose own clock this global change passed by, with their reading). An instant outside 1900-2999
    answers 400 and changes nothing.
    """
    world = world_of(request)
    action = request.url.path.rsplit("/", 1)[-1]
    body = await body_as(request, models.ClockRequest)
    company_id = _company_for_clock(world, body.locationId, body.companyId)
    at = _instant(body.at)  # checked (and refused) before any clock is touched
    changed: list[str] = [company_id or "global"]
    if action == "reset":
        if company_id:
            world.clocks.release(company_id)
        else:
            changed += world.clocks.reset()
    else:
        # Changed on a copy first: a refused change must not even give the agency a clock of its own.
        draft = Clock()
        draft.copy_from(world.clock(company_id))
        _change(draft, action, at, body)
        (world.clocks.claim(company_id) if company_id else world.clocks.global_clock).copy_from(draft)
    kept = [] if company_id or action == "reset" else \
        [{"companyId": owner, "now": clock.describe()["now"], "frozen": clock.frozen}
         for owner, clock in world.clocks.own().items()]
    return json({**world.clock(company_id).describe(), "companyId": company_id, "changed": changed, "kept": kept})


CLOCK_ACTIONS = ("freeze", "set", "advance", "unfreeze", "reset")


def _change(clock: Clock, action: str, at: datetime | None, body: models.ClockRequest) -> None:
    if action == "freeze":
        clock.freeze(at)
    elif action == "set":
        if at is None:
            raise BadRequest("set needs at")
        clock.set(at)
    elif action == "advance":
        if body.seconds is None:
            raise BadRequest("advance needs seconds")
        clock.advance(body.seconds)
    else:
        clock.unfreeze()


async def random_seed(request: Request):
    world = world_of(request)
    if request.method == "PUT":
        body = await body_as(request, models.SeedRequest)
        world.ids = IdSource(body.seed)
        world.settings.random_seed = None if body.seed is None else str(body.seed)
    return json({"seed": world.ids.seed})


async def journal(request: Request):
    world = world_of(request)
    q = query_as(request, models.JournalQuery)
    if request.method == "DELETE":
        return json({"cleared": world.journal.clear(location_id=q.locationId, company_id=q.companyId)})
    return json({"entries": world.journal.entries(location_id=q.locationId, company_id=q.companyId,
                                                  operation_id=q.operationId, limit=q.limit)})


async def violations(request: Request):
    world = world_of(request)
    q = query_as(request, models.TenantScopeQuery)
    if request.method == "DELETE":
        return json({"cleared": world.violations.clear(location_id=q.locationId, company_id=q.companyId)})
    entries = world.violations.entries(location_id=q.locationId, company_id=q.companyId)
    return json({"mode": world.violations.mode, "violations": entries, "unimplemented": unimplemented(entries)})


async def contract_mode(request: Request):
    world = world_of(request)
    if request.method == "PUT":
        world.violations.mode = (await body_as(request, models.ContractModeRequest)).mode
    return json({"mode": world.violations.mode})


async def rate_limits(request: Request):
    """``GET``: the limits. ``PUT``: ``{"enforce", "burst", "daily", "intervalMilliseconds"}`` (counters restart)."""
    limiter = world_of(request).rate_limits
    if request.method == "PUT":
        body = await body_as(request, models.RateLimitRequest)
        limiter.configure(enforce=body.enforce, burst=body.burst, daily=body.daily,
                          interval_ms=body.intervalMilliseconds)
    return json(limiter.describe())


async def operations(request: Request):
    world = world_of(request)
    return json({"count": len(world.registry), "operations": world.registry.listing()})


def _tenant_of(world, location_id: str | None, company_id: str | None) -> tuple[str, str]:
    if bool(location_id) == bool(company_id):
        raise BadRequest("Give exactly one of locationId or companyId")
    if location_id:
        if not world.tenants.location_exists(location_id):
            raise BadRequest("Location not found")
        return "Location", world.tenants.company_of_location(location_id)
    if not world.tenants.company_exists(company_id):
        raise BadRequest("Company not found")
    return "Company", company_id


def _company_for_clock(world, location_id: str | None, company_id: str | None) -> str | None:
    if location_id or company_id:
        return _tenant_of(world, location_id, company_id)[1]
    return None


def _instant(value: str | int | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, int):
        return instant_from_ms(value)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest(f"at must be an ISO-8601 instant or epoch milliseconds, not {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


_app_view = subscriptions.view


routes = [
    Route("/dashboard", dashboard, methods=["GET"]),
    Route("/reset", reset, methods=["POST"]),
    Route("/tenants", create_tenant, methods=["POST"]),
    Route("/tenants", list_tenants, methods=["GET"]),
    Route("/tokens", mint_token, methods=["POST"]),
    Route("/tokens/revoke", revoke_token, methods=["POST"]),
    Route("/oauth/apps", apps, methods=["GET", "POST"]),
    Route("/oauth/codes", mint_code, methods=["POST"]),
    Route("/clock", get_clock, methods=["GET"]),
    *[Route(f"/clock/{action}", change_clock, methods=["POST"]) for action in CLOCK_ACTIONS],
    Route("/random-seed", random_seed, methods=["GET", "PUT"]),
    Route("/journal", journal, methods=["GET", "DELETE"]),
    Route("/violations", violations, methods=["GET", "DELETE"]),
    Route("/contract-mode", contract_mode, methods=["GET", "PUT"]),
    Route("/rate-limits", rate_limits, methods=["GET", "PUT"]),
    Route("/operations", operations, methods=["GET"]),
    *webhooks.routes,
    *outbox.routes,
]
