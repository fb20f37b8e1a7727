"""The sender: a child process that signs and POSTs the background worker's attempts.

Signing (RSA above all) and HTTP cost far more CPU than the API write that caused the event. In the
server's own process they would take that CPU from the API; in a child process they run on another core.
The worker in the server decides everything (what, when, faults, retries); the sender only signs with the keys
it is given and reports what came back, and what it cost: while the API is saturated the worker hands it
only a share of a core's worth of attempts (``pacing.py``), so a storm of writes slows deliveries down, not
the API.

DECISION: the sender runs at the same OS priority as the API. Lowered, it was the API's servant but a slow one
whenever anything else on the machine wanted a core for a moment: at 200 events a second on 2 cores (the API
nowhere near saturated), commit to first attempt took p99 59-79 ms at nice 10 and 50-63 ms in Linux's idle
scheduling class, against 7-9 ms at the same priority (two runs each, side by side). The storm it was lowered
for is paced by the worker instead.

Protocol, one JSON object per line, written in batches (one pipe write for every attempt a round of the
worker starts, one for every answer the child has ready): from the child first ``{"ready": true}`` once
it can serve; to the child ``{"keys": {"current": pems, "next": pems}}`` and ``{"id", "spec": {...}}``;
from the child ``{"id", "answer": {...}}``, each write of answers ending with ``{"cpu": seconds}``, the child's
CPU time so far (the worker paces itself by what its deliveries cost, ``pacing.py``). If the child dies, the
attempts it held are handed back as lost (the worker schedules them again; nothing is logged for them), and the
next attempt starts a new one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import sys
import time
from collections.abc import Callable

import orjson

from mock_server.webhooks import delivery

PIPE_LIMIT = 16 * 1024 * 1024
# An answer waits for the other attempts in flight, this long at most, and goes back with theirs: each read of
# the pipe costs the API's process a round (a wake-up, a logging transaction, a pump, a pipe write), so in a
# storm, when every app has all its attempts in flight, four answers in one write cost it a quarter of four.
# The wait delays nothing a receiver sees: only when the worker hears of an attempt's end.
ANSWER_WAIT_SECONDS = 0.01


class SenderProcess:
    """The server side: starts the child on first use, hands it attempts, passes its answers on.

    ``on_answers([(id, Answer), ...])`` is called in the worker's loop with every answer one read brought;
    ``on_lost([id, ...])`` with the attempts a dead child held."""

    def __init__(self, on_answers: Callable[[list[tuple[int, delivery.Answer]]], None],
                 on_lost: Callable[[list[int]], None]) -> None:
        self._on_answers, self._on_lost = on_answers, on_lost
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task | None = None
        self._held: set[int] = set()
        self._keys_sent: object | None = None
        self._lock = asyncio.Lock()
        self.cpu_seconds = 0.0  # CPU time of the children so far, as they reported it with their answers
        self._cpu_reported = 0.0  # the current child's own count at its last report

    async def start(self, keys) -> None:
        """Start the child now (it takes a second to import): the first delivery need not wait for it."""
        await self._ensure(keys)

    def alive(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def _ensure(self, keys) -> None:
        async with self._lock:
            if not self.alive():
                self._process = await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "mock_server.webhooks.sender", stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE, limit=PIPE_LIMIT)
                self._keys_sent = None
                self._cpu_reported = 0.0
                await self._process.stdout.readline()  # {"ready": true}: imported, serving
                self._reader = asyncio.ensure_future(self._read(self._process))
            self._send_keys(keys)

    def _send_keys(self, keys) -> None:
        current, following = keys.current, keys.next
        if self._keys_sent != (id(current), id(following)):  # new, or rotated since
            self._process.stdin.write(orjson.dumps({"keys": {"current": current.pems(), "next": following.pems()}})
                                      + b"\n")
            self._keys_sent = (id(current), id(following))

    async def submit(self, attempts: list[tuple[int, delivery.Spec]], keys) -> None:
        """Hand these attempts to the child, in this order, in one write."""
        if not self.alive():
            await self._ensure(keys)
        else:
            self._send_keys(keys)
        self._held.update(number for number, _ in attempts)
        self._process.stdin.write(b"".join(orjson.dumps({"id": number, "spec": spec.as_list()}) + b"\n"
                                           for number, spec in attempts))

    async def _read(self, process: asyncio.subprocess.Process) -> None:
        rest = b""
        try:
            while chunk := await process.stdout.read(PIPE_LIMIT):
                *lines, rest = (rest + chunk).split(b"\n")
                answers = []
                for line in lines:
                    message = orjson.loads(line)
                    if "cpu" in message:
                        self._cpu_seen(message["cpu"])
                        continue
                    self._held.discard(message["id"])
                    answers.append((message["id"], delivery.Answer(**message["answer"])))
                if answers:
                    self._on_answers(answers)
        finally:
            held, self._held = list(self._held), set()
            if held:
                self._on_lost(held)

    def _cpu_seen(self, total: float) -> None:
        self.cpu_seconds += max(0.0, total - self._cpu_reported)
        self._cpu_reported = total

    def cpu_since(self, mark: float) -> tuple[float, float]:
        """(CPU seconds the child spent since ``mark``, the new mark): what the worker's attempts cost over there."""
        return self.cpu_seconds - mark, self.cpu_seconds

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
    from mock_server.webhooks.keys import KeyPair

    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=PIPE_LIMIT)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    out = sys.stdout.buffer
    out.write(b'{"ready":true}\n')
    out.flush()
    keys: _Keys | None = None
    tasks: set[asyncio.Task] = set()
    ready: list[bytes] = []  # answers not yet written: written together (ANSWER_WAIT_SECONDS)
    waiting: list[asyncio.TimerHandle] = []  # the timer that writes them if the others in flight take long

    def write_ready() -> None:
        for timer in waiting:
            timer.cancel()
        waiting.clear()
        if ready:
            ready.append(b'{"cpu":%.6f}\n' % time.process_time())  # the worker paces itself by it (pacing.py)
            out.write(b"".join(ready))
            out.flush()
            ready.clear()

    from mock_server.webhooks.client import Client

    async with Client() as sender:

        async def attempt(number: int, spec: delivery.Spec) -> None:
            answer = await sender.send(spec.request(keys))
            ready.append(orjson.dumps({"id": number, "answer": vars(answer)}) + b"\n")  # a flat dataclass
            if sum(1 for task in tasks if not task.done()) <= 1:  # none in flight but this one: write them,
                loop.call_soon(write_ready)  # with the answers of attempts ending in this same turn of the loop
            elif not waiting:
                waiting.append(loop.call_later(ANSWER_WAIT_SECONDS, write_ready))

        while line := await reader.readline():
            if not line.strip():
                continue
            message = orjson.loads(line)
            if "keys" in message:
                keys = _Keys(KeyPair.from_pems(message["keys"]["current"]), KeyPair.from_pems(message["keys"]["next"]))
                continue
            task = asyncio.ensure_future(attempt(message["id"], delivery.Spec(*message["spec"])))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.wait(tasks)
        if ready:
            write_ready()


@dataclasses.dataclass
class _Keys:
    current: object
    next: object


if __name__ == "__main__":
    asyncio.run(_serve())
