"""Receivers that misbehave (unreachable, slow past the timeout, redirecting, answering a huge body): each
attempt is logged with its reason, and neither the API nor any other app's queue waits for them."""

from __future__ import annotations

import socket
import time

from tests.webhooks.receivers import Recorder


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def final_attempt(ghl, webhook_id: str, app_id: str, timeout: float = 15.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        delivery = next(d for d in ghl.event(webhook_id)["deliveries"] if d["appId"] == app_id)
        if delivery["attempts"]:
            return delivery["attempts"][-1]
        time.sleep(0.02)
    raise AssertionError(f"no attempt to {app_id} within {timeout} s")


def test_bad_receivers_are_logged_with_their_reason_and_hold_up_nobody(ghl):
    ghl.webhook_delivery("background")
    ghl.webhook_settings(timeoutSeconds=1.0, concurrency=2)  # the slow app works through its five two at a time
    ghl.world.webhooks.dispatcher.start()  # keys and the sender process: made once, not measured below
    with Recorder() as slow, Recorder() as redirecting, Recorder() as huge, Recorder() as receiver:
        bad = {
            "unreachable": ghl.install_app(webhook_url=f"http://127.0.0.1:{closed_port()}/hooks", events=["UserCreate"]),
            "slow": ghl.install_app(webhook_url=slow.url + "/slow", events=["UserCreate"]),
            "redirect": ghl.install_app(webhook_url=redirecting.url + "/redirect", events=["UserCreate"]),
            "huge": ghl.install_app(webhook_url=huge.url + "/huge", events=["UserCreate"]),
        }
        good = ghl.install_app(webhook_url=receiver.url + "/ok", events=["UserCreate"])

        started = time.monotonic()
        users = [ghl.user() for _ in range(5)]
        api_seconds = time.monotonic() - started
        # No API call waited for a delivery: waiting would cost the 1 s timeout per user on the slow receiver
        # alone (5 s). The margin is for a loaded CI machine.
        assert api_seconds < 2.5

        # The good app gets all five while the slow one is still working through them (1 s timeout each).
        deadline = time.monotonic() + 3.5
        while time.monotonic() < deadline and len(receiver.bodies()) < 5:
            time.sleep(0.01)
        assert sorted(b["id"] for b in receiver.bodies()) == sorted(u["id"] for u in users)
        assert {b["appId"] for b in receiver.bodies()} == {good.app_id}
        assert len(slow.bodies()) < 5

        first = ghl.events("UserCreate")[0]["webhookId"]
        reasons = {name: final_attempt(ghl, first, app.app_id) for name, app in bad.items()}
    assert reasons["unreachable"]["status"] is None and reasons["unreachable"]["reason"].startswith("connection failed")
    assert reasons["slow"]["status"] is None and reasons["slow"]["reason"].startswith("timeout: no answer within 1 s")
    assert reasons["redirect"]["status"] == 302 and "not followed" in reasons["redirect"]["reason"]
    assert reasons["huge"]["status"] == 200 and reasons["huge"]["responseTruncated"] is True
    assert len(reasons["huge"]["responseExcerpt"]) <= 2000
    # ghl profile: none of these is a 429, so each was a final failure (a 2xx huge answer is delivered).
    assert [reasons[n]["outcome"] for n in ("unreachable", "slow", "redirect", "huge")] == [
        "failed", "failed", "failed", "delivered"]


def test_with_concurrency_one_an_app_receives_its_events_in_order(ghl):
    ghl.webhook_delivery("background")
    ghl.webhook_settings(concurrency=1)
    with Recorder() as receiver:
        ghl.install_app(webhook_url=receiver.url + "/ok", events=["UserCreate"])
        users = [ghl.user() for _ in range(8)]
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and len(receiver.bodies()) < 8:
            time.sleep(0.01)
        assert [b["id"] for b in receiver.bodies()] == [u["id"] for u in users]
