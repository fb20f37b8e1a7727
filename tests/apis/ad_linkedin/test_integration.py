"""The LinkedIn integration: a connection (control plane, as GHL's OAuth), its member and ad accounts, the ad
account chosen and removed; isDraft (v3) reads the draft."""

from __future__ import annotations

BASE = "/ad-publishing/linkedin"
ACCOUNTS = [{"id": "500100200", "name": "Acme Ads", "currency": "EUR", "organizationId": "2414183"},
            {"id": "500100201", "name": "Old account", "status": "CANCELED"}]
MEMBER = {"id": "abc123", "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com"}


def choose(api, ghl, account_id="500100200", **overrides):
    body = {"locationId": ghl.location_id, "adAccountId": account_id, "adAccountName": "Acme Ads",
            "currencyCode": "EUR", "organizationId": "2414183"} | overrides
    return api.post(f"{BASE}/integration", json=body)


def test_connecting_then_choosing_an_ad_account(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    assert (api.get(f"{BASE}/integration", params=loc).json()["message"]) == "LinkedIn integration not found"
    assert choose(api, ghl).status_code == 400

    connected = ghl.linkedin_connection(member=MEMBER, adAccounts=ACCOUNTS)
    assert connected["isDraft"] is True and [a["id"] for a in connected["adAccounts"]] == ["500100200", "500100201"]
    draft = api.get(f"{BASE}/integration", params=loc).json()
    assert (draft["isDraft"], draft["adAccountId"], draft["linkedInUserName"]) == (True, None, "Ada Lovelace")
    assert api.get(f"{BASE}/me", params=loc).json() | {"traceId": None} == {
        "id": "abc123", "localizedFirstName": "Ada", "localizedLastName": "Lovelace", "email": "ada@example.com",
        "traceId": None}
    listed = api.get(f"{BASE}/ad-accounts", params=loc).json()["elements"]
    assert [(a["id"], a["name"], a["currency"], a["status"], a["reference"]) for a in listed] == [
        ("500100200", "Acme Ads", "EUR", "ACTIVE", "urn:li:organization:2414183"),
        ("500100201", "Old account", "USD", "CANCELED", "urn:li:organization:10000001")]

    assert choose(api, ghl, "999").json()["message"] == "Ad account not found"
    assert choose(api, ghl, "500100201").json()["message"] == "Ad account is not active"
    created = choose(api, ghl)
    assert created.status_code == 201
    integration = created.json()
    assert (integration["isDraft"], integration["adAccountId"], integration["currencyCode"]) == \
        (False, "500100200", "EUR")
    assert api.get(f"{BASE}/integration", params=loc).json()["id"] == integration["id"]
    details = api.get(f"{BASE}/ad-account", params=loc | {"adAccountId": "500100200"}).json()
    assert (details["name"], details["connected"]) == ("Acme Ads", True)
    assert api.get(f"{BASE}/ad-account", params=loc | {"adAccountId": "500100201"}).json()["connected"] is False


def test_is_draft_reads_only_the_draft(ghl):
    api, loc = ghl.client(version="v3"), {"locationId": ghl.location_id}
    ghl.linkedin_integration()
    draft_only = loc | {"isDraft": "true"}
    for path in ("integration", "me", "ad-accounts"):
        answer = api.get(f"{BASE}/{path}", params=draft_only)
        assert (answer.status_code, answer.json()["message"]) == (400, "LinkedIn draft integration not found")
    ghl.linkedin_connection(member=MEMBER)  # connecting again makes a new draft beside the active integration
    assert api.get(f"{BASE}/me", params=draft_only).json()["id"] == "abc123"
    assert api.get(f"{BASE}/me", params=loc).json()["id"] != "abc123"


def test_removing_the_ad_account_ends_the_integration(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    account_id = ghl.linkedin_integration()["adAccountId"]
    assert api.delete(f"{BASE}/ad-account", params=loc | {"adAccountId": "123"}).status_code == 400
    removed = api.delete(f"{BASE}/ad-account", params=loc | {"adAccountId": account_id})
    assert removed.status_code == 200 and removed.json()["success"] is True
    assert api.get(f"{BASE}/integration", params=loc).status_code == 400
    assert api.delete(f"{BASE}/ad-account", params=loc | {"adAccountId": account_id}).status_code == 400


def test_the_integration_stays_in_its_location(ghl):
    ghl.linkedin_integration()
    other = ghl.location()["id"]
    mine = {"locationId": ghl.location_id}
    foreign = ghl.client(token=ghl.token(location_id=other))
    assert foreign.get(f"{BASE}/integration", params=mine).status_code == 403
    assert foreign.get(f"{BASE}/integration", params={"locationId": other}).status_code == 400
    assert choose(foreign, ghl).status_code == 403


def test_scopes(ghl):
    ghl.linkedin_integration()
    reader = ghl.client(scopes=["adPublishing.readonly"])
    loc = {"locationId": ghl.location_id}
    assert reader.get(f"{BASE}/integration", params=loc).status_code == 200
    refused = choose(reader, ghl)
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert ghl.client(scopes=["contacts.readonly"]).get(f"{BASE}/me", params=loc).status_code == 401
