"""The control-plane seed of what Facebook hands GHL at connect (connection.py), and what the API reads of it."""

from __future__ import annotations

ME = "/ad-publishing/facebook/me"


def test_the_seeded_user_is_the_current_facebook_user(ghl):
    seeded = ghl.api("POST", f"/_mock/locations/{ghl.location_id}/facebook",
                     {"user": {"name": "Jane Doe", "id": "122106171518726316",
                               "picture": "https://cdn.example.com/jane.png"}})
    assert seeded["user"]["id"] == "122106171518726316"
    me = ghl.client().get(ME, params={"locationId": ghl.location_id})
    assert me.status_code == 200
    assert me.json() | {"traceId": None} == {
        "id": "122106171518726316", "name": "Jane Doe", "traceId": None,
        "picture": {"data": {"url": "https://cdn.example.com/jane.png", "width": 50, "height": 50,
                             "isSilhouette": False}}}


def test_a_location_that_never_connected_facebook_has_no_user(ghl):
    answer = ghl.client().get(ME, params={"locationId": ghl.location_id})
    assert (answer.status_code, answer.json()["message"]) == (400, "Facebook account is not connected for this location")


def test_made_up_ids_are_facebooks_shapes_and_reseeding_adds_by_id(ghl):
    first = ghl.facebook_connection()
    page, account = first["pages"][0], first["adAccounts"][0]
    assert page["id"].isdigit() and account["id"].startswith("act_") and account["id"][4:].isdigit()
    assert page["leadForms"][0]["id"].isdigit() and account["pixels"][0]["id"].isdigit()
    again = ghl.facebook_connection(user={"name": "Second user"},
                                    pages=[{"id": page["id"], "name": "Renamed"}, {"name": "Another page"}],
                                    adAccounts=[])
    listed = ghl.client().get("/ad-publishing/facebook/pages", params={"locationId": ghl.location_id}).json()
    assert [p["name"] for p in listed] == ["Renamed", first["pages"][1]["name"], "Another page"]
    assert ghl.client().get(ME, params={"locationId": ghl.location_id}).json()["name"] == "Second user"
    assert again["user"]["id"] != first["user"]["id"]


def test_a_seed_with_a_malformed_facebook_id_is_refused_whole(ghl):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/facebook",
                               json={"user": {"name": "Jane"}, "pages": [{"name": "P", "id": "not-digits"}]})
    assert answer.status_code == 422
    assert ghl.client().get(ME, params={"locationId": ghl.location_id}).status_code == 400


def test_the_connection_is_the_locations_own(ghl):
    ghl.facebook_connection()
    other = ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=other))
    assert api.get(ME, params={"locationId": other}).status_code == 400
    assert api.get(ME, params={"locationId": ghl.location_id}).status_code == 403


def test_a_seed_can_connect_the_integration_as_the_connect_dialog_does(ghl):
    seeded = ghl.facebook_connection(integration=True)
    page, account = seeded["pages"][0], seeded["adAccounts"][0]
    assert (seeded["integration"]["fbDefaultPageId"], seeded["integration"]["fbAdAccountId"]) == \
        (page["id"], account["id"])
    read = ghl.client().get("/ad-publishing/facebook/integration", params={"locationId": ghl.location_id}).json()
    assert (read["status"], [p["id"] for p in read["pages"]]) == ("connected", [page["id"]])
