"""A social platform's OAuth flow (connections.py): start, the platform's consent (the control plane), what the
OAuth'd account can attach, attaching it as a connected account the Social Planner lists."""

from __future__ import annotations

import pytest

START = "/social-media-posting/oauth/{platform}/start"
CONSENT = "/_mock/locations/{location}/social-media-posting/oauth/{platform}/consent"
# Each platform's list path word and the answer's lists.
LISTS = {"google": ("locations", ["locations"]), "facebook": ("accounts", ["pages"]),
         "instagram": ("accounts", ["accounts"]), "linkedin": ("accounts", ["pages", "profile"]),
         "twitter": ("accounts", ["profile"]), "tiktok": ("accounts", ["profile"]),
         "tiktok-business": ("accounts", ["profile"])}


# Twitter's operations are deprecated: calling them is a contract violation the test provokes on purpose.
DEPRECATED = pytest.mark.ghl_allow_violations("deprecated_operation")
PLATFORMS = [pytest.param(p, marks=DEPRECATED) if p == "twitter" else p for p in LISTS]


def _account_path(ghl, platform, account_id, location_id=None):
    return f"/social-media-posting/oauth/{location_id or ghl.location_id}/{platform}/{LISTS[platform][0]}/{account_id}"


def _connected(ghl):
    return ghl.client().get(f"/social-media-posting/{ghl.location_id}/accounts").json()["results"]["accounts"]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_start_then_consent_gives_the_window_message_and_the_account_lists_what_it_can_attach(ghl, platform):
    api = ghl.client()
    started = api.get(START.format(platform=platform), params={"locationId": ghl.location_id,
                                                                "userId": ghl.user_id, "page": "integration"})
    assert started.status_code == 200, started.text
    results = started.json()["results"]
    assert results["platform"] == platform and f"state={results['state']}" in results["redirectUrl"]
    message = api.post(CONSENT.format(location=ghl.location_id, platform=platform),
                       json={"state": results["state"], "name": "Dana Whitfield"}).json()
    assert message == {"actionType": "close", "page": "social_media_posting", "platform": platform,
                       "placement": "integration", "accountId": message["accountId"], "reconnectAccounts": []}
    listed = api.get(_account_path(ghl, platform, message["accountId"]))
    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert (body["success"], body["statusCode"]) == (True, 200) and body["message"].startswith("Fetched ")
    assert sorted(body["results"]) == LISTS[platform][1]
    assert all(len(items) == 1 for items in body["results"].values())  # one made up for each list


def test_a_state_is_used_once_and_only_for_its_platform(ghl):
    api = ghl.client()
    state = api.get(START.format(platform="facebook"),
                    params={"locationId": ghl.location_id, "userId": ghl.user_id}).json()["results"]["state"]
    wrong = api.post(CONSENT.format(location=ghl.location_id, platform="linkedin"), json={"state": state})
    assert (wrong.status_code, wrong.json()["message"]) == (
        400, "No linkedin OAuth start with this state is waiting for its consent")
    assert api.post(CONSENT.format(location=ghl.location_id, platform="facebook"), json={"state": state}).status_code == 201
    again = api.post(CONSENT.format(location=ghl.location_id, platform="facebook"), json={"state": state})
    assert again.status_code == 400


@pytest.mark.ghl_allow_violations("missing_required")
def test_start_needs_a_user_of_the_location(ghl):
    answer = ghl.client().get(START.format(platform="google"),
                              params={"locationId": ghl.location_id, "userId": "nobody0000000000000"})
    assert (answer.status_code, answer.json()["message"]) == (400, "The user does not exist.")
    missing = ghl.client().get(START.format(platform="google"), params={"locationId": ghl.location_id})
    assert missing.status_code == 422


