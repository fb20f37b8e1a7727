"""``world.webhooks``: the one object the rest of the mock talks to about webhooks.

Domain code only emits (``tenant.emit(EVENT, payload)``, which lands in ``emit`` here); the control
plane, the pytest plugin and the CLI read events, resend, recover, change settings and keys through here.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from mock_server.platform.errors import BadRequest
from mock_server.webhooks.dispatcher import Dispatcher
from mock_server.webhooks.events import EventType
from mock_server.webhooks.outbox import DELIVERIES, EVENTS, FINAL, Outbox, new_state, save_state, state_id
from mock_server.webhooks.routing import Routing
from mock_server.webhooks.settings import SettingsBook

if TYPE_CHECKING:
    from mock_server.webhooks.keys import Keys

EVENT_NOT_FOUND = "Webhook event not found"


class Webhooks:
    def __init__(self, world, *, delivery: str = "background") -> None:
        self.world = world
        self.lock = threading.RLock()  # read-modify-write of event records
        self._keys: Keys | None = None
        self._keys_made = threading.Lock()  # not ``lock``: a flush holds that while the worker signs
        self.settings = SettingsBook(delivery)
        self.routing = Routing(world.store)
        self.dispatcher = Dispatcher(self)
        self.outbox = Outbox(self)

    @property
    def keys(self) -> Keys:
        """The signing keys; their module (and cryptography) is imported on first use, not while starting."""
        if self._keys is None:
            with self._keys_made:
                if self._keys is None:
                    from mock_server.webhooks.keys import Keys

                    self._keys = Keys(self.world)
        return self._keys

    def recover_pending(self) -> int:
        """After a restart: every delivery the outbox holds that is not final is scheduled again."""
        found = 0
        for company_id, key, due in self.outbox.pending_deliveries():
            self.dispatcher.schedule(company_id, key, due)
            found += 1
        if found and self.settings.global_settings.delivery == "background":
            self.dispatcher.wake()
        return found

    # -- emitting ----------------------------------------------------------------------------------
    def emit(self, event: EventType, payload: dict[str, Any], *, location_id: str | None = None,
             company_id: str | None = None, app_id: str | None = None, to=None) -> str:
        return self.outbox.emit(event, payload, location_id=location_id, company_id=company_id, app_id=app_id, to=to)

    # -- reading -----------------------------------------------------------------------------------
    def events(self, *, type: str | None = None, location_id: str | None = None, company_id: str | None = None,
               app_id: str | None = None, status: str | None = None, since_seq: int | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Events, oldest first, as the control plane lists them."""
        tenants = None
        if location_id:
            tenants = [location_id]
        elif company_id:
            tenants = [company_id, *self.world.tenants.location_ids(company_id)]
        found = []
        for _, record in self.outbox.records(tenants):
            if type and record["type"] != type:
                continue
            if since_seq is not None and record.get("seq", 0) <= since_seq:
                continue
            deliveries = record["deliveries"]
            if app_id and not any(d["appId"] == app_id for d in deliveries):
                continue
            if status and not any(d["status"] == status and (not app_id or d["appId"] == app_id) for d in deliveries):
                continue
            found.append(record)
        found.sort(key=lambda r: r.get("seq", 0))
        if limit:
            found = found[-limit:]
        return [summary(r) for r in found]

    def event(self, webhook_id: str) -> dict[str, Any]:
        found = self.outbox.get(webhook_id)
        if found is None:
            raise BadRequest(EVENT_NOT_FOUND)
        return detail(found[1])

    # -- replay ------------------------------------------------------------------------------------
    def resend(self, webhook_id: str, app_id: str | None = None) -> dict[str, Any]:
        """Send an event again (to one app, or every app it went to): same webhookId, same bytes."""
        found = self.outbox.get(webhook_id)
        if found is None:
            raise BadRequest(EVENT_NOT_FOUND)
        tenant, _ = found
        store = self.world.store
        with self.lock, store.transaction():
            record = store.get(tenant, EVENTS, webhook_id)
            now_ms = self.world.clock(record["companyId"]).now_ms()
            chosen = [i for i, d in enumerate(record["deliveries"]) if app_id in (None, d["appId"])]
            if not chosen:
                raise BadRequest("This event was not sent to that app" if app_id else "This event went to no app")
            for index in chosen:
                state = store.get(tenant, DELIVERIES, state_id(webhook_id, index)) or new_state(record, index)
                state.update(status="pending", roundStart=sum(1 for a in state["attempts"] if not a.get("duplicate")))
                state.pop("nextAttemptAtMs", None)
                save_state(store, tenant, state)
                key = (tenant, webhook_id, index, state["appId"])
                store.on_commit(lambda key=key: self.dispatcher.committed(
                    record["companyId"], key[0], key[1], [(key[2], now_ms, key[3], None)]))
            view = detail(self.outbox.get(webhook_id)[1])  # as this resend left it
        return view

    def recover(self, since_ms: int, *, app_id: str | None = None, location_id: str | None = None,
                company_id: str | None = None) -> list[str]:
        """Send again every event whose delivery failed (or was dropped) at or after ``since_ms`` (mock time)."""
        resent = []
        for event in self.events(app_id=app_id, location_id=location_id, company_id=company_id):
            record = self.outbox.get(event["webhookId"])[1]
            for target in record["deliveries"]:
                last = target["attempts"][-1] if target["attempts"] else None
                if (target["status"] in ("failed", "dropped") and app_id in (None, target["appId"])
                        and last is not None and last["atMs"] >= since_ms):
                    self.resend(record["id"], target["appId"])
                    resent.append(record["id"])
        return sorted(set(resent), key=resent.index)

    # -- lifecycle ---------------------------------------------------------------------------------
    def forget_company(self, company_id: str) -> None:
        self.dispatcher.forget(company_id)
        self.settings.release(company_id)
        self.outbox.forget(company_id)

    def reset(self) -> None:
        self.dispatcher.clear()
        self.settings.reset()
        self.outbox._id_sources.clear()

    def close(self) -> None:
        self.dispatcher.stop()


