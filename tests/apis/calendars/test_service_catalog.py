"""The services catalog (v3): CRUD, staff and slugs checked, variations, filters, tenancy and scopes."""

from __future__ import annotations

import pytest

from mock_server.platform.tenancy import NO_LOCATION_ACCESS
from mock_server.testing.tenant import GhlTenant
from tests.apis.calendars.conftest import Desk
from tests.apis.calendars.services_setup import Counter


@pytest.fixture
def counter(desk: Desk) -> Counter:
    return Counter(desk)


def catalog(counter: Counter, **query) -> list[str]:
    answer = counter.http.get("/calendars/services/catalog", params={"locationId": counter.location_id, **query})
    assert answer.status_code == 200, answer.text
    return [service["slug"] for service in answer.json()["services"]]


def test_a_service_is_created_with_defaults_listed_changed_and_deleted(counter: Counter):
    service = counter.service(description="Wash and cut", payment={"amount": 40, "deposit": 10,
                                                                    "depositType": "amount"})
    assert {k: service[k] for k in ("name", "serviceDuration", "serviceDurationUnit", "preBuffer", "postBuffer",
                                    "isPrivate", "payment", "variations", "staff")} == {
        "name": "Haircut", "serviceDuration": 30, "serviceDurationUnit": "mins", "preBuffer": 0, "postBuffer": 0,
        "isPrivate": False, "payment": {"amount": 40, "deposit": 10, "depositType": "amount"}, "variations": [],
        "staff": [{"id": counter.desk.ghl.user_id}]}
    assert service["serviceCategoryId"]  # the location's default category
    assert catalog(counter) == ["haircut"]

    url = f"/calendars/services/catalog/{service['id']}"
    changed = counter.http.put(url, json={"name": "Long haircut", "serviceDuration": 1, "serviceDurationUnit": "hours"})
    assert changed.status_code == 200, changed.text
    assert counter.http.get(url).json()["service"]["serviceDuration"] == 1
    assert counter.http.get(url).json()["service"]["name"] == "Long haircut"

    deleted = counter.http.delete(url)
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    gone = counter.http.get(url)
    assert (gone.status_code, gone.json()["message"]) == (400, "Service not found")
    assert catalog(counter) == []


def test_every_service_without_a_category_shares_the_default_one(counter: Counter):
    first, second = counter.service(), counter.service(slug="shave")
    named = counter.service(slug="colour", serviceCategoryId="cat-1")
    assert first["serviceCategoryId"] == second["serviceCategoryId"] != "cat-1"
    assert catalog(counter, serviceCategoryId="cat-1") == ["colour"]
    assert catalog(counter, serviceCategoryId=first["serviceCategoryId"]) == ["haircut", "shave"]
    assert named["serviceCategoryId"] == "cat-1"


def test_private_services_are_filtered(counter: Counter):
    counter.service()
    counter.service(slug="vip", isPrivate=True)
    assert catalog(counter, isPrivate="true") == ["vip"]
    assert catalog(counter, isPrivate="false") == ["haircut"]
    assert catalog(counter) == ["haircut", "vip"]


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_staff_must_be_users_of_the_location_and_slugs_unique(counter: Counter):
    base = {"locationId": counter.location_id, "name": "Cut", "slug": "cut"}
    none = counter.http.post("/calendars/services/catalog", json={**base, "staff": []})
    assert none.status_code == 422
    stranger = counter.http.post("/calendars/services/catalog", json={**base, "staff": [{"id": "nobody"}]})
    assert stranger.status_code == 400
    counter.service(slug="cut")
    taken = counter.http.post("/calendars/services/catalog", json={**base, "staff": [{"id": counter.desk.ghl.user_id}]})
    assert (taken.status_code, taken.json()["message"]) == (400, "Slug already exists")
    assert catalog(counter) == ["cut"]


def test_variations_get_ids_and_are_replaced_by_the_list_sent(counter: Counter):
    service = counter.service(variations=[{"name": "Short", "serviceDuration": 20},
                                          {"name": "Long", "serviceDuration": 60}])
    short, long = service["variations"]
    assert short["id"] != long["id"] and (short["name"], long["serviceDuration"]) == ("Short", 60)
    url = f"/calendars/services/catalog/{service['id']}"
    changed = counter.http.put(url, json={"variations": [{"id": long["id"], "serviceDuration": 90}, {"name": "Kids"}]})
    kept, new = changed.json()["service"]["variations"]
    assert (kept["id"], kept["name"], kept["serviceDuration"]) == (long["id"], "Long", 90)
    assert new["name"] == "Kids" and new["id"] not in (short["id"], long["id"])
    unknown = counter.http.put(url, json={"variations": [{"id": short["id"]}]})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Variation not found")
    assert counter.http.put(url, json={"variations": []}).json()["service"]["variations"] == []


def test_another_location_cannot_see_them(counter: Counter, ghl_app):
    service = counter.service()
    other = GhlTenant(ghl_app, seed="the-other-service-catalog")
    try:
        theirs = other.client(version="v3")
        url = f"/calendars/services/catalog/{service['id']}"
        for answer in (theirs.get(url), theirs.put(url, json={"name": "Mine"}), theirs.delete(url)):
            assert (answer.status_code, answer.json()["message"]) == (403, NO_LOCATION_ACCESS)
        listed = theirs.get("/calendars/services/catalog", params={"locationId": other.location_id})
        assert listed.json()["services"] == []
    finally:
        other.close()
    assert counter.http.get(f"/calendars/services/catalog/{service['id']}").json()["service"]["name"] == "Haircut"


def test_the_scopes_are_the_files(desk: Desk):
    reader = desk.ghl.client(version="v3", scopes=["calendars.readonly"])
    body = {"locationId": desk.location_id, "name": "Cut", "slug": "cut", "staff": [{"id": desk.ghl.user_id}]}
    assert reader.post("/calendars/services/catalog", json=body).status_code == 401
    assert reader.get("/calendars/services/catalog", params={"locationId": desk.location_id}).status_code == 200
