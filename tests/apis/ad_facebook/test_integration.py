"""A location's Facebook ad integration (integration.py): connect, read, pages, default page, disconnect."""

from __future__ import annotations

from datetime import UTC, datetime

INTEGRATION = "/ad-publishing/facebook/integration"
PAGES = "/ad-publishing/facebook/pages"


def test_integration_lifecycle(ghl):
    ghl.freeze(datetime(2026, 8, 14, 7, 54, tzinfo=UTC))
    connection = ghl.facebook_connection()
    page, account = connection["pages"][0], connection["adAccounts"][0]
    api = ghl.client()
    created = api.post(INTEGRATION, json={"locationId": ghl.location_id, "pageId": page["id"],
                                          "adAccountId": account["id"]})
    assert created.status_code == 201
    stored = created.json()
    linked = stored["pages"][0]
    assert stored | {"traceId": None} == {
        "id": stored["id"], "locationId": ghl.location_id, "status": "connected", "pricingModel": "connect_your_bm",
        "userAccessToken": stored["userAccessToken"], "fbAdAccountId": account["id"], "fbDefaultPageId": page["id"],
        "pages": [{"id": page["id"], "name": page["name"], "accessToken": linked["accessToken"],
                   "createdOn": "2026-08-14T07:54:00.000Z", "_id": linked["_id"]}],
        "unSubscriptionReasons": [], "createdAt": "2026-08-14T07:54:00.000Z",
        "updatedAt": "2026-08-14T07:54:00.000Z", "traceId": None}

    read = api.get(INTEGRATION, params={"locationId": ghl.location_id}).json()
    assert read | {"traceId": None} == {
        "locationId": ghl.location_id, "status": "connected", "pricingModel": "connect_your_bm",
        "fbAdAccountId": account["id"], "fbBusinessId": account["business"]["id"], "fbDefaultPageId": page["id"],
        "pages": stored["pages"], "traceId": None}

    deleted = api.request("DELETE", INTEGRATION, json={"locationId": ghl.location_id})
    assert deleted.status_code == 200 and deleted.json()["success"] is True
    after = api.get(INTEGRATION, params={"locationId": ghl.location_id}).json()
    assert (after["status"], after["pages"], "fbAdAccountId" in after, "fbDefaultPageId" in after) == \
        ("disconnected", [], False, False)
    answer = api.put("/ad-publishing/facebook/page/default", params={"locationId": ghl.location_id},
                     json={"pageId": page["id"]})
    assert (answer.status_code, answer.json()["message"]) == (400, "Facebook integration is not connected")


def test_connecting_needs_a_page_the_facebook_user_manages(ghl):
    api = ghl.client()
    body = {"locationId": ghl.location_id, "pageId": "123456789"}
    never = api.post(INTEGRATION, json=body)
    assert (never.status_code, never.json()["message"]) == (400, "Facebook account is not connected for this location")
    ghl.facebook_connection()
    unknown = api.post(INTEGRATION, json=body)
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Facebook page not found")
    assert api.get(INTEGRATION, params={"locationId": ghl.location_id}).json()["message"] == \
        "Facebook integration not found"


def test_connecting_again_adds_the_page_and_keeps_the_default(ghl):
    connection = ghl.facebook_connection()
    first, second = connection["pages"]
    ghl.facebook_integration(connection)
    again = ghl.client().post(INTEGRATION, json={"locationId": ghl.location_id, "pageId": second["id"]}).json()
    assert [p["id"] for p in again["pages"]] == [first["id"], second["id"]]
    assert (again["fbDefaultPageId"], again["fbAdAccountId"]) == (first["id"], connection["adAccounts"][0]["id"])


