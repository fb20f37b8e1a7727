"""Locations: read, search, create (agency only), custom fields listing."""

from __future__ import annotations

import pytest

from mock_server.testing.tenant import GhlTenant


def test_get_location_carries_its_timezone_and_settings(ghl, ghl_client):
    location = ghl_client.get(f"/locations/{ghl.location_id}").json()["location"]
    assert location["id"] == ghl.location_id and location["companyId"] == ghl.company_id
    assert location["timezone"] == ghl.timezone
    assert location["settings"]["allowDuplicateContact"] is False


def test_agency_token_reads_any_of_its_locations(ghl):
    assert ghl.client(agency=True).get(f"/locations/{ghl.location_id}").status_code == 200


def test_unknown_location_is_refused_not_leaked(ghl_client):
    response = ghl_client.get("/locations/doesNotExist12345678")
    assert response.status_code == 403  # a location token may only name its own location


def test_agency_creates_a_location_with_a_timezone(ghl):
    agency = ghl.client(agency=True)
    response = agency.post("/locations/", json={"name": "Second", "companyId": ghl.company_id,
                                                 "timezone": "Europe/Berlin", "country": "DE"})
    assert response.status_code == 200, response.text
    created = response.json()
    assert created["timezone"] == "Europe/Berlin" and created["companyId"] == ghl.company_id
    fetched = agency.get(f"/locations/{created['id']}").json()["location"]
    assert fetched["name"] == "Second"
    found = agency.get("/locations/search", params={"companyId": ghl.company_id}).json()["locations"]
    assert {loc["id"] for loc in found} == {ghl.location_id, created["id"]}


@pytest.mark.ghl_allow_violations("invalid_value")  # sends bad values on purpose
def test_create_location_validates_timezone_and_country(ghl):
    response = ghl.client(agency=True).post("/locations/", json={
        "name": "Bad", "companyId": ghl.company_id, "timezone": "Mars/Olympus", "country": "ZZ"})
    assert response.status_code == 422
    assert sorted(response.json()["message"]) == ["country must be a valid country code",
                                                  "timezone must be a valid IANA time zone"]


def test_location_token_cannot_create_locations(ghl_client, ghl):
    response = ghl_client.post("/locations/", json={"name": "X", "companyId": ghl.company_id})
    assert response.status_code == 401


def test_search_paging_order_and_location_token_visibility(ghl, ghl_app):
    agency = ghl.client(agency=True)
    for name in ("Charlie", "Alpha", "Bravo"):
        agency.post("/locations/", json={"name": name, "companyId": ghl.company_id})
    names = [loc["name"] for loc in agency.get("/locations/search", params={"limit": "2", "skip": "1"}).json()["locations"]]
    assert names == ["Alpha", "Bravo"]  # after "Agency ... - Main", the tenant's first location
    desc = agency.get("/locations/search", params={"order": "desc", "limit": "1"}).json()["locations"]
    assert desc[0]["name"] == "Charlie"
    own = ghl.client().get("/locations/search").json()["locations"]
    assert [loc["id"] for loc in own] == [ghl.location_id]


@pytest.mark.ghl_allow_violations("invalid_value")  # sends a bad model on purpose
def test_custom_fields_listing_filters_by_model(ghl, ghl_client):
    base = f"/locations/{ghl.location_id}/customFields"
    cf1 = ghl_client.post(base, json={"name": "Shoe size", "dataType": "TEXT", "position": 1}).json()["customField"]
    cf2 = ghl_client.post(base, json={"name": "Deal size", "dataType": "TEXT", "model": "opportunity",
                                      "position": 0}).json()["customField"]
    ghl.custom_field("business", name="Not a location API field")
    every = ghl_client.get(base).json()["customFields"]
    assert [f["id"] for f in every] == [cf2["id"], cf1["id"]]
    contact = ghl_client.get(base, params={"model": "contact"}).json()
    assert [f["id"] for f in contact["customFields"]] == [cf1["id"]]
    bad = ghl_client.get(f"/locations/{ghl.location_id}/customFields", params={"model": "deal"})
    assert bad.status_code == 422
    assert bad.json()["message"] == ["model must be one of the following values: contact, opportunity, all"]


def test_another_agencys_location_is_forbidden_to_an_agency_token(ghl, ghl_app):
    other = GhlTenant(ghl_app, seed="other-agency-location")
    try:
        response = ghl.client(agency=True).get(f"/locations/{other.location_id}")
        assert response.status_code == 403
        assert response.json()["message"] == "The token does not have access to this location."
    finally:
        other.close()


def test_social_links_sent_as_null_are_left_out(ghl):
    """GHL's LocationSocial answers strings only: a null link is one not given (self-conformance found it)."""
    created = ghl.client(agency=True).post("/locations/", json={
        "name": "Socials", "companyId": ghl.company_id, "social": {"facebookUrl": None, "twitter": "https://x.com/a"}})
    assert created.status_code == 200 and created.json()["social"] == {"twitter": "https://x.com/a"}


def test_a_company_id_naming_no_agency_creates_nothing(ghl):
    agency = ghl.client(agency=True)
    refused = agency.post("/locations/", json={"name": "Nowhere", "companyId": ""})
    assert (refused.status_code, refused.json()["message"]) == (400, "Company not found")
    assert len(agency.get("/locations/search", params={"companyId": ghl.company_id}).json()["locations"]) == 1
