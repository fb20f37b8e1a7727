"""Users: create, read, update, delete, search, filter by email, list by location."""

from __future__ import annotations

import pytest


def _new_user(ghl, **changes):
    body = {"companyId": ghl.company_id, "firstName": "Grace", "lastName": "Hopper", "email": "Grace@Example.com",
            "password": "cobol-1959", "type": "account", "role": "user", "locationIds": [ghl.location_id]}
    body.update(changes)
    return body


def test_create_then_read_applies_ghl_defaults_and_hides_the_password(ghl, ghl_client):
    created = ghl_client.post("/users/", json=_new_user(ghl, permissions={"websitesEnabled": True}))
    assert created.status_code == 201, created.text
    user = ghl_client.get(f"/users/{created.json()['id']}").json()
    assert user["name"] == "Grace Hopper" and user["email"] == "grace@example.com"
    assert user["roles"] == {"type": "account", "role": "user", "locationIds": [ghl.location_id],
                             "restrictSubAccount": False}
    assert user["permissions"]["websitesEnabled"] is True and user["permissions"]["contactsEnabled"] is True
    assert user["permissions"]["botService"] is False
    assert "password" not in user


def test_duplicate_email_in_the_agency_is_refused(ghl, ghl_client):
    assert ghl_client.post("/users/", json=_new_user(ghl)).status_code == 201
    again = ghl_client.post("/users/", json=_new_user(ghl, email="grace@example.com"))
    assert again.status_code == 400


def test_update_changes_only_what_was_sent(ghl, ghl_client):
    uid = ghl_client.post("/users/", json=_new_user(ghl)).json()["id"]
    response = ghl_client.put(f"/users/{uid}", json={"lastName": "Murray Hopper", "role": "admin"})
    assert response.status_code == 200, response.text
    user = ghl_client.get(f"/users/{uid}").json()
    assert user["name"] == "Grace Murray Hopper" and user["firstName"] == "Grace"
    assert user["roles"]["role"] == "admin" and user["roles"]["locationIds"] == [ghl.location_id]


def test_delete_then_reads_are_refused(ghl, ghl_client):
    uid = ghl_client.post("/users/", json=_new_user(ghl)).json()["id"]
    deleted = ghl_client.delete(f"/users/{uid}")
    assert deleted.json()["succeded"] is True
    assert "grace@example.com" in deleted.json()["message"]
    assert ghl_client.get(f"/users/{uid}").status_code == 400
    assert ghl_client.delete(f"/users/{uid}").status_code == 400


def test_search_filters_sorting_and_count(ghl):
    agency = ghl.client(agency=True)
    for first, role in (("Zed", "admin"), ("Amy", "user"), ("Bob", "user")):
        agency.post("/users/", json=_new_user(ghl, firstName=first, lastName="T", email=f"{first}@t.io", role=role))
    result = agency.get("/users/search", params={"companyId": ghl.company_id, "role": "user"}).json()
    assert [u["firstName"] for u in result["users"]] == ["Amy", "Bob"] and result["count"] == 2
    page = agency.get("/users/search", params={"companyId": ghl.company_id, "query": "t.io", "limit": "1",
                                               "skip": "1", "sortDirection": "desc"}).json()
    assert page["count"] == 3 and [u["firstName"] for u in page["users"]] == ["Bob"]


@pytest.mark.ghl_allow_violations("deprecated_operation")  # GET /users/ is deprecated
def test_location_token_sees_only_its_locations_users(ghl):
    agency = ghl.client(agency=True)
    other_location = agency.post("/locations/", json={"name": "Elsewhere", "companyId": ghl.company_id}).json()["id"]
    agency.post("/users/", json=_new_user(ghl, email="far@t.io", locationIds=[other_location]))
    seen = ghl.client().get("/users/search", params={"companyId": ghl.company_id}).json()["users"]
    assert "far@t.io" not in [u["email"] for u in seen]
    by_location = ghl.client().get("/users/", params={"locationId": ghl.location_id}).json()["users"]
    assert {u["id"] for u in by_location} == {u["id"] for u in seen}


def test_filter_by_email_is_agency_only(ghl):
    agency = ghl.client(agency=True)
    agency.post("/users/", json=_new_user(ghl, email="one@t.io"))
    agency.post("/users/", json=_new_user(ghl, email="two@t.io"))
    result = agency.post("/users/search/filter-by-email", json={
        "companyId": ghl.company_id, "emails": "one@t.io, TWO@t.io,nobody@t.io"}).json()
    assert sorted(u["email"] for u in result["users"]) == ["one@t.io", "two@t.io"] and result["count"] == 2
    assert ghl.client().post("/users/search/filter-by-email", json={
        "companyId": ghl.company_id, "emails": "one@t.io"}).status_code == 401


@pytest.mark.ghl_allow_violations("invalid_value")  # sends bad values on purpose
@pytest.mark.parametrize("field,value,message", [
    ("type", "robot", "type must be one of the following values: agency, account"),
    ("platformLanguage", "tlh", "platformLanguage must be one of the following values: en_US, es, fr_CA, fr_FR, "
                                "nl, de, pt_PT, pt_BR, it, sv, da, fi, no"),
])
def test_enums_are_enforced(ghl, ghl_client, field, value, message):
    response = ghl_client.post("/users/", json=_new_user(ghl, **{field: value}))
    assert response.status_code == 422 and response.json()["message"] == [message]


def test_a_company_id_naming_no_agency_finds_and_creates_nothing(ghl, ghl_client):
    """An empty ``companyId`` names no agency (another agency's id gets the platform's 403)."""
    refused = ghl_client.post("/users/", json=_new_user(ghl, companyId="", email="no.one@example.com"))
    assert (refused.status_code, refused.json()["message"]) == (400, "Company not found")
    nobody = ghl_client.get("/users/search", params={"companyId": ""}).json()
    assert (nobody["users"], nobody["count"]) == ([], 0)
    everyone = ghl_client.get("/users/search", params={"companyId": ghl.company_id}).json()["users"]
    assert "no.one@example.com" not in [u["email"] for u in everyone]
