"""The served mock's limits and timeouts, tried with real sockets on a live server (``server_limits.py``).

Each test runs on uvicorn's h11 protocol with the asyncio loop, and on httptools with uvloop (what a full
install runs) when they are installed.
"""

from __future__ import annotations

import importlib.util
import json
import select
import socket
import time
from collections.abc import Iterator

import pytest

from mock_server.app import build_app
from mock_server.platform.tenants import COMPANIES
from mock_server.settings import Settings
from mock_server.store import GLOBAL
from mock_server.testing.server import LiveServer

TIMEOUT = 0.4  # the test server's header and body timeouts, seconds
SLACK = 1.5  # how much later than the timeout an answer may come on a loaded machine
HEALTH = b"GET /_mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"

IMPLEMENTATIONS = [
    pytest.param(("h11", "asyncio"), id="h11-asyncio"),
    pytest.param(("httptools", "uvloop"), id="httptools-uvloop", marks=pytest.mark.skipif(
        not (importlib.util.find_spec("httptools") and importlib.util.find_spec("uvloop")),
        reason="httptools and uvloop are not installed")),
]


@pytest.fixture(scope="module", params=IMPLEMENTATIONS)
def server(request) -> Iterator[LiveServer]:
    http, loop = request.param
    app = build_app(Settings(random_seed="limits", header_timeout=TIMEOUT, body_timeout=TIMEOUT))
    live = LiveServer(app, http=http, loop=loop).start()
    yield live
    live.stop()
    app.world.close()


