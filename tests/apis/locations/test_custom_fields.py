"""Custom-field definitions of a location: create, read, update, delete, list."""

from __future__ import annotations

import pytest

from mock_server.testing.tenant import GhlTenant


def test_definitions_round_trip(ghl):
    api = ghl.client()
    base = f"/locations/{ghl.location_id}/customFields"
    created = api.post(base, json={"name": "Pin code", "dataType": "TEXT", "placeholder": "6 digits", "position": 2})
    assert created.status_code == 201
    field = created.json()["customField"]
    assert (field["fieldKey"], field["model"], field["locationId"], field["position"]) == \
        ("contact.pin_code", "contact", ghl.location_id, 2)
    twin = api.post(base, json={"name": "Pin Code", "dataType": "TEXT"}).json()["customField"]
    assert twin["fieldKey"] == "contact.pin_code_1"  # keys stay unique
    assert api.get(f"{base}/{field['id']}").json()["customField"] == field

    updated = api.put(f"{base}/{field['id']}", json={"name": "Postal code", "placeholder": "PIN"}).json()["customField"]
    assert (updated["name"], updated["placeholder"], updated["fieldKey"]) == ("Postal code", "PIN", "contact.pin_code")
    listed = api.get(base).json()["customFields"]
    assert [f["id"] for f in listed] == [twin["id"], field["id"]]  # by position

    assert api.delete(f"{base}/{field['id']}").json()["succeded"] is True
    gone = api.get(f"{base}/{field['id']}")
    assert (gone.status_code, gone.json()["message"]) == (400, "Custom field not found")


def test_option_fields_keep_their_options(ghl):
    api = ghl.client()
    field = api.post(f"/locations/{ghl.location_id}/customFields",
                     json={"name": "Plan", "dataType": "SINGLE_OPTIONS", "options": ["basic", "pro"]}).json()
    assert field["customField"]["picklistOptions"] == ["basic", "pro"]


@pytest.mark.ghl_allow_violations("invalid_value", "missing_required")  # sends bad definitions on purpose
def test_bad_definitions_are_refused(ghl):
    api = ghl.client()
    base = f"/locations/{ghl.location_id}/customFields"
    assert api.post(base, json={"name": "X", "dataType": "COLOUR"}).status_code == 422
    missing = api.post(base, json={"dataType": "TEXT"})
    assert (missing.status_code, missing.json()["message"]) == (422, ["name must be a string"])
    assert api.post(base, json={"name": "", "dataType": "TEXT"}).json()["message"] == ["name should not be empty"]


def test_another_locations_definitions_are_forbidden(ghl):
    other = GhlTenant(ghl.app, seed="other-custom-fields")
    theirs = other.client().post(f"/locations/{other.location_id}/customFields",
                                 json={"name": "Secret", "dataType": "TEXT"}).json()["customField"]
    api = ghl.client()
    assert api.get(f"/locations/{other.location_id}/customFields/{theirs['id']}").status_code == 403
    assert api.get(f"/locations/{ghl.location_id}/customFields/{theirs['id']}").status_code == 403
    other.close()


def test_create_takes_field_key_folder_and_description_as_ghl_does_live(ghl):
    """GHL accepts fieldKey, parentId and description on this create (highlevel-api-docs#300); the field is
    the one definition the custom-fields API reads, in the folder given."""
    api = ghl.client()
    folder = api.post("/custom-fields/folder", json={"locationId": ghl.location_id, "objectKey": "contact",
                                                     "name": "Onboarding"}).json()
    created = api.post(f"/locations/{ghl.location_id}/customFields", json={
        "name": "Test Field", "dataType": "TEXT", "model": "contact", "fieldKey": "test_field_custom",
        "parentId": folder["id"], "description": "Just a test field."})
    assert created.status_code == 201, created.text
    field = created.json()["customField"]
    assert (field["fieldKey"], field["parentId"], field["description"]) == (
        "contact.test_field_custom", folder["id"], "Just a test field.")
    assert api.get(f"/locations/{ghl.location_id}/customFields/{field['id']}").json()["customField"] == field
    v2 = api.get(f"/custom-fields/{field['id']}").json()["field"]
    assert (v2["fieldKey"], v2["parentId"], v2["description"]) == (
        "contact.test_field_custom", folder["id"], "Just a test field.")
    contact = ghl.contact()
    set_value = api.put(f"/contacts/{contact['id']}",
                        json={"customFields": [{"key": "test_field_custom", "field_value": "yes"}]})
    assert set_value.status_code == 200, set_value.text


def test_a_given_key_or_folder_that_cannot_be_used_is_refused_and_nothing_is_made(ghl):
    api = ghl.client()
    base = f"/locations/{ghl.location_id}/customFields"
    api.post(base, json={"name": "Pin", "dataType": "TEXT", "fieldKey": "pin"})
    taken = api.post(base, json={"name": "Other pin", "dataType": "TEXT", "fieldKey": "contact.pin"})
    assert (taken.status_code, taken.json()["message"]) == (400, "Custom field with key contact.pin already exists")
    other_object = api.post(base, json={"name": "Pin", "dataType": "TEXT", "fieldKey": "opportunity.pin"})
    assert other_object.status_code == 400
    opportunity_folder = api.post("/custom-fields/folder", json={"locationId": ghl.location_id,
                                                                 "objectKey": "opportunity", "name": "Deals"}).json()
    wrong_folder = api.post(base, json={"name": "Deal pin", "dataType": "TEXT", "parentId": opportunity_folder["id"]})
    assert wrong_folder.status_code == 400
    assert [f["fieldKey"] for f in api.get(base).json()["customFields"]] == ["contact.pin"]
