"""The API process's CPU per delivery, step by step, in one process (no sockets, no sender): what to cut.

    python bench/webhook_path.py [--events 2000] [--batch 3] [--repeat 5]

Each step is timed with ``time.process_time`` over ``--events`` deliveries, ``--repeat`` times, and the best
repeat is reported (the machine's other load only ever adds). The steps are the ones a background delivery
takes in the server's process (dispatcher.py):
- emit: the event record in the write's transaction, with one subscribed app less the same with none;
- the worker's round: due deliveries into the app's queue, the attempt planned, its line for the sender;
- the answers: parsing the sender's lines (``--batch`` per read, as a storm brings them), logging the attempts.
The sender's lines are made here as the sender makes them (the signature headers of a real attempt), so the
API side does exactly the work it does under ``serve``; the pipe's syscalls and the event loop's wake-ups are
left out (``webhook_cost.py`` measures everything, end to end, with more noise).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import time

import httpx
import orjson

from mock_server.apis.users.events import USER_CREATE
from mock_server.apis.users.permissions import PERMISSION_DEFAULTS
from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.store import GLOBAL
from mock_server.testing.transport import InProcessTransport
from mock_server.webhooks import delivery
from mock_server.webhooks.dispatcher import _Worker
from mock_server.webhooks.routing import APPS

PAYLOAD = {"id": "", "firstName": "Bench", "lastName": "Writer", "email": "bench@bench.test", "role": "user",
           "permissions": dict.fromkeys(PERMISSION_DEFAULTS, True)}


class _Sender:
    """Stands in for ``SenderProcess``: keeps the lines the worker would write to the pipe."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []

    async def submit(self, attempts, keys) -> None:  # the same encoding as SenderProcess.submit
        self.lines.append(b"".join(orjson.dumps({"id": number, "spec": spec.as_list()}) + b"\n"
                                   for number, spec in attempts))


def best(run, repeat: int, count: int) -> float:
    """µs per item of the fastest of ``repeat`` runs of ``run()`` (which handles ``count`` items)."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times) / count * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=3, help="answers per read of the sender's pipe")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    mock = build_app(Settings())
    world = mock.world
    hooks, store = world.webhooks, world.store
    with httpx.Client(transport=InProcessTransport(mock), base_url="http://127.0.0.1") as control:
        made = control.post("/_mock/tenants", json={}).json()  # a new location, as the bench's runs write into
        location, company = made["locationId"], made["companyId"]
        app = control.post("/_mock/oauth/apps", json={"name": "bench", "companyId": company}).json()
        control.post("/_mock/oauth/installations", json={"clientId": app["clientId"], "locationId": location})
        control.patch(f"/_mock/oauth/apps/{app['clientId']}", json={"webhookUrl": "http://127.0.0.1:9/hooks"})
    app = store.get(GLOBAL, APPS, app["clientId"])  # an app's record id is its clientId
    ids = itertools.count()

    def emit_all() -> None:
        for _ in range(args.events):
            with store.transaction():
                hooks.emit(USER_CREATE, {**PAYLOAD, "id": f"u{next(ids)}"}, location_id=location)

    def subscribe(on: bool) -> None:
        with store.transaction():
            store.put(GLOBAL, APPS, {**store.get(GLOBAL, APPS, app["id"]), "events": ["UserCreate"] if on else []})

    hooks.settings.update({"delivery": "manual"})  # commits schedule, nothing is sent meanwhile
    subscribe(False)
    no_app = best(emit_all, args.repeat, args.events)
    subscribe(True)
    one_app = best(emit_all, args.repeat, args.events)
    print(f"emit, in the write's transaction: no app {no_app:.1f} µs, one app {one_app:.1f} µs "
          f"(+{one_app - no_app:.1f} µs a delivery)")

    hooks.settings.update({"delivery": "background"})
    worker = _Worker(hooks.dispatcher)
    worker._wake = asyncio.Event()
    worker._sender = sender = _Sender()
    keys = hooks.keys
    request = delivery.Spec("http://127.0.0.1:9/hooks", "{}", "both", 0, 10.0).request(keys)
    answer_of = {"status": 200, "excerpt": "", "truncated": False, "latency_ms": 1.234, "error": None,
                 "headers": {}, "sent_headers": request.headers}

    def work_round() -> int:  # every delivery: queued, planned, handed over; answered in batches, logged
        handled = 0
        lines: list[bytes] = []
        while True:
            worker._pump()
            if not worker._starting:
                break
            starting, worker._starting = worker._starting, []
            handled += len(starting)
            _submit(sender, starting)
            lines.extend(orjson.dumps({"id": number, "answer": answer_of}) + b"\n" for number, _ in starting)
            for at in range(0, len(lines), args.batch):
                _read(worker, b"".join(lines[at:at + args.batch]))
            lines.clear()
        return handled

    def refill() -> None:
        hooks.settings.update({"delivery": "manual"})
        emit_all()
        hooks.settings.update({"delivery": "background"})

    times = []
    hooks.dispatcher.forget(company)  # what the emit timing left behind
    for _ in range(args.repeat):
        refill()
        started = time.process_time()
        handled = work_round()
        times.append((time.process_time() - started) / handled)
        sender.lines = []
    worker_us = min(times) * 1e6
    print(f"worker: round, plan, hand-over, answers ({args.batch} a read), log: {worker_us:.1f} µs a delivery")
    print(f"API CPU a delivery (emit's share + worker): {one_app - no_app + worker_us:.1f} µs")
    return 0


def _submit(sender: _Sender, starting) -> None:
    coroutine = sender.submit(starting, None)
    try:
        coroutine.send(None)
    except StopIteration:
        pass


def _read(worker: _Worker, chunk: bytes) -> None:
    """What ``SenderProcess._read`` does with one read of the pipe."""
    answers = []
    for line in chunk.split(b"\n")[:-1]:
        message = orjson.loads(line)
        answers.append((message["id"], delivery.Answer(**message["answer"])))
    worker._answered(answers)


if __name__ == "__main__":
    raise SystemExit(main())
