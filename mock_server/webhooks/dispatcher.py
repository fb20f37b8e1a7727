"""Scheduling deliveries: due times on the mock clock, per-app ordered queues, retries, the modes.

Every delivery not yet final sits in a heap per agency, keyed by when it is due on *that agency's*
mock clock (tests move their own clocks). Two ways to take them out:

- ``background`` (the sandbox): a worker task, on the server's event loop under ``serve`` or on a thread
  of its own elsewhere. It wakes when a change commits and every ``TICK_SECONDS`` (so advancing a clock
  fires due retries), moves due deliveries into per-app queues (bounded: the rest stay in the outbox),
  and starts attempts in queue order, at most ``concurrency`` in flight per app; the sender process
  (``sender.py``) signs and sends them, and the answers are logged in batches. A slow or dead receiver
  only fills its own app's queue; the API never waits for a delivery.
- ``manual`` (pytest in-process, or on request): nothing is sent until ``run_manual`` is called (by
  ``ghl.deliver()``, ``ghl.wait_for_event()``, ``ghl.advance()``, ``POST /_mock/webhooks/flush``); it
  sends every due delivery in order, in the caller's thread: deterministic.

An attempt's outcome follows the agency's retry profile; a retry is due ``delay`` seconds of mock time
after the attempt.
"""

from __future__ import annotations

import asyncio
import heapq
import importlib
import itertools
import logging
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mock_server.apis.formats import iso_z
from mock_server.webhooks import loop_guard
from mock_server.webhooks.outbox import DELIVERIES, EVENTS, FINAL, first_state, merged, new_state, save_state, state_id
from mock_server.webhooks.pacing import Pacing

if TYPE_CHECKING:
    import httpx  # imported where used (manual delivery): a start serves its first request without it

    from mock_server.webhooks import delivery
    from mock_server.webhooks.service import Webhooks

log = logging.getLogger("ghl_mock.webhooks")
TICK_SECONDS = 0.05

Key = tuple[str, str, int, str]  # tenant, webhookId, delivery index, appId
_SPEC: list = []  # delivery.Spec, once imported (signing imports cryptography: on the first delivery, not at start)


def _load_spec():
    from mock_server.webhooks import delivery

    _SPEC.append(delivery.Spec)
    return delivery.Spec

# A first attempt as its event's commit described it: url, signature mode (None: the agency's), depth, the event
# record as committed (JSON), appId, versionId, the stale-timestamp fault's timestamp (or None), due (ms).
First = tuple[str, "str | None", int, bytes, str, str, "str | None", int]
# First attempts kept that way at most (beyond, an attempt is planned from the stored record, which costs the API's
# process a read of the event: a backlog of a storm costs no more memory than this). 16384 covers the backlog of ten
# seconds of writes as fast as the API takes them, at about a kilobyte each.
FIRST_LIMIT = 16384


@dataclass
class Plan:
    """One attempt to make: what to send where, and which faults strike it (signed when sent)."""

    key: Key
    company_id: str
    attempt: int
    depth: int
    faults: list[str]
    drop: bool
    duplicate: bool
    spec: delivery.Spec
    # The delivery's state record as it stands when none is stored yet (a store in memory stores it when the first
    # attempt is logged), made from what planning read: logging the attempt does not read the event record again.
    fresh_state: dict[str, Any] | None = None

    @property
    def url(self) -> str:
        return self.spec.url


