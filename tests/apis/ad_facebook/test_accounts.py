"""Facebook ad accounts (accounts.py): listed from Facebook, read, disconnected; ``connected_ad_account``."""

from __future__ import annotations

import pytest

from mock_server.apis.ad_facebook.accounts import connected_ad_account

ACCOUNTS = "/ad-publishing/facebook/ad-accounts"


def _connection(ghl, count=3):
    accounts = [{"name": f"Account {n}", "id": f"act_10000000000000{n}", "currency": "EUR",
                 "business": {"id": "153049965367635", "name": "Acme BM"}} for n in range(count)]
    return ghl.facebook_connection(adAccounts=accounts)


def test_ad_accounts_are_listed_with_the_one_the_integration_uses(ghl):
    connection = _connection(ghl)
    ghl.facebook_integration(connection, adAccountId="100000000000001")  # without act_: Facebook's bare id
    listed = ghl.client().get(ACCOUNTS, params={"locationId": ghl.location_id}).json()
    assert [(a["id"], a["integrationConnected"]) for a in listed] == [
        ("act_100000000000000", False), ("act_100000000000001", True), ("act_100000000000002", False)]
    assert listed[0] == {"id": "act_100000000000000", "name": "Account 0", "accountStatus": "ACTIVE", "currency": "EUR",
                         "fundingType": "CREDIT_CARD", "business": {"id": "153049965367635", "name": "Acme BM"},
                         "integrationConnected": False}


@pytest.mark.ghl_allow_violations("invalid_value")
def test_ad_accounts_page_by_limit_and_the_last_id(ghl):
    _connection(ghl, 5)
    api = ghl.client()
    first = api.get(ACCOUNTS, params={"locationId": ghl.location_id, "limit": "2"}).json()
    assert [a["name"] for a in first] == ["Account 0", "Account 1"]
    after = api.get(ACCOUNTS, params={"locationId": ghl.location_id, "limit": "2", "next": first[-1]["id"]}).json()
    assert [a["name"] for a in after] == ["Account 2", "Account 3"]
    every = api.get(ACCOUNTS, params={"locationId": ghl.location_id, "limit": "2", "fetchAll": "true"}).json()
    assert len(every) == 5
    assert api.get(ACCOUNTS, params={"locationId": ghl.location_id, "limit": "two"}).status_code == 422


def test_an_ad_account_reads_with_its_time_zone(ghl):
    _connection(ghl)
    api = ghl.client()
    account = api.get(f"{ACCOUNTS}/act_100000000000002", params={"locationId": ghl.location_id}).json()
    assert (account["id"], account["timezoneName"], account["currency"]) == \
        ("act_100000000000002", "America/Los_Angeles", "EUR")
    assert "integrationConnected" not in account
    unknown = api.get(f"{ACCOUNTS}/act_999", params={"locationId": ghl.location_id})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Ad account not found")


def test_deleting_the_ad_account_disconnects_it_from_the_integration(ghl):
    connection = _connection(ghl)
    ghl.facebook_integration(connection)
    api, used = ghl.client(), connection["adAccounts"][0]["id"]
    other = api.request("DELETE", f"{ACCOUNTS}/{connection['adAccounts'][1]['id']}",
                        json={"locationId": ghl.location_id})
    assert (other.status_code, other.json()["message"]) == (400, "Ad account is not connected to the integration")
    deleted = api.request("DELETE", f"{ACCOUNTS}/{used}", json={"locationId": ghl.location_id})
    assert deleted.status_code == 200 and deleted.json()["success"] is True
    read = api.get("/ad-publishing/facebook/integration", params={"locationId": ghl.location_id}).json()
    assert "fbAdAccountId" not in read and "fbBusinessId" not in read and read["status"] == "connected"
    listed = api.get(ACCOUNTS, params={"locationId": ghl.location_id}).json()
    assert not any(a["integrationConnected"] for a in listed) and used in [a["id"] for a in listed]
    again = api.request("DELETE", f"{ACCOUNTS}/{used}", json={"locationId": ghl.location_id})
    assert again.status_code == 400


def test_connected_ad_account_tells_other_areas_what_the_location_spends_from(ghl):
    connection = _connection(ghl)
    used, unused = (connection["adAccounts"][n]["id"] for n in (0, 1))
    tenant = ghl.world.tenant(ghl.location_id)
    assert connected_ad_account(tenant, used) is None  # no integration yet
    ghl.facebook_integration(connection)
    assert connected_ad_account(tenant, used)["name"] == "Account 0"
    assert connected_ad_account(tenant, used.removeprefix("act_"))["id"] == used
    assert connected_ad_account(tenant, unused) is None
    ghl.client().request("DELETE", "/ad-publishing/facebook/integration", json={"locationId": ghl.location_id})
    assert connected_ad_account(tenant, used) is None


def test_ad_accounts_are_the_locations_own(ghl):
    connection = _connection(ghl)
    other = ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=other))
    assert api.get(ACCOUNTS, params={"locationId": other}).json()["message"] == \
        "Facebook account is not connected for this location"
    assert api.get(f"{ACCOUNTS}/{connection['adAccounts'][0]['id']}", params={"locationId": other}).status_code == 400
    assert api.request("DELETE", f"{ACCOUNTS}/{connection['adAccounts'][0]['id']}",
                       json={"locationId": ghl.location_id}).status_code == 403
