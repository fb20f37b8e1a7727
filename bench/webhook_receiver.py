"""A loopback webhook receiver for the benchmarks: answers every POST with 200 at once, and keeps when
each body arrived. ``GET /arrivals`` answers ``{"<payload id>": <arrival time.time()>}`` (first arrival);
``DELETE /arrivals`` forgets them. Plain asyncio, so it costs the machine little."""

from __future__ import annotations

import asyncio
import json
import sys
import time

arrivals: dict[str, float] = {}


class Receiver(asyncio.Protocol):
    def connection_made(self, transport) -> None:
        self.transport, self.buffer = transport, b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head, sep, rest = self.buffer.partition(b"\r\n\r\n")
            if not sep:
                return
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(rest) < length:
                return
            body, self.buffer = rest[:length], rest[length:]
            method, path = head.split(b" ", 2)[:2]
            self.transport.write(self.answer(method, path, body))

    def answer(self, method: bytes, path: bytes, body: bytes) -> bytes:
        if method == b"POST":
            payload_id = json.loads(body).get("id")
            arrivals.setdefault(payload_id, time.time())
            return b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"
        if method == b"DELETE":
            arrivals.clear()
        out = json.dumps(arrivals).encode() if method == b"GET" else b"{}"
        return b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(out), out)


async def main() -> None:
    server = await asyncio.get_running_loop().create_server(Receiver, "127.0.0.1", 0)
    print(f"receiving at http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
