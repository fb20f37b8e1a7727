"""Serving a mock over real HTTP from a background thread: for tests that need sockets (concurrent
clients, clients in other processes) and for benchmarks.

    with ServedApp(build_app(Settings(bootstrap=False))) as served:
        httpx.get(served.url + "/openapi.json")

uvicorn runs in a daemon thread on a free loopback port; leaving the block stops it. The app's
lifespan is not run, so the app (and its store) stays usable, and closable, by its owner.
"""

from __future__ import annotations

import threading
import time

import uvicorn

from mock_server.server import _bind
from mock_server.settings import Settings

START_TIMEOUT_SECONDS = 10


class ServedApp:
    def __init__(self, app, *, host: str = "127.0.0.1") -> None:
        self.app = app
        self.host = host
        self.url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> ServedApp:
        sock = _bind(Settings(host=self.host, port=0))  # a TCP socket: keep-alive without 40 ms stalls
        port = sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn.Config(self.app, log_level="warning", access_log=False,
                                                     lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True,
                                        name=f"ghl-mock-{port}")
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock's HTTP server did not start")
            time.sleep(0.005)
        self.url = f"http://{self.host}:{port}"
        return self

    def __exit__(self, *exc_info) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(START_TIMEOUT_SECONDS)
