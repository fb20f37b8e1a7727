"""Connected social accounts: connected through OAuth (or the control plane), listed with their groups, deleted."""

from __future__ import annotations

from datetime import UTC, datetime


def _connect(ghl, **body):
    return ghl.api("POST", f"/_mock/locations/{ghl.location_id}/social-accounts", body)


def test_a_connected_account_is_listed_until_deleted(ghl):
    ghl.freeze(datetime(2024, 3, 4, tzinfo=UTC))
    page = _connect(ghl, platform="facebook", name="Acme Page", originId="1234567890", oauthId="oauthA")
    assert page["id"] == f"oauthA_{ghl.location_id}_1234567890"
    api = ghl.client()
    listed = api.get(f"/social-media-posting/{ghl.location_id}/accounts")
    assert listed.status_code == 200
    body = listed.json()
    assert (body["success"], body["statusCode"], body["message"]) == (True, 200, "Fetched Accounts")
    [account] = body["results"]["accounts"]
    assert {k: account[k] for k in ("id", "name", "platform", "type", "oauthId", "isExpired", "expire")} == {
        "id": page["id"], "name": "Acme Page", "platform": "facebook", "type": "page", "oauthId": "oauthA",
        "isExpired": False, "expire": "2024-05-03T00:00:00.000Z"}

    deleted = api.delete(f"/social-media-posting/{ghl.location_id}/accounts/{page['id']}")
    assert deleted.status_code == 200
    assert deleted.json()["results"] == {"locationId": ghl.location_id, "id": page["id"]}
    assert api.get(f"/social-media-posting/{ghl.location_id}/accounts").json()["results"]["accounts"] == []
    again = api.delete(f"/social-media-posting/{ghl.location_id}/accounts/{page['id']}")
    assert (again.status_code, again.json()["message"]) == (400, "Account not found")
