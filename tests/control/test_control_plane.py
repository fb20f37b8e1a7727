"""The /_mock control plane, as CI users and the plugin use it."""

from __future__ import annotations

import httpx
import pytest

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import InProcessTransport
from tests.unserved import lacking_areas, unserved_get


@pytest.fixture
def sandbox():
    """A private sandbox app (with its bootstrap tenant), so resets here touch nobody else."""
    app = build_app(Settings(random_seed="control-tests"))
    with httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1:8765") as client:
        yield app, client
    app.world.close()


def _auth(client, location_id, **extra):
    token = client.post("/_mock/tokens", json={"locationId": location_id, **extra}).json()["access_token"]
    return {"Authorization": f"Bearer {token}", "Version": "2021-07-28"}


def test_health(sandbox):
    _, client = sandbox
    body = client.get("/_mock/health").json()
    assert body["status"] == "ok" and body["storage"]["kind"] == "memory" and body["operations"] > 0


def test_create_tenant_and_use_it_at_once(sandbox):
    _, client = sandbox
    created = client.post("/_mock/tenants", json={"name": "Acme", "timezone": "Asia/Tokyo"})
    assert created.status_code == 201
    tenant = created.json()
    assert {"companyId", "locationId", "userId"} <= set(tenant) and tenant["timezone"] == "Asia/Tokyo"
    location = client.get(f"/locations/{tenant['locationId']}", headers=_auth(client, tenant["locationId"])).json()
    assert location["location"]["timezone"] == "Asia/Tokyo"
    names = [t["name"] for t in client.get("/_mock/tenants").json()["tenants"]]
    assert "Acme" in names


def test_the_tenant_listing_counts_each_locations_records(sandbox):
    _, client = sandbox
    tenant = client.post("/_mock/tenants", json={}).json()
    headers = _auth(client, tenant["locationId"])
    for email in ("a@example.com", "b@example.com"):
        assert client.post("/contacts/", headers=headers,
                           json={"locationId": tenant["locationId"], "email": email}).status_code == 201

    def location_records():
        listing = client.get("/_mock/tenants").json()["tenants"]
        agency = next(t for t in listing if t["companyId"] == tenant["companyId"])
        return next(loc["records"] for loc in agency["locations"] if loc["locationId"] == tenant["locationId"])

    assert location_records()["contacts"] == 2
    client.post("/_mock/reset", params={"locationId": tenant["locationId"]})
    assert "contacts" not in location_records()


def test_seeded_tenants_get_the_same_ids_every_time(sandbox):
    _, client = sandbox
    first = client.post("/_mock/tenants", json={"seed": "suite-a"}).json()
    client.post("/_mock/reset")
    assert client.post("/_mock/tenants", json={"seed": "suite-a"}).json() == first


def test_token_scopes_kind_and_expiry(sandbox):
    _, client = sandbox
    tenant = client.post("/_mock/tenants", json={}).json()
    narrow = client.post("/_mock/tokens", json={"locationId": tenant["locationId"], "scopes": ["users.readonly"],
                                                "kind": "pit"}).json()
    assert narrow["access_token"].startswith("pit-") and narrow["scope"] == "users.readonly"
    denied = client.get(f"/locations/{tenant['locationId']}", headers={
        "Authorization": f"Bearer {narrow['access_token']}", "Version": "v3"})
    assert denied.status_code == 401
    agency = client.post("/_mock/tokens", json={"companyId": tenant["companyId"], "expiresIn": 60}).json()
    assert agency["userType"] == "Company" and agency["expires_in"] == 60
    bad = client.post("/_mock/tokens", json={"locationId": tenant["locationId"], "companyId": tenant["companyId"]})
    assert bad.status_code == 400


