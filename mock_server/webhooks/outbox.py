"""The outbox: every emitted event, with its deliveries, stored in the change's own transaction.

One record per event, in the tenant where it happened (a location, or the agency for agency-level
events), so it goes away with the tenant and is read by id in constant time::

    {"id": <webhookId>, "type", "locationId", "companyId", "timestamp", "createdAtMs", "seq", "depth",
     "data": <payload>, "deliveries": [{"appId", "versionId", "clientId", "url", "status", "dueAtMs",
                                        "attempts": [], "timestamp"?}]}

The body an app gets is made from this record when an attempt is sent (``delivery.sent_body``: the envelope and
JSON writing are pure functions of it, so every attempt sends the same bytes), in the sender process: the API's
request pays for none of it. A delivery's ``timestamp`` is the stale-timestamp fault's, sent in place of the
event's. Events stored before that kept each delivery's ``body`` text, which is sent as it is. The event record is written once,
when the event is emitted, and never again: what changes afterwards (a delivery's status, its attempt log, when it
is next due) lives in a small record per delivery, ``webhook_deliveries`` in the same tenant::

    {"id": "<webhookId>:<index>", "webhookId", "index", "appId", "companyId", "status", "dueAtMs",
     "attempts": [...], "nextAttemptAtMs"?, "roundStart"?, "open"?}

so logging an attempt reads and writes a few hundred bytes, not the event's few KB (its payload and the body
sent). Readers see an event as it stands (``get``, ``records``): its deliveries with their state merged in, in
the shape they always had. An event stored before delivery states existed keeps its status and attempts in the
event record (merged the same way: no state record means the event's own); its first new attempt or resend
makes its state record, from what the event held.

Statuses: ``pending`` (no attempt yet), ``retrying``, ``delivered``, ``failed`` (final), ``dropped`` (a fault lost
it), ``skipped`` (the loop guard held it back: final at once, it has no state record).

Durability: the event record and the state of each delivery to make are written inside the request's
transaction, so they are logged (file mode: fsync'd) before the API answers, and never written when the request
is refused or rolled back. A store in memory (no restart to resume from) gets no state record at the emit: until
its first attempt a delivery's state is the event's own, as for the events stored before states existed. The dispatcher hears of them only after the commit (``store.on_commit``); after a
crash, ``pending_deliveries`` finds every delivery not yet final (its state is marked ``open``, an index) and the
dispatcher sends it (at least once).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import orjson

from mock_server.apis.formats import iso_z
from mock_server.webhooks import loop_guard

if TYPE_CHECKING:
    from mock_server.webhooks.service import Webhooks

EVENTS = "webhook_events"
DELIVERIES = "webhook_deliveries"
FINAL = frozenset({"delivered", "failed", "dropped", "skipped"})
# Indexed: true on the delivery states not yet final, so a start finds them without reading every event. (Event
# records stored before delivery states existed carried it themselves: ``_migrate`` moves theirs, once.)
OPEN = "open"
# What a delivery's state record holds over the event's own delivery fields (when it has a state record).
STATE_FIELDS = ("status", "attempts", "nextAttemptAtMs", "roundStart")
# The highest seq handed out so far is reserved in the store a block at a time (a start reads it, not every event).
# Its meta record also says the outbox keeps delivery states (``STATES``): no event record left to migrate.
SEQ_KEY = "webhook-seq"
SEQ_BLOCK = 1000
STATES = "deliveryStates"


def state_id(webhook_id: str, index: int) -> str:
    return f"{webhook_id}:{index}"


def first_state(webhook_id: str, index: int, app_id: str, company_id: str, due_ms: int) -> dict[str, Any]:
    """The state record of a delivery not attempted yet (as its emit made it)."""
    return {"id": state_id(webhook_id, index), "webhookId": webhook_id, "index": index, "appId": app_id,
            "companyId": company_id, "status": "pending", "dueAtMs": due_ms, "attempts": []}


def new_state(record: dict[str, Any], index: int) -> dict[str, Any]:
    """The state record of an event's delivery, from what the event record holds of it (the emit's own, or all
    an event stored before delivery states existed knew)."""
    delivery = record["deliveries"][index]
    state = {"id": state_id(record["id"], index), "webhookId": record["id"], "index": index,
             "appId": delivery["appId"], "companyId": record["companyId"], "status": delivery["status"],
             "dueAtMs": delivery["dueAtMs"], "attempts": delivery["attempts"]}
    for name in ("nextAttemptAtMs", "roundStart"):
        if name in delivery:
            state[name] = delivery[name]
    return state


def save_state(store, tenant: str, state: dict[str, Any]) -> None:
    """Store a delivery's state, marked open while it is not final."""
    if state["status"] in FINAL:
        state.pop(OPEN, None)
    else:
        state[OPEN] = True
    store.put_only(tenant, DELIVERIES, state)


