"""``LiveServer``: the mock on a real socket, served by uvicorn in a background thread.

For clients that cannot be bound in-process: another process, another language (Node, Go ...), a
browser. It binds port 0 (the OS picks a free port, so parallel pytest-xdist workers never clash),
and ``start()`` returns only once the server answers, or raises after ``timeout`` seconds.
"""

from __future__ import annotations

import socket
import threading
import time

import httpx
import uvicorn

from mock_server.server import _bind as bind
from mock_server.server_limits import uvicorn_config
from mock_server.settings import Settings

DEFAULT_STARTUP_TIMEOUT = 10.0
HEALTH_PATH = "/_mock/health"


class ServerStartError(RuntimeError):
    """The live server did not come up in time (or its thread died)."""


class LiveServer:
    def __init__(self, app, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning",
                 http: str = "auto", loop: str = "auto") -> None:
        self.app = app
        self.host = host
        self._requested_port = port
        self.port: int | None = None
        # the sandbox's configuration: its limits and timeouts (server_limits.py), on uvicorn's ``http`` protocol
        # and ``loop``
        self._server = uvicorn.Server(uvicorn_config(app, host=host, port=port, log_level=log_level,
                                                     lifespan="off", access_log=False, http=http, loop=loop))
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``: the base URL clients should use."""
        if self.port is None:
            raise RuntimeError("the live server is not started")
        return f"http://{self.host}:{self.port}"

    def url_for(self, path: str) -> str:
        return self.url + "/" + path.lstrip("/")

    def start(self, timeout: float = DEFAULT_STARTUP_TIMEOUT) -> LiveServer:
        """Bind, serve in a daemon thread, and wait until the mock answers its health check."""
        # The sandbox's own binding (a TCP-protocol socket: without it keep-alive answers stall ~40 ms).
        sock = bind(Settings(host=self.host, port=self._requested_port))
        self.port = sock.getsockname()[1]
        settings = getattr(getattr(self.app, "world", None), "settings", None)
        if settings is not None and not settings.public_url:  # the URLs it answers (files, next pages) name this port
            settings.host, settings.port = self.host, self.port
        self._thread = threading.Thread(target=self._run, args=(sock,), name=f"ghl-mock:{self.port}", daemon=True)
        self._thread.start()
        self._wait_until_ready(timeout)
        return self

    def _run(self, sock: socket.socket) -> None:
        try:
            self._server.run(sockets=[sock])
        except BaseException as error:
            self._error = error
        finally:
            sock.close()

    def _wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._error is not None or not self._thread.is_alive():
                raise ServerStartError(f"ghl-mock live server thread died on startup: {self._error!r}")
            if self._server.started:
                try:
                    if httpx.get(self.url_for(HEALTH_PATH), timeout=1.0, trust_env=False).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
            time.sleep(0.005)
        self.stop()
        raise ServerStartError(f"ghl-mock live server on {self.host}:{self.port} not ready after {timeout}s")

    def stop(self, timeout: float = 5.0) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> LiveServer:
        return self.start() if self._thread is None else self

    def __exit__(self, *exc) -> None:
        self.stop()
