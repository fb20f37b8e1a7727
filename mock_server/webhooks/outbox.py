"""The outbox: every emitted event, with its deliveries, stored in the change's own transaction.

One record per event, in the tenant where it happened (a location, or the agency for agency-level
events), so it goes away with the tenant and is read by id in constant time::

    {"id": <webhookId>, "type", "locationId", "companyId", "timestamp", "createdAtMs", "seq", "depth",
     "data": <payload>, "deliveries": [{"appId", "versionId", "clientId", "url", "body", "status",
                                        "dueAtMs", "attempts": [...]}]}

``body`` is the exact text sent (built once: the same bytes on every retry). Statuses: ``pending`` (no
attempt yet), ``retrying``, ``delivered``, ``failed`` (final), ``dropped`` (a fault lost it), ``skipped``
(the loop guard held it back).

Durability: the record is written inside the request's transaction, so it is logged (file mode: fsync'd)
before the API answers, and never written when the request is refused or rolled back. The dispatcher
hears of it only after the commit (``store.on_commit``); after a crash, ``pending_deliveries`` finds
every delivery not yet final and the dispatcher sends it (at least once).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from mock_server.apis.formats import iso_z
from mock_server.webhooks import envelope, jsonjs, loop_guard

if TYPE_CHECKING:
    from mock_server.webhooks.service import Webhooks

EVENTS = "webhook_events"
FINAL = frozenset({"delivered", "failed", "dropped", "skipped"})
# Indexed: true on the records with a delivery not yet final, so a start finds them without reading every event.
OPEN = "open"
# The highest seq handed out so far is reserved in the store a block at a time (a start reads it, not every event).
SEQ_KEY = "webhook-seq"
SEQ_BLOCK = 1000


def save(store, tenant: str, record: dict[str, Any]) -> None:
    """Store an event record, marked open while one of its deliveries is not final."""
    if any(d["status"] not in FINAL for d in record["deliveries"]):
        record[OPEN] = True
    else:
        record.pop(OPEN, None)
    store.put_only(tenant, EVENTS, record)


class Outbox:
    def __init__(self, hooks: Webhooks) -> None:
        self.hooks = hooks
        self.world = hooks.world
        self.world.store.declare_index(EVENTS, OPEN)
        reserved = self.world.meta(SEQ_KEY)
        if reserved is None:  # events written before seqs were reserved (or none at all): read them once
            self._mark_open_records()
            self.last_seq = max((r.get("seq", 0) for _, r in self.records()), default=0)
            if self.last_seq:  # once: the next start reads this instead
                self.world.set_meta(SEQ_KEY, {"upTo": self.last_seq})
        else:
            self.last_seq = reserved["upTo"]
        self._reserved = self.last_seq
        self._seq = itertools.count(self.last_seq + 1)
        self._id_sources: dict[str, Any] = {}

    def _mark_open_records(self) -> None:
        for tenant, record in list(self.records()):
            if any(d["status"] not in FINAL for d in record["deliveries"]) and not record.get(OPEN):
                save(self.world.store, tenant, dict(record))

    def _next_seq(self) -> int:
        """The next seq. One beyond the reserved block reserves the next block, in the event's own transaction
        (so a rolled-back event leaves no reservation behind, and the next one reserves again)."""
        self.last_seq = seq = next(self._seq)
        if seq > self._reserved:
            up_to = seq + SEQ_BLOCK
            self.world.set_meta(SEQ_KEY, {"upTo": up_to})
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
        plain = None  # whether the payload needs the careful JSON path: asked once, for every app's body
        for recipient in self.hooks.routing.recipients(event, location_id=location_id, company_id=company_id,
                                                       app_id=app_id, to=to):
            sent = record
            stale = faults.staleTimestampSeconds and faults.happens("staleTimestampSeconds", record["id"])
            if stale:  # a correctly signed body whose timestamp is too old: receivers should refuse it
                sent = {**record, "timestamp": iso_z(now - timedelta(seconds=faults.staleTimestampSeconds))}
            if plain is None:
                plain = jsonjs.is_plain(payload)
            body = envelope.body_bytes(sent, app_id=recipient.app_id, version_id=recipient.version_id, plain=plain)
            delivery = {"appId": recipient.app_id, "versionId": recipient.version_id, "clientId": recipient.client_id,
                        "url": recipient.url, "body": body.decode(), "status": "pending",
                        "dueAtMs": now_ms + int(faults.delaySeconds * 1000), "attempts": []}
            if recipient.mode:
                delivery["mode"] = recipient.mode
            if stale:
                delivery["faults"] = ["staleTimestamp"]
            if record["depth"] >= loop_guard.MAX_DEPTH:
                delivery.update(status="skipped", reason=f"loop guard: {record['depth']} deliveries deep "
                                                         f"(more than {loop_guard.MAX_DEPTH - 1})")
            record["deliveries"].append(delivery)
        tenant = location_id or company_id
        save(world.store, tenant, record)
        # What the first attempts need (where, what, how signed) goes to the dispatcher with the commit: it plans
        # them without reading the record back (dispatcher.prepare).
        summary = [(index, d["dueAtMs"], d["appId"], (d["url"], d["body"], d.get("mode"), record["depth"]))
                   for index, d in enumerate(record["deliveries"]) if d["status"] == "pending"]
        if summary:
            world.store.on_commit(lambda: self.hooks.dispatcher.committed(company_id, tenant, record["id"], summary))
        return record["id"]

    # -- reading -------------------------------------------------------------------------------
    def get(self, webhook_id: str) -> tuple[str, dict[str, Any]] | None:
        owner = self.world.store.owner(webhook_id)
        if owner is None or owner[1] != EVENTS:
            return None
        record = self.world.store.get(owner[0], EVENTS, webhook_id)
        return None if record is None else (owner[0], record)

    def records(self, tenants: list[str] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        """(tenant, record) for every event (read-only records), tenant by tenant."""
        store = self.world.store
        for tenant in tenants if tenants is not None else sorted(store.tenants()):
            for record in store.scan(tenant, EVENTS):
                yield tenant, record

    def pending_deliveries(self) -> Iterator[tuple[str, tuple[str, str, int, str], int]]:
        """(company, (tenant, webhookId, delivery index, appId), due ms) of every delivery not yet final."""
        store = self.world.store
        for tenant in sorted(store.tenants()):
            for record in store.find(tenant, EVENTS, OPEN, True):
                for index, delivery in enumerate(record["deliveries"]):
                    if delivery["status"] not in FINAL:
                        due = delivery.get("nextAttemptAtMs") or delivery["dueAtMs"]
                        yield record["companyId"], (tenant, record["id"], index, delivery["appId"]), due
