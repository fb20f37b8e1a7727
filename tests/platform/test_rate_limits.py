"""GHL's rate-limit headers on every authenticated response; 429 only when enforcement is on."""

from __future__ import annotations

import pytest


@pytest.fixture
def limits(ghl_app):
    yield ghl_app.world.rate_limits
    ghl_app.world.rate_limits.configure(enforce=False, burst=100, daily=200_000, interval_ms=10_000)


def test_headers_count_down_per_app_per_location(ghl, ghl_client, limits):
    first = ghl_client.get(f"/locations/{ghl.location_id}")
    second = ghl_client.get(f"/locations/{ghl.location_id}")
    assert first.headers["X-RateLimit-Max"] == "100"
    assert first.headers["X-RateLimit-Interval-Milliseconds"] == "10000"
    assert first.headers["X-RateLimit-Limit-Daily"] == "200000"
    assert int(first.headers["X-RateLimit-Remaining"]) - int(second.headers["X-RateLimit-Remaining"]) == 1
    assert int(first.headers["X-RateLimit-Daily-Remaining"]) - int(second.headers["X-RateLimit-Daily-Remaining"]) == 1


def test_enforced_limits_answer_429_until_the_window_passes(ghl, ghl_client, limits):
    control = ghl.client()
    assert control.put("/_mock/rate-limits", json={"enforce": True, "burst": 3}).json()["burst"] == 3
    statuses = [ghl_client.get(f"/locations/{ghl.location_id}").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    refused = ghl_client.get(f"/locations/{ghl.location_id}")
    assert refused.json()["statusCode"] == 429 and refused.headers["X-RateLimit-Remaining"] == "0"
    ghl.advance(10)
    assert ghl_client.get(f"/locations/{ghl.location_id}").status_code == 200


def test_another_location_has_its_own_budget(ghl, ghl_client, ghl_app, limits):
    from mock_server.testing.tenant import GhlTenant

    limits.configure(enforce=True, burst=1)
    other = GhlTenant(ghl_app, seed="rate-other")
    try:
        assert ghl_client.get(f"/locations/{ghl.location_id}").status_code == 200
        assert ghl_client.get(f"/locations/{ghl.location_id}").status_code == 429
        assert other.client().get(f"/locations/{other.location_id}").status_code == 200
    finally:
        other.close()
