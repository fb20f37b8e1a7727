"""The served mock's HTTP limits and timeouts, for uvicorn's h11 and httptools protocols alike.

uvicorn bounds the idle time between two requests of a connection (keep-alive, 5 s) but not the time a
request takes to arrive, nor the size of a request head under httptools. So a slowloris client (a head that
trickles in byte by byte) or a body that never completes would hold a connection forever. The protocol
class uvicorn serves with is therefore a subclass of its own (``guarded_protocol``) that adds:

- ``--header-timeout`` (default 10 s): a request head must arrive within it, counted from the moment the
  connection waits for one (opened, or its previous answer sent). A connection that sent nothing of a new
  request is closed silently, as keep-alive closes idle ones; one that sent part of a head gets a 408.
- ``--body-timeout`` (default 30 s): a body must arrive within it once its head has; else a 408.
- ``--max-header-bytes`` (default 16 KiB, Node's default, which GHL's services run on): a longer request line
  answers 414, longer headers 431: a complete head is measured before the app sees it, an incomplete one is
  refused as soon as it outgrows the limit.
- Every answer goes out in one write (httptools): uvicorn writes an answer's head as soon as the app starts it
  and its body when the app sends it, two system calls and two packets; the head is held until the body.
- Malformed HTTP (a bad request line, a bad header, conflicting lengths) answers uvicorn's 400 as GHL-shaped
  JSON instead of plain text. These answers close the connection, after reading what the client still sends
  for a moment ("lingering close"), so the client reads the answer instead of a TCP reset.

Requests answered this way never reach the app, so they have no traceId and no journal entry.

DECISION: the defaults (10 s, 30 s, 16 KiB) let any real client through on a loaded CI machine and bound what a
stuck or hostile one holds; an idle connection gets no 408 (a pooled client would read it as the answer to its
next request), it is closed as keep-alive closes it.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import orjson
import uvicorn
from uvicorn.config import HTTP_PROTOCOLS
from uvicorn.importer import import_from_string

from mock_server.platform.errors import GhlError, error_body
from mock_server.settings import Settings

log = logging.getLogger("ghl_mock")

# How long a refused connection keeps reading (and dropping) what the client still sends before closing.
LINGER_SECONDS = 2.0
# The most one read hands a protocol (asyncio and uvloop read up to 256 KiB).
_READ_CHUNK = 256 * 1024
INVALID_REQUEST = "Invalid HTTP request received."
_OVERSIZED = {414: "URI Too Long: the request line is longer than the server accepts",
              431: "Request Header Fields Too Large"}


@dataclass(frozen=True)
class Limits:
    header_timeout: float
    body_timeout: float
    max_header_bytes: int

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(settings.header_timeout, settings.body_timeout, settings.max_header_bytes)


def uvicorn_config(app, *, http: str | type = "auto", **options: Any) -> uvicorn.Config:
    """The uvicorn configuration every served mock uses (``ghl-mock serve``, the ``ghl_server`` fixture)."""
    limits = Limits.of(app.world.settings)
    # No proxy-header middleware: nothing the mock answers depends on the client's address or scheme (its URLs
    # come from --public-url), and the middleware reads every request's headers.
    options.setdefault("proxy_headers", False)
    return uvicorn.Config(app, http=guarded_protocol(http, limits), ws="none",
                          # h11 must never refuse a head before the guard: it would only say "invalid"
                          h11_max_incomplete_event_size=limits.max_header_bytes + _READ_CHUNK, **options)


def refusal(status: int, message: str) -> bytes:
    """A GHL-shaped JSON error body, for answers written outside the pipeline."""
    return orjson.dumps(error_body(GhlError(message, status=status), None))


def oversized(scope: dict[str, Any], limit: int) -> int | None:
    """414 when a complete request's line is longer than ``limit``, 431 when its head is, else None."""
    # Sizes as they were on the wire, give or take the spaces: method, target, version; name: value.
    size = len(scope["method"]) + len(scope["raw_path"]) + len(scope["query_string"]) + 11
    if size > limit:
        return 414
    for name, value in scope["headers"]:  # a plain loop: twice as fast as sum() over a generator, on every request
        size += len(name) + len(value) + 4
    return 431 if size > limit else None


