"""The requests session schemathesis sends the self-conformance cases with: the mock's app called in the
calling thread.

schemathesis' ASGI transport (4.32) builds a new ``requests`` session per request (the case's, and each of the
``ignored_auth`` check's probes), looks up proxy settings in the environment for each, and runs the app on an
event loop in another thread, waiting for it. That was about half of the self-conformance test's CPU. This session
sends the same prepared request (schemathesis still serializes the case and ``requests`` still prepares it), hands
the app the same ASGI scope schemathesis' adapter builds, and builds the ``requests`` response the same way; only
the app runs here, the way ``mock_server.testing.transport`` runs it for httpx (GHL requests step the app's
coroutine with no event loop, anything else on a private loop). One session per app, reused: its cookies are
cleared before each request, as a fresh session would have none.

``install(app)`` makes schemathesis' ASGI transport use it for that app (``schemathesis.python.asgi.get_client``,
which the transport calls for every request it sends without a session of its own); other apps are untouched.
"""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import unquote, urlsplit

import requests
import requests.adapters
import urllib3
from schemathesis.python import asgi

from mock_server.testing.transport import InProcessTransport

_SESSIONS: dict[int, tuple[Any, InProcessSession]] = {}
_ORIGINAL_GET_CLIENT = asgi.get_client


class _InThreadAdapter(requests.adapters.HTTPAdapter):
    """schemathesis' ``_ASGIAdapter.send`` (same scope, same response), with the app run in this thread."""

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.runner = InProcessTransport(app)

    def close(self) -> None:
        pass

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        parts = urlsplit(str(request.url))
        scheme, path, query = parts.scheme, parts.path, parts.query
        default_port = {"http": 80, "https": 443}[scheme]
        host = parts.hostname or ""
        port = parts.port or default_port
        header_host = f"[{host}]" if ":" in host else host
        if "host" in request.headers:
            headers: list[tuple[bytes, bytes]] = []
        elif port == default_port:
            headers = [(b"host", header_host.encode())]
        else:
            headers = [(b"host", f"{header_host}:{port}".encode())]
        # Headers travel over the wire as latin-1, so the app gets the same octets a real server would give it.
        headers += [(key.lower().encode("latin-1"), value.encode("latin-1")) for key, value in request.headers.items()]
        scope = {
            "type": "http", "http_version": "1.1", "method": request.method, "path": unquote(path),
            "raw_path": path.encode(), "root_path": "", "scheme": scheme, "query_string": query.encode(),
            "headers": headers, "client": ["testclient", 50000], "server": [host, port],
            "state": asgi._lifespan_state(self.app),
        }
        body = request.body
        body_bytes = body.encode("utf-8") if isinstance(body, str) else (body or b"")
        sent = False
        started: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body_bytes}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                assert not started, 'Received multiple "http.response.start" messages.'
                started["status"] = message["status"]
                started["headers"] = [(key.decode("latin-1"), value.decode("latin-1"))
                                      for key, value in message.get("headers", [])]
            elif message["type"] == "http.response.body":
                assert started, 'Received "http.response.body" without "http.response.start".'
                chunks.append(message.get("body", b"") if request.method != "HEAD" else b"")

        self.runner.run(scope, receive, send)
        assert started, "The application did not return a response."
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(b"".join(chunks)), request_method=request.method, version=11, status=started["status"],
            reason=asgi._reason_phrase(started["status"]), headers=started["headers"], preload_content=False,
            original_response=asgi._OriginalResponse(started["headers"]))
        return self.build_response(request, raw)


class InProcessSession(asgi.ASGIClient):
    """An ``ASGIClient`` whose requests run the app in the calling thread."""

    def __init__(self, app) -> None:
        super().__init__(app)
        self.adapter = _InThreadAdapter(app)
        self.mount("http://", self.adapter)
        self.mount("https://", self.adapter)
        # Nothing leaves the process: no proxies or .netrc credentials to look up in the environment per request.
        self.trust_env = False

    def request(self, method, url, *args: Any, **kwargs: Any) -> requests.Response:
        self.cookies.clear()
        return super().request(method, url, *args, **kwargs)


def session_for(app) -> InProcessSession:
    held = _SESSIONS.get(id(app))
    if held is None or held[0] is not app:
        held = _SESSIONS[id(app)] = (app, InProcessSession(app))
    return held[1]


def install(app) -> None:
    """Route schemathesis' ASGI requests to ``app`` through its in-thread session."""
    session_for(app)
    asgi.get_client = _get_client


def _get_client(app, **kwargs: Any):
    held = _SESSIONS.get(id(app))
    if held is not None and held[0] is app:
        return held[1]
    return _ORIGINAL_GET_CLIENT(app, **kwargs)