def test_reset_all_brings_back_the_bootstrap_tenant_with_the_same_pit(sandbox):
    app, client = sandbox
    info = app.world.meta("bootstrap")
    pit_headers = {"Authorization": f"Bearer {info['pit']}", "Version": "2021-07-28"}
    extra = client.post("/_mock/tenants", json={}).json()
    client.post("/_mock/reset")
    assert client.get(f"/locations/{info['locationId']}", headers=pit_headers).status_code == 200
    tenants = client.get("/_mock/tenants").json()["tenants"]
    assert [t["companyId"] for t in tenants] == [info["companyId"]]
    assert extra["companyId"] not in [t["companyId"] for t in tenants]


def test_reset_one_location_keeps_the_location_and_its_tokens(sandbox):
    app, client = sandbox
    a = client.post("/_mock/tenants", json={}).json()
    b = client.post("/_mock/tenants", json={}).json()
    for t in (a, b):
        app.world.store.put(t["locationId"], "customFields", {"id": f"cf-{t['locationId']}", "name": "x"})
    headers = _auth(client, a["locationId"])
    assert client.post("/_mock/reset", params={"locationId": a["locationId"]}).json()["reset"] == "location"
    fields = client.get(f"/locations/{a['locationId']}/customFields", headers=headers).json()["customFields"]
    assert fields == []
    assert app.world.store.get(b["locationId"], "customFields", f"cf-{b['locationId']}") is not None
    assert client.post("/_mock/reset", params={"locationId": "nope"}).status_code == 400


def test_clock_freeze_set_advance_unfreeze_per_tenant(sandbox):
    _, client = sandbox
    t = client.post("/_mock/tenants", json={}).json()
    frozen = client.post("/_mock/clock/freeze", json={"at": "2026-03-01T12:00:00Z", "locationId": t["locationId"]}).json()
    assert frozen["frozen"] is True and frozen["now"] == "2026-03-01T12:00:00Z"
    moved = client.post("/_mock/clock/advance", json={"seconds": 90, "companyId": t["companyId"]}).json()
    assert moved["now"] == "2026-03-01T12:01:30Z"
    assert client.get("/_mock/clock").json()["frozen"] is False  # the global clock was not touched
    by_ms = client.post("/_mock/clock/set", json={"at": 1772366400000, "locationId": t["locationId"]}).json()
    assert by_ms["now"] == "2026-03-01T12:00:00Z"
    assert client.post("/_mock/clock/unfreeze", json={"locationId": t["locationId"]}).json()["frozen"] is False
    assert client.post("/_mock/clock/advance", json={}).status_code == 400
    assert client.post("/_mock/clock/set", json={"at": "yesterday"}).status_code == 400


def test_journal_records_who_called_what(sandbox):
    _, client = sandbox
    t = client.post("/_mock/tenants", json={}).json()
    client.delete("/_mock/journal")
    client.get(f"/locations/{t['locationId']}", headers=_auth(client, t["locationId"]))
    client.get("/locations/nowhere", headers={"Version": "2021-07-28"})
    entries = client.get("/_mock/journal", params={"locationId": t["locationId"]}).json()["entries"]
    assert len(entries) == 1
    entry = entries[0]
    assert entry["operationId"] == "get-location" and entry["status"] == 200 and entry["method"] == "GET"
    assert entry["principal"]["locationId"] == t["locationId"] and entry["durationMs"] >= 0
    assert len(client.get("/_mock/journal").json()["entries"]) == 2
    assert client.delete("/_mock/journal").json()["cleared"] == 2


def test_the_same_random_seed_gives_the_same_ids(sandbox):
    _, client = sandbox
    assert client.put("/_mock/random-seed", json={"seed": 42}).json() == {"seed": 42}
    first = client.post("/_mock/tenants", json={}).json()
    client.put("/_mock/random-seed", json={"seed": 42})
    client.post("/_mock/reset")
    again = client.post("/_mock/tenants", json={}).json()
    assert (again["companyId"], again["locationId"], again["userId"]) == \
        (first["companyId"], first["locationId"], first["userId"])
    client.put("/_mock/random-seed", json={"seed": 43})
    client.post("/_mock/reset")
    assert client.post("/_mock/tenants", json={}).json()["companyId"] != first["companyId"]
    assert len(first["companyId"]) == 20 and first["companyId"].isalnum()