def test_attaching_a_page_connects_it_and_the_list_shows_it_connected(ghl):
    oauth = ghl.social_oauth("facebook", pages=[{"id": "1001", "name": "Bakery"}, {"id": "1002", "name": "Cafe"}])
    api = ghl.client()
    attached = api.post(_account_path(ghl, "facebook", oauth["accountId"]),
                        json={"type": "page", "originId": "1002", "avatar": "https://img.example/cafe.png"})
    assert attached.status_code == 201, attached.text
    body = attached.json()
    assert (body["success"], body["statusCode"], body["message"]) == (True, 201, "Added Facebook Account")
    account = body["results"]
    assert account | {"_id": None, "createdAt": None, "updatedAt": None} == {
        "_id": None, "oAuthId": oauth["accountId"], "oldId": f"{oauth['accountId']}_{ghl.location_id}_1002",
        "locationId": ghl.location_id, "originId": "1002", "platform": "facebook", "type": "page", "name": "Cafe",
        "avatar": "https://img.example/cafe.png", "meta": {}, "active": True, "deleted": False,
        "createdAt": None, "updatedAt": None}
    assert [a["id"] for a in _connected(ghl)] == [account["oldId"]]
    pages = ghl.social_attachable("facebook", oauth)["pages"]
    assert [(p["id"], p["isConnected"]) for p in pages] == [("1001", False), ("1002", True)]


def test_attaching_again_updates_the_one_connected_account(ghl):
    oauth = ghl.social_oauth("tiktok", profile=[{"id": "tt1", "name": "Old name", "username": "baker"}])
    path = _account_path(ghl, "tiktok", oauth["accountId"])
    first = ghl.client().post(path, json={"originId": "tt1"}).json()["results"]
    second = ghl.client().post(path, json={"originId": "tt1", "name": "New name"}).json()["results"]
    assert second["_id"] == first["_id"] and second["name"] == "New name"
    assert first["meta"] == {"username": "baker", "verified": False}
    assert [a["name"] for a in _connected(ghl)] == ["New name"]


def test_disconnecting_the_account_shows_the_page_attachable_again(ghl):
    account = ghl.attached_social_account("linkedin")
    assert ghl.client().delete(f"/social-media-posting/{ghl.location_id}/accounts/{account['oldId']}").status_code == 200
    lists = ghl.social_attachable("linkedin", account["oAuthId"])
    assert not any(item["isConnected"] for items in lists.values() for item in items)


def test_only_what_the_account_can_attach_is_attached(ghl):
    oauth = ghl.social_oauth("facebook", pages=[{"id": "1001"}])
    path, api = _account_path(ghl, "facebook", oauth["accountId"]), ghl.client()
    foreign = api.post(path, json={"type": "page", "originId": "9999"})
    assert (foreign.status_code, foreign.json()["message"]) == (
        400, f"Facebook account {oauth['accountId']} cannot connect 9999")
    no_origin = api.post(path, json={"type": "page", "name": "x"})
    assert (no_origin.status_code, no_origin.json()["message"]) == (422, ["originId should not be empty"])
    assert _connected(ghl) == []


@pytest.mark.ghl_allow_violations("missing_required")
def test_an_instagram_account_is_attached_with_its_page(ghl):
    oauth = ghl.social_oauth("instagram", accounts=[{"id": "ig1", "name": "bakery", "pageId": "fb1"}])
    path, api = _account_path(ghl, "instagram", oauth["accountId"]), ghl.client()
    wrong = api.post(path, json={"originId": "ig1", "pageId": "fb2"})
    assert (wrong.status_code, wrong.json()["message"]) == (400, "pageId fb2 is not the page of Instagram account ig1")
    assert api.post(path, json={"originId": "ig1"}).status_code == 422  # pageId is required
    done = api.post(path, json={"originId": "ig1", "pageId": "fb1"}).json()["results"]
    assert (done["platform"], done["type"], done["meta"]) == ("instagram", "profile", {"pageId": "fb1"})


