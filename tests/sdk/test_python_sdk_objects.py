"""The official Python SDK (``gohighlevel-api-client``), unchanged, on custom fields v2, custom objects and records.

Every call must come back whole, and the test fails at teardown if the SDK sent anything GHL would reject.
"""

from __future__ import annotations

import asyncio

import pytest

highlevel = pytest.importorskip("highlevel", reason="the official SDK is a test dependency")


@pytest.mark.ghl_intercept
def test_custom_fields_objects_and_records_through_the_sdk(ghl):
    contact = ghl.contact()
    sdk = highlevel.HighLevel(private_integration_token=ghl.pit())
    loc = ghl.location_id

    async def flow():
        pet = await sdk.objects.create_custom_object_schema({
            "labels": {"singular": "Pet", "plural": "Pets"}, "key": "custom_objects.pet", "locationId": loc,
            "description": "Our pets", "primaryDisplayPropertyDetails": {
                "key": "custom_objects.pet.name", "name": "Name", "dataType": "TEXT"}})
        folder = await sdk.custom_fields.create_custom_field_folder({"objectKey": "custom_objects.pet", "name": "Health",
                                                                     "locationId": loc})
        breed = await sdk.custom_fields.create_custom_field({
            "locationId": loc, "name": "Breed", "dataType": "SINGLE_OPTIONS", "showInForms": True,
            "objectKey": "custom_objects.pet", "fieldKey": "custom_objects.pet.breed", "parentId": folder["id"],
            "options": [{"key": "beagle", "label": "Beagle"}, {"key": "collie", "label": "Collie"}]})
        await sdk.custom_fields.update_custom_field(breed["field"]["id"], {
            "locationId": loc, "showInForms": True, "name": "Dog breed",
            "options": [{"key": "beagle", "label": "Beagle"}, {"key": "collie", "label": "Collie"},
                        {"key": "pug", "label": "Pug"}]})
        fields = await sdk.custom_fields.get_custom_fields_by_object_key("custom_objects.pet", loc)
        await sdk.objects.update_custom_object("custom_objects.pet", {
            "locationId": loc, "searchableProperties": ["custom_objects.pet.name"]})
        made = [await sdk.objects.create_object_record("custom_objects.pet", {
            "locationId": loc, "properties": {"name": name, "breed": breed_key}, "owner": [ghl.user_id]})
            for name, breed_key in (("Rex", "beagle"), ("Bella", "collie"), ("Max", "pug"))]
        rex = made[0]["record"]["id"]
        await sdk.objects.update_object_record("custom_objects.pet", rex, loc, {"properties": {"breed": "collie"}})
        # The SDK takes the body first here (the file declares schemaKey optional).
        collies = await sdk.objects.search_object_records({
            "locationId": loc, "page": 1, "pageLimit": 10, "query": "", "searchAfter": [],
            "filters": [{"field": "properties.breed", "operator": "eq", "value": "collie"}],
            "sort": [{"field": "properties.name", "direction": "asc"}]}, "custom_objects.pet")
        by_text = await sdk.objects.search_object_records({
            "locationId": loc, "page": 1, "pageLimit": 10, "query": "max", "searchAfter": []}, "custom_objects.pet")
        owner = await sdk.associations.create_association({
            "locationId": loc, "key": "pet_owner", "firstObjectKey": "contact", "firstObjectLabel": "Owner",
            "secondObjectKey": "custom_objects.pet", "secondObjectLabel": "Pet"})
        await sdk.associations.create_relation({"locationId": loc, "associationId": owner["id"],
                                                "firstRecordId": contact["id"], "secondRecordId": rex})
        schema = await sdk.objects.get_object_schema_by_key("custom_objects.pet", loc, fetch_properties="true")
        listed = await sdk.objects.get_object_by_location_id(loc)
        await sdk.objects.delete_object_record("custom_objects.pet", rex)
        relations = await sdk.associations.get_relations_by_record_id(contact["id"], loc, 0, 10)
        gone = await sdk.custom_fields.get_custom_field_by_id(breed["field"]["id"])
        return pet, fields, collies, by_text, schema, listed, relations, gone

    pet, fields, collies, by_text, schema, listed, relations, gone = asyncio.run(flow())
    assert pet["object"]["key"] == "custom_objects.pet"
    assert sorted(f["fieldKey"] for f in fields["fields"]) == ["custom_objects.pet.breed", "custom_objects.pet.name"]
    assert [r["properties"]["name"] for r in collies["records"]] == ["Bella", "Rex"]
    assert [r["properties"]["name"] for r in by_text["records"]] == ["Max"]
    assert len(schema["fields"]) == 2 and [o["key"] for o in listed["objects"]][-1] == "custom_objects.pet"
    assert relations["total"] == 0  # deleting the record removed its relation
    assert gone["field"]["name"] == "Dog breed"
