"""The Starlette app behind everything that is not GHL's API: ``/_mock/...``, ``/openapi.json`` and ``/``.

Built by ``MockApp`` on the first request that needs it (``/_mock/health`` and GHL's API do not).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route

from mock_server.control import routes as control
from mock_server.control import seeds
from mock_server.platform.errors import GhlError, ServiceUnavailable, error_body
from mock_server.platform.world import World
from mock_server.store import WriteFailed

log = logging.getLogger("ghl_mock")


def control_plane(world: World, openapi: Callable[[], bytes], assets: dict[str, bytes]) -> Starlette:
    """``assets``: the files it serves, read when the app was built (``assets.py``)."""

    async def openapi_document(request: Request) -> Response:
        return Response(openapi(), media_type="application/json")

    plane = Starlette(
        routes=[
            Mount("/_mock", routes=[*control.routes, *seeds.routes(world.areas)]),
            Route("/openapi.json", openapi_document, methods=["GET"]),
            Route("/", _index, methods=["GET"]),
            Route("/favicon.ico", lambda request: Response(status_code=204), methods=["GET"]),
        ],
        exception_handlers={GhlError: _ghl_error, WriteFailed: _write_failed, HTTPException: _http_error,
                            Exception: _unexpected},
    )
    plane.state.world = world
    plane.state.assets = assets
    return plane


async def _index(request: Request) -> Response:
    """Browsers go to the dashboard; API clients get a JSON map of the mock."""
    if "text/html" in request.headers.get("accept", ""):
        return RedirectResponse("/_mock/dashboard")
    return Response(orjson.dumps({
        "name": "ghl-mock", "dashboard": "/_mock/dashboard", "openapi": "/openapi.json",
        "health": "/_mock/health", "operations": "/_mock/operations",
    }), media_type="application/json")


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