def test_a_google_location_is_attached_by_its_resource_name(ghl):
    oauth = ghl.social_oauth("google", locations=[{"location": {"name": "locations/555", "title": "Main St",
                                                                "storeCode": "S1"},
                                                   "account": {"name": "accounts/77", "accountName": "Dana"}}])
    item = ghl.social_attachable("google", oauth)["locations"][0]
    assert item["location"]["isConnected"] is False and item["account"]["accountName"] == "Dana"
    attached = ghl.client().post(_account_path(ghl, "google", oauth["accountId"]),
                                 json={"location": {"name": "locations/555"}, "account": {"name": "accounts/77"}})
    assert attached.status_code == 201, attached.text
    account = attached.json()["results"]
    assert (account["originId"], account["type"], account["name"]) == ("555", "location", "Main St")
    assert account["meta"]["storeCode"] == "S1" and account["meta"]["accountId"] == "accounts/77"
    assert ghl.social_attachable("google", oauth)["locations"][0]["location"]["isConnected"] is True
    no_location = ghl.client().post(_account_path(ghl, "google", oauth["accountId"]), json={"account": {}})
    assert (no_location.status_code, no_location.json()["message"]) == (422, ["location.name should not be empty"])


def test_an_oauth_account_is_its_platforms_and_its_locations(ghl):
    oauth = ghl.social_oauth("facebook")
    api = ghl.client()
    other_platform = api.get(_account_path(ghl, "linkedin", oauth["accountId"]))
    assert (other_platform.status_code, other_platform.json()["message"]) == (400, "OAuth account not found")
    unknown = api.get(_account_path(ghl, "facebook", "000000000000000000000"))
    assert (unknown.status_code, unknown.json()["message"]) == (400, "OAuth account not found")
    second = ghl.location()["id"]
    elsewhere = ghl.client(token=ghl.token(location_id=second))
    assert elsewhere.get(_account_path(ghl, "facebook", oauth["accountId"], second)).status_code == 403
    assert elsewhere.post(_account_path(ghl, "facebook", oauth["accountId"], second),
                          json={"originId": "x"}).status_code == 403


def test_consenting_again_is_the_same_account_and_renews_expired_tokens(ghl):
    ghl.freeze()
    first = ghl.social_oauth("linkedin", originId="li-user", pages=[{"id": "li1"}, {"id": "li2"}])
    ghl.client().post(_account_path(ghl, "linkedin", first["accountId"]), json={"originId": "li1"})
    ghl.advance(days=61)
    assert [a["isExpired"] for a in _connected(ghl)] == [True]
    again = ghl.social_oauth("linkedin", originId="li-user", pages=[{"id": "li1"}, {"id": "li3"}])
    assert again["accountId"] == first["accountId"]
    assert again["reconnectAccounts"] == [f"{first['accountId']}_{ghl.location_id}_li1"]
    assert [a["isExpired"] for a in _connected(ghl)] == [False]
    lists = ghl.social_attachable("linkedin", again)
    assert [p["id"] for p in lists["pages"]] == ["li1", "li3"] and len(lists["profile"]) == 1  # kept


@pytest.mark.ghl_allow_violations("invalid_value")
def test_tiktok_business_accounts_are_listed_but_not_attached(ghl):
    oauth = ghl.social_oauth("tiktok-business", profile=[{"id": "biz1", "name": "Bakery Ads"}])
    profile = ghl.social_attachable("tiktok-business", oauth)["profile"]
    assert [(p["id"], p["type"], p["isConnected"]) for p in profile] == [("biz1", "BUSINESS", False)]
    attach = ghl.client().post(_account_path(ghl, "tiktok-business", oauth["accountId"]), json={"originId": "biz1"})
    assert attach.status_code == 422, attach.text  # v3's attach takes every platform but this one


def test_the_consent_refuses_lists_its_platform_has_not(ghl):
    answer = ghl.client().post(CONSENT.format(location=ghl.location_id, platform="facebook"),
                               json={"profile": [{"id": "p"}]})
    assert (answer.status_code, answer.json()["message"]) == (400, "facebook accounts have no profile to attach")
    unknown = ghl.client().post(CONSENT.format(location=ghl.location_id, platform="bluesky"), json={})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "bluesky is not supported")