class Dispatcher:
    def __init__(self, hooks: Webhooks) -> None:
        self.hooks = hooks
        self.world = hooks.world
        self._lock = threading.Lock()
        self._pending: dict[str, list[tuple[int, int, Key]]] = {}
        self._order = itertools.count()
        self._worker: _Worker | None = None
        self.receivers: dict[str, Any] = {}  # host -> an in-process ASGI/WSGI receiver app
        self._clients: dict[str | None, httpx.Client] = {}
        # Committed deliveries not yet attempted, what their commit said about them (``committed``): the first
        # attempt is planned from this, not from the record read back and decoded (``prepare``).
        self._first: dict[Key, tuple[str, First]] = {}

    # -- the pending heap ----------------------------------------------------------------------
    def schedule(self, company_id: str, key: Key, due_ms: int) -> None:
        self.schedule_many(company_id, [(due_ms, key)])

    def schedule_many(self, company_id: str, due: list[tuple[int, Key]]) -> None:
        """``(due ms, key)`` each, under one lock: a commit's deliveries, in the request that committed them."""
        with self._lock:
            heap = self._pending.setdefault(company_id, [])
            for due_ms, key in due:
                heapq.heappush(heap, (due_ms, next(self._order), key))

    def committed(self, company_id: str, tenant: str, webhook_id: str,
                  summary: list[tuple[int, int, str, First | None]]) -> None:
        """A change with deliveries committed: queue them (and wake the worker if it sends them). Each is
        ``(index, due ms, appId, first)``, ``first`` what its first attempt sends (None: read it when due)."""
        # Another process may attempt a shared store's deliveries: it plans them from the store.
        remember = not self.world.store.shared and len(self._first) < FIRST_LIMIT
        keys = []
        for index, due_ms, app_id, first in summary:
            key = (tenant, webhook_id, index, app_id)
            if first is not None and remember:
                self._first[key] = (company_id, first)
            keys.append((due_ms, key))
        self.schedule_many(company_id, keys)
        settings = self.hooks.settings.for_company(company_id)
        if settings.delivery == "background":
            self.wake(busy_unless=(settings.concurrency, summary))

    def due(self, companies: set[str] | None = None, *, background: bool) -> list[Key]:
        """Take out every delivery due now (of these agencies, in that delivery mode), oldest first."""
        return [key for _, key in self.due_with_company(companies, background=background)]

    def due_with_company(self, companies: set[str] | None = None, *,
                         background: bool) -> list[tuple[str, Key]]:
        """``due``, each key with its agency."""
        taken: list[tuple[int, int, Key, str]] = []
        with self._lock:
            for company_id, heap in list(self._pending.items()):
                if companies is not None and company_id not in companies:
                    continue
                if (self.hooks.settings.for_company(company_id).delivery == "background") != background:
                    continue
                now = self.world.clock(company_id).now_ms()
                while heap and heap[0][0] <= now:
                    taken.append((*heapq.heappop(heap), company_id))
                if not heap:
                    del self._pending[company_id]
        taken.sort()
        return [(company_id, key) for _, _, key, company_id in taken]

    def waiting(self, company_id: str | None = None) -> int:
        with self._lock:
            return sum(len(h) for c, h in self._pending.items() if company_id in (None, c))

    def forget(self, company_id: str) -> None:
        with self._lock:
            self._pending.pop(company_id, None)
            for key in [key for key, (company, _) in self._first.items() if company == company_id]:
                self._first.pop(key, None)

    def clear(self) -> None:
        """Nothing scheduled any more (a reset)."""
        with self._lock:
            self._pending.clear()
            self._first.clear()

    # -- one attempt ---------------------------------------------------------------------------
    def prepare(self, key: Key) -> Plan | None:
        tenant, webhook_id, index, _ = key
        first = self._first.pop(key, None)
        if first is not None and self.world.store.owner(webhook_id) is not None:
            # Its first attempt, as committed: nothing but this process's own attempts changes a pending delivery
            # (a resend leaves it pending; a dropped tenant takes the record, and its owner, with it).
            company_id, (url, mode, depth, event, app_id, version_id, timestamp, due_ms) = first
            body, attempt = None, 1
            fresh = first_state(webhook_id, index, app_id, company_id, due_ms)
        else:
            store = self.world.store
            event = store.get(tenant, EVENTS, webhook_id)
            if event is None or index >= len(event["deliveries"]):
                return None  # its tenant is gone
            state = store.get(tenant, DELIVERIES, state_id(webhook_id, index))
            target = merged(event["deliveries"][index], state)
            if target["status"] in FINAL:
                return None
            company_id, url, mode, depth = event["companyId"], target["url"], target.get("mode"), event.get("depth", 0)
            body = target.get("body")  # stored with events from before bodies were made when sent
            app_id, version_id, timestamp = target["appId"], target["versionId"], target.get("timestamp")
            attempt = sum(1 for a in target["attempts"] if not a.get("duplicate")) + 1
            fresh = new_state(event, index) if state is None else None
        settings = self.hooks.settings.for_company(company_id)
        faults = settings.faults
        spec_type = _SPEC[0] if _SPEC else _load_spec()
        if not faults.strike_attempts:  # the usual case: no fault to draw for
            return Plan(key, company_id, attempt, depth, [], False, False,
                        spec_type(url, body, mode or settings.mode, depth, settings.timeoutSeconds, False, False,
                                  event, app_id, version_id, timestamp), fresh)
        seed = f"{webhook_id}/{index}/{attempt}"
        rotated = faults.happens("rotatedKey", seed)
        tamper = faults.happens("tamperedSignature", seed)
        spec = spec_type(url, body, mode or settings.mode, depth, settings.timeoutSeconds, tamper, rotated, event,
                         app_id, version_id, timestamp)
        applied = [name for name, on in (("rotatedKey", rotated), ("tamperedSignature", tamper)) if on]
        return Plan(key, company_id, attempt, depth, applied, faults.happens("drop", seed),
                    faults.happens("duplicate", seed), spec, fresh)

    def record(self, plan: Plan, answer: delivery.Answer | None, *, duplicate: bool = False) -> None:
        """Log the attempt (``answer`` None: dropped by a fault) and decide what follows."""
        self.record_many([(plan, answer, duplicate)])

    def record_many(self, outcomes: list[tuple[Plan, delivery.Answer | None, bool]]) -> None:
        """Log these attempts, in order, in one transaction (the background worker logs what one read of the
        sender's answers brought: a transaction each would cost the API's process more than the sending)."""
        times: dict[str, tuple[int, str]] = {}  # each agency's mock time, read once for the batch
        with self.hooks.lock, self.world.store.transaction():
            for plan, answer, duplicate in outcomes:
                self._record(plan, answer, duplicate, times)

    def _record(self, plan: Plan, answer: delivery.Answer | None, duplicate: bool,
                times: dict[str, tuple[int, str]]) -> None:
        """Log one attempt in its delivery's state record (a few hundred bytes: the event record is not touched)."""
        tenant, webhook_id, index, _ = plan.key
        store = self.world.store
        target = store.get(tenant, DELIVERIES, state_id(webhook_id, index))
        if target is None and plan.fresh_state is not None and store.owner(webhook_id) is not None:
            target, plan.fresh_state = plan.fresh_state, None  # a duplicate's second logging reads the first's
        if target is None:  # its tenant is gone, or its event was stored before delivery states existed
            record = store.get(tenant, EVENTS, webhook_id)
            if record is None or index >= len(record["deliveries"]):
                return
            target = new_state(record, index)
        company_id = target["companyId"]
        now = times.get(company_id)
        if now is None:
            clock = self.world.clock(company_id)
            now = times[company_id] = (clock.now_ms(), iso_z(clock.now()))
        now_ms = now[0]
        entry: dict[str, Any] = {"n": len(target["attempts"]) + 1, "at": now[1], "atMs": now_ms, "url": plan.url}
        if answer is not None:
            entry["requestHeaders"] = answer.sent_headers
        if plan.faults:
            entry["faults"] = plan.faults
        if duplicate:
            entry["duplicate"] = True
        if answer is None:
            entry.update(outcome="dropped", reason="fault: dropped, never sent")
            target["status"] = "dropped"
        else:
            entry.update(status=answer.status, latencyMs=answer.latency_ms, responseExcerpt=answer.excerpt,
                         reason=answer.reason())
            if answer.truncated:
                entry["responseTruncated"] = True
            if duplicate:
                entry["outcome"] = "duplicate"
            elif answer.status is not None and 200 <= answer.status < 300:
                entry["outcome"] = target["status"] = "delivered"
                target.pop("nextAttemptAtMs", None)
            else:
                retries_done = plan.attempt - 1 - target.get("roundStart", 0)
                profile = self.hooks.settings.for_company(company_id).profile
                if profile.retryable(answer.status) and retries_done < profile.retries:
                    due = now_ms + int(profile.delay(retries_done + 1, f"{webhook_id}/{index}") * 1000)
                    entry.update(outcome="retry", nextAttemptAt=iso_z(_at(due)))
                    target.update(status="retrying", nextAttemptAtMs=due)
                    store.on_commit(lambda: self.schedule(company_id, plan.key, due))
                else:
                    entry["outcome"] = target["status"] = "failed"
                    target.pop("nextAttemptAtMs", None)
        target["attempts"].append(entry)
        save_state(store, tenant, target)

    # -- manual ------------------------------------------------------------------------------------
    def run_manual(self, companies: set[str] | None = None) -> int:
        """Send every due delivery of these agencies (manual mode) now, in order; answers how many attempts."""
        made = 0
        while True:
            keys = self._reordered(self.due(companies, background=False))
            if not keys:
                return made
            for key in keys:
                plan = self.prepare(key)
                if plan is not None:
                    made += self._attempt_blocking(plan)

    def _attempt_blocking(self, plan: Plan) -> int:
        if plan.drop:
            self.record(plan, None)
            return 1
        with loop_guard.depth(plan.depth + 1):  # an in-process receiver's calls back inherit the depth
            answer = self.send_here(plan)
            self.record(plan, answer)
            if plan.duplicate:
                self.record(plan, self.send_here(plan), duplicate=True)
        return 2 if plan.duplicate else 1

    def send_here(self, plan: Plan) -> delivery.Answer:
        """Sign and send in this process (manual delivery, in-process receivers)."""
        from mock_server.webhooks import delivery

        request = plan.spec.request(self.hooks.keys)
        return delivery.send(self._client_for(plan.url), request)

    def _client_for(self, url: str) -> httpx.Client:
        import httpx

        from mock_server.webhooks import delivery

        host = urlsplit(url).netloc
        app = self.receivers.get(host)
        key = host if app is not None else None
        client = self._clients.get(key)
        if client is None:
            transport = delivery.sync_transport(app) if app is not None else None
            client = self._clients[key] = httpx.Client(transport=transport, follow_redirects=False, trust_env=False)
        return client

    def _reordered(self, keys: list[Key]) -> list[Key]:
        """The reorder fault: a delivery struck by it swaps places with the one before it (same app)."""
        result = list(keys)
        for position in range(1, len(result)):
            key = result[position]
            company = self._company_of(key)
            if company and self.hooks.settings.for_company(company).faults.happens("reorder", f"{key[1]}/{key[2]}"):
                before = position - 1
                if result[before][3] == key[3]:
                    result[before], result[position] = result[position], result[before]
        return result

    def _company_of(self, key: Key) -> str | None:
        return self.world.tenants.company_of_tenant(key[0])

    # -- background ----------------------------------------------------------------------------
    def start(self, timeout: float = 30.0) -> None:
        """Start the background worker and its sender process now (and wait for them), rather than on the
        first delivery."""
        self.wake()
        self._worker.ready.wait(timeout)

    def start_on_loop(self) -> None:
        """Run the background worker on the running event loop (the server's, from its lifespan start-up)
        instead of a thread of its own: a worker thread costs the API's process a GIL hand-over on every
        wake-up, more CPU than the worker's own work. Answers at once; keys and the sender are made beside."""
        with self._lock:
            if self._worker is not None and self._worker.is_alive():
                return
            self._worker = _Worker(self, loop=asyncio.get_running_loop())
            self._worker.start()

    async def stop_on_loop(self) -> None:
        """The server is stopping: the worker on its loop ends (attempts in flight are finished by the sender)."""
        worker, self._worker = self._worker, None
        if worker is not None:
            await worker.finish()

    def wake(self, busy_unless: tuple[int, list[tuple]] | None = None) -> None:
        """Have the worker look for due deliveries (starting it if need be); never waits. ``busy_unless``
        (concurrency, the commit's summary, as ``committed`` has it): the deliveries just committed, which need no
        wake-up if their apps have all the attempts in flight they may have (see ``_Worker.poke``)."""
        worker = self._worker
        if worker is None or not worker.is_alive():
            with self._lock:
                if self._worker is None or not self._worker.is_alive():
                    self._worker = _Worker(self)
                    self._worker.start()  # it looks for due deliveries as soon as it runs
            return
        worker.poke(busy_unless)

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None
        for client in self._clients.values():
            client.close()
        self._clients.clear()

    def idle(self) -> bool:
        """No background attempt in flight, queued, or due."""
        worker = self._worker
        return (worker is None or worker.idle()) and not self._due_in_background()

    def _due_in_background(self) -> bool:
        with self._lock:
            for company_id, heap in self._pending.items():
                if (heap and self.hooks.settings.for_company(company_id).delivery == "background"
                        and heap[0][0] <= self.world.clock(company_id).now_ms()):
                    return True
        return False