def test_pages_say_which_are_connected_and_the_default(ghl):
    connection = ghl.facebook_connection()
    first, second = connection["pages"]
    api = ghl.client()
    ghl.facebook_integration(connection)
    api.post(INTEGRATION, json={"locationId": ghl.location_id, "pageId": second["id"]})
    assert api.put("/ad-publishing/facebook/page/default", params={"locationId": ghl.location_id},
                   json={"pageId": second["id"]}).json()["success"] is True
    every = api.get(PAGES, params={"locationId": ghl.location_id}).json()
    assert [(p["id"], p["isConnected"], p["isDefault"]) for p in every] == \
        [(first["id"], True, False), (second["id"], True, True)]
    assert every[0]["category"] == first["category"] and every[0]["tosAccepted"] is True

    removed = api.delete("/ad-publishing/facebook/page", params={"locationId": ghl.location_id, "pageId": second["id"]})
    assert removed.status_code == 200 and removed.json()["success"] is True
    every = api.get(PAGES, params={"locationId": ghl.location_id}).json()
    assert [(p["isConnected"], p["isDefault"]) for p in every] == [(True, True), (False, False)]
    assert "createdOn" in every[0] and "createdOn" not in every[1]
    existing = api.get(PAGES, params={"locationId": ghl.location_id, "fetchExisting": "true"}).json()
    assert [(p["id"], p["isConnected"], "isDefault" in p) for p in existing] == [(first["id"], True, False)]
    assert api.get(INTEGRATION, params={"locationId": ghl.location_id}).json()["fbDefaultPageId"] == first["id"]


def test_only_a_connected_page_can_be_the_default_or_be_removed(ghl):
    connection = ghl.facebook_connection()
    ghl.facebook_integration(connection)
    api, outsider = ghl.client(), connection["pages"][1]["id"]
    for answer in (api.put("/ad-publishing/facebook/page/default", params={"locationId": ghl.location_id},
                           json={"pageId": outsider}),
                   api.delete("/ad-publishing/facebook/page", params={"locationId": ghl.location_id,
                                                                      "pageId": outsider})):
        assert (answer.status_code, answer.json()["message"]) == (400, "Facebook page is not connected to the integration")


def test_the_integration_stays_in_its_location(ghl):
    ghl.facebook_integration()
    other = ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=other))
    assert api.get(INTEGRATION, params={"locationId": other}).status_code == 400
    assert api.get(INTEGRATION, params={"locationId": ghl.location_id}).status_code == 403
    assert api.request("DELETE", INTEGRATION, json={"locationId": ghl.location_id}).status_code == 403
    assert ghl.client().get(INTEGRATION, params={"locationId": ghl.location_id}).json()["status"] == "connected"


def test_reading_needs_the_ad_publishing_scope(ghl):
    api = ghl.client(scopes=["contacts.readonly"])
    answer = api.get(INTEGRATION, params={"locationId": ghl.location_id})
    assert answer.status_code == 401
    assert answer.json()["message"] == "The token is not authorized for this scope."
    write_only = ghl.client(scopes=["adPublishing.readonly"])
    assert write_only.request("DELETE", INTEGRATION, json={"locationId": ghl.location_id}).status_code == 401


def test_an_expired_integration_reads_as_such_until_connected_again(ghl):
    seeded = ghl.facebook_connection(integration=True, expired=True)
    page = seeded["pages"][0]
    api = ghl.client()
    read = api.get(INTEGRATION, params={"locationId": ghl.location_id}).json()
    assert (read["status"], read["fbDefaultPageId"]) == ("expired", page["id"])
    refused = api.put("/ad-publishing/facebook/page/default", params={"locationId": ghl.location_id},
                      json={"pageId": page["id"]})
    assert (refused.status_code, refused.json()["message"]) == (400, "Facebook integration is not connected")
    assert api.post(INTEGRATION, json={"locationId": ghl.location_id, "pageId": page["id"]}).json()["status"] == \
        "connected"
    assert api.get(INTEGRATION, params={"locationId": ghl.location_id}).json()["status"] == "connected"


def test_expiring_needs_an_integration(ghl):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/facebook",
                               json={"user": {"name": "Jane"}, "expired": True})
    assert (answer.status_code, answer.json()["message"]) == (400, "Facebook integration not found")
    assert ghl.client().get("/ad-publishing/facebook/me", params={"locationId": ghl.location_id}).status_code == 400
