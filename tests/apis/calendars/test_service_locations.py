"""Service locations (v3): CRUD, unique slugs, the default of a booking, tenancy and scopes."""

from __future__ import annotations

import pytest

from mock_server.platform.tenancy import NO_LOCATION_ACCESS
from mock_server.testing.tenant import GhlTenant
from tests.apis.calendars.conftest import Desk
from tests.apis.calendars.services_setup import Counter


@pytest.fixture
def counter(desk: Desk) -> Counter:
    return Counter(desk)


def test_a_service_location_is_created_listed_changed_and_deleted(counter: Counter):
    place = counter.place(address="1 Main St", phone="+15550100")
    assert {k: place[k] for k in ("name", "slug", "address", "locationType", "isActive", "isPrivate")} == {
        "name": "Downtown", "slug": "downtown", "address": "1 Main St", "locationType": "offline",
        "isActive": True, "isPrivate": False}
    listed = counter.http.get("/calendars/services/locations", params={"locationId": counter.location_id})
    assert [p["id"] for p in listed.json()["serviceLocations"]] == [place["id"]]

    url = f"/calendars/services/locations/{place['id']}"
    changed = counter.http.put(url, json={"name": "Uptown", "locationType": "ask_booker"})
    assert (changed.json()["name"], changed.json()["locationType"]) == ("Uptown", "ask_booker")
    assert counter.http.get(url).json()["name"] == "Uptown"

    deleted = counter.http.delete(url)
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    gone = counter.http.get(url)
    assert (gone.status_code, gone.json()["message"]) == (400, "Service location not found")
    assert counter.http.get("/calendars/services/locations",
                            params={"locationId": counter.location_id}).json()["serviceLocations"] == []


def test_slugs_are_unique_in_the_location(counter: Counter):
    first = counter.place()
    again = counter.http.post("/calendars/services/locations", json={
        "locationId": counter.location_id, "name": "Other", "slug": "downtown"})
    assert (again.status_code, again.json()["message"]) == (400, "Slug already exists")
    second = counter.place(slug="uptown")
    taken = counter.http.put(f"/calendars/services/locations/{second['id']}", json={"slug": "downtown"})
    assert (taken.status_code, taken.json()["message"]) == (400, "Slug already exists")
    assert counter.http.put(f"/calendars/services/locations/{first['id']}", json={"slug": "downtown"}).status_code == 200


def test_a_location_bookings_name_is_kept(counter: Counter):
    place = counter.place()
    service = counter.service()
    assert counter.book([{"id": service["id"]}], serviceLocationId=place["id"]).status_code == 201
    refused = counter.http.delete(f"/calendars/services/locations/{place['id']}")
    assert (refused.status_code, refused.json()["message"]) == (400, "Service location has bookings")
    assert counter.http.get(f"/calendars/services/locations/{place['id']}").status_code == 200


def test_another_location_cannot_see_them(counter: Counter, ghl_app):
    place = counter.place()
    other = GhlTenant(ghl_app, seed="the-other-service-desk")
    try:
        theirs = other.client(version="v3")
        url = f"/calendars/services/locations/{place['id']}"
        for answer in (theirs.get(url), theirs.put(url, json={"name": "Mine"}), theirs.delete(url)):
            assert (answer.status_code, answer.json()["message"]) == (403, NO_LOCATION_ACCESS)
        listed = theirs.get("/calendars/services/locations", params={"locationId": other.location_id})
        assert listed.json()["serviceLocations"] == []
        foreign = theirs.get("/calendars/services/locations", params={"locationId": counter.location_id})
        assert foreign.status_code == 403
    finally:
        other.close()
    assert counter.http.get(f"/calendars/services/locations/{place['id']}").json()["name"] == "Downtown"


def test_the_scopes_are_the_files(desk: Desk):
    reader = desk.ghl.client(version="v3", scopes=["calendars.readonly"])
    refused = reader.post("/calendars/services/locations", json={
        "locationId": desk.location_id, "name": "Downtown", "slug": "downtown"})
    assert refused.status_code == 401
    assert reader.get("/calendars/services/locations", params={"locationId": desk.location_id}).status_code == 200
    writer = desk.ghl.client(version="v3", scopes=["calendars.write"])
    assert writer.get("/calendars/services/locations", params={"locationId": desk.location_id}).status_code == 401
