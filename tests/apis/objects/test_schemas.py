"""Object schemas: custom objects with their display property, and the standard objects beside them."""

from __future__ import annotations

import pytest


def _schema_body(ghl, key="custom_objects.pet", **changes):
    return {"labels": {"singular": "Pet", "plural": "Pets"}, "key": key, "locationId": ghl.location_id,
            "description": "Our pets", "primaryDisplayPropertyDetails": {
                "key": f"{key}.name", "name": "Pet name", "dataType": "TEXT"}, **changes}


def test_a_custom_object_lifecycle(ghl):
    api = ghl.client()
    made = api.post("/objects/", json=_schema_body(ghl))
    assert made.status_code == 201
    pet = made.json()["object"]
    assert (pet["key"], pet["standard"], pet["primaryDisplayProperty"], pet["labels"]) == (
        "custom_objects.pet", False, "custom_objects.pet.name", {"singular": "Pet", "plural": "Pets"})
    listed = api.get("/objects/", params={"locationId": ghl.location_id}).json()["objects"]
    assert [o["key"] for o in listed] == ["contact", "opportunity", "business", "custom_objects.pet"]
    assert all(o["standard"] for o in listed[:3])

    plain = api.get("/objects/custom_objects.pet", params={"locationId": ghl.location_id}).json()
    assert plain["object"] == pet and "fields" not in plain
    breed = ghl.custom_field(pet["key"], name="Breed", key="breed")
    full = api.get("/objects/custom_objects.pet", params={"locationId": ghl.location_id,
                                                          "fetchProperties": "true"}).json()
    assert sorted(f["fieldKey"] for f in full["fields"]) == ["custom_objects.pet.breed", "custom_objects.pet.name"]

    changed = api.put("/objects/custom_objects.pet", json={
        "locationId": ghl.location_id, "labels": {"plural": "Animals"}, "description": None,
        "searchableProperties": ["custom_objects.pet.name", breed["fieldKey"]]})
    assert changed.status_code == 200
    pet = changed.json()["object"]
    assert (pet["labels"], pet.get("description"), pet["searchableProperties"]) == (
        {"singular": "Pet", "plural": "Animals"}, None, ["custom_objects.pet.name", "custom_objects.pet.breed"])


@pytest.mark.ghl_allow_violations("invalid_value")  # sends bad schemas on purpose
def test_bad_schemas_are_refused_and_nothing_is_written(ghl):
    api = ghl.client()
    ghl.custom_object("pet")
    taken = api.post("/objects/", json=_schema_body(ghl))
    assert (taken.status_code, taken.json()["message"]) == (400, "Custom object with key custom_objects.pet already exists")
    bad_key = api.post("/objects/", json=_schema_body(ghl, key="custom_objects.Big Cat"))
    assert bad_key.status_code == 422
    not_text = api.post("/objects/", json=_schema_body(ghl, key="custom_objects.car", primaryDisplayPropertyDetails={
        "key": "custom_objects.car.year", "name": "Year", "dataType": "NUMERICAL"}))
    assert not_text.status_code == 422
    assert [o["key"] for o in api.get("/objects/", params={"locationId": ghl.location_id}).json()["objects"]][3:] == [
        "custom_objects.pet"]
    assert api.get("/custom-fields/object-key/custom_objects.car", params={"locationId": ghl.location_id}
                   ).status_code == 400  # no field was left behind for the refused object
    unsearchable = api.put("/objects/custom_objects.pet", json={"locationId": ghl.location_id,
                                                                "searchableProperties": ["custom_objects.pet.nope"]})
    assert (unsearchable.status_code, unsearchable.json()["message"]) == (
        400, "searchableProperties.0 custom_objects.pet.nope is not a field of custom_objects.pet")
    standard = api.put("/objects/contact", json={"locationId": ghl.location_id, "searchableProperties": []})
    assert (standard.status_code, standard.json()["message"]) == (400, "Standard object contact cannot be changed")
    unknown = api.get("/objects/custom_objects.nope", params={"locationId": ghl.location_id})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Custom object not found")


def test_an_agency_token_makes_an_object_in_the_location_it_names(ghl):
    made = ghl.client(agency=True).post("/objects/", json=_schema_body(ghl, key="custom_objects.boat"))
    assert made.status_code == 201
    assert made.json()["object"]["locationId"] == ghl.location_id
    listed = ghl.client().get("/objects/", params={"locationId": ghl.location_id}).json()["objects"]
    assert listed[-1]["key"] == "custom_objects.boat"