def merged(delivery: dict[str, Any], state: dict[str, Any] | None) -> dict[str, Any]:
    """A delivery as it stands: the event's fields, with its state's in their place (same keys, same order)."""
    if state is None:
        return delivery
    view = {}
    for name, value in delivery.items():
        if name not in STATE_FIELDS:
            view[name] = value
        elif name in state:
            view[name] = state[name]
    for name in STATE_FIELDS:
        if name in state and name not in view:
            view[name] = state[name]
    return view


def with_states(record: dict[str, Any], states: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The event ``record`` with its deliveries as they stand (``states`` by state id): a new dict."""
    webhook_id = record["id"]
    view = {k: v for k, v in record.items() if k != OPEN}
    view["deliveries"] = [merged(d, states.get(state_id(webhook_id, i))) for i, d in enumerate(record["deliveries"])]
    return view


class Outbox:
    def __init__(self, hooks: Webhooks) -> None:
        self.hooks = hooks
        self.world = hooks.world
        self.world.store.declare_index(EVENTS, OPEN)
        self.world.store.declare_index(DELIVERIES, OPEN)
        reserved = self.world.meta(SEQ_KEY)
        if reserved is None:  # events written before seqs were reserved (or none at all): read them once
            self._migrate(self.records(merge=False))
            self.last_seq = max((r.get("seq", 0) for _, r in self.records(merge=False)), default=0)
            if self.last_seq:  # once: the next start reads this instead
                self.world.set_meta(SEQ_KEY, {"upTo": self.last_seq, STATES: True})
        else:
            self.last_seq = reserved["upTo"]
            if not reserved.get(STATES):  # event records may still hold open deliveries: move them, once
                store = self.world.store
                self._migrate((t, r) for t in sorted(store.tenants()) for r in store.find(t, EVENTS, OPEN, True))
                self.world.set_meta(SEQ_KEY, {**reserved, STATES: True})
        self._reserved = self.last_seq
        self._seq = itertools.count(self.last_seq + 1)
        self._id_sources: dict[str, Any] = {}

    def _migrate(self, records) -> None:
        """Event records stored before delivery states existed: each delivery not yet final gets its state record
        (open), and the event is no longer marked open (it is never rewritten again)."""
        store = self.world.store
        with store.transaction():
            for tenant, record in list(records):
                open_ones = [i for i, d in enumerate(record["deliveries"]) if d["status"] not in FINAL]
                if not open_ones and not record.get(OPEN):
                    continue
                for index in open_ones:
                    if store.get(tenant, DELIVERIES, state_id(record["id"], index)) is None:
                        save_state(store, tenant, new_state(record, index))
                record = dict(record)
                record.pop(OPEN, None)
                store.put_only(tenant, EVENTS, record)

    def _next_seq(self) -> int:
        """The next seq. One beyond the reserved block reserves the next block, in the event's own transaction
        (so a rolled-back event leaves no reservation behind, and the next one reserves again)."""
        self.last_seq = seq = next(self._seq)
        if seq > self._reserved:
            up_to = seq + SEQ_BLOCK
            self.world.set_meta(SEQ_KEY, {"upTo": up_to, STATES: True})
            self.world.store.on_commit(lambda: setattr(self, "_reserved", max(self._reserved, up_to)))
        return seq

    def _ids(self, company_id: str):
        """The agency's own stream of webhookIds (seeded with the mock: the same ids on every run), apart
        from its record ids, so emitting events never shifts the ids of the records a test creates."""
        source = self._id_sources.get(company_id)
        if source is None:
            source = self._id_sources[company_id] = self.world.ids_for(company_id).child("webhooks")
        return source

    def forget(self, company_id: str) -> None:
        self._id_sources.pop(company_id, None)

    # -- writing -------------------------------------------------------------------------------
    def emit(self, event, payload: dict[str, Any], *, location_id: str | None, company_id: str | None,
             app_id: str | None, to=None) -> str:
        world = self.world
        if location_id is None and company_id is None:
            raise ValueError(f"{event.name}: emit needs a location_id or a company_id")
        if company_id is None:
            company_id = world.tenants.company_of_location(location_id)
        level = "location" if location_id else "company"
        if level not in event.levels:
            raise ValueError(f"{event.name} is not a {level}-level event (levels: {event.levels})")
        now = world.now(company_id)
        now_ms = int(now.timestamp() * 1000)
        settings = self.hooks.settings.for_company(company_id)
        record = {
            # A seeded stream starts over after a restart: skip the webhookIds the data file already holds.
            "id": self._ids(company_id).new_uuid(taken=lambda i: world.store.owner(i) is not None),
            "type": event.name, "locationId": location_id,
            "companyId": company_id, "timestamp": iso_z(now), "createdAtMs": now_ms, "seq": self._next_seq(),
            "depth": loop_guard.current_depth(), "data": payload, "deliveries": [],
        }
        faults = settings.faults
        depth = record["depth"]
        for recipient in self.hooks.routing.recipients(event, location_id=location_id, company_id=company_id,
                                                       app_id=app_id, to=to):
            delivery = {"appId": recipient.app_id, "versionId": recipient.version_id, "clientId": recipient.client_id,
                        "url": recipient.url, "status": "pending",
                        "dueAtMs": now_ms + int(faults.delaySeconds * 1000), "attempts": []}
            if recipient.mode:
                delivery["mode"] = recipient.mode
            if faults.staleTimestampSeconds and faults.happens("staleTimestampSeconds", record["id"]):
                # A correctly signed body whose timestamp is too old: receivers should refuse it.
                delivery["timestamp"] = iso_z(now - timedelta(seconds=faults.staleTimestampSeconds))
                delivery["faults"] = ["staleTimestamp"]
            if depth >= loop_guard.MAX_DEPTH:
                delivery.update(status="skipped", reason=f"loop guard: {depth} deliveries deep "
                                                         f"(more than {loop_guard.MAX_DEPTH - 1})")
            record["deliveries"].append(delivery)
        tenant = location_id or company_id
        store = world.store
        store.put_only(tenant, EVENTS, record)
        # What the first attempts need (where, how signed, the event as committed) goes to the dispatcher with the
        # commit: it plans them without reading the record back (dispatcher.prepare). The body is made from the
        # event when the attempt is sent (delivery.Spec): in the sender process, not in the API's request.
        summary = []
        committed = None
        for index, d in enumerate(record["deliveries"]):
            if d["status"] == "pending":
                if committed is None:  # the event as stored: what the callers' payload said at this commit
                    committed = orjson.dumps(record)
                if store.durable:  # what a restart reads to send it (a store in memory has no restart)
                    save_state(store, tenant, first_state(record["id"], index, d["appId"], company_id, d["dueAtMs"]))
                summary.append((index, d["dueAtMs"], d["appId"],
                                (d["url"], d.get("mode"), depth, committed, d["appId"], d["versionId"],
                                 d.get("timestamp"), d["dueAtMs"])))
        if summary:
            world.store.on_commit(lambda: self.hooks.dispatcher.committed(company_id, tenant, record["id"], summary))
        return record["id"]

    # -- reading -------------------------------------------------------------------------------
    def get(self, webhook_id: str) -> tuple[str, dict[str, Any]] | None:
        """(tenant, the event as it stands: its deliveries' states merged in), or None."""
        store = self.world.store
        owner = store.owner(webhook_id)
        if owner is None or owner[1] != EVENTS:
            return None
        record = store.get(owner[0], EVENTS, webhook_id)
        if record is None:
            return None
        ids = [state_id(webhook_id, i) for i in range(len(record["deliveries"]))]
        return owner[0], with_states(record, {s["id"]: s for s in store.scan_ids(owner[0], DELIVERIES, ids)})

    def records(self, tenants: list[str] | None = None, *,
                merge: bool = True) -> Iterator[tuple[str, dict[str, Any]]]:
        """(tenant, record) for every event as it stands (read-only records), tenant by tenant (``merge=False``: as
        stored, without their deliveries' states)."""
        store = self.world.store
        for tenant in tenants if tenants is not None else sorted(store.tenants()):
            events = store.scan(tenant, EVENTS)
            if not merge:
                yield from ((tenant, record) for record in events)
                continue
            states = {s["id"]: s for s in store.scan(tenant, DELIVERIES)} if events else {}
            for record in events:
                yield tenant, with_states(record, states)

    def pending_deliveries(self) -> Iterator[tuple[str, tuple[str, str, int, str], int]]:
        """(company, (tenant, webhookId, delivery index, appId), due ms) of every delivery not yet final."""
        store = self.world.store
        for tenant in sorted(store.tenants()):
            for state in store.find(tenant, DELIVERIES, OPEN, True):
                due = state.get("nextAttemptAtMs") or state["dueAtMs"]
                yield state["companyId"], (tenant, state["webhookId"], state["index"], state["appId"]), due
