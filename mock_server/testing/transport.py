"""An httpx transport that calls the mock's ASGI app in the current thread: no sockets, no server.

httpx's own ``ASGITransport`` is async-only; this one serves ``httpx.Client`` (and, through
``AsyncInProcessTransport``, ``httpx.AsyncClient``). The mock's GHL pipeline never waits on real
I/O, so a GHL request completes in a single step of its coroutine, with no event loop (the app says
which requests those are: ``MockApp.runs_without_event_loop``). Everything else, the Starlette control
plane or any other ASGI app, runs on a private event loop.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

from mock_server.settings import GHL_HOST

GHL_BASE_URL = f"https://{GHL_HOST}"
DEFAULT_VERSION = "2021-07-28"  # the Version header the testing clients send


class _Exchange:
    def __init__(self, request: httpx.Request, body: bytes) -> None:
        self.request = request
        self.body = body
        self.sent_body = False
        self.status = 500
        self.headers: list[tuple[bytes, bytes]] = []
        self.chunks: list[bytes] = []

    async def receive(self) -> dict[str, Any]:
        if self.sent_body:
            return {"type": "http.disconnect"}
        self.sent_body = True
        return {"type": "http.request", "body": self.body, "more_body": False}

    async def send(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.chunks.append(message.get("body", b""))


def _scope(request: httpx.Request) -> dict[str, Any]:
    url = request.url
    return {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
        "method": request.method, "scheme": url.scheme, "path": url.path,
        "raw_path": url.raw_path.split(b"?")[0], "query_string": url.query, "root_path": "",
        "headers": [(k.lower(), v) for k, v in request.headers.raw],
        "client": ("127.0.0.1", 50000), "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
    }


def _response(exchange: _Exchange, request: httpx.Request) -> httpx.Response:
    return httpx.Response(exchange.status, headers=exchange.headers, content=b"".join(exchange.chunks),
                          request=request)


class InProcessTransport(httpx.BaseTransport):
    def __init__(self, app) -> None:
        self.app = app
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        exchange = _Exchange(request, request.read())
        self.run(_scope(request), exchange.receive, exchange.send)
        return _response(exchange, request)

    def run(self, scope: dict[str, Any], receive, send) -> None:
        """Run the app on one ASGI exchange, in the calling thread (other clients than httpx use this too:
        the self-conformance test's requests session, ``contracts/asgi_session.py``)."""
        coroutine = self.app(scope, receive, send)
        loop_free = getattr(self.app, "runs_without_event_loop", None)
        if loop_free is not None and loop_free(scope):
            try:
                # Fast path: the app vouches that this request never awaits real I/O, so its
                # coroutine finishes in one step with no event loop at all.
                yielded = coroutine.send(None)
            except StopIteration:
                return
            # It suspended after all: finish it on the private event loop.
            self._run_on_loop(_resume(coroutine, yielded))
        else:
            # Any other ASGI app may look for a running loop (sniffio, anyio, asyncio) before its
            # first await, so it runs on a real loop from the start.
            self._run_on_loop(coroutine)

    def _run_on_loop(self, awaitable) -> None:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(awaitable)

    def close(self) -> None:
        if self._loop is not None:
            self._loop.close()
            self._loop = None


async def _resume(coroutine, yielded):
    """Drive a coroutine that already suspended once (on ``yielded``) to completion inside a loop."""
    value, error = None, None
    while True:
        if yielded is not None:
            try:
                value = await _await_future(yielded)
            except BaseException as exc:
                error = exc
        try:
            yielded = coroutine.throw(error) if error is not None else coroutine.send(value)
        except StopIteration:
            return
        value, error = None, None


async def _await_future(future):
    return await future


class AsyncInProcessTransport(httpx.AsyncBaseTransport):
    """The async twin: for ``httpx.AsyncClient`` (and so the official Python SDK)."""

    def __init__(self, app) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        exchange = _Exchange(request, await request.aread())
        await self.app(_scope(request), exchange.receive, exchange.send)
        return _response(exchange, request)