def test_operations_listing_comes_from_the_registry(sandbox):
    app, client = sandbox
    ops = client.get("/_mock/operations").json()
    assert ops["count"] == len(ops["operations"]) == len(app.world.registry)
    assert {"method": "GET", "path": "/locations/{locationId}", "scopes": ["locations.readonly"]}.items() <= next(
        o for o in ops["operations"] if o["operationId"] == "get-location").items()


def test_control_plane_errors_are_ghl_shaped(sandbox):
    _, client = sandbox
    response = client.post("/_mock/tenants", json={"timezone": "Nowhere/Land", "colour": 1})
    assert response.status_code == 422
    assert sorted(response.json()["message"]) == ["property colour should not exist",
                                                  "timezone must be a valid IANA time zone"]
    assert client.get("/_mock/nope").json()["statusCode"] == 404


def test_admin_token_guards_the_control_plane_but_not_the_api():
    app = build_app(Settings(admin_token="s3cret", random_seed="admin"))
    info = app.world.meta("bootstrap")
    with httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1:8765") as client:
        assert client.get("/_mock/health").status_code == 401
        assert client.get("/_mock/health", headers={"X-GHL-Mock-Admin-Token": "wrong"}).status_code == 401
        assert client.get("/_mock/health", headers={"X-GHL-Mock-Admin-Token": "s3cret"}).status_code == 200
        api = client.get(f"/locations/{info['locationId']}",
                         headers={"Authorization": f"Bearer {info['pit']}", "Version": "2021-07-28"})
        assert api.status_code == 200
    app.world.close()


def test_dashboard_is_served_and_browsers_land_on_it(sandbox):
    _, client = sandbox
    page = client.get("/_mock/dashboard")
    assert page.status_code == 200 and "ghl-mock sandbox" in page.text
    assert client.get("/", headers={"Accept": "text/html"}).headers["location"] == "/_mock/dashboard"
    assert client.get("/").json()["dashboard"] == "/_mock/dashboard"


def test_the_dashboard_lists_the_outbox(sandbox):
    _, client = sandbox
    page = client.get("/_mock/dashboard").text
    assert "Outbox: SMS and e-mail the built-in channels sent" in page and 'call("/_mock/outbox/messages")' in page
    location_id = client.get("/_mock/tenants").json()["tenants"][0]["locations"][0]["locationId"]
    auth = _auth(client, location_id)
    contact = client.post("/contacts/", headers=auth, json={"locationId": location_id, "phone": "+15550001111"}).json()
    client.post("/conversations/messages", headers=auth,
                json={"type": "SMS", "contactId": contact["contact"]["id"], "message": "From the sandbox"})
    sent = client.get("/_mock/outbox/messages").json()["messages"]
    assert [(m["to"], m["text"]) for m in sent if m["locationId"] == location_id][-1] == ("+15550001111",
                                                                                           "From the sandbox")


@pytest.fixture
def lacking_sandbox():
    """A sandbox of a mock that lacks some official operations (tests/unserved.py)."""
    app = build_app(Settings(random_seed="control-tests"), areas=lacking_areas())
    with httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1:8765") as client:
        yield app, client
    app.world.close()


def test_the_dashboard_lists_the_operations_clients_called_that_the_mock_lacks(lacking_sandbox):
    _, client = lacking_sandbox
    page = client.get("/_mock/dashboard").text
    assert "Operations your client called that the mock lacks" in page and "recorded.unimplemented" in page
    route = unserved_get()
    location_id = client.get("/_mock/tenants").json()["tenants"][0]["locations"][0]["locationId"]
    assert client.get(route.path, params={"locationId": location_id},
                      headers=_auth(client, location_id)).status_code == 501
    listed = client.get("/_mock/violations", params={"locationId": location_id}).json()["unimplemented"]
    assert {"operationId": route.operation_id, "specFile": route.spec_file, "method": "GET", "count": 1,
            "lastPath": route.path} in listed


