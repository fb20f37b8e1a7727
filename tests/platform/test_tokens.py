"""Tokens live on the mock clock: every time check (issued-at, expiry) reads the tenant's clock, never the wall.

Booking tests freeze future dates all the time, so a token minted "in 2028" must work in 2028, whichever way
it was minted (control plane, the OAuth code flow, the pytest fixture), and keep working when the test moves
the clock back again, until its expiry on that clock.
"""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.tenant import GhlTenant
from mock_server.testing.transport import InProcessTransport

FUTURE = "2028-06-01T09:00:00Z"


@pytest.fixture
def sandbox():
    app = build_app(Settings(random_seed="token-clock"))
    with httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1:8765") as client:
        tenant = client.post("/_mock/tenants", json={}).json()
        yield client, tenant
    app.world.close()


def _read_location(client: httpx.Client, tenant: dict, token: str) -> httpx.Response:
    return client.get(f"/locations/{tenant['locationId']}",
                      headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})


def _freeze(client: httpx.Client, tenant: dict, at: str) -> None:
    assert client.post("/_mock/clock/freeze", json={"companyId": tenant["companyId"], "at": at}).status_code == 200


def test_a_token_minted_on_a_future_clock_is_accepted(sandbox):
    client, tenant = sandbox
    _freeze(client, tenant, FUTURE)
    token = client.post("/_mock/tokens", json={"locationId": tenant["locationId"]}).json()["access_token"]
    assert _read_location(client, tenant, token).status_code == 200


def test_the_oauth_code_flow_on_a_future_clock(sandbox):
    client, tenant = sandbox
    _freeze(client, tenant, FUTURE)
    code = client.post("/_mock/oauth/codes", json={"locationId": tenant["locationId"]}).json()
    app = next(a for a in client.get("/_mock/oauth/apps").json()["apps"] if a["clientId"] == code["clientId"])
    grant = client.post("/oauth/token", headers={"Version": "2021-07-28"}, data={
        "client_id": app["clientId"], "client_secret": app["clientSecret"], "grant_type": "authorization_code",
        "code": code["code"], "user_type": "Location"})
    assert grant.status_code == 200, grant.text
    assert _read_location(client, tenant, grant.json()["access_token"]).status_code == 200
    refreshed = client.post("/oauth/token", headers={"Version": "2021-07-28"}, data={
        "client_id": app["clientId"], "client_secret": app["clientSecret"], "grant_type": "refresh_token",
        "refresh_token": grant.json()["refresh_token"], "user_type": "Location"})
    assert refreshed.status_code == 200, refreshed.text
    assert _read_location(client, tenant, refreshed.json()["access_token"]).status_code == 200


def test_a_token_minted_on_a_future_clock_can_be_revoked(sandbox):
    client, tenant = sandbox
    _freeze(client, tenant, FUTURE)
    token = client.post("/_mock/tokens", json={"locationId": tenant["locationId"]}).json()["access_token"]
    assert client.post("/_mock/tokens/revoke", json={"token": token}).json() == {"revoked": True}
    assert _read_location(client, tenant, token).status_code == 401


def test_moving_the_clock_back_keeps_a_token_valid_until_its_expiry(sandbox):
    """DECISION (tokens.py): a token "issued in the future" of a clock set back stays valid; only expiry counts."""
    client, tenant = sandbox
    _freeze(client, tenant, FUTURE)
    token = client.post("/_mock/tokens", json={"locationId": tenant["locationId"], "expiresIn": 3600}).json()
    _freeze(client, tenant, "2026-01-01T00:00:00Z")
    assert _read_location(client, tenant, token["access_token"]).status_code == 200
    _freeze(client, tenant, "2028-06-01T10:00:00Z")  # issued 09:00 with one hour to live
    assert _read_location(client, tenant, token["access_token"]).status_code == 401


def test_the_fixture_client_after_freezing_a_future_date(ghl: GhlTenant):
    ghl.freeze("2028-06-01T09:00Z")
    assert ghl.client().get(f"/locations/{ghl.location_id}").status_code == 200
    assert ghl.client(kind="pit").get(f"/locations/{ghl.location_id}").status_code == 200


def test_a_token_that_reuses_a_verified_tokens_signature_is_refused(sandbox):
    """Verified tokens are cached by their signature: a token with another payload under the same signature
    (a forgery) must still be checked, and refused, even right after the genuine one was served."""
    client, tenant = sandbox
    token = client.post("/_mock/tokens", json={"locationId": tenant["locationId"]}).json()["access_token"]
    assert _read_location(client, tenant, token).status_code == 200  # verified and cached
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["userId"] = "someone-else"
    forged_payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    forged = _read_location(client, tenant, f"{header}.{forged_payload}.{signature}")
    assert forged.status_code == 401 and forged.json()["message"] == "Invalid JWT"
    assert _read_location(client, tenant, token).status_code == 200
