"""Scheduling deliveries: due times on the mock clock, per-app ordered queues, retries, the modes.

Every delivery not yet final sits in a heap per agency, keyed by when it is due on *that agency's*
mock clock (tests move their own clocks). Two ways to take them out:

- ``background`` (the sandbox): a worker thread with its own asyncio loop and httpx client. It wakes
  when a change commits and every ``TICK_SECONDS`` (so advancing a clock fires due retries), moves
  due deliveries into per-app queues (bounded: the rest stay in the outbox), and starts attempts in
  queue order, at most ``concurrency`` in flight per app. A slow or dead receiver only fills its own
  app's queue; the API never waits for a delivery.
- ``manual`` (pytest in-process, or on request): nothing is sent until ``run_manual`` is called (by
  ``ghl.deliver()``, ``ghl.wait_for_event()``, ``ghl.advance()``, ``POST /_mock/webhooks/flush``); it
  sends every due delivery in order, in the caller's thread: deterministic.

An attempt's outcome follows the agency's retry profile; a retry is due ``delay`` seconds of mock time
after the attempt.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import threading
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mock_server.apis.formats import iso_z
from mock_server.webhooks import loop_guard
from mock_server.webhooks.outbox import EVENTS, FINAL, save

if TYPE_CHECKING:
    import httpx  # imported where used (manual delivery): a start serves its first request without it

    from mock_server.webhooks import delivery
    from mock_server.webhooks.service import Webhooks

log = logging.getLogger("ghl_mock.webhooks")
TICK_SECONDS = 0.05

Key = tuple[str, str, int, str]  # tenant, webhookId, delivery index, appId


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

    # -- the pending heap ----------------------------------------------------------------------
    def schedule(self, company_id: str, key: Key, due_ms: int) -> None:
        with self._lock:
            heapq.heappush(self._pending.setdefault(company_id, []), (due_ms, next(self._order), key))

    def committed(self, company_id: str, tenant: str, webhook_id: str, summary: list[tuple[int, int, str]]) -> None:
        """A change with deliveries committed: queue them (and wake the worker if it sends them)."""
        for index, due_ms, app_id in summary:
            self.schedule(company_id, (tenant, webhook_id, index, app_id), due_ms)
        if self.hooks.settings.for_company(company_id).delivery == "background":
            self.wake()

    def due(self, companies: set[str] | None = None, *, background: bool) -> list[Key]:
        """Take out every delivery due now (of these agencies, in that delivery mode), oldest first."""
        taken: list[tuple[int, int, Key]] = []
        with self._lock:
            for company_id, heap in list(self._pending.items()):
                if companies is not None and company_id not in companies:
                    continue
                if (self.hooks.settings.for_company(company_id).delivery == "background") != background:
                    continue
                now = self.world.clock(company_id).now_ms()
                while heap and heap[0][0] <= now:
                    taken.append(heapq.heappop(heap))
                if not heap:
                    del self._pending[company_id]
        taken.sort()
        return [key for _, _, key in taken]

    def waiting(self, company_id: str | None = None) -> int:
        with self._lock:
            return sum(len(h) for c, h in self._pending.items() if company_id in (None, c))

    def forget(self, company_id: str) -> None:
        with self._lock:
            self._pending.pop(company_id, None)

    # -- one attempt ---------------------------------------------------------------------------
    def prepare(self, key: Key) -> Plan | None:
        tenant, webhook_id, index, _ = key
        record = self.world.store.get(tenant, EVENTS, webhook_id)
        if record is None or index >= len(record["deliveries"]):
            return None  # its tenant is gone
        target = record["deliveries"][index]
        if target["status"] in FINAL:
            return None
        settings = self.hooks.settings.for_company(record["companyId"])
        faults = settings.faults
        attempt = sum(1 for a in target["attempts"] if not a.get("duplicate")) + 1
        seed = f"{webhook_id}/{index}/{attempt}"
        rotated = faults.happens("rotatedKey", seed)
        tamper = faults.happens("tamperedSignature", seed)
        from mock_server.webhooks import delivery  # signing imports cryptography: on the first delivery, not at start

        spec = delivery.Spec(target["url"], target["body"], target.get("mode") or settings.mode, record.get("depth", 0),
                             settings.timeoutSeconds, tamper, rotated)
        applied = [name for name, on in (("rotatedKey", rotated), ("tamperedSignature", tamper)) if on]
        return Plan(key, record["companyId"], attempt, record.get("depth", 0), applied,
                    faults.happens("drop", seed), faults.happens("duplicate", seed), spec)

    def record(self, plan: Plan, answer: delivery.Answer | None, *, duplicate: bool = False) -> None:
        """Log the attempt (``answer`` None: dropped by a fault) and decide what follows."""
        tenant, webhook_id, index, _ = plan.key
        with self.hooks.lock, self.world.store.transaction():
            record = self.world.store.get(tenant, EVENTS, webhook_id)
            if record is None:
                return
            target = record["deliveries"][index]
            settings = self.hooks.settings.for_company(record["companyId"])
            clock = self.world.clock(record["companyId"])
            now_ms = clock.now_ms()
            entry: dict[str, Any] = {"n": len(target["attempts"]) + 1, "at": iso_z(clock.now()), "atMs": now_ms,
                                     "url": plan.url}
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
                    profile = settings.profile
                    if profile.retryable(answer.status) and retries_done < profile.retries:
                        due = now_ms + int(profile.delay(retries_done + 1, f"{webhook_id}/{index}") * 1000)
                        entry.update(outcome="retry", nextAttemptAt=iso_z(_at(due)))
                        target.update(status="retrying", nextAttemptAtMs=due)
                        self.world.store.on_commit(lambda: self.schedule(record["companyId"], plan.key, due))
                    else:
                        entry["outcome"] = target["status"] = "failed"
                        target.pop("nextAttemptAtMs", None)
            target["attempts"].append(entry)
            save(self.world.store, tenant, record)

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

    def wake(self) -> None:
        """Have the worker look for due deliveries (starting it if need be); never waits."""
        worker = self._worker
        if worker is None or not worker.is_alive():
            with self._lock:
                if self._worker is None or not self._worker.is_alive():
                    self._worker = _Worker(self)
                    self._worker.start()  # it looks for due deliveries as soon as it runs
            return
        worker.poke()

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


class _Worker(threading.Thread):
    def __init__(self, dispatcher: Dispatcher) -> None:
        super().__init__(name="ghl-mock-webhooks", daemon=True)
        self.dispatcher = dispatcher
        self.ready = threading.Event()
        self._stopping = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._poked = False  # a wake-up is on its way to the worker's loop
        self._queues: dict[str, deque[Key]] = {}
        self._in_flight: dict[str, int] = {}

    def run(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception:  # never take the server down with it
            log.exception("webhook worker stopped")

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        # The worker's modules (the sender, delivery, signing: cryptography) are imported here, in its thread,
        # not while the server starts.
        from mock_server.webhooks.sender import SenderProcess

        self._sender = SenderProcess()
        tasks: set[asyncio.Task] = set()
        try:
            await self._sender.start(await asyncio.to_thread(lambda: self.dispatcher.hooks.keys))
            self.ready.set()
            while not self._stopping:
                self._pump(tasks)
                try:
                    await asyncio.wait_for(self._wake.wait(), TICK_SECONDS)
                except TimeoutError:
                    pass
                self._wake.clear()
        finally:
            for task in tasks:
                task.cancel()
            await self._sender.close()

    def poke(self) -> None:
        """Have the worker pump soon. Called on every commit with deliveries, from the API's thread: a wake-up
        already on its way covers every delivery scheduled before the worker takes it (``_woken`` runs
        before the pump), so a burst of commits costs one cross-thread wake-up, not one each (a wake-up
        writes to the loop's self-pipe and hands the GIL to the worker)."""
        loop, wake = self._loop, self._wake
        if self._poked or loop is None or wake is None or loop.is_closed():
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
        self.join(5)

    def idle(self) -> bool:
        return not any(self._queues.values()) and not any(self._in_flight.values())

    def _pump(self, tasks: set[asyncio.Task]) -> None:
        dispatcher = self.dispatcher
        for key in dispatcher.due(background=True):
            queue = self._queues.setdefault(key[3], deque())
            company = dispatcher._company_of(key)
            settings = dispatcher.hooks.settings.for_company(company)
            if len(queue) >= settings.queueSize:  # full: it waits in the outbox, due, for a later round
                dispatcher.schedule(company, key, 0)
                continue
            queue.append(key)
        for app_id, queue in self._queues.items():
            while queue:
                settings = dispatcher.hooks.settings.for_company(dispatcher._company_of(queue[0]))
                if self._in_flight.get(app_id, 0) >= settings.concurrency:
                    break
                key = queue.popleft()
                self._in_flight[app_id] = self._in_flight.get(app_id, 0) + 1
                task = asyncio.ensure_future(self._attempt(app_id, key))
                tasks.add(task)
                task.add_done_callback(tasks.discard)

    async def _attempt(self, app_id: str, key: Key) -> None:
        from mock_server.webhooks.sender import SenderLost

        dispatcher = self.dispatcher
        try:
            plan = dispatcher.prepare(key)
            if plan is None:
                return
            if plan.drop:
                dispatcher.record(plan, None)
                return
            for duplicate in (False, True) if plan.duplicate else (False,):
                answer = await self._send(plan)
                dispatcher.record(plan, answer, duplicate=duplicate)
        except SenderLost:  # never made: it goes out again
            dispatcher.schedule(dispatcher._company_of(key), key, 0)
        except Exception:
            log.exception("webhook attempt %s failed unexpectedly", key)
        finally:
            self._in_flight[app_id] -= 1
            if self._wake is not None:
                self._wake.set()

    async def _send(self, plan: Plan) -> delivery.Answer:
        if urlsplit(plan.url).netloc in self.dispatcher.receivers:  # in-process: its app runs in a thread
            return await asyncio.to_thread(self.dispatcher.send_here, plan)
        return await self._sender.send(plan.spec, self.dispatcher.hooks.keys)


def _at(ms: int):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ms / 1000, UTC)
