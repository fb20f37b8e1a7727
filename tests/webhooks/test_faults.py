"""Faults on demand: duplicates, reordering, delays, drops, stale timestamps; the loop guard."""

from __future__ import annotations

from datetime import datetime

from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route


def recording(seen: list[dict], status: int = 200):
    async def hook(request):
        seen.append(await request.json())
        return Response(status_code=status)

    return Starlette(routes=[Route("/webhooks", hook, methods=["POST"])])


def test_duplicate_sends_the_same_webhook_twice(ghl):
    seen: list[dict] = []
    ghl.receiver(recording(seen), events=["UserCreate"])
    ghl.webhook_settings(faults={"duplicate": 1.0})
    ghl.user()
    event = ghl.wait_for_event("UserCreate")
    assert [s["webhookId"] for s in seen] == [event["webhookId"]] * 2
    attempts = ghl.event(event["webhookId"])["deliveries"][0]["attempts"]
    assert [a.get("duplicate", False) for a in attempts] == [False, True]


def test_drop_loses_a_delivery_and_recover_sends_it_again(ghl):
    ghl.freeze("2026-03-02T09:00:00Z")
    seen: list[dict] = []
    ghl.receiver(recording(seen), events=["UserCreate"])
    ghl.webhook_settings(faults={"drop": 1.0})
    ghl.user()
    event = ghl.wait_for_event("UserCreate")
    assert seen == [] and event["deliveries"][0]["status"] == "dropped"
    ghl.webhook_settings(faults={})
    answer = ghl.client().post("/_mock/webhooks/recover", json={"since": "2026-03-02T08:59:00Z",
                                                               "locationId": ghl.location_id})
    assert answer.json() == {"resent": [event["webhookId"]]}
    ghl.deliver()
    assert [s["webhookId"] for s in seen] == [event["webhookId"]]
    assert ghl.event(event["webhookId"])["deliveries"][0]["status"] == "delivered"


def test_resend_sends_the_same_bytes_again(ghl):
    seen: list[dict] = []
    ghl.receiver(recording(seen), events=["UserCreate"])
    ghl.user()
    event = ghl.wait_for_event("UserCreate")
    assert ghl.client().post(f"/_mock/webhooks/events/{event['webhookId']}/resend", json={}).status_code == 200
    ghl.deliver()
    assert len(seen) == 2 and seen[0] == seen[1]


def test_reorder_swaps_an_apps_deliveries(ghl):
    seen: list[dict] = []
    ghl.receiver(recording(seen), events=["UserCreate"])
    ghl.webhook_settings(faults={"reorder": 1.0})
    users = [ghl.user(), ghl.user()]
    ghl.deliver()
    assert [s["id"] for s in seen] == [users[1]["id"], users[0]["id"]]


def test_delay_holds_deliveries_back_in_mock_time(ghl):
    ghl.freeze("2026-03-02T09:00:00Z")
    seen: list[dict] = []
    ghl.receiver(recording(seen), events=["UserCreate"])
    ghl.webhook_settings(faults={"delaySeconds": 90})
    ghl.user()
    ghl.deliver()
    assert seen == []
    ghl.advance(seconds=91)
    assert len(seen) == 1


def test_a_stale_timestamp_is_signed_as_sent(ghl):
    ghl.freeze("2026-03-02T09:00:00Z")
    seen: list[dict] = []
    ghl.receiver(recording(seen), events=["UserCreate"])
    ghl.webhook_settings(faults={"staleTimestampSeconds": 600})
    ghl.user()
    ghl.deliver()
    sent = datetime.fromisoformat(seen[0]["timestamp"].replace("Z", "+00:00"))
    assert (ghl.now() - sent).total_seconds() == 600


def test_the_loop_guard_stops_a_receiver_that_calls_the_mock_back(ghl):
    """A receiver that creates a user for every UserCreate it gets would loop forever; the chain stops."""
    seen: list[dict] = []
    client = ghl.client()

    async def echo(request):
        seen.append(await request.json())
        depth = request.headers["x-ghl-mock-webhook-depth"]
        client.post("/users/", headers={"x-ghl-mock-webhook-depth": depth}, json=ghl.fake.user(
            ghl.company_id, [ghl.location_id]))
        return Response(status_code=200)

    ghl.receiver(Starlette(routes=[Route("/webhooks", echo, methods=["POST"])]), events=["UserCreate"])
    ghl.user()
    for _ in range(10):
        ghl.deliver()
    statuses = [e["deliveries"][0]["status"] for e in ghl.events("UserCreate")]
    assert statuses == ["delivered"] * 5 + ["skipped"]
    assert len(seen) == 5
    skipped = ghl.events("UserCreate")[-1]["deliveries"][0]
    assert skipped["reason"].startswith("loop guard")


def test_settings_are_validated_like_ghl_bodies(ghl):
    control = ghl.client()
    bad = control.put("/_mock/webhooks/settings", json={"profile": "sometimes", "faults": {"drop": 2}})
    assert bad.status_code == 422
    assert any("profile" in m for m in bad.json()["message"]) and any("drop" in m for m in bad.json()["message"])
    assert control.put("/_mock/webhooks/settings", json={"locationId": "nope"}).status_code == 400
    changed = control.put("/_mock/webhooks/settings", json={"companyId": ghl.company_id, "mode": "ed25519",
                                                             "profile": "ghl-2026"}).json()
    assert changed["mode"] == "ed25519" and changed["profile"]["name"] == "ghl-2026"
    assert control.get("/_mock/webhooks/settings").json()["mode"] == "both"  # the global ones did not change