# -- the protocol guard ----------------------------------------------------------------------------
def guarded_protocol(http: str | type, limits: Limits) -> type:
    """uvicorn's protocol class (``"auto"``, ``"h11"``, ``"httptools"`` or a class) with the limits above."""
    base = import_from_string(HTTP_PROTOCOLS.get(http, http)) if isinstance(http, str) else http
    if base.__name__ == "HttpToolsProtocol":
        parsing: type = _HttptoolsParsing
    else:
        from uvicorn.protocols.http.h11_impl import H11Protocol  # h11 imported only when it is the parser

        if not issubclass(base, H11Protocol):
            raise ValueError(f"ghl-mock has no request limits for the protocol {base.__name__}: use h11 or httptools")
        parsing = _H11Parsing
    return type(f"Guarded{base.__name__}", (_Guard, parsing, base), {"limits": limits})


class _H11Parsing:
    def _receiving_body(self) -> bool:
        import h11

        return self.conn.their_state is h11.SEND_BODY


class _HttptoolsParsing:
    _in_body = False
    _writer: _OneWritePerAnswer | None = None

    def connection_made(self, transport) -> None:
        self._writer = _OneWritePerAnswer(transport)
        super().connection_made(transport)

    def on_headers_complete(self) -> None:
        self._in_body = True
        super().on_headers_complete()
        if self.cycle is not None:  # the request's answer is written through the writer
            self.cycle.transport = self._writer

    def on_message_complete(self) -> None:
        self._in_body = False
        super().on_message_complete()

    def _receiving_body(self) -> bool:
        return self._in_body


class _OneWritePerAnswer:
    """The transport a request's answer is written to: an answer's head is held until what follows it (its body),
    then both go out in one write. Whatever else is written, or closing, sends what is held first."""

    __slots__ = ("transport", "_held")

    def __init__(self, transport) -> None:
        self.transport = transport
        self._held: bytes | None = None

    def write(self, data: bytes) -> None:
        held = self._held
        if held is not None:
            self._held = None
            self.transport.write(held + data)
        elif data[:5] == b"HTTP/" and data[-4:] == b"\r\n\r\n" and data[9:13] != b"100 ":  # a head, not 100 Continue
            self._held = data
        else:
            self.transport.write(data)

    def flush(self) -> None:
        held = self._held
        if held is not None:
            self._held = None
            self.transport.write(held)

    def close(self) -> None:
        self.flush()
        self.transport.close()

    def is_closing(self) -> bool:
        return self.transport.is_closing()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.transport, name)


