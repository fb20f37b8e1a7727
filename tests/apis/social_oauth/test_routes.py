"""The declarations (routes.py): scopes and tokens of every platform's operations, v3's generic paths beside v2's
literal ones, the list's ``search``, and the answers against GHL's official schemas."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

V2 = "social-media-posting.json"
V3 = "v3/social-planner-v3.json"
READ, WRITE = "socialplanner/oauth.readonly", "socialplanner/oauth.write"


def test_each_step_needs_its_scope(ghl):
    oauth = ghl.social_oauth("facebook", pages=[{"id": "p1"}])
    path = f"/social-media-posting/oauth/{ghl.location_id}/facebook/accounts/{oauth['accountId']}"
    start = ("/social-media-posting/oauth/facebook/start", {"locationId": ghl.location_id, "userId": ghl.user_id})
    writer, reader = ghl.client(scopes=[WRITE]), ghl.client(scopes=[READ])
    assert writer.get(start[0], params=start[1]).status_code == 401
    assert writer.get(path).status_code == 401
    assert reader.get(start[0], params=start[1]).status_code == 200
    assert reader.get(path).status_code == 200
    refused = reader.post(path, json={"originId": "p1"})
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert writer.post(path, json={"originId": "p1"}).status_code == 201


def test_an_agency_token_is_refused(ghl):
    agency = ghl.client(agency=True)
    answer = agency.get("/social-media-posting/oauth/google/start",
                        params={"locationId": ghl.location_id, "userId": ghl.user_id})
    assert answer.status_code == 401


def test_another_locations_token_cannot_start_a_flow_here(ghl):
    second = ghl.location()["id"]
    elsewhere = ghl.client(token=ghl.token(location_id=second))
    answer = elsewhere.get("/social-media-posting/oauth/tiktok/start",
                           params={"locationId": ghl.location_id, "userId": ghl.user_id})
    assert answer.status_code == 403


def test_v3_generic_paths_run_the_same_flow_for_every_platform(ghl):
    api = ghl.client(version="v3")
    started = api.get("/social-media-posting/oauth/youtube/start",
                      params={"locationId": ghl.location_id, "userId": ghl.user_id})
    assert started.status_code == 200, started.text
    oauth = ghl.client().post(f"/_mock/locations/{ghl.location_id}/social-media-posting/oauth/youtube/consent",
                              json={"state": started.json()["results"]["state"],
                                    "profile": [{"id": "UCbakery", "name": "Bakery TV"}]}).json()
    path = f"/social-media-posting/oauth/{ghl.location_id}/youtube/accounts/{oauth['accountId']}"
    assert api.get(path).json()["results"] == {"profile": [
        {"id": "UCbakery", "name": "Bakery TV", "avatar": "", "username": "youtube_user",
         "verified": False, "isConnected": False}]}
    incomplete = api.post(path, json={"originId": "UCbakery"})  # v3 requires YouTube's type, name and avatar
    assert incomplete.status_code == 422
    attached = api.post(path, json={"type": "profile", "originId": "UCbakery", "name": "Bakery TV", "avatar": ""})
    assert attached.status_code == 201, attached.text
    assert attached.json()["results"]["platform"] == "youtube"
    assert api.get(path).json()["results"]["profile"][0]["isConnected"] is True


def test_v3_reaches_google_locations_at_its_accounts_path(ghl):
    oauth = ghl.social_oauth("google", locations=[{"location": {"name": "locations/9", "title": "Harbor"}}])
    answer = ghl.client(version="v3").get(
        f"/social-media-posting/oauth/{ghl.location_id}/google/accounts/{oauth['accountId']}")
    assert [i["location"]["title"] for i in answer.json()["results"]["locations"]] == ["Harbor"]


def test_v3_says_bluesky_is_not_supported(ghl):
    answer = ghl.client(version="v3").get("/social-media-posting/oauth/bluesky/start",
                                          params={"locationId": ghl.location_id, "userId": ghl.user_id})
    assert (answer.status_code, answer.json()["message"]) == (400, "bluesky is not supported")


def test_search_keeps_the_items_whose_name_holds_it(ghl):
    oauth = ghl.social_oauth("facebook", pages=[{"id": "1", "name": "Harbor Bakery"}, {"id": "2", "name": "Cafe"},
                                                {"id": "3", "name": "bakery outlet"}])
    for path in (f"/social-media-posting/oauth/{ghl.location_id}/facebook/accounts/{oauth['accountId']}",):
        found = ghl.client().get(path, params={"search": "BAKERY"}).json()["results"]["pages"]
        assert [p["id"] for p in found] == ["1", "3"]


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
@pytest.mark.ghl_allow_violations("deprecated_operation")
def test_answers_match_the_official_schemas(ghl):
    api = ghl.client()
    answers = []
    for platform, word in (("google", "locations"), ("facebook", "accounts"), ("instagram", "accounts"),
                           ("linkedin", "accounts"), ("twitter", "accounts"), ("tiktok", "accounts"),
                           ("tiktok-business", "accounts")):
        template = f"/social-media-posting/oauth/{{locationId}}/{platform}/{word}/{{accountId}}"
        oauth = ghl.social_oauth(platform)
        path = template.format(locationId=ghl.location_id, accountId=oauth["accountId"])
        listed = api.get(path)
        answers.append((V2, "GET", template, 200, listed))
        answers.append((V3, "GET", "/social-media-posting/oauth/{locationId}/{platform}/accounts/{accountId}", 200,
                        ghl.client(version="v3").get(path.replace("/locations/", "/accounts/"))))
        if platform != "tiktok-business":
            item = next(i for items in listed.json()["results"].values() for i in items)
            body = ({"location": item["location"], "account": item["account"]} if platform == "google"
                    else {"originId": item["id"]} | ({"pageId": item["pageId"]} if platform == "instagram" else {}))
            answers.append((V2, "POST", template, 201, api.post(path, json=body)))
    oauth = ghl.social_oauth("pinterest", profile=[{"id": "pin1", "name": "Boards"}])
    answers.append((V3, "POST", "/social-media-posting/oauth/{locationId}/{platform}/accounts/{accountId}", 201,
                    ghl.client(version="v3").post(f"/social-media-posting/oauth/{ghl.location_id}/pinterest/accounts/"
                                                  f"{oauth['accountId']}", json={"originId": "pin1"})))
    problems = []
    for spec, method, path, status, answer in answers:
        assert answer.status_code == status, (path, answer.text)
        problems += [(spec, method, path, problem)
                     for problem in upstream.response_problems(spec, method, path, status, answer.json())]
    assert problems == []