def test_the_keys_are_served_as_pem(ghl):
    control = ghl.client()
    keys = control.get("/_mock/webhooks/keys").json()
    assert keys["rsa"]["publicKey"].startswith("-----BEGIN PUBLIC KEY-----")
    assert keys["ed25519"]["env"] == "WEBHOOK_SIGNATURE_PUBLIC_KEY"
    pem = control.get("/_mock/webhooks/keys/ed25519.pem")
    assert pem.text == keys["ed25519"]["publicKey"] and pem.headers["content-type"].startswith("application/x-pem")
    assert control.get("/_mock/webhooks/keys/dsa.pem").status_code == 400


def test_unknown_events_and_orphan_urls_are_refused(ghl):
    control = ghl.client()
    app = control.post("/_mock/oauth/apps", json={"name": "x", "webhookUrl": "https://example.com/h",
                                                   "events": ["ContactCreate"]}).json()
    bad = control.patch(f"/_mock/oauth/apps/{app['clientId']}", json={"events": ["ContactCreated"]})
    assert bad.status_code == 422 and "ContactCreated" in bad.json()["message"][0]
    orphan = control.patch(f"/_mock/oauth/apps/{app['clientId']}",
                           json={"eventUrls": {"NoteCreate": "https://example.com/n"}})
    assert orphan.status_code == 422
    assert control.patch(f"/_mock/oauth/apps/{app['clientId']}", json={"webhookUrl": "not a url"}).status_code == 422
    assert control.patch("/_mock/oauth/apps/nope", json={}).status_code == 400


def test_installations_send_install_and_uninstall_to_the_app(ghl):
    seen: list[dict] = []
    app = ghl.install_app(receiver=recording(seen), events=["INSTALL", "UNINSTALL"], deliver=True)
    assert [(s["type"], s["locationId"], s["installType"]) for s in seen] == [("INSTALL", ghl.location_id, "Location")]
    control = ghl.client()
    assert control.post("/_mock/oauth/uninstall", json={"clientId": app.client_id,
                                                        "locationId": ghl.location_id}).json() == {"uninstalled": 1}
    ghl.deliver()
    assert seen[-1] == {"type": "UNINSTALL", "locationId": ghl.location_id, "versionId": app.version_id,
                        "appId": app.app_id, "timestamp": seen[-1]["timestamp"], "webhookId": seen[-1]["webhookId"]}
    again = control.post("/_mock/oauth/uninstall", json={"clientId": app.client_id, "locationId": ghl.location_id})
    assert again.status_code == 400
    # An agency install: INSTALL for the agency, then one per location (what the SDKs turn into location tokens).
    control.post("/_mock/oauth/installations", json={"clientId": app.client_id, "companyId": ghl.company_id})
    ghl.deliver()
    assert [(s["type"], s.get("locationId"), s.get("companyId")) for s in seen[-2:]] == [
        ("INSTALL", None, ghl.company_id), ("INSTALL", ghl.location_id, ghl.company_id)]


def test_an_app_without_the_unlocking_scope_gets_nothing(ghl):
    seen: list[dict] = []
    ghl.install_app(receiver=recording(seen), events=["UserCreate"], scopes=["contacts.readonly"])
    ghl.user()
    ghl.deliver()
    assert seen == [] and ghl.events("UserCreate")[0]["deliveries"] == []
    ghl.install_app(receiver=recording(seen), events=["UserCreate"], scopes=["users.readonly"])
    ghl.user()
    ghl.deliver()
    assert len(seen) == 1


def test_conversation_providers_are_registered_on_an_app(ghl):
    control = ghl.client()
    app = ghl.install_app(events=[])
    made = control.post(f"/_mock/oauth/apps/{app.client_id}/providers",
                        json={"name": "My SMS", "type": "SMS", "deliveryUrl": "https://example.com/sms"})
    assert made.status_code == 201 and made.json()["type"] == "SMS"
    listed = control.get(f"/_mock/oauth/apps/{app.client_id}/providers").json()["providers"]
    assert [p["id"] for p in listed] == [made.json()["id"]]
    assert control.post(f"/_mock/oauth/apps/{app.client_id}/providers",
                        json={"name": "x", "type": "Fax", "deliveryUrl": "https://e.com"}).status_code == 422
    assert control.delete(f"/_mock/oauth/apps/{app.client_id}/providers/{made.json()['id']}").status_code == 200


def test_a_rolled_back_change_emits_nothing(ghl):
    from mock_server.apis.users.events import USER_CREATE

    world = ghl.world
    mark = world.webhooks.outbox.last_seq
    try:
        with world.store.transaction():
            world.tenant(ghl.location_id).emit(USER_CREATE, {"id": "x"})
            raise RuntimeError("the handler failed after emitting")
    except RuntimeError:
        pass
    assert world.webhooks.events(company_id=ghl.company_id, since_seq=mark) == []


def test_the_events_endpoint_filters(ghl):
    ghl.install_app(webhook_url="http://127.0.0.1:9/unused", events=["UserCreate"])
    ghl.user()
    control = ghl.client()
    listed = control.get("/_mock/webhooks/events", params={"type": "UserCreate", "locationId": ghl.location_id,
                                                          "status": "pending"}).json()["events"]
    assert len(listed) == 1 and listed[0]["deliveries"][0]["status"] == "pending"
    assert control.get("/_mock/webhooks/events", params={"status": "lost"}).status_code == 422
    assert control.get("/_mock/webhooks/events/nope").status_code == 400
    detail = control.get(f"/_mock/webhooks/events/{listed[0]['webhookId']}").json()
    assert detail["deliveries"][0]["body"].startswith('{"type":"UserCreate"')
