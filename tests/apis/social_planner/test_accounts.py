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


def test_groups_list_their_accounts_and_lose_deleted_ones(ghl):
    page, profile = _connect(ghl, platform="facebook"), _connect(ghl, platform="linkedin", type="profile")
    group = ghl.api("POST", f"/_mock/locations/{ghl.location_id}/social-account-groups",
                    {"name": "Everything", "accountIds": [page["id"], profile["id"]]})
    api = ghl.client()
    groups = api.get(f"/social-media-posting/{ghl.location_id}/accounts").json()["results"]["groups"]
    assert groups == [{"id": group["id"], "name": "Everything", "accountIds": [page["id"], profile["id"]]}]
    api.delete(f"/social-media-posting/{ghl.location_id}/accounts/{page['id']}")
    groups = api.get(f"/social-media-posting/{ghl.location_id}/accounts").json()["results"]["groups"]
    assert groups[0]["accountIds"] == [profile["id"]]


def test_a_group_names_only_connected_accounts(ghl):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/social-account-groups",
                               json={"name": "Ghosts", "accountIds": ["nope"]})
    assert (answer.status_code, answer.json()["message"]) == (422, ["Invalid account id in accountIds list"])


def test_an_account_expires_on_the_mock_clock_until_connected_again(ghl):
    ghl.freeze(datetime(2024, 3, 4, tzinfo=UTC))
    page = _connect(ghl, platform="google", originId="loc1", oauthId="oauthG")
    assert page["type"] == "location"
    ghl.advance(days=61)
    api = ghl.client()
    [account] = api.get(f"/social-media-posting/{ghl.location_id}/accounts").json()["results"]["accounts"]
    assert account["isExpired"] is True
    again = _connect(ghl, platform="google", originId="loc1", oauthId="oauthG", name="Renamed")
    assert again["id"] == page["id"]
    [account] = api.get(f"/social-media-posting/{ghl.location_id}/accounts").json()["results"]["accounts"]
    assert (account["isExpired"], account["name"]) == (False, "Renamed")


def test_another_location_sees_none_of_it(ghl):
    page, second = _connect(ghl, platform="facebook"), ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=second))
    assert theirs.get(f"/social-media-posting/{second}/accounts").json()["results"] == {"accounts": [], "groups": []}
    assert theirs.delete(f"/social-media-posting/{ghl.location_id}/accounts/{page['id']}").status_code == 403
    assert theirs.delete(f"/social-media-posting/{second}/accounts/{page['id']}").status_code in (400, 403)
    assert len(ghl.client().get(f"/social-media-posting/{ghl.location_id}/accounts").json()["results"]
               ["accounts"]) == 1


def test_a_token_without_the_scope_gets_ghl_401(ghl):
    page = _connect(ghl, platform="facebook")
    api = ghl.client(token=ghl.token(scopes=["socialplanner/account.readonly"]))
    assert api.get(f"/social-media-posting/{ghl.location_id}/accounts").status_code == 200
    answer = api.delete(f"/social-media-posting/{ghl.location_id}/accounts/{page['id']}")
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
