"""Who may drive the control plane: no web page the developer visits, whatever it sends (``control/guard.py``).

Without an admin token (the loopback default) a cross-site page could otherwise reset the sandbox, mint tokens
or move the clock with "simple" requests, and read the journal and fresh tokens through DNS rebinding.
"""

from __future__ import annotations

import httpx
import pytest

from mock_server.app import build_app
from mock_server.platform.tenants import COMPANIES
from mock_server.settings import Settings
from mock_server.store import GLOBAL
from mock_server.testing.transport import InProcessTransport

ORIGIN = "http://127.0.0.1:8765"


def _sandbox(**settings):
    app = build_app(Settings(random_seed="guard", **settings))
    return app, httpx.Client(transport=InProcessTransport(app), base_url=ORIGIN)


@pytest.fixture
def sandbox():
    app, client = _sandbox()
    with client:
        yield app, client
    app.world.close()


def _tenant_count(app) -> int:
    return len(app.world.store.scan(GLOBAL, COMPANIES))


def _location(app) -> str:
    return app.world.meta("bootstrap")["locationId"]


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                                          None])
def test_a_write_that_is_not_json_is_refused_and_changes_nothing(sandbox, content_type):
    app, client = sandbox
    before = _tenant_count(app)
    headers = {"Content-Type": content_type} if content_type else {}
    answer = client.post("/_mock/tenants", content=b'{"name": "Evil"}', headers=headers)
    assert answer.status_code == 415
    assert answer.json()["message"] == "Control-plane writes must be sent as Content-Type: application/json"
    assert _tenant_count(app) == before


def test_the_issues_cross_site_token_request_is_refused(sandbox):
    app, client = sandbox
    answer = client.post("/_mock/tokens", content=b'{"locationId": "%s"}' % _location(app).encode(),
                         headers={"Content-Type": "text/plain", "Origin": "https://evil.example"})
    assert answer.status_code == 403
    assert "access_token" not in answer.text and answer.json()["statusCode"] == 403


@pytest.mark.parametrize("headers", [
    {"Origin": "https://evil.example"},
    {"Origin": "null"},
    {"Origin": "http://127.0.0.1:3000"},  # another port is another origin
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site"},
])
def test_cross_site_requests_are_refused(sandbox, headers):
    app, client = sandbox
    before = _tenant_count(app)
    answer = client.post("/_mock/tenants", json={"name": "Evil"}, headers=headers)
    assert answer.status_code == 403
    assert answer.json()["message"] == "Cross-site requests to the control plane are refused"
    assert _tenant_count(app) == before
    assert client.get("/_mock/tenants", headers=headers).status_code == 403


def test_a_link_to_the_dashboard_from_another_site_opens_it(sandbox):
    """A top-level navigation reads nothing for the linking page and changes nothing."""
    _, client = sandbox
    page = client.get("/_mock/dashboard", headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate",
                                                   "Sec-Fetch-Dest": "document"})
    assert page.status_code == 200


def test_the_dashboards_own_requests_pass(sandbox):
    """What Chromium sends for the dashboard's same-origin fetch calls."""
    _, client = sandbox
    same_origin = {"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors", "Content-Type": "application/json"}
    browser = {**same_origin, "Origin": ORIGIN}  # Chromium adds Origin to writes, also same-origin ones
    assert client.get("/_mock/tenants", headers=same_origin).status_code == 200
    minted = client.post("/_mock/tokens", json={"locationId": _location(sandbox[0])}, headers=browser)
    assert minted.status_code == 201 and minted.json()["access_token"]
    assert client.delete("/_mock/journal", headers=browser).status_code == 200


def test_a_bodyless_write_needs_no_content_type(sandbox):
    """``curl -X POST $URL/_mock/reset`` between suites, as the README shows."""
    _, client = sandbox
    assert client.post("/_mock/reset").status_code == 200


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8765", "127.0.0.1.nip.io:8765",
                                  "localhost.attacker.example", "[::2]:8765", "10.0.0.5:8765"])
def test_a_foreign_host_name_is_refused(sandbox, host):
    """DNS rebinding: the attacker's page reaches the server under the attacker's name."""
    _, client = sandbox
    answer = client.get("/_mock/tenants", headers={"Host": host})
    assert answer.status_code == 400
    assert answer.json()["message"].startswith("Host not allowed for the control plane")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8765", "localhost:9999", "LOCALHOST", "[::1]:8765",
                                  "127.0.0.2:80", "services.leadconnectorhq.com"])
def test_loopback_names_and_ghls_own_host_are_served(sandbox, host):
    _, client = sandbox
    assert client.get("/_mock/tenants", headers={"Host": host}).status_code == 200


def test_the_public_url_and_the_allowed_hosts_are_served():
    app, client = _sandbox(public_url="https://mock.ci.example", allowed_hosts=("ghl-mock", "Sandbox.Local"))
    with client:
        for host in ("mock.ci.example", "ghl-mock:8765", "sandbox.local"):
            assert client.get("/_mock/tenants", headers={"Host": host}).status_code == 200, host
        assert client.get("/_mock/tenants", headers={"Host": "other"}).status_code == 400
        # the public URL is the server's own origin behind its proxy
        assert client.post("/_mock/tenants", json={}, headers={
            "Host": "mock.ci.example", "Origin": "https://mock.ci.example"}).status_code == 201
    app.world.close()


def test_with_an_admin_token_any_host_is_served():
    """docker compose: clients name the service (``http://ghl-mock:8765``) and send the admin token."""
    app, client = _sandbox(admin_token="s3cret")
    with client:
        token = {"X-GHL-Mock-Admin-Token": "s3cret"}
        assert client.get("/_mock/tenants", headers={"Host": "ghl-mock:8765", **token}).status_code == 200
        assert client.get("/_mock/tenants", headers={"Host": "ghl-mock:8765"}).status_code == 401
        assert client.post("/_mock/tenants", content=b"{}", headers={**token, "Content-Type": "text/plain"}
                           ).status_code == 415
    app.world.close()


def test_the_ghl_api_is_not_affected(sandbox):
    app, client = sandbox
    info = app.world.meta("bootstrap")
    answer = client.get(f"/locations/{info['locationId']}", headers={
        "Host": "attacker.example", "Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site",
        "Authorization": f"Bearer {info['pit']}", "Version": "2021-07-28"})
    assert answer.status_code == 200


@pytest.mark.parametrize("sent", [b"s3cr\xe9t", b"\xff\xfe", "s3crét".encode(), b"s3cret\x80"])
def test_an_admin_token_with_non_ascii_bytes_is_a_plain_401(sent):
    app, client = _sandbox(admin_token="s3cret")
    with client:
        answer = client.get("/_mock/health", headers={"X-GHL-Mock-Admin-Token": sent})
        assert answer.status_code == 401 and answer.json()["statusCode"] == 401
    app.world.close()


def test_a_non_ascii_admin_token_is_compared_as_utf8_bytes():
    app, client = _sandbox(admin_token="s3crét")
    with client:
        assert client.get("/_mock/health", headers={"X-GHL-Mock-Admin-Token": "s3crét".encode()}).status_code == 200
        assert client.get("/_mock/health", headers={"X-GHL-Mock-Admin-Token": b"s3cr\xe9t"}).status_code == 401
    app.world.close()
