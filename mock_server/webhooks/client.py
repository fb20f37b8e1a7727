"""The sender process's HTTP client: one POST per attempt over kept-alive connections, h11 for HTTP/1.1.

httpx's async client costs about 1.5 ms of CPU a request here (anyio's cancel scopes and locks, its
models; without ``sniffio`` installed, httpcore also retries a failed import on every lock), more than
signing with RSA. A webhook attempt needs little of it: one POST, no redirects, no cookies, the answer
read no further than ``delivery.READ_LIMIT``. So the connections are asyncio streams, the protocol is h11
(the HTTP/1.1 state machine httpx itself rests on), and what a bad receiver does is reported the way
``delivery.Answer`` logs it (refused, timed out, redirected, huge).
"""

from __future__ import annotations

import asyncio
import ssl
import time
from urllib.parse import urlsplit

import h11

from mock_server.webhooks import delivery

IDLE_PER_HOST = 16  # kept-alive connections per receiver (each app sends at most ``concurrency`` at once)


class _Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.h11 = h11.Connection(h11.CLIENT)

    def close(self) -> None:
        self.writer.close()


class _Phase:
    """How far an attempt got: a timeout is named after it (as httpx names them)."""

    def __init__(self) -> None:
        self.name = "ConnectTimeout"


class Client:
    """``await client.send(request)`` answers a ``delivery.Answer``; ``close()`` ends the kept connections."""

    def __init__(self) -> None:
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._tls: ssl.SSLContext | None = None

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for connections in self._idle.values():
            for connection in connections:
                connection.close()
        self._idle.clear()

    async def send(self, request: delivery.Request) -> delivery.Answer:
        started = time.perf_counter()
        phase = _Phase()
        try:
            async with asyncio.timeout(request.timeout):
                answer = await self._exchange(request, started, phase)
        except TimeoutError:
            answer = delivery.Answer(None, latency_ms=delivery._ms(started),
                                     error=f"timeout: no answer within {request.timeout:g} s ({phase.name})")
        except (OSError, h11.ProtocolError, ValueError) as exc:
            error = (f"connection failed: {exc}" if phase.name == "ConnectTimeout"
                     else f"{type(exc).__name__}: {exc}")
            answer = delivery.Answer(None, latency_ms=delivery._ms(started), error=error)
        answer.sent_headers = dict(request.headers)
        return answer

    async def _exchange(self, request: delivery.Request, started: float, phase: _Phase) -> delivery.Answer:
        url = urlsplit(request.url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ValueError(f"not an http(s) URL: {request.url}")
        origin = (url.scheme, url.hostname, url.port or (443 if url.scheme == "https" else 80))
        target = (url.path or "/") + (f"?{url.query}" if url.query else "")
        headers = [("host", url.netloc), ("content-length", str(len(request.body))), *request.headers.items()]
        message = h11.Request(method="POST", target=target, headers=headers)
        while True:
            connection, reused = await self._connection(origin, phase)
            phase.name = "WriteTimeout"
            try:
                connection.writer.write(connection.h11.send(message) + connection.h11.send(h11.Data(data=request.body))
                                        + connection.h11.send(h11.EndOfMessage()))
                await connection.writer.drain()
                phase.name = "ReadTimeout"
                response = await self._next(connection, h11.Response)
            except (OSError, h11.RemoteProtocolError, EOFError):
                connection.close()
                if reused:  # a kept connection the receiver had closed meanwhile: once more on a new one
                    continue
                raise
            except BaseException:
                connection.close()
                raise
            return await self._answer(connection, origin, response, started)

    async def _answer(self, connection: _Connection, origin, response: h11.Response,
                      started: float) -> delivery.Answer:
        chunks, size, complete = [], 0, False
        try:
            while size <= delivery.READ_LIMIT:
                event = await self._next(connection, (h11.Data, h11.EndOfMessage))
                if isinstance(event, h11.EndOfMessage):
                    complete = True
                    break
                chunks.append(event.data)
                size += len(event.data)
        except BaseException:
            connection.close()
            raise
        if complete and connection.h11.our_state is h11.DONE and connection.h11.their_state is h11.DONE:
            connection.h11.start_next_cycle()
            idle = self._idle.setdefault(origin, [])
            if len(idle) < IDLE_PER_HOST:
                idle.append(connection)
            else:
                connection.close()
        else:  # the answer was cut short (huge) or the receiver closes: not kept
            connection.close()
        raw = b"".join(chunks)
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in response.headers
                   if name in (b"location", b"content-type")}
        return delivery.Answer(response.status_code, raw[:delivery.EXCERPT_CHARS].decode("utf-8", "replace"),
                               len(raw) > delivery.READ_LIMIT, delivery._ms(started), headers=headers)

    async def _connection(self, origin: tuple[str, str, int], phase: _Phase) -> tuple[_Connection, bool]:
        idle = self._idle.get(origin)
        while idle:
            connection = idle.pop()
            if not connection.reader.at_eof() and not connection.writer.is_closing():
                return connection, True
            connection.close()
        phase.name = "ConnectTimeout"
        scheme, host, port = origin
        tls = None
        if scheme == "https":
            if self._tls is None:
                self._tls = ssl.create_default_context()
            tls = self._tls
        reader, writer = await asyncio.open_connection(host, port, ssl=tls, limit=delivery.READ_LIMIT * 2)
        return _Connection(reader, writer), False

    @staticmethod
    async def _next(connection: _Connection, wanted):
        """The next h11 event of a kind in ``wanted`` (informational answers skipped), reading as needed."""
        while True:
            event = connection.h11.next_event()
            if event is h11.NEED_DATA:
                data = await connection.reader.read(65536)
                if not data:
                    connection.h11.receive_data(b"")
                    event = connection.h11.next_event()
                    if event is h11.NEED_DATA or isinstance(event, h11.ConnectionClosed):
                        raise EOFError("the receiver closed the connection")
                else:
                    connection.h11.receive_data(data)
                    continue
            if isinstance(event, h11.InformationalResponse):
                continue
            if isinstance(event, h11.ConnectionClosed):
                raise EOFError("the receiver closed the connection")
            if isinstance(event, wanted):
                return event
            raise h11.RemoteProtocolError(f"unexpected {type(event).__name__}")
