"""Retries run on the mock clock: a test plays an hour of GHL's retries in milliseconds."""

from __future__ import annotations

from datetime import datetime

from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route


def answering(status: int, seen: list[dict]):
    async def hook(request):
        body = await request.json()
        seen.append({"webhookId": body["webhookId"], "type": body["type"]})
        return Response(status_code=status)

    return Starlette(routes=[Route("/webhooks", hook, methods=["POST"])])


def play_retries(ghl, webhook_id: str) -> list[dict]:
    """Jump the clock to each scheduled retry until the delivery is final; the attempts made."""
    while True:
        delivery = ghl.event(webhook_id)["deliveries"][0]
        if delivery["final"]:
            return delivery["attempts"]
        ghl.set_time(delivery["attempts"][-1]["nextAttemptAt"])


def gaps_in_seconds(attempts: list[dict]) -> list[float]:
    times = [datetime.fromisoformat(a["at"].replace("Z", "+00:00")) for a in attempts]
    return [(later - earlier).total_seconds() for earlier, later in zip(times, times[1:], strict=False)]


def test_ghl_profile_retries_a_429_six_times_about_ten_minutes_apart(ghl):
    ghl.freeze("2026-03-02T09:00:00Z")
    seen: list[dict] = []
    ghl.receiver(answering(429, seen), events=["UserCreate"])
    ghl.user()
    event = ghl.wait_for_event("UserCreate")
    attempts = play_retries(ghl, event["webhookId"])
    assert len(attempts) == 7 and len(seen) == 7
    assert {s["webhookId"] for s in seen} == {event["webhookId"]}  # the same webhookId on every attempt
    assert all(600 <= gap <= 630 for gap in gaps_in_seconds(attempts)), gaps_in_seconds(attempts)
    assert [a["outcome"] for a in attempts] == ["retry"] * 6 + ["failed"]
    assert ghl.event(event["webhookId"])["deliveries"][0]["status"] == "failed"


def test_ghl_profile_does_not_retry_a_500(ghl):
    ghl.freeze("2026-03-02T09:00:00Z")
    seen: list[dict] = []
    ghl.receiver(answering(500, seen), events=["UserCreate"])
    ghl.user()
    event = ghl.wait_for_event("UserCreate")
    ghl.advance(hours=2)
    assert len(seen) == 1
    assert ghl.event(event["webhookId"])["deliveries"][0]["attempts"][0]["outcome"] == "failed"


def test_ghl_2026_profile_retries_a_500_twelve_times_with_growing_backoff(ghl):
    ghl.freeze("2026-03-02T09:00:00Z")
    ghl.webhook_settings(profile="ghl-2026")
    seen: list[dict] = []
    ghl.receiver(answering(500, seen), events=["UserCreate"])
    ghl.user()
    event = ghl.wait_for_event("UserCreate")
    attempts = play_retries(ghl, event["webhookId"])
    assert len(attempts) == 13 and {s["webhookId"] for s in seen} == {event["webhookId"]}
    gaps = gaps_in_seconds(attempts)
    # 30 s doubling up to a 6 h cap, each with up to 20 % jitter (once capped, jitter alone varies the gap).
    schedule = [min(30 * 2 ** n, 6 * 3600) for n in range(12)]
    assert all(base <= gap <= base * 1.2 + 1 for base, gap in zip(schedule, gaps, strict=True)), (gaps, schedule)


def test_advancing_the_clock_fires_the_due_retries(ghl):
    ghl.freeze("2026-03-02T09:00:00Z")
    seen: list[dict] = []
    ghl.receiver(answering(429, seen), events=["UserCreate"])
    ghl.user()
    ghl.wait_for_event("UserCreate")
    ghl.advance(minutes=5)
    assert len(seen) == 1  # not due yet
    ghl.advance(minutes=6)
    assert len(seen) == 2
    for _ in range(10):
        ghl.advance(minutes=11)
    assert len(seen) == 7


def test_the_none_profile_makes_one_attempt_and_a_custom_one_follows_its_schedule(ghl):
    ghl.freeze("2026-03-02T09:00:00Z")
    seen: list[dict] = []
    ghl.receiver(answering(503, seen), events=["UserCreate"])
    ghl.webhook_settings(profile="none")
    ghl.user()
    ghl.advance(hours=1)
    assert len(seen) == 1
    ghl.webhook_settings(profile={"retryOn": [503], "retries": 2, "delays": [5, 60]})
    ghl.user()
    ghl.deliver()
    ghl.advance(seconds=5)
    ghl.advance(seconds=60)
    ghl.advance(hours=1)
    assert len(seen) == 1 + 3