@dataclass
class _Flight:
    """An attempt handed to the sender (or an in-process receiver), waiting for its answer."""

    app_id: str
    plan: Plan
    duplicate: bool = False  # the duplicate fault's second copy


class _Worker:
    """The background worker: an asyncio task, on the server's loop (``serve``) or on a thread of its own with
    its own loop (in-process mocks, ``ghl_server``). It spends as little of the API process's CPU as it can:
    attempts go to the sender process in one pipe write per round, and the answers one read brings back
    are logged in one transaction."""

    def __init__(self, dispatcher: Dispatcher, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.dispatcher = dispatcher
        self.ready = threading.Event()
        self._stopping = False
        self._loop = loop
        self._thread: threading.Thread | None = None
        self._loop_thread: int | None = None  # the thread the loop runs in
        self._task: asyncio.Task | None = None
        self._ticking: asyncio.TimerHandle | None = None
        self._wake: asyncio.Event | None = None
        self._poked = False  # a wake-up is on its way to the worker's loop
        self._queues: dict[str, deque[tuple[str, Key]]] = {}  # app -> (company, key), in order
        self._waiting: dict[str, deque[tuple[str, Key]]] = {}  # app -> due, in order, beyond its queue's bound
        self._in_flight: dict[str, int] = {}
        self._flights: dict[int, _Flight] = {}  # by the number the sender answers with
        self._numbers = itertools.count(1)
        self._starting: list[tuple[int, delivery.Spec]] = []  # handed to the sender at the end of the round
        self._answers: list[tuple[_Flight, delivery.Answer]] = []  # come back, logged by the next round
        self._tasks: set[asyncio.Task] = set()
        # On the server's loop, the API first: under a storm the worker's rounds take a small share of its time.
        self._pacing = Pacing() if loop is not None else None

    def start(self) -> None:
        if self._loop is None:
            self._thread = threading.Thread(target=self._run_thread, name="ghl-mock-webhooks", daemon=True)
            self._thread.start()
        else:  # called in the loop's own thread
            self._loop_thread = threading.get_ident()
            self._wake = asyncio.Event()
            self._task = self._loop.create_task(self._main())

    def is_alive(self) -> bool:
        if self._thread is not None:
            return self._thread.is_alive()
        return self._task is not None and not self._task.done()

    def _run_thread(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        if self._thread is not None:
            self._loop, self._loop_thread = asyncio.get_running_loop(), threading.get_ident()
            self._wake = asyncio.Event()
        # The sender's modules (delivery, signing: cryptography) are imported here, in a thread, not while the
        # server starts nor blocking its loop.
        SenderProcess = (await asyncio.to_thread(importlib.import_module, "mock_server.webhooks.sender")).SenderProcess
        self._sender = SenderProcess(self._answered, self._lost)
        try:
            keys = self.dispatcher.hooks.keys
            await asyncio.to_thread(lambda: keys.current)  # made (seconds, seeded) or loaded: never on the loop
            await self._sender.start(keys)
            self.ready.set()
            self._tick()
            pacing, sender_mark = self._pacing, 0.0
            while not self._stopping:
                started = time.process_time()
                self._log_answers()
                self._pump()
                if self._starting:
                    starting, self._starting = self._starting, []
                    await self._sender.submit(starting, self.dispatcher.hooks.keys)
                if pacing is not None:
                    sender_seconds, sender_mark = self._sender.cpu_since(sender_mark)
                    pacing.took(time.process_time() - started, sender_seconds)
                await self._wake.wait()
                self._wake.clear()
                if pacing is not None and (wait := pacing.wait()):
                    await asyncio.sleep(wait)  # what comes meanwhile (commits, answers) waits for the next round
        except Exception:  # never take the server down with it
            log.exception("webhook worker stopped")
        finally:
            if self._ticking is not None:
                self._ticking.cancel()
            for task in self._tasks:
                task.cancel()
            await self._sender.close()  # it finishes the attempts in flight: their answers are logged here
            self._log_answers()

    def _tick(self) -> None:
        """Every ``TICK_SECONDS`` (a timer, not a ``wait_for`` task on every wake-up): retries due on a moved clock."""
        self._wake.set()
        self._ticking = self._loop.call_later(TICK_SECONDS, self._tick)

    def poke(self, busy_unless: tuple[int, list[tuple]] | None = None) -> None:
        """Have the worker pump soon. Called on every commit with deliveries, from the API's thread: a wake-up
        already on its way covers every delivery scheduled before the worker takes it (``_woken`` runs
        before the pump), so a burst of commits costs one cross-thread wake-up, not one each (a wake-up
        writes to the loop's self-pipe and hands the GIL to the worker).

        On the server's loop, a commit whose apps all have ``concurrency`` attempts in flight wakes nothing:
        the pump could start none of its deliveries, and the next answer wakes the worker anyway (in a storm
        most commits find their app that busy; a round for each cost the API's process ~30 µs a write). The
        check runs in the worker's own thread, so no answer can slip in between."""
        loop, wake = self._loop, self._wake
        if self._poked or loop is None or wake is None or loop.is_closed():
            return
        if threading.get_ident() == self._loop_thread:  # the server's loop, from a request it serves
            if wake.is_set():  # a round is coming (or, paced, waits its turn) and takes this along
                return
            if busy_unless is not None:
                concurrency, summary = busy_unless
                in_flight = self._in_flight
                if all(in_flight.get(app_id, 0) >= concurrency for _, _, app_id, _ in summary):
                    return
            wake.set()
            return
        self._poked = True
        try:
            loop.call_soon_threadsafe(self._woken)
        except RuntimeError:  # the loop closed meanwhile
            self._poked = False

    def _woken(self) -> None:
        """In the worker's loop: a poke arrived. Cleared before the pump runs, so a delivery scheduled after
        this point pokes again."""
        self._poked = False
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self.poke()
        if self._thread is not None:
            self._thread.join(5)

    async def finish(self) -> None:
        """On the loop it runs on: stop, and wait for it."""
        self._stopping = True
        if self._wake is not None:
            self._wake.set()
        if self._task is not None:
            await asyncio.wait([self._task], timeout=10)

    def idle(self) -> bool:
        return (not self._answers and not any(self._queues.values()) and not any(self._waiting.values())
                and not any(self._in_flight.values()))

    def _pump(self) -> None:
        """Due deliveries into their app's queue; then start what each app's concurrency allows."""
        dispatcher = self.dispatcher
        settings_of = dispatcher.hooks.settings.for_company
        for company, key in dispatcher.due_with_company(background=True):
            queue = self._queues.setdefault(key[3], deque())
            waiting = self._waiting.get(key[3])
            if waiting or len(queue) >= settings_of(company).queueSize:
                # Full: it waits, in order, behind the queue (pushing it back into the heap, as this did, cost
                # every round a heap operation per delivery waiting: seconds of CPU under a storm's backlog).
                self._waiting.setdefault(key[3], deque()).append((company, key))
                continue
            queue.append((company, key))
        for app_id, waiting in self._waiting.items():
            queue = self._queues[app_id]
            while waiting and len(queue) < settings_of(waiting[0][0]).queueSize:
                queue.append(waiting.popleft())
        dropped: list[tuple[Plan, None, bool]] = []
        for app_id, queue in self._queues.items():
            while queue and self._in_flight.get(app_id, 0) < settings_of(queue[0][0]).concurrency:
                _, key = queue.popleft()
                try:
                    plan = dispatcher.prepare(key)
                except Exception:
                    log.exception("webhook attempt %s failed unexpectedly", key)
                    continue
                if plan is None:  # its tenant is gone, or it is final already
                    continue
                if plan.drop:
                    dropped.append((plan, None, False))
                    continue
                self._in_flight[app_id] = self._in_flight.get(app_id, 0) + 1
                self._launch(_Flight(app_id, plan))
        if dropped:
            self._log(dropped)

    def _launch(self, flight: _Flight) -> None:
        receivers = self.dispatcher.receivers
        if receivers and urlsplit(flight.plan.url).netloc in receivers:  # in-process: its app runs in a thread
            task = asyncio.ensure_future(asyncio.to_thread(self.dispatcher.send_here, flight.plan))
            task.add_done_callback(lambda done: self._tasks.discard(done) or self._finished(flight, done))
            self._tasks.add(task)
            return
        number = next(self._numbers)
        self._flights[number] = flight
        self._starting.append((number, flight.plan.spec))

    def _finished(self, flight: _Flight, done: asyncio.Task) -> None:
        if done.cancelled():
            return
        if done.exception() is not None:
            log.error("webhook attempt %s failed unexpectedly", flight.plan.key, exc_info=done.exception())
            self._land(flight)
            return
        self._answered_flights([(flight, done.result())])

    def _answered(self, answers: list[tuple[int, delivery.Answer]]) -> None:
        """The sender's answers (what one read of its pipe brought)."""
        flights = self._flights
        self._answered_flights([(flights.pop(number), answer) for number, answer in answers if number in flights])

    def _answered_flights(self, answered: list[tuple[_Flight, delivery.Answer]]) -> None:
        """Answers come back: the next round logs them (paced with the rest of the worker's work)."""
        self._answers.extend(answered)
        self._wake.set()

    def _log_answers(self) -> None:
        if not self._answers:
            return
        answered, self._answers = self._answers, []
        self._log([(flight.plan, answer, flight.duplicate) for flight, answer in answered])
        for flight, _ in answered:
            if flight.plan.duplicate and not flight.duplicate:  # the duplicate fault: the same attempt again
                self._launch(_Flight(flight.app_id, flight.plan, duplicate=True))
            else:
                self._land(flight)

    def _lost(self, numbers: list[int]) -> None:
        """The sender died holding these: never made, they go out again."""
        for number in numbers:
            flight = self._flights.pop(number, None)
            if flight is not None:
                self.dispatcher.schedule(flight.plan.company_id, flight.plan.key, 0)
                self._land(flight)
        self._wake.set()

    def _land(self, flight: _Flight) -> None:
        self._in_flight[flight.app_id] -= 1

    def _log(self, outcomes: list[tuple[Plan, delivery.Answer | None, bool]]) -> None:
        try:
            self.dispatcher.record_many(outcomes)
        except Exception:  # one at a time then, so that one bad record costs only its own log
            for outcome in outcomes:
                try:
                    self.dispatcher.record_many([outcome])
                except Exception:
                    log.exception("logging webhook attempt %s failed", outcome[0].key)


def _at(ms: int):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ms / 1000, UTC)