def _exchange(server: LiveServer, *chunks: bytes, pause: float = 0.0, until_answered: bool = True
              ) -> tuple[bytes, float]:
    """Send ``chunks`` (``pause`` seconds apart; ``until_answered``: stop once an answer comes), then read until
    the server closes: (what came back, seconds)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        started = time.monotonic()
        for chunk in chunks:
            if until_answered and select.select([sock], [], [], 0)[0]:
                break  # a client stops sending then
            sock.sendall(chunk)
            time.sleep(pause)
        received = b""
        while chunk := sock.recv(65536):  # a reset raises: the answer must be readable
            received += chunk
        return received, time.monotonic() - started


def _json_answer(received: bytes) -> tuple[int, dict]:
    head, _, body = received.partition(b"\r\n\r\n")
    assert b"content-type: application/json" in head.lower(), head
    return int(head.split(b" ", 2)[1]), json.loads(body)


def test_a_slowloris_head_gets_a_408_once_the_header_timeout_passes(server):
    """A byte every 0.1 s: uvicorn alone would wait forever (its keep-alive timer restarts on each byte)."""
    drip = [HEALTH[:20], *[bytes([b]) for b in HEALTH[20:]]]
    received, seconds = _exchange(server, *drip, pause=0.1)
    status, body = _json_answer(received)
    assert (status, body["statusCode"]) == (408, 408)
    assert body["message"] == "Request Timeout: the request head did not arrive in time"
    assert TIMEOUT - 0.1 <= seconds < TIMEOUT + SLACK


def test_a_connection_that_sends_nothing_is_closed_silently(server):
    received, seconds = _exchange(server)
    assert received == b"" and TIMEOUT - 0.1 <= seconds < TIMEOUT + SLACK


def test_a_body_that_never_completes_gets_a_408_and_is_not_processed(server):
    tenants = len(server.app.world.store.scan(GLOBAL, COMPANIES))
    received, seconds = _exchange(server, b"POST /_mock/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{}")
    status, body = _json_answer(received)
    assert status == 408 and body["message"] == "Request Timeout: the request body did not arrive in time"
    assert seconds < TIMEOUT + SLACK
    assert len(server.app.world.store.scan(GLOBAL, COMPANIES)) == tenants


@pytest.mark.parametrize("request_head, status", [
    (HEALTH + b"X-Big: " + b"a" * 20_000 + b"\r\n\r\n", 431),
    (b"GET /_mock/health?q=" + b"a" * 20_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 414),
    (HEALTH + b"X-Big: " + b"a" * 1_000_000, 431),  # never ends: refused as soon as it outgrows the limit
    (b"GET /_mock/health?q=" + b"a" * 1_000_000, 414),
])
def test_a_head_over_16_kib_is_answered_not_reset(server, request_head, status):
    received, _ = _exchange(server, request_head, b"more bytes the server will not read" * 1000,
                            until_answered=False)
    assert _json_answer(received)[0] == status


def test_a_head_over_the_limit_followed_by_garbage_in_one_write_is_a_431(server):
    """httptools parses on past the head within one read: the garbage must not turn the 431 into a 400."""
    received, _ = _exchange(server, HEALTH + b"X-Big: " + b"a" * 20_000 + b"\r\n\r\nnot http at all\r\n\r\n")
    assert _json_answer(received)[0] == 431


def test_a_head_just_under_the_limit_is_served(server):
    received, _ = _exchange(server, HEALTH + b"Connection: close\r\nX-Pad: " + b"a" * 15_000 + b"\r\n\r\n")
    assert _json_answer(received)[0] == 200


@pytest.mark.parametrize("malformed", [b"GARBAGE\r\n\r\n", b"GET /\xff HTTP/1.1\r\nHost: x\r\n\r\n",
                                       b"POST /contacts/ HTTP/1.1\r\nHost: x\r\nContent-Length: " + b"9" * 5000
                                       + b"\r\n\r\n", b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n"])
def test_malformed_http_is_answered_in_ghl_shaped_json(server, malformed):
    status, body = _json_answer(_exchange(server, malformed)[0])
    assert status == 400 and body == {"statusCode": 400, "message": "Invalid HTTP request received.",
                                      "error": "Bad Request"}


def test_keep_alive_goes_on_after_an_answer_given_before_the_body_was_read(server):
    """A 401 answered while a large body is still arriving: the next request on the connection is answered
    for itself (the rest of the body is never mistaken for a head)."""
    body = b"x" * 1_500_000
    post = (b"POST /contacts/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body))
    received, _ = _exchange(server, post + body[:100_000], body[100_000:],
                            HEALTH + b"Connection: close\r\n\r\n", pause=0.05, until_answered=False)
    assert received.startswith(b"HTTP/1.1 401") and received.count(b"HTTP/1.1 200 OK") == 1


def test_ordinary_keep_alive_requests_are_untouched(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        for _ in range(3):
            sock.sendall(HEALTH + b"\r\n")
            received = b""
            while not received.endswith(b"}"):  # the head and the JSON body may come in two reads
                received += sock.recv(65536)
            assert received.startswith(b"HTTP/1.1 200 OK")
            time.sleep(TIMEOUT / 2)  # idle between requests, but under the timeouts


def test_an_answer_without_a_body_is_sent_at_once(server):
    """httptools holds an answer's head until its body: a HEAD answer (a head alone) still goes out, before the
    idle connection is closed."""
    received, _ = _exchange(server, b"HEAD /_mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    assert received.startswith(b"HTTP/1.1 200 ") and received.endswith(b"\r\n\r\n")
    assert b"content-length: " in received.lower()


def test_an_answers_head_and_body_go_out_in_one_write():
    from mock_server.server_limits import _OneWritePerAnswer

    class Recording:
        def __init__(self) -> None:
            self.writes: list[bytes] = []
            self.closed = False

        def write(self, data: bytes) -> None:
            self.writes.append(data)

        def close(self) -> None:
            self.closed = True

    transport = Recording()
    writer = _OneWritePerAnswer(transport)
    writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")  # the client waits for it before sending its body
    assert transport.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]
    head = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n"
    writer.write(head)
    assert len(transport.writes) == 1
    writer.write(b"{}")
    assert transport.writes[1:] == [head + b"{}"]
    writer.write(head)
    writer.close()  # closing sends what is held first
    assert transport.writes[2:] == [head] and transport.closed
