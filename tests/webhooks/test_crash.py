"""kill -9 during a storm of writes with a subscribed app: after a restart every acknowledged write's event
is delivered at least once, and no event exists for a write that did not commit."""

from __future__ import annotations

import time

import httpx

from tests.user_storm import UserStorm
from tests.webhooks.receivers import Recorder


def test_every_acknowledged_writes_event_is_delivered_after_kill_9(serve_process, tmp_path):
    data = tmp_path / "sandbox.json"
    server = serve_process("--data", str(data), "--random-seed", "crash-webhooks")
    server.wait_healthy()
    tenant = httpx.get(server.url + "/_mock/tenants", timeout=60).json()["tenants"][0]
    company_id, location_id = tenant["companyId"], tenant["locations"][0]["locationId"]
    pit = httpx.post(server.url + "/_mock/tokens", json={"locationId": location_id, "kind": "pit"}, timeout=60).json()
    headers = {"Authorization": f"Bearer {pit['access_token']}", "Version": "2021-07-28"}

    with Recorder() as receiver:
        app = httpx.post(server.url + "/_mock/oauth/apps", json={
            "name": "crash app", "companyId": company_id, "webhookUrl": receiver.url + "/lagging",
            "events": ["UserCreate"]}, timeout=60).json()  # the first use of areas and keys: slow under load
        assert httpx.post(server.url + "/_mock/oauth/installations",
                          json={"clientId": app["clientId"], "locationId": location_id}, timeout=60).status_code == 201

        storm = UserStorm(server.url, headers, company_id, location_id).start()
        deadline = time.monotonic() + 30
        while len(storm.acknowledged) < 150 and time.monotonic() < deadline:
            time.sleep(0.01)
        server.kill()
        storm.stop()
        acknowledged = storm.acknowledged
        assert len(acknowledged) >= 150
        # The receiver lags (0.2 s an answer): at the kill, events of acknowledged writes were still waiting.
        before_restart = {b["id"] for b in receiver.bodies() if b["type"] == "UserCreate"}
        assert set(acknowledged) - before_restart

        restarted = serve_process("--data", str(data), "--random-seed", "crash-webhooks")
        restarted.wait_healthy()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            delivered = {b["id"] for b in receiver.bodies() if b["type"] == "UserCreate"}
            if set(acknowledged) <= delivered:
                break
            time.sleep(0.1)
        assert sorted(set(acknowledged) - delivered) == []

        # Every event belongs to a write that committed (its user exists); none to one that did not.
        httpx.post(restarted.url + "/_mock/webhooks/flush", json={}, timeout=30)  # the stragglers, too
        events = httpx.get(restarted.url + "/_mock/webhooks/events",
                           params={"type": "UserCreate", "appId": app["appId"]}, timeout=60).json()["events"]
        with httpx.Client(base_url=restarted.url, headers=headers, timeout=60) as client:
            orphans = [e["payload"]["id"] for e in events if client.get(f"/users/{e['payload']['id']}").status_code != 200]
        assert orphans == []
        assert len({e["payload"]["id"] for e in events}) == len(events) >= len(acknowledged)
        assert all(d["status"] == "delivered" for e in events for d in e["deliveries"])

        # Seqs go on after the kill from above every committed one (reserved in blocks, not recounted at start).
        with httpx.Client(base_url=restarted.url, headers=headers, timeout=60) as client:
            assert client.post("/contacts/", json={"locationId": location_id, "firstName": "After"}).status_code == 201
        latest = httpx.get(restarted.url + "/_mock/webhooks/events", params={"type": "ContactCreate"}, timeout=60).json()["events"]
        assert latest[-1]["seq"] > max(e["seq"] for e in events)
