"""Assembling the mock: ``build_app(settings)`` returns one ASGI app, in one visible order.

  /_mock/...      the control plane (admin token required when listening beyond loopback)
  /openapi.json   the mock's own OpenAPI document
  /               a short index (links to the dashboard and the docs)
  everything else GHL's API: the operation pipeline (mock_server/platform/pipeline.py)
"""

from __future__ import annotations

import contextlib
import logging

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route

from mock_server.apis import REGISTERED
from mock_server.control import routes as control
from mock_server.control import seeds
from mock_server.control.guard import ControlGuard
from mock_server.control.tenants import bootstrap, ensure_default_app
from mock_server.platform.areas import Areas
from mock_server.platform.errors import GhlError, ServiceUnavailable, error_body
from mock_server.platform.openapi import build_openapi
from mock_server.platform.pipeline import GhlApi
from mock_server.platform.world import World
from mock_server.settings import Settings
from mock_server.store import WriteFailed

log = logging.getLogger("ghl_mock")


_CONTROL_PATHS = frozenset({"/openapi.json", "/", "/favicon.ico"})


def _is_ghl_path(path: str) -> bool:
    return not path.startswith("/_mock") and path not in _CONTROL_PATHS


class MockApp:
    """The ASGI app: GHL requests go straight to the pipeline; the rest to a small Starlette app."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.ghl = GhlApi(world)
        self.guard = ControlGuard(world.settings)
        self._openapi: bytes | None = None
        self.control = Starlette(
            routes=[
                Mount("/_mock", routes=[*control.routes, *seeds.routes(world.areas)]),
                Route("/openapi.json", self._openapi_document, methods=["GET"]),
                Route("/", self._index, methods=["GET"]),
                Route("/favicon.ico", lambda request: Response(status_code=204), methods=["GET"]),
            ],
            exception_handlers={GhlError: _ghl_error, WriteFailed: _write_failed, HTTPException: _http_error,
                                Exception: _unexpected},
            lifespan=self._lifespan,
        )
        self.control.state.world = world
        self.control.state.assets = control.load_assets()

    def runs_without_event_loop(self, scope) -> bool:
        """True when this request goes to the GHL pipeline, which never awaits real I/O.

        The in-process transport (mock_server/testing/transport.py) then drives the request's
        coroutine by hand, with no event loop; everything else (the Starlette control plane, whose
        sync endpoints use a thread pool) gets a real loop.
        """
        return scope["type"] == "http" and _is_ghl_path(scope["path"])

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            path = scope["path"]
            if path.startswith("/_mock"):
                refused = self.guard.refusal(scope)
                if refused is not None:
                    await _send_json(send, refused.status, error_body(refused, None))
                    return
            elif _is_ghl_path(path):
                await self.ghl(scope, receive, send)
                return
        await self.control(scope, receive, send)

    async def _openapi_document(self, request: Request) -> Response:
        if self._openapi is None:
            self._openapi = orjson.dumps(build_openapi(self.world.registry, server_url=self.world.settings.public_url))
        return Response(self._openapi, media_type="application/json")

    async def _index(self, request: Request) -> Response:
        """Browsers go to the dashboard; API clients get a JSON map of the mock."""
        if "text/html" in request.headers.get("accept", ""):
            return RedirectResponse("/_mock/dashboard")
        return Response(orjson.dumps({
            "name": "ghl-mock", "dashboard": "/_mock/dashboard", "openapi": "/openapi.json",
            "health": "/_mock/health", "operations": "/_mock/operations",
        }), media_type="application/json")

    @contextlib.asynccontextmanager
    async def _lifespan(self, app):
        yield
        self.world.close()


def build_app(settings: Settings | None = None, *, world: World | None = None, areas: Areas | None = None) -> MockApp:
    """The mock for ``settings``, serving the registered areas (or ``areas``: say, with a test's own area added)."""
    settings = settings or Settings.from_env()
    if world is None:
        world = World(settings, areas or REGISTERED)
    for table, fields in world.areas.indexes().items():
        world.store.declare_index(table, *fields)
    if settings.bootstrap:
        bootstrap(world)
    else:
        ensure_default_app(world)
    return MockApp(world)


async def _ghl_error(request: Request, exc: GhlError) -> Response:
    return Response(orjson.dumps(error_body(exc, None)), status_code=exc.status, media_type="application/json")


async def _write_failed(request: Request, exc: WriteFailed) -> Response:
    return await _ghl_error(request, ServiceUnavailable(str(exc)))


async def _http_error(request: Request, exc: HTTPException) -> Response:
    body = {"statusCode": exc.status_code, "message": f"Cannot {request.method} {request.url.path}"
            if exc.status_code in (404, 405) else str(exc.detail), "error": "Not Found"
            if exc.status_code in (404, 405) else "Error"}
    return Response(orjson.dumps(body), status_code=404 if exc.status_code == 405 else exc.status_code,
                    media_type="application/json")


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("control plane error on %s %s", request.method, request.url.path)
    return Response(orjson.dumps({"statusCode": 500, "message": "Internal server error",
                                  "error": "Internal Server Error"}), status_code=500, media_type="application/json")


async def _send_json(send, status: int, body: dict) -> None:
    payload = orjson.dumps(body)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
