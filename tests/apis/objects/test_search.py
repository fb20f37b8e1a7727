"""POST /objects/{schemaKey}/records/search: the contact search's grammar over one object's records."""

from __future__ import annotations

import pytest


@pytest.fixture
def pets(ghl):
    pet = ghl.custom_object("pet", fields={"age": "NUMERICAL", "nickname": "TEXT"})
    ghl.custom_field(pet["key"], "SINGLE_OPTIONS", name="Breed", key="breed", options=["beagle", "collie"])
    other = ghl.custom_object("car")
    ghl.record(other, {"name": "Rex the car"})  # another object's record is never found
    made = [ghl.record(pet, {"name": name, "age": age, "breed": breed})
            for name, age, breed in (("Rex", 3, "beagle"), ("Bella", 5, "collie"), ("Max", 1, "beagle"),
                                     ("Luna", 7, "collie"), ("Rexy", 2, "beagle"))]
    return pet, made


def _search(ghl, pet, **body):
    answer = ghl.client().post(f"/objects/{pet['key']}/records/search",
                               json={"locationId": ghl.location_id, **body})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _names(found):
    return [r["properties"]["name"] for r in found["records"]]


def test_filters_sort_and_free_text(ghl, pets):
    pet, made = pets
    beagles = _search(ghl, pet, pageLimit=10, filters=[{"field": "properties.breed", "operator": "eq", "value": "beagle"}],
                      sort=[{"field": "properties.age", "direction": "asc"}])
    assert (_names(beagles), beagles["total"]) == (["Max", "Rexy", "Rex"], 3)
    old = _search(ghl, pet, pageLimit=10, filters=[
        {"group": "OR", "filters": [{"field": "properties.age", "operator": "range", "value": {"gte": 5}},
                                    {"field": "properties.name", "operator": "eq", "value": "max"}]}],
        sort=[{"field": "properties.name", "direction": "desc"}])
    assert _names(old) == ["Max", "Luna", "Bella"]
    assert _names(_search(ghl, pet, pageLimit=10, query="rex", sort=[{"field": "properties.name"}])) == ["Rex", "Rexy"]
    no_nickname = _search(ghl, pet, pageLimit=10, filters=[{"field": "properties.nickname", "operator": "not_exists"}])
    assert no_nickname["total"] == 5
    newest_first = _search(ghl, pet, pageLimit=10)
    expected = sorted(made, key=lambda r: (r["createdAt"], r["id"]), reverse=True)
    assert [r["id"] for r in newest_first["records"]] == [r["id"] for r in expected]


def test_paging_with_page_and_search_after(ghl, pets):
    pet, _ = pets
    sort = [{"field": "properties.age", "direction": "asc"}]
    first = _search(ghl, pet, pageLimit=2, page=1, sort=sort)
    second = _search(ghl, pet, pageLimit=2, page=2, sort=sort)
    assert (_names(first), _names(second), first["total"]) == (["Max", "Rexy"], ["Rex", "Bella"], 5)
    after = _search(ghl, pet, pageLimit=2, sort=sort, searchAfter=first["records"][-1]["searchAfter"])
    assert _names(after) == ["Rex", "Bella"]
    listing = _search(ghl, pet, pageLimit=3)
    rest = _search(ghl, pet, pageLimit=3, searchAfter=listing["records"][-1]["searchAfter"])
    assert len({r["id"] for r in listing["records"] + rest["records"]}) == 5


@pytest.mark.ghl_allow_violations("invalid_value")  # sends bad searches on purpose
def test_bad_searches_are_refused_in_ghls_shape(ghl, pets):
    pet, _ = pets
    api = ghl.client()
    url = f"/objects/{pet['key']}/records/search"
    unknown = api.post(url, json={"locationId": ghl.location_id, "filters": [
        {"field": "properties.colour", "operator": "eq", "value": "red"},
        {"field": "properties.age", "operator": "contains", "value": "3"}]})
    assert unknown.status_code == 422
    assert unknown.json()["message"] == [
        "filters.0.field properties.colour is not a supported search field",
        "filters.1.operator contains is not supported for field properties.age "
        "(supported: eq, not_eq, range, exists, not_exists)"]
    bad_sort = api.post(url, json={"locationId": ghl.location_id, "sort": [{"field": "colour"}]})
    assert (bad_sort.status_code, bad_sort.json()["message"]) == (422, ["sort.0.field colour is not a supported sort field"])
    bad_cursor = api.post(url, json={"locationId": ghl.location_id, "searchAfter": [1, "nope"]})
    assert bad_cursor.status_code == 422
    unknown_object = api.post("/objects/custom_objects.nope/records/search", json={"locationId": ghl.location_id})
    assert (unknown_object.status_code, unknown_object.json()["message"]) == (400, "Custom object not found")


def test_a_write_shows_in_the_next_listing(ghl, pets):
    pet, _ = pets
    assert _search(ghl, pet, pageLimit=10)["total"] == 5
    ghl.advance(minutes=1)
    made = ghl.record(pet, {"name": "Newbie"})
    assert _search(ghl, pet, pageLimit=1)["records"][0]["id"] == made["id"]  # newest first, order rebuilt
    ghl.client().delete(f"/objects/{pet['key']}/records/{made['id']}")
    assert _search(ghl, pet, pageLimit=10)["total"] == 5