def summary(record: dict[str, Any]) -> dict[str, Any]:
    """An event as listed: what happened, where, and how each delivery went."""
    return {
        "webhookId": record["id"], "seq": record.get("seq", 0), "type": record["type"],
        "locationId": record.get("locationId"),
        "companyId": record["companyId"], "timestamp": record["timestamp"], "payload": _payload(record),
        "deliveries": [{"appId": d["appId"], "url": d["url"], "status": d["status"], "attempts": len(d["attempts"]),
                        **({"nextAttemptAt": d["attempts"][-1].get("nextAttemptAt")}
                           if d.get("nextAttemptAtMs") and d["attempts"] else {}),
                        **({"reason": d["reason"]} if d.get("reason") else {})}
                       for d in record["deliveries"]],
    }


def detail(record: dict[str, Any]) -> dict[str, Any]:
    """One event with every delivery: the body sent, and each attempt (headers, answer, latency, next retry)."""
    from mock_server.webhooks.envelope import sent_body

    view = summary(record)
    view["deliveries"] = [{k: v for k, v in d.items() if k not in ("dueAtMs", "nextAttemptAtMs", "roundStart")}
                          | {"final": d["status"] in FINAL} for d in record["deliveries"]]
    for shown in view["deliveries"]:
        if "body" not in shown:  # made when sent, from the event: the same bytes every attempt sent
            shown["body"] = sent_body(record, app_id=shown["appId"], version_id=shown["versionId"],
                                      timestamp=shown.get("timestamp")).decode()
    return view


def _payload(record: dict[str, Any]) -> dict[str, Any]:
    """The event as an app receives it, less the per-app fields (appId, versionId)."""
    from mock_server.webhooks.envelope import body

    return body(record, app_id=None, version_id=None)
