"""The in-process transport serves any ASGI app, not only the mock's loop-free GHL pipeline."""

import asyncio

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from mock_server.testing.transport import InProcessTransport


def loop_aware_app() -> Starlette:
    """Endpoints that need a running event loop before their first await, as real apps do."""

    async def running_loop(request):
        asyncio.get_running_loop()  # raises RuntimeError with no running loop
        await asyncio.sleep(0)
        return JSONResponse({"ok": True})

    def sync_endpoint(request):  # Starlette runs it in anyio's thread pool, which needs a loop
        return PlainTextResponse("from a thread")

    return Starlette(routes=[Route("/loop", running_loop), Route("/sync", sync_endpoint)])


def test_an_app_that_needs_a_running_loop_gets_one():
    with httpx.Client(transport=InProcessTransport(loop_aware_app()), base_url="http://app") as client:
        assert client.get("/loop").json() == {"ok": True}
        assert client.get("/sync").text == "from a thread"


def test_an_app_wrapping_the_mock_can_forward_to_it_with_an_async_client(ghl):
    """A test double in front of the mock (as the contract kit's tests build) forwards with httpx."""
    real = ghl.app

    async def forward(request):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(real), base_url="http://real") as client:
            answer = await client.get(request.url.path, headers=request.headers.raw)
        return JSONResponse(answer.json(), status_code=answer.status_code)

    front = Starlette(routes=[Route("/locations/{locationId}", forward)])
    headers = {"Authorization": f"Bearer {ghl.token()}", "Version": "2021-07-28"}
    with httpx.Client(transport=InProcessTransport(front), base_url="http://front") as client:
        answer = client.get(f"/locations/{ghl.location_id}", headers=headers)
    assert answer.status_code == 200
    assert answer.json()["location"]["id"] == ghl.location_id


@pytest.mark.parametrize("path", ["/favicon.ico", "/_mock/health", "/openapi.json"])
def test_the_mocks_control_plane_answers_in_process(ghl, path):
    with httpx.Client(transport=InProcessTransport(ghl.app), base_url="http://127.0.0.1:8765") as client:
        assert client.get(path).status_code in (200, 204)
