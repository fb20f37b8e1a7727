"""The sender: a child process that signs and POSTs the background worker's attempts.

Signing (RSA above all) and HTTP cost far more CPU than the API write that caused the event. In the
server's own process they would take that CPU from the API; in a child process they run on another
core, and the API's process only hands over each attempt (a line of JSON on a pipe) and logs the
answer. The worker in the server decides everything (what, when, faults, retries); the sender only
signs with the keys it is given and reports what came back.

Protocol, one JSON object per line: from the child first ``{"ready": true}`` once it can serve; to the
child ``{"keys": {"current": pems, "next": pems}}`` and ``{"id", "spec": {...}}``; from the child
``{"id", "answer": {...}}``. If the child dies, the
attempts it held are scheduled again (nothing is logged for them), and the next attempt starts a new one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import sys

import orjson

from mock_server.webhooks import delivery


class SenderLost(RuntimeError):
    """The sender process went away with this attempt in hand: it was never made."""


class SenderProcess:
    """The server side: starts the child on first use, matches answers to attempts."""

    def __init__(self) -> None:
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task | None = None
        self._waiting: dict[int, asyncio.Future] = {}
        self._ids = itertools.count(1)
        self._keys_sent: object | None = None
        self._lock = asyncio.Lock()

    async def start(self, keys) -> None:
        """Start the child now (it takes a second to import): the first delivery need not wait for it."""
        await self._ensure(keys)

    async def _ensure(self, keys) -> asyncio.subprocess.Process:
        async with self._lock:
            if self._process is None or self._process.returncode is not None:
                self._process = await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "mock_server.webhooks.sender", stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE, limit=16 * 1024 * 1024)
                self._keys_sent = None
                await self._process.stdout.readline()  # {"ready": true}: imported, serving
                self._reader = asyncio.ensure_future(self._read(self._process))
            current, following = keys.current, keys.next
            if self._keys_sent != (id(current), id(following)):  # new, or rotated since
                self._write({"keys": {"current": current.pems(), "next": following.pems()}})
                self._keys_sent = (id(current), id(following))
            return self._process

    def _write(self, message: dict) -> None:
        self._process.stdin.write(orjson.dumps(message) + b"\n")

    async def send(self, spec: delivery.Spec, keys) -> delivery.Answer:
        await self._ensure(keys)
        number = next(self._ids)
        future = asyncio.get_running_loop().create_future()
        self._waiting[number] = future
        self._write({"id": number, "spec": dataclasses.asdict(spec)})
        return await future

    async def _read(self, process: asyncio.subprocess.Process) -> None:
        try:
            while line := await process.stdout.readline():
                message = orjson.loads(line)
                future = self._waiting.pop(message["id"], None)
                if future is not None and not future.done():
                    future.set_result(delivery.Answer(**message["answer"]))
        finally:
            for future in self._waiting.values():
                if not future.done():
                    future.set_exception(SenderLost("the sender process stopped"))
            self._waiting.clear()

    async def close(self) -> None:
        process = self._process
        if process is None:
            return
        if process.returncode is None:
            process.stdin.close()
            try:
                await asyncio.wait_for(process.wait(), 5)
            except TimeoutError:
                process.kill()
                await process.wait()
        if self._reader is not None:
            await asyncio.wait([self._reader], timeout=5)
        for _ in range(3):  # let the transport's own closing callbacks run before the loop ends
            await asyncio.sleep(0)


# -- the child --------------------------------------------------------------------------------------
async def _serve() -> None:
    import httpx

    from mock_server.webhooks.keys import KeyPair

    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=16 * 1024 * 1024)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    out = sys.stdout.buffer
    out.write(b'{"ready":true}\n')
    out.flush()
    keys: _Keys | None = None
    tasks: set[asyncio.Task] = set()
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=64)
    async with httpx.AsyncClient(follow_redirects=False, trust_env=False, limits=limits) as client:

        async def attempt(number: int, spec: delivery.Spec) -> None:
            answer = await delivery.send_async(client, spec.request(keys))
            out.write(orjson.dumps({"id": number, "answer": dataclasses.asdict(answer)}) + b"\n")
            out.flush()

        while line := await reader.readline():
            if not line.strip():
                continue
            message = orjson.loads(line)
            if "keys" in message:
                keys = _Keys(KeyPair.from_pems(message["keys"]["current"]), KeyPair.from_pems(message["keys"]["next"]))
                continue
            task = asyncio.ensure_future(attempt(message["id"], delivery.Spec(**message["spec"])))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.wait(tasks)


@dataclasses.dataclass
class _Keys:
    current: object
    next: object


if __name__ == "__main__":
    asyncio.run(_serve())
