"""Contacts' customFields values, checked against the location's definitions by data type."""

from __future__ import annotations


def test_values_are_stored_by_field_and_typed(ghl, api, custom_field, new_contact):
    pin = custom_field("Pin code", "TEXT")
    size = custom_field("Team size", "NUMERICAL")
    plan = custom_field("Plan", "SINGLE_OPTIONS", options=["basic", "pro"])
    tools = custom_field("Tools", "MULTIPLE_OPTIONS", options=["crm", "sms", "email"])
    contact = new_contact(customFields=[
        {"id": pin["id"], "field_value": "560001"},
        {"id": size["id"], "field_value": "12"},  # a number in a string is stored as the number
        {"key": plan["fieldKey"], "field_value": "pro"},  # by key, with the model prefix ...
        {"key": tools["fieldKey"].split(".", 1)[1], "fieldValue": ["crm", "sms"]},  # ... or without (v3 spelling)
    ])
    assert contact["customFields"] == [{"id": pin["id"], "value": "560001"}, {"id": size["id"], "value": 12},
                                       {"id": plan["id"], "value": "pro"}, {"id": tools["id"], "value": ["crm", "sms"]}]


def test_unknown_fields_and_wrong_types_are_refused_and_nothing_is_stored(ghl, api, custom_field):
    size = custom_field("Team size", "NUMERICAL")
    plan = custom_field("Plan", "SINGLE_OPTIONS", options=["basic", "pro"])
    tools = custom_field("Tools", "CHECKBOX", options=["crm", "sms"])
    answer = api.post("/contacts/", json={"locationId": ghl.location_id, "email": "x@example.com", "customFields": [
        {"id": "NoSuchField000000000", "field_value": "x"},
        {"id": size["id"], "field_value": "twelve"},
        {"id": plan["id"], "field_value": "enterprise"},
        {"id": tools["id"], "field_value": "crm"},
    ]})
    assert answer.status_code == 422
    assert answer.json()["message"] == [
        "customFields.0 names no contact custom field of this location: NoSuchField000000000",
        "customFields.1.field_value must be a number",
        "customFields.2.field_value must be one of the field's options: basic, pro",
        "customFields.3.field_value must be an array of strings",
    ]
    duplicate = api.get("/contacts/search/duplicate", params={"locationId": ghl.location_id, "email": "x@example.com"})
    assert duplicate.json()["contact"] is None


def test_an_opportunity_field_is_not_a_contact_field(ghl, api, custom_field):
    deal = custom_field("Deal size", "NUMERICAL", model="opportunity")
    answer = api.post("/contacts/", json={"locationId": ghl.location_id,
                                          "customFields": [{"id": deal["id"], "field_value": 5}]})
    assert answer.status_code == 422


def test_updates_change_only_the_fields_named_and_null_clears(api, custom_field, new_contact):
    pin = custom_field("Pin code", "TEXT")
    city = custom_field("Home city", "TEXT")
    contact = new_contact(customFields=[{"id": pin["id"], "field_value": "1"},
                                        {"id": city["id"], "field_value": "Pune"}])
    updated = api.put(f"/contacts/{contact['id']}", json={"customFields": [
        {"id": pin["id"], "field_value": "2"}]}).json()["contact"]
    assert updated["customFields"] == [{"id": pin["id"], "value": "2"}, {"id": city["id"], "value": "Pune"}]
    cleared = api.put(f"/contacts/{contact['id']}", json={"customFields": [
        {"id": city["id"], "field_value": None}]}).json()["contact"]
    assert cleared["customFields"] == [{"id": pin["id"], "value": "2"}]


def test_deleting_a_definition_removes_its_values_from_contacts(ghl, api, custom_field, new_contact):
    pin = custom_field("Pin code", "TEXT")
    keep = custom_field("Keep", "TEXT")
    contact = new_contact(customFields=[{"id": pin["id"], "field_value": "1"},
                                        {"id": keep["id"], "field_value": "k"}])
    deleted = api.delete(f"/locations/{ghl.location_id}/customFields/{pin['id']}")
    assert deleted.status_code == 200 and deleted.json()["succeded"] is True
    assert api.get(f"/contacts/{contact['id']}").json()["contact"]["customFields"] == [{"id": keep["id"], "value": "k"}]