class _Guard:
    """What the protocol waits for (a head, a body, or nothing: the app is answering), and for how long."""

    limits: Limits
    _writer: _OneWritePerAnswer | None = None  # httptools only

    def _flush_answer(self) -> None:
        if self._writer is not None:
            self._writer.flush()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._app = self.app
        self.app = self._app_unless_refused  # the protocol starts every request with self.app
        self._refused_scope: dict | None = None
        self._cycle_before_read = None
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = 0.0  # when the timer fires (loop time)
        self._deadline: float | None = None  # when what the connection waits for is late (loop time)
        self._watching: tuple[str, Any] | None = None
        self._head_bytes = 0  # bytes of the head being waited for, received so far
        self._head_line_ended = False  # a line break among them: the request line is complete
        self._lingering = False

    def _phase(self) -> tuple[str, Any]:
        cycle = self.cycle
        if self._receiving_body():
            return "body", cycle
        if cycle is None or cycle.response_complete:
            return "head", cycle  # waiting for the next request, or reading its head
        return "app", cycle

    def _follow(self) -> None:
        """(Re)set the deadline of what the connection now waits for."""
        phase = self._phase()
        if phase == self._watching or self._lingering:
            return
        self._watching = phase
        if phase[0] == "head":
            self._head_bytes, self._head_line_ended = 0, False
            self._set_deadline(self.limits.header_timeout)
        elif phase[0] == "body":
            self._set_deadline(self.limits.body_timeout)
        else:
            self._deadline = None  # the app is answering: nothing to time

    # One timer per connection, moved lazily: every request of a keep-alive connection moves its deadline
    # twice (head, then the app answering), and cancelling and re-creating a loop timer each time cost more
    # than the rest of the guard. A timer that fires before the current deadline just waits again.
    def _set_deadline(self, seconds: float) -> None:
        self._deadline = deadline = self.loop.time() + seconds
        if self._timer is None or deadline < self._timer_at:
            if self._timer is not None:
                self._timer.cancel()
            self._timer, self._timer_at = self.loop.call_at(deadline, self._deadline_reached), deadline

    def _deadline_reached(self) -> None:
        self._timer = None
        deadline = self._deadline
        if deadline is None:
            return
        if self.loop.time() < deadline:
            self._timer, self._timer_at = self.loop.call_at(deadline, self._deadline_reached), deadline
            return
        self._deadline = None
        if self._watching is not None and self._watching[0] == "head":
            self._head_timed_out()
        else:
            self._body_timed_out()

    def _cancel_timer(self) -> None:
        self._deadline = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    # -- asyncio.Protocol ------------------------------------------------------------------------
    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._follow()

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            return
        cycle = self._cycle_before_read = self.cycle
        # ``_phase() == "head"``, spelled out: every request of every connection passes here
        reading_head = (cycle is None or cycle.response_complete) and not self._receiving_body()
        if reading_head:  # every byte is the head's, unless the head completes within this chunk
            self._head_bytes += len(data)
            self._head_line_ended = self._head_line_ended or b"\n" in data
        try:
            super().data_received(data)
        except Exception:  # a parser or protocol bug must not end in a silent reset
            log.warning("ghl-mock: could not read a request", exc_info=True)
            self._refuse(400, INVALID_REQUEST)
            return
        if self._lingering or self.transport.is_closing():
            return
        if reading_head:
            if self.cycle is cycle:  # no head completed: still waiting for it, refused once it outgrows the limit
                if self._head_bytes > self.limits.max_header_bytes and not self._receiving_body():
                    self._refuse_oversized_head()
                    return
            elif self._refuse_if_oversized(self.cycle):  # a head completed: measured before its app task runs
                return
        self._follow()

    async def _app_unless_refused(self, scope, receive, send) -> None:
        if scope is not self._refused_scope:  # refused: the guard has answered it already
            await self._app(scope, receive, send)

    def on_response_complete(self) -> None:
        if self._writer is not None:  # an answer without a body (HEAD, 204) leaves its head held
            self._writer.flush()
        super().on_response_complete()
        self._follow()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timer()
        super().connection_lost(exc)

    def eof_received(self) -> bool | None:
        if self._lingering:  # the client has read the answer and closed: close now
            self.transport.close()
            return None
        return super().eof_received()

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to malformed HTTP, as GHL-shaped JSON (or 414/431 when the head was too long)."""
        new_cycle = self.cycle is not None and self.cycle is not self._cycle_before_read
        if new_cycle and self._refuse_if_oversized(self.cycle):  # a complete head, then garbage, in one read
            return
        if self._phase()[0] == "head" and self._head_bytes > self.limits.max_header_bytes:
            self._refuse_oversized_head()
        else:
            self._refuse(400, INVALID_REQUEST)

    # -- deadlines -------------------------------------------------------------------------------
    def _head_timed_out(self) -> None:
        self._timer = None
        if self._head_bytes:
            self._refuse(408, "Request Timeout: the request head did not arrive in time")
        else:  # an idle connection: close it the way keep-alive does, no answer nobody asked for
            self.transport.close()

    def _body_timed_out(self) -> None:
        self._timer = None
        cycle = self.cycle
        if cycle is None or cycle.response_started:
            self._flush_answer()
            self.transport.close()
            return
        cycle.disconnected = True  # the app reads a disconnect, and its answer goes nowhere
        cycle.message_event.set()
        self._refuse(408, "Request Timeout: the request body did not arrive in time")

    # -- refusing --------------------------------------------------------------------------------
    def _refuse_if_oversized(self, cycle) -> bool:
        """A request whose complete head is too long is refused before its app task runs."""
        status = oversized(cycle.scope, self.limits.max_header_bytes)
        if status is None:
            return False
        self._refused_scope = cycle.scope
        cycle.disconnected = True
        self._refuse(status, _OVERSIZED[status])
        return True

    def _refuse_oversized_head(self) -> None:
        # no line break yet: the request line alone is too long
        status = 431 if self._head_line_ended else 414
        self._refuse(status, _OVERSIZED[status])

    def _refuse(self, status: int, message: str) -> None:
        """Answer ``status`` as JSON, then close after draining what the client still sends."""
        if self._lingering or self.transport.is_closing():
            return
        self._flush_answer()
        self._lingering = True
        self._cancel_timer()
        body = refusal(status, message)
        head = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n".encode()]
        head += [name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers]
        head.append(b"content-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n\r\n" % len(body))
        self.transport.write(b"".join(head) + body)
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.transport.resume_reading()  # uvicorn may have paused it (flow control)
        self.loop.call_later(LINGER_SECONDS, self.transport.close)
