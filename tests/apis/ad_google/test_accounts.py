"""The Google connection (accounts.py): the user and accounts the control plane seeds, the integration the API
picks, removing an account."""

from __future__ import annotations

import pytest

from tests.apis.ad_google.conftest import BASE, data, refused


@pytest.mark.ghl_allow_violations
def test_nothing_is_connected_until_the_location_signs_in_to_google(ghl):
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    assert data(api.get(f"{BASE}/ad-accounts", params=loc)) == []
    for path in ("/me", "/ad-accounts/1234567890"):
        assert refused(api.get(BASE + path, params=loc)) == "Google account is not connected for this location"
    assert refused(api.get(f"{BASE}/integration", params=loc)) == "Google Ads integration not found for this location"


def test_the_seeded_user_and_accounts_are_what_the_api_reads(ghl):
    seeded = ghl.google_ads_connection(integrated=False, email="ads@example.com", name="Ada Ads")
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    me = data(api.get(f"{BASE}/me", params=loc))
    assert (me["email"], me["name"], len(me["googleUserId"])) == ("ads@example.com", "Ada Ads", 21)
    client, manager = (a["id"] for a in seeded["adAccounts"])
    listed = data(api.get(f"{BASE}/ad-accounts", params={**loc, "type": "AD_MANAGER"}))
    assert sorted(a["id"] for a in listed) == sorted([client, manager])
    assert not any(a["isConnected"] for a in listed)
    details = data(api.get(f"{BASE}/ad-accounts/{client}", params=loc))
    assert (details["managerId"], details["resourceName"], details["currencyCode"]) == (
        manager, f"customers/{client}", "USD")


@pytest.mark.ghl_allow_violations
def test_the_integration_picks_an_account_through_itself_or_its_manager(ghl):
    seeded = ghl.google_ads_connection(integrated=False)
    client, manager = (a["id"] for a in seeded["adAccounts"])
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    wrong = api.post(f"{BASE}/integration", json={"locationId": ghl.location_id, "adAccountId": manager,
                                                  "mccId": client})
    assert refused(wrong) == "mccId must be the ad account itself or the manager account it is reached through"
    unknown = api.post(f"{BASE}/integration", json={"locationId": ghl.location_id, "adAccountId": "1111111111",
                                                    "mccId": manager})
    assert refused(unknown) == "Ad account not found"
    made = api.post(f"{BASE}/integration", json={"locationId": ghl.location_id, "adAccountId": client,
                                                 "mccId": manager})
    assert made.status_code == 201
    integration = data(api.get(f"{BASE}/integration", params=loc))
    assert (integration["adAccountId"], integration["mccId"], integration["status"]) == (client, manager, "CONNECTED")
    assert [a["id"] for a in data(api.get(f"{BASE}/ad-accounts", params=loc)) if a["isConnected"]] == [client]


@pytest.mark.ghl_allow_violations
def test_removing_the_integrated_account_ends_the_integration(ghl, connected):
    client = connected["integration"]["adAccountId"]
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    removed = api.request("DELETE", f"{BASE}/ad-accounts/{client}", json=loc)
    assert data(removed) == {"success": True, "adAccountId": client}
    assert refused(api.get(f"{BASE}/ad-accounts/{client}", params=loc)) == "Ad account not found"
    assert [a["id"] for a in data(api.get(f"{BASE}/ad-accounts", params=loc))] == [connected["adAccounts"][1]["id"]]
    assert refused(api.get(f"{BASE}/integration", params=loc)) == "Google Ads integration not found for this location"
    assert refused(api.request("DELETE", f"{BASE}/ad-accounts/{client}", json=loc)) == "Ad account not found"


def test_another_location_sees_none_of_it(ghl, connected):
    elsewhere = ghl.location()["id"]
    other, loc = ghl.client(token=ghl.token(location_id=elsewhere)), {"locationId": elsewhere}
    assert other.get(f"{BASE}/me", params=loc).status_code == 400
    assert other.get(f"{BASE}/integration", params={"locationId": ghl.location_id}).status_code == 403


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl, connected):
    reader, loc = ghl.client(scopes=["adPublishing.readonly"]), {"locationId": ghl.location_id}
    assert reader.get(f"{BASE}/integration", params=loc).status_code == 200
    client = connected["integration"]["adAccountId"]
    answer = reader.request("DELETE", f"{BASE}/ad-accounts/{client}", json=loc)
    assert refused(answer, 401) == "The token is not authorized for this scope."
    assert ghl.client().get(f"{BASE}/ad-accounts/{client}", params=loc).status_code == 200