@pytest.mark.parametrize("action, body", [
    ("advance", {"seconds": 1e12}),
    ("advance", {"seconds": -1e12}),
    ("advance", {"seconds": 1e308}),
    ("set", {"at": "9999-12-31T23:59:59Z"}),
    ("set", {"at": "1899-12-31T23:59:59Z"}),
    ("freeze", {"at": "3000-01-01T00:00:00Z"}),
    ("set", {"at": 2 ** 63 - 1}),
    ("freeze", {"at": -2 ** 63}),
])
def test_a_clock_beyond_its_range_is_refused_and_nothing_changes(sandbox, action, body):
    """DECISION (platform/clock.py): every clock reads an instant from 1900 to 2999 (UTC)."""
    _, client = sandbox
    t = client.post("/_mock/tenants", json={}).json()
    client.post("/_mock/clock/freeze", json={"at": "2026-03-01T12:00:00Z"})
    for scope in ({}, {"companyId": t["companyId"]}):
        answer = client.post(f"/_mock/clock/{action}", json={**body, **scope})
        assert answer.status_code == 400, answer.text
        assert answer.json()["message"] == "The clock must read an instant from 1900-01-01 to 2999-12-31 (UTC)"
        assert client.get("/_mock/clock", params=scope).json()["now"] == "2026-03-01T12:00:00Z"
    assert client.get("/_mock/clock").json()["ownClocks"] == []  # the refused change claimed no clock either
    # and everything goes on working: the clock's readers, writes, the journal
    assert client.post("/_mock/tenants", json={}).status_code == 201
    assert client.get("/_mock/journal").status_code == 200


def test_a_global_change_leaves_the_agencies_with_their_own_clock_and_says_so(sandbox):
    """The clock semantics (README, control/routes.py): an agency that set its own clock keeps it."""
    _, client = sandbox
    own, follower = client.post("/_mock/tenants", json={}).json(), client.post("/_mock/tenants", json={}).json()
    mine = client.post("/_mock/clock/freeze", json={"at": "2027-01-04T09:00:00Z", "companyId": own["companyId"]})
    assert mine.json()["changed"] == [own["companyId"]] and mine.json()["kept"] == []
    answer = client.post("/_mock/clock/freeze", json={"at": "2026-03-01T12:00:00Z"}).json()
    assert answer["changed"] == ["global"]
    assert answer["kept"] == [{"companyId": own["companyId"], "now": "2027-01-04T09:00:00Z", "frozen": True}]
    assert client.get("/_mock/clock", params={"companyId": follower["companyId"]}).json()["now"] == \
        "2026-03-01T12:00:00Z"
    assert client.get("/_mock/clock", params={"companyId": own["companyId"]}).json()["now"] == "2027-01-04T09:00:00Z"
    assert client.get("/_mock/clock").json()["ownClocks"] == [own["companyId"]]


def test_a_global_reset_puts_every_clock_back_on_real_time(sandbox):
    _, client = sandbox
    own = client.post("/_mock/tenants", json={}).json()
    client.post("/_mock/clock/freeze", json={"at": "2027-01-04T09:00:00Z", "companyId": own["companyId"]})
    answer = client.post("/_mock/clock/reset", json={}).json()
    assert answer["changed"] == ["global", own["companyId"]] and answer["kept"] == []
    assert client.get("/_mock/clock", params={"companyId": own["companyId"]}).json()["frozen"] is False
    assert client.get("/_mock/clock").json()["ownClocks"] == []


def test_the_dashboard_survives_its_file_going_away_under_a_running_server(tmp_path, monkeypatch):
    """Reinstalling the package under a running sandbox replaces its files: the page is read at start-up."""
    from mock_server.control import assets

    page = tmp_path / "dashboard.html"
    page.write_text(assets.DASHBOARD.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(assets, "DASHBOARD", page)
    app = build_app(Settings(random_seed="dashboard-assets"))
    page.unlink()
    with httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1:8765") as client:
        answer = client.get("/_mock/dashboard")
    assert answer.status_code == 200 and "ghl-mock sandbox" in answer.text
    app.world.close()
