"""The outbox's storage: an event record written once, each delivery's state (status, attempts) beside it, and
data files from before delivery states existed read as they were and sent on after a restart."""

from __future__ import annotations

import httpx

from mock_server.apis.users.events import USER_CREATE
from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import InProcessTransport
from mock_server.webhooks.outbox import DELIVERIES, EVENTS, OPEN, SEQ_KEY, STATES, state_id
from tests.webhooks.receivers import Recorder

SEED = "outbox-states"


def start(data: str):
    app = build_app(Settings(data=data, fsync=False, random_seed=SEED))
    app.world.webhooks.settings.update({"delivery": "manual"})
    return app, httpx.Client(transport=InProcessTransport(app), base_url="http://localhost", timeout=60)


def a_delivered_then_legacy_event(data: str, receiver_url: str, stored_body: str | None = None) -> tuple[str, str]:
    """An event delivered once, then rewritten as an older mock stored it: its status and attempts inside the
    event record (a second attempt due), marked open there, no state record, and a seq meta without the mark
    (``stored_body``: and the body text kept in its delivery, as mocks before bodies were made when sent did)."""
    app, control = start(data)
    try:
        tenant = control.post("/_mock/tenants", json={}).json()
        location = tenant["locationId"]
        made = control.post("/_mock/oauth/apps", json={"name": "old", "companyId": tenant["companyId"],
                                                       "webhookUrl": receiver_url + "/hooks",
                                                       "events": ["UserCreate"]}).json()
        control.post("/_mock/oauth/installations", json={"clientId": made["clientId"], "locationId": location})
        token = control.post("/_mock/tokens", json={"locationId": location}).json()["access_token"]
        user = control.post("/users/", headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"},
                            json={"companyId": tenant["companyId"], "firstName": "Old", "lastName": "Data",
                                  "email": "old@data.test", "password": "pw-123456", "type": "account",
                                  "role": "user", "locationIds": [location]})
        assert user.status_code == 201, user.text
        webhook_id = control.get("/_mock/webhooks/events", params={"type": "UserCreate", "locationId": location}
                                 ).json()["events"][-1]["webhookId"]
        assert control.post("/_mock/webhooks/flush", json={}).json()["attempts"] == 1
        first = control.get(f"/_mock/webhooks/events/{webhook_id}").json()["deliveries"][0]["attempts"][0]

        store, world = app.world.store, app.world
        with store.transaction():
            record = store.get(location, EVENTS, webhook_id)
            record["deliveries"][0].update(status="retrying", attempts=[{**first, "outcome": "retry"}],
                                           nextAttemptAtMs=first["atMs"])
            if stored_body is not None:
                record["deliveries"][0]["body"] = stored_body
            record[OPEN] = True
            store.put(location, EVENTS, record)
            store.delete(location, DELIVERIES, state_id(webhook_id, 0))
            seq = world.meta(SEQ_KEY)
            seq.pop(STATES)
            world.set_meta(SEQ_KEY, seq)
        return location, webhook_id
    finally:
        control.close()
        app.world.close()


def test_an_open_delivery_stored_inside_its_event_is_sent_after_a_restart_with_its_log_kept(tmp_path):
    data = str(tmp_path / "sandbox.db")
    with Recorder() as receiver:
        location, webhook_id = a_delivered_then_legacy_event(data, receiver.url)
        app, control = start(data)
        try:
            before = control.get(f"/_mock/webhooks/events/{webhook_id}").json()["deliveries"][0]
            assert before["status"] == "retrying" and [a["outcome"] for a in before["attempts"]] == ["retry"]

            assert control.post("/_mock/webhooks/flush", json={}).json()["attempts"] == 1
            after = control.get(f"/_mock/webhooks/events/{webhook_id}").json()["deliveries"][0]
            assert after["status"] == "delivered" and after["final"] is True
            assert [(a["n"], a["outcome"]) for a in after["attempts"]] == [(1, "retry"), (2, "delivered")]
            assert sorted(after) == sorted(before)  # the same fields as ever
            assert [b["webhookId"] for _, b in receiver.received].count(webhook_id) == 2
            # Moved once: the event is no longer marked open, its state is final, the meta says so.
            assert OPEN not in app.world.store.get(location, EVENTS, webhook_id)
            assert list(app.world.webhooks.outbox.pending_deliveries()) == []
            assert app.world.meta(SEQ_KEY)[STATES] is True
        finally:
            control.close()
            app.world.close()


def test_logging_attempts_leaves_the_event_record_as_it_was_written(tmp_path):
    with Recorder(status=429) as receiver:
        app, control = start(str(tmp_path / "sandbox.db"))
        try:
            tenant = control.post("/_mock/tenants", json={}).json()
            location = tenant["locationId"]
            made = control.post("/_mock/oauth/apps", json={"name": "flaky", "companyId": tenant["companyId"],
                                                           "webhookUrl": receiver.url + "/hooks",
                                                           "events": ["UserCreate"]}).json()
            control.post("/_mock/oauth/installations", json={"clientId": made["clientId"], "locationId": location})
            with app.world.store.transaction():
                webhook_id = app.world.webhooks.emit(USER_CREATE, {"id": "u1", "firstName": "Flaky"},
                                                     location_id=location)
            written = app.world.store.get(location, EVENTS, webhook_id)
            assert control.post("/_mock/webhooks/flush", json={}).json()["attempts"] == 1

            delivery = control.get(f"/_mock/webhooks/events/{webhook_id}").json()["deliveries"][0]
            assert delivery["status"] == "retrying" and delivery["attempts"][0]["status"] == 429
            assert delivery["attempts"][0]["nextAttemptAt"]
            assert app.world.store.get(location, EVENTS, webhook_id) == written
            assert [state["status"] for state in app.world.store.find(location, DELIVERIES, OPEN, True)] == ["retrying"]
        finally:
            control.close()
            app.world.close()


def restart_send_and_show_body(data: str, webhook_id: str) -> str:
    """Start a mock on ``data``, send its one due attempt, and answer the body the control plane shows for it."""
    app, control = start(data)
    try:
        assert control.post("/_mock/webhooks/flush", json={}).json()["attempts"] == 1
        return control.get(f"/_mock/webhooks/events/{webhook_id}").json()["deliveries"][0]["body"]
    finally:
        control.close()
        app.world.close()


def test_every_attempt_sends_the_bytes_the_event_shows_across_a_restart(tmp_path):
    """The body is made from the stored event when each attempt is sent: the same bytes every time, and what
    the control plane shows as the delivery's body."""
    data = str(tmp_path / "sandbox.db")
    with Recorder() as receiver:
        _, webhook_id = a_delivered_then_legacy_event(data, receiver.url)
        shown = restart_send_and_show_body(data, webhook_id)
    assert len(receiver.raw) == 2 and receiver.raw[0] == receiver.raw[1] == shown.encode()
    assert receiver.received[0][1]["webhookId"] == webhook_id


def test_a_body_an_older_mock_stored_is_sent_as_stored(tmp_path):
    data = str(tmp_path / "sandbox.db")
    with Recorder() as receiver:
        stored = '{"type":"UserCreate","stored":"by an older mock"}'
        _, webhook_id = a_delivered_then_legacy_event(data, receiver.url, stored_body=stored)
        shown = restart_send_and_show_body(data, webhook_id)
    assert receiver.raw[-1] == stored.encode() and shown == stored
