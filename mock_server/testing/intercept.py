"""Interception: calls to GHL's host made with httpx (sync or async) or requests are answered in-process.

Code under test keeps its real base URL (``https://services.leadconnectorhq.com``): the official SDK,
a hand-written httpx client or a requests session all work unchanged, and no byte reaches the
network. Only the GHL hosts are taken over; every other host passes through to the real transport.

The patches sit where every client ends up: ``httpx.HTTPTransport.handle_request``,
``httpx.AsyncHTTPTransport.handle_async_request`` and ``requests.adapters.HTTPAdapter.send``. They
are installed on entry and restored on exit (nested uses restore in order).
"""

from __future__ import annotations

import http
import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from mock_server.testing.transport import GHL_HOST, AsyncInProcessTransport, InProcessTransport

GHL_HOSTS = frozenset({GHL_HOST})


@contextmanager
def intercept(app, hosts: Iterable[str] = GHL_HOSTS) -> Iterator[None]:
    """Answer httpx and requests calls to ``hosts`` with ``app`` (the mock) while the block runs."""
    hosts = frozenset(hosts)
    sync_transport, async_transport = InProcessTransport(app), AsyncInProcessTransport(app)
    restore: list[tuple[type, str, Any]] = []

    def patch(owner: type, name: str, replacement: Any) -> None:
        restore.append((owner, name, owner.__dict__[name]))
        setattr(owner, name, replacement)

    original_sync = httpx.HTTPTransport.handle_request
    original_async = httpx.AsyncHTTPTransport.handle_async_request

    def handle_request(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        if request.url.host in hosts:
            return sync_transport.handle_request(request)
        return original_sync(transport, request)

    async def handle_async_request(transport: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        if request.url.host in hosts:
            return await async_transport.handle_async_request(request)
        return await original_async(transport, request)

    patch(httpx.HTTPTransport, "handle_request", handle_request)
    patch(httpx.AsyncHTTPTransport, "handle_async_request", handle_async_request)
    requests_adapter = _requests_adapter()
    if requests_adapter is not None:
        patch(requests_adapter, "send", _requests_send(requests_adapter.send, hosts, sync_transport))
    try:
        yield
    finally:
        for owner, name, original in reversed(restore):
            setattr(owner, name, original)
        sync_transport.close()


def _requests_adapter() -> type | None:
    try:
        from requests.adapters import HTTPAdapter
    except ImportError:  # requests is optional: without it there is nothing to intercept
        return None
    return HTTPAdapter


def _requests_send(original, hosts: frozenset[str], transport: InProcessTransport):
    import requests
    from requests.structures import CaseInsensitiveDict
    from requests.utils import get_encoding_from_headers

    def send(adapter, request: requests.PreparedRequest, stream: bool = False, timeout: Any = None,
             verify: Any = True, cert: Any = None, proxies: Any = None) -> requests.Response:
        if httpx.URL(request.url).host not in hosts:
            return original(adapter, request, stream=stream, timeout=timeout, verify=verify, cert=cert,
                            proxies=proxies)
        answer = transport.handle_request(httpx.Request(
            request.method or "GET", request.url or "", headers=list(request.headers.items()),
            content=_body_bytes(request.body)))
        response = requests.Response()
        response.status_code = answer.status_code
        response.headers = CaseInsensitiveDict(answer.headers.multi_items())
        response.reason = _reason(answer.status_code)
        response._content = answer.content
        response.raw = io.BytesIO(answer.content)
        response.encoding = get_encoding_from_headers(response.headers)
        response.url = request.url or ""
        response.request = request
        response.connection = adapter
        return response

    return send


def _body_bytes(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode()
    if isinstance(body, bytes):
        return body
    if hasattr(body, "read"):
        return body.read()
    return b"".join(part.encode() if isinstance(part, str) else part for part in body)  # a generator body


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""
