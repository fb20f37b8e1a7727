"""Assembling the mock: ``build_app(settings)`` returns one ASGI app, in one visible order.

  /_mock/...      the control plane (admin token required when listening beyond loopback)
  /openapi.json   the mock's own OpenAPI document
  /               a short index (links to the dashboard and the docs)
  /_files/...     uploaded files, served back at the URLs the upload operations answered (no token, as a bucket)
  everything else GHL's API: the operation pipeline (mock_server/platform/pipeline.py)

The GHL pipeline and ``/_mock/health`` need no web framework; the rest (a small Starlette app) is built
on its first request, so the server is healthy and serving GHL's API as soon as possible after start. The
pipeline itself (and pydantic) is built on the first GHL request, and each area is imported on the first
request for one of its operations (``mock_server/platform/areas.py``): answering ``/_mock/health`` imports
no area's declaration, routes or models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import orjson

from mock_server.apis import REGISTERED
from mock_server.apis.files.storage import FILES_PREFIX
from mock_server.control.assets import load_assets
from mock_server.control.guard import ControlGuard
from mock_server.control.health import health
from mock_server.control.tenants import bootstrap, ensure_default_app
from mock_server.platform.areas import Areas
from mock_server.platform.errors import error_body
from mock_server.platform.world import World
from mock_server.settings import Settings

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from mock_server.platform.pipeline import GhlApi


_CONTROL_PATHS = frozenset({"/openapi.json", "/", "/favicon.ico"})


def _is_ghl_path(path: str) -> bool:
    return not path.startswith("/_mock") and path not in _CONTROL_PATHS


class MockApp:
    """The ASGI app: GHL requests go straight to the pipeline; the rest to a small Starlette app."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._ghl: GhlApi | None = None
        self.guard = ControlGuard(world.settings)
        self._openapi: bytes | None = None
        # Read now, not when the control plane is built: reinstalling the package under a running server (the
        # README's two commands in one environment) replaces the files on disk.
        self._assets = load_assets()
        self._control: Starlette | None = None
        # ``serve``: background webhook deliveries run on the server's own event loop (see Dispatcher.start_on_loop).
        self.deliver_on_server_loop = False

    @property
    def ghl(self) -> GhlApi:
        """The GHL pipeline: built (and pydantic imported) on the first GHL request, not before health."""
        if self._ghl is None:
            from mock_server.platform.pipeline import GhlApi

            self._ghl = GhlApi(self.world)
        return self._ghl

    @property
    def control(self) -> Starlette:
        """The control plane, ``/openapi.json`` and the index: built (and starlette imported) on first use."""
        if self._control is None:
            from mock_server.control.plane import control_plane

            self._control = control_plane(self.world, self.openapi_document, self._assets)
        return self._control

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
                if path == "/_mock/health" and scope["method"] in ("GET", "HEAD"):
                    await _send_json(send, 200, health(self.world))
                    return
                clocks = self.world.pull_clocks()  # other processes sharing the store may have moved a clock
                try:
                    await self.control(scope, receive, send)
                finally:
                    self.world.push_clocks(clocks)
                return
            if path.startswith(FILES_PREFIX + "/"):
                self.world.pull_clocks()  # a signed upload URL expires on the mock clock
                from mock_server.apis.files.serving import serve as serve_file

                await serve_file(self.world, scope, receive, send)
                return
            if _is_ghl_path(path):
                self.world.pull_clocks()
                await self.ghl(scope, receive, send)
                return
        elif scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        await self.control(scope, receive, send)

    def openapi_document(self) -> bytes:
        if self._openapi is None:
            from mock_server.platform.openapi import openapi_bytes

            self._openapi = openapi_bytes(self.world.registry, server_url=self.world.settings.public_url)
        return self._openapi

    async def _lifespan(self, receive, send) -> None:
        """ASGI lifespan: the webhook worker on the server's loop (``serve``); the world (and its data file) is
        closed on shutdown."""
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                if self.deliver_on_server_loop:
                    self.world.webhooks.dispatcher.start_on_loop()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self.deliver_on_server_loop:
                    await self.world.webhooks.dispatcher.stop_on_loop()
                self.world.close()
                await send({"type": "lifespan.shutdown.complete"})
                return


def build_app(settings: Settings | None = None, *, world: World | None = None, areas: Areas | None = None) -> MockApp:
    """The mock for ``settings``, serving the registered areas (or ``areas``: say, with a test's own area added)."""
    settings = settings or Settings.from_env()
    if world is None:
        world = World(settings, areas or REGISTERED)
    for table, fields in world.areas.indexes().items():
        world.store.declare_index(table, *fields)
    world.webhooks.recover_pending()  # deliveries a crash interrupted go out again
    with world.store.exclusive():  # several processes starting on one database create one bootstrap tenant
        if settings.bootstrap:
            bootstrap(world)
        else:
            ensure_default_app(world)
    return MockApp(world)


async def _send_json(send, status: int, body: dict) -> None:
    payload = orjson.dumps(body)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
