"""kill -9 during a storm of writes with a subscribed app: after a restart every acknowledged write's event
is delivered at least once, and no event exists for a write that did not commit."""

from __future__ import annotations

import threading
import time

import httpx

from tests.webhooks.receivers import Recorder


def test_every_acknowledged_writes_event_is_delivered_after_kill_9(serve_process, tmp_path):
    data = tmp_path / "sandbox.json"
    server = serve_process("--data", str(data), "--random-seed", "crash-webhooks")
    server.wait_healthy()
    tenant = httpx.get(server.url + "/_mock/tenants").json()["tenants"][0]
    company_id, location_id = tenant["companyId"], tenant["locations"][0]["locationId"]
    pit = httpx.post(server.url + "/_mock/tokens", json={"locationId": location_id, "kind": "pit"}).json()
    headers = {"Authorization": f"Bearer {pit['access_token']}", "Version": "2021-07-28"}

    with Recorder() as receiver:
        app = httpx.post(server.url + "/_mock/oauth/apps", json={
            "name": "crash app", "companyId": company_id, "webhookUrl": receiver.url + "/hooks",
            "events": ["UserCreate"]}).json()
        assert httpx.post(server.url + "/_mock/oauth/installations",
                          json={"clientId": app["clientId"], "locationId": location_id}).status_code == 201

        acknowledged: list[str] = []
        lock, stop = threading.Lock(), threading.Event()

        def writer(n: int) -> None:
            with httpx.Client(base_url=server.url, headers=headers, timeout=5) as client:
                i = 0
                while not stop.is_set():
                    i += 1
                    try:
                        response = client.post("/users/", json={
                            "companyId": company_id, "firstName": f"W{n}", "lastName": f"N{i}",
                            "email": f"w{n}-{i}@crash.test", "password": "pw-123456", "type": "account",
                            "role": "user", "locationIds": [location_id]})
                    except (httpx.HTTPError, OSError):
                        return  # the server died under us: never acknowledged
                    if response.status_code == 201:
                        with lock:
                            acknowledged.append(response.json()["id"])

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 30
        while len(acknowledged) < 150 and time.monotonic() < deadline:
            time.sleep(0.01)
        server.kill()
        stop.set()
        for t in threads:
            t.join()
        assert len(acknowledged) >= 150

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
        events = httpx.get(restarted.url + "/_mock/webhooks/events",
                           params={"type": "UserCreate", "appId": app["appId"]}).json()["events"]
        with httpx.Client(base_url=restarted.url, headers=headers, timeout=5) as client:
            orphans = [e["payload"]["id"] for e in events if client.get(f"/users/{e['payload']['id']}").status_code != 200]
        assert orphans == []
        assert len({e["payload"]["id"] for e in events}) == len(events) >= len(acknowledged)
        assert all(d["status"] == "delivered" for e in events for d in e["deliveries"])
