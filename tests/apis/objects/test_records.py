"""Records of custom objects: properties checked against the object's fields, owner and followers."""

from __future__ import annotations

import pytest


@pytest.fixture
def pet(ghl):
    made = ghl.custom_object("pet", fields={"age": "NUMERICAL", "born": "DATE", "price": "MONETORY"})
    ghl.custom_field(made["key"], "SINGLE_OPTIONS", name="Breed", key="breed", options=["beagle", "collie"])
    ghl.custom_field(made["key"], "MULTIPLE_OPTIONS", name="Tricks", key="tricks", options=["sit", "roll"])
    return made


def _url(pet, record_id=""):
    return f"/objects/{pet['key']}/records" + (f"/{record_id}" if record_id else "")


def test_a_record_lifecycle(ghl, pet):
    api = ghl.client()
    user = ghl.user_id
    made = api.post(_url(pet), json={"locationId": ghl.location_id, "owner": [user], "followers": [user],
                                     "properties": {"name": "Rex", "custom_objects.pet.age": "3", "breed": "beagle",
                                                    "tricks": ["sit"], "price": {"currency": "default", "value": 100},
                                                    "born": "2022-05-01"}})
    assert made.status_code == 201
    record = made.json()["record"]
    assert record["properties"] == {"name": "Rex", "age": 3, "breed": "beagle", "tricks": ["sit"],
                                    "price": {"currency": "default", "value": 100}, "born": "2022-05-01"}
    assert (record["owner"], record["followers"], record["objectKey"], record["objectId"]) == (
        [user], [user], pet["key"], pet["id"])
    assert api.get(_url(pet, record["id"])).json()["record"] == record

    changed = api.put(_url(pet, record["id"]), params={"locationId": ghl.location_id},
                      json={"properties": {"age": 4, "tricks": None}})
    assert changed.status_code == 200
    assert changed.json()["record"]["properties"] == {"name": "Rex", "age": 4, "breed": "beagle",
                                                      "price": {"currency": "default", "value": 100},
                                                      "born": "2022-05-01"}
    deleted = api.delete(_url(pet, record["id"]))
    assert deleted.json() | {"traceId": None} == {"id": record["id"], "success": True, "traceId": None}
    gone = api.get(_url(pet, record["id"]))
    assert (gone.status_code, gone.json()["message"]) == (400, "Record not found")


@pytest.mark.ghl_allow_violations("invalid_value")  # sends bad records on purpose
def test_bad_properties_are_refused_and_nothing_is_written(ghl, pet):
    api = ghl.client()
    answer = api.post(_url(pet), json={"locationId": ghl.location_id, "properties": {
        "name": "Rex", "colour": "brown", "age": "old", "breed": "poodle", "tricks": "sit", "born": "someday"}})
    assert answer.status_code == 422
    assert answer.json()["message"] == [
        "properties.colour is not a field of custom_objects.pet",
        "properties.age must be a number",
        "properties.breed must be one of the field's options: beagle, collie",
        "properties.tricks must be an array of strings",
        "properties.born must be an ISO 8601 date or epoch milliseconds"]
    nameless = api.post(_url(pet), json={"locationId": ghl.location_id, "properties": {"age": 2}})
    assert (nameless.status_code, nameless.json()["message"]) == (
        422, ["properties.name is required: it is the primary display property of custom_objects.pet"])
    stranger = api.post(_url(pet), json={"locationId": ghl.location_id, "owner": ["not-a-user"],
                                         "properties": {"name": "Rex"}})
    assert stranger.status_code == 400
    search = api.post(_url(pet) + "/search", json={"locationId": ghl.location_id, "pageLimit": 10})
    assert search.json()["total"] == 0

    record = ghl.record(pet, {"name": "Rex"})
    cleared = api.put(_url(pet, record["id"]), params={"locationId": ghl.location_id},
                      json={"properties": {"name": None, "age": 5}})
    assert cleared.status_code == 422
    assert api.get(_url(pet, record["id"])).json()["record"]["properties"] == {"name": "Rex"}


