"""Loopback receivers for tests and benchmarks: a tiny threaded HTTP server that records what arrives."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLOW_SECONDS = 3.0
LAG_SECONDS = 0.2
HUGE_BYTES = 8 * 1024 * 1024


class Recorder:
    """``http://127.0.0.1:<port>/...``: answers ``status`` and keeps each body with its arrival time.

    A path ending in ``/slow`` answers after ``SLOW_SECONDS``, ``/lagging`` after ``LAG_SECONDS``, ``/redirect`` with a 302, ``/huge`` with an
    8 MiB body."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.received: list[tuple[float, dict]] = []
        self.raw: list[bytes] = []  # each body as its bytes arrived
        self._lock = threading.Lock()
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                with recorder._lock:
                    recorder.received.append((time.time(), json.loads(raw)))
                    recorder.raw.append(raw)
                behaviour = self.path.rsplit("/", 1)[-1]
                if behaviour == "slow":  # answers long after any sensible timeout
                    time.sleep(SLOW_SECONDS)
                if behaviour == "lagging":  # answers, but takes its time: a backlog builds up
                    time.sleep(LAG_SECONDS)
                if behaviour == "redirect":
                    self.send_response(302)
                    self.send_header("location", recorder.url + "/elsewhere")
                    self.send_header("content-length", "0")
                    self.end_headers()
                    return
                body = b"x" * HUGE_BYTES if behaviour == "huge" else b""
                self.send_response(recorder.status)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass  # the mock stopped reading: as it should

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Recorder:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def bodies(self) -> list[dict]:
        with self._lock:
            return [body for _, body in self.received]
