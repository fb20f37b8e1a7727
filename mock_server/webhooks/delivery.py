"""One delivery attempt: the request (signed body, headers), sending it, and what came back.

Sending is the only part that differs between the modes: ``send`` here (blocking httpx, for manual
delivery in the caller's thread, and for an in-process receiver registered by host, the pytest receiver
fixture, through its own ASGI/WSGI app with no socket) and the sender process's lean client
(``client.py``, background delivery over the network): the same bytes and headers either way.

What a bad receiver does is an answer too, logged with its reason: a refused connection, a timeout,
a redirect (never followed: DECISION, GHL states nothing and following would POST elsewhere), a huge
answer (only the first ``READ_LIMIT`` bytes are read).
"""

from __future__ import annotations

import inspect
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from mock_server.webhooks import envelope, loop_guard, signing
from mock_server.webhooks.keys import KeyPair

if TYPE_CHECKING:
    import httpx  # imported where used: a start serves its first request without it

READ_LIMIT = 64 * 1024
EXCERPT_CHARS = 2000
USER_AGENT = "ghl-mock-webhooks"


@dataclass
class Request:
    url: str
    body: bytes
    headers: dict[str, str]
    timeout: float


class Spec(NamedTuple):
    """An attempt before signing: where, what, and how to sign it (plain data: it crosses to the sender process).
    A named tuple: the worker makes one per attempt, and a frozen dataclass cost several times as much to make.

    What is sent is either ``body`` (the exact text, as events stored before bodies were made at sending kept it)
    or made from ``event`` (the stored event record: JSON bytes as committed, or decoded) for ``app_id``: the
    envelope and the JSON writing are pure functions of the stored event, so every attempt sends the same bytes.
    Made here, the body costs the sender process its CPU, not the API's (``body_bytes``)."""

    url: str
    body: str | None
    mode: str
    depth: int
    timeout: float
    tamper: bool = False
    rotated: bool = False
    event: bytes | dict | None = None
    app_id: str | None = None
    version_id: str | None = None
    timestamp: str | None = None  # the stale-timestamp fault's, in place of the event's

    def as_list(self) -> list:
        """The fields in order (``Spec(*spec.as_list())`` makes it again): what crosses the pipe. An event still in
        its committed JSON goes across as it is (not decoded and written again)."""
        fields = list(self)
        if isinstance(self.event, bytes):
            fields[7] = orjson.Fragment(self.event)
        return fields

    def body_bytes(self) -> bytes:
        if self.body is not None:
            return self.body.encode()
        return envelope.sent_body(self.event, app_id=self.app_id, version_id=self.version_id,
                                  timestamp=self.timestamp)

    def request(self, keys) -> Request:
        return build(self.body_bytes(), self.url, keys=keys.next if self.rotated else keys.current, mode=self.mode,
                     depth=self.depth, timeout=self.timeout, tamper=self.tamper)


@dataclass
class Answer:
    status: int | None
    excerpt: str = ""
    truncated: bool = False
    latency_ms: float = 0.0
    error: str | None = None  # no answer: why
    headers: dict[str, str] = field(default_factory=dict)
    sent_headers: dict[str, str] = field(default_factory=dict)  # what the attempt sent

    def reason(self) -> str:
        if self.error:
            return self.error
        if self.status is not None and 300 <= self.status < 400:
            return f"HTTP {self.status}: redirect to {self.headers.get('location', '?')} not followed"
        text = f"HTTP {self.status}"
        return text + (f" (answer over {READ_LIMIT // 1024} KiB, read no further)" if self.truncated else "")


def build(body: bytes, url: str, *, keys: KeyPair, mode: str, depth: int, timeout: float,
          tamper: bool = False) -> Request:
    headers = {"content-type": "application/json", "user-agent": USER_AGENT,
               loop_guard.DEPTH_HEADER: str(depth + 1)}
    headers.update(signing.sign(body, keys, mode, tamper=tamper))  # type: ignore[arg-type]
    return Request(url, body, headers, timeout)


def is_asgi(app: Any) -> bool:
    call = app if inspect.isfunction(app) or inspect.ismethod(app) else getattr(app, "__call__", None)
    return inspect.iscoroutinefunction(call)


def sync_transport(app: Any) -> httpx.BaseTransport:
    """A blocking transport into an in-process ASGI or WSGI app."""
    import httpx

    if is_asgi(app):
        from mock_server.testing.transport import InProcessTransport

        return InProcessTransport(app)
    return httpx.WSGITransport(app=app)


def send(client: httpx.Client, request: Request) -> Answer:
    answer = _send(client, request)
    answer.sent_headers = dict(request.headers)
    return answer


def _send(client: httpx.Client, request: Request) -> Answer:
    started = time.perf_counter()
    try:
        with client.stream("POST", request.url, content=request.body, headers=request.headers,
                           timeout=request.timeout) as response:
            if response.is_stream_consumed:  # an in-process transport answers with the whole body at once
                return _answer(response, response.content[:READ_LIMIT + 1], started)
            limited = _Limited()
            for chunk in response.iter_raw():
                if limited.full(chunk):
                    break
            return _answer(response, limited.data(), started)
    except Exception as exc:  # an in-process receiver's own bug is a failed attempt too (a server's 500)
        return _failure(exc, started, request)


class _Limited:
    """An answer's body, read no further than ``READ_LIMIT`` (a huge answer costs the mock nothing)."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.size = 0

    def full(self, chunk: bytes) -> bool:
        self.chunks.append(chunk)
        self.size += len(chunk)
        return self.size > READ_LIMIT

    def data(self) -> bytes:
        return b"".join(self.chunks)


def _failure(exc: Exception, started: float, request: Request) -> Answer:
    import httpx

    if isinstance(exc, httpx.HTTPError):
        return Answer(None, latency_ms=_ms(started), error=_transport_error(exc, request.timeout))
    return Answer(None, latency_ms=_ms(started), error=f"the receiver raised {type(exc).__name__}: {exc}")


def _answer(response: httpx.Response, raw: bytes, started: float) -> Answer:
    return Answer(response.status_code, raw[:EXCERPT_CHARS].decode("utf-8", "replace"), len(raw) > READ_LIMIT,
                  _ms(started), headers={k: v for k, v in response.headers.items() if k in ("location", "content-type")})


def _transport_error(exc: httpx.HTTPError, timeout: float) -> str:
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return f"timeout: no answer within {timeout:g} s ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"connection failed: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)