def test_a_record_is_read_only_through_its_own_object(ghl, pet):
    api = ghl.client()
    car = ghl.custom_object("car")
    record = ghl.record(pet)
    wrong = api.get(f"/objects/{car['key']}/records/{record['id']}")
    assert (wrong.status_code, wrong.json()["message"]) == (400, f"Record {record['id']} is not a record of custom_objects.car")
    unknown_object = api.get(f"/objects/custom_objects.nope/records/{record['id']}")
    assert (unknown_object.status_code, unknown_object.json()["message"]) == (400, "Custom object not found")
    assert api.get(f"/objects/pet/records/{record['id']}").status_code == 200  # the key without its prefix


def test_deleting_a_field_removes_its_values_from_records(ghl, pet):
    api = ghl.client()
    record = ghl.record(pet, {"name": "Rex", "age": 3})
    age = next(f for f in api.get(f"/custom-fields/object-key/{pet['key']}",
                                  params={"locationId": ghl.location_id}).json()["fields"]
               if f["fieldKey"].endswith(".age"))
    api.delete(f"/custom-fields/{age['id']}")
    assert api.get(_url(pet, record["id"])).json()["record"]["properties"] == {"name": "Rex"}


def test_another_locations_record_is_forbidden(ghl, pet):
    from mock_server.testing.tenant import GhlTenant

    other = GhlTenant(ghl.app, seed="other-records")
    try:
        theirs = other.custom_object("pet")
        record = other.record(theirs)
        assert ghl.client().get(f"/objects/custom_objects.pet/records/{record['id']}").status_code == 403
    finally:
        other.close()


def test_businesses_answer_as_records_of_the_business_object(ghl):
    api = ghl.client()
    vat = ghl.custom_field("business", name="VAT", key="vat")
    made = api.post("/objects/business/records", json={"locationId": ghl.location_id, "properties": {
        "name": "Acme", "email": "hello@acme.test", "vat": "GB123"}})
    assert made.status_code == 201
    record = made.json()["record"]
    assert (record["objectKey"], record["properties"]) == ("business", {"name": "Acme", "email": "hello@acme.test",
                                                                        "vat": "GB123"})
    business = api.get(f"/businesses/{record['id']}").json()["business"]  # the same business, the same id
    assert (business["name"], business["email"]) == ("Acme", "hello@acme.test")
    ghl.business(name="Globex")
    found = api.post("/objects/business/records/search", json={"locationId": ghl.location_id, "pageLimit": 10,
                                                              "filters": [{"field": "properties.vat", "operator": "eq",
                                                                           "value": "gb123"}]}).json()
    assert [r["id"] for r in found["records"]] == [record["id"]]
    by_name = api.post("/objects/business/records/search", json={"locationId": ghl.location_id, "pageLimit": 10,
                                                                "sort": [{"field": "properties.name"}]}).json()
    assert [r["properties"]["name"] for r in by_name["records"]] == ["Acme", "Globex"]
    changed = api.put(f"/objects/business/records/{record['id']}", params={"locationId": ghl.location_id},
                      json={"properties": {"city": "Springfield", "vat": None}}).json()["record"]
    assert changed["properties"] == {"name": "Acme", "email": "hello@acme.test", "city": "Springfield"}
    bad = api.post("/objects/business/records", json={"locationId": ghl.location_id,
                                                      "properties": {"name": "X", "nope": 1}})
    assert bad.status_code == 422
    api.delete(f"/custom-fields/{vat['id']}")
    assert api.delete(f"/objects/business/records/{record['id']}").status_code == 200
    assert api.get(f"/businesses/{record['id']}").status_code == 400
    contacts = api.post("/objects/contact/records", json={"locationId": ghl.location_id, "properties": {"name": "x"}})
    assert (contacts.status_code, contacts.json()["message"]) == (
        400, "Records of contact are not supported by the Objects API")
