"""Custom Fields V2: fields and folders per object key, in the ONE store the location API shares."""

from __future__ import annotations

import pytest


def _create(api, ghl, **body):
    return api.post("/custom-fields/", json={"locationId": ghl.location_id, "showInForms": True, "parentId": "",
                                             **body})


def _by_object(api, ghl, object_key):
    answer = api.get(f"/custom-fields/object-key/{object_key}", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_fields_and_folders_of_an_object_lifecycle(ghl):
    api = ghl.client()
    folder = api.post("/custom-fields/folder", json={"locationId": ghl.location_id, "objectKey": "business",
                                                     "name": "Finance"})
    assert folder.status_code == 201
    folder = folder.json()
    assert {k: folder[k] for k in ("objectKey", "locationId", "name")} == {
        "objectKey": "business", "locationId": ghl.location_id, "name": "Finance"}
    made = _create(api, ghl, name="VAT number", dataType="TEXT", objectKey="business", fieldKey="vat_number",
                   parentId=folder["id"], placeholder="EU VAT")
    assert made.status_code == 201
    field = made.json()["field"]
    assert (field["fieldKey"], field["objectKey"], field["parentId"], field["dataType"]) == (
        "business.vat_number", "business", folder["id"], "TEXT")
    assert api.get(f"/custom-fields/{field['id']}").json()["field"] == field

    changed = api.put(f"/custom-fields/{field['id']}", json={"locationId": ghl.location_id, "showInForms": False,
                                                             "name": "VAT id"}).json()["field"]
    assert (changed["name"], changed["showInForms"], changed["fieldKey"], changed["placeholder"]) == (
        "VAT id", False, "business.vat_number", "EU VAT")
    renamed = api.put(f"/custom-fields/folder/{folder['id']}", json={"locationId": ghl.location_id,
                                                                      "name": "Money"}).json()
    assert renamed["name"] == "Money"
    listed = _by_object(api, ghl, "business")
    assert [f["id"] for f in listed["fields"]] == [field["id"]]
    assert [f["id"] for f in listed["folders"]] == [folder["id"]]

    deleted = api.delete(f"/custom-fields/{field['id']}").json()
    assert (deleted["succeded"], deleted["id"], deleted["key"]) == (True, field["id"], "business.vat_number")
    gone = api.get(f"/custom-fields/{field['id']}")
    assert (gone.status_code, gone.json()["message"]) == (400, "Custom field not found")
    folder_gone = api.delete(f"/custom-fields/folder/{folder['id']}", params={"locationId": ghl.location_id})
    assert folder_gone.json()["succeded"] is True
    emptied = _by_object(api, ghl, "business")
    assert (emptied["fields"], emptied["folders"]) == ([], [])


def test_a_field_made_through_either_api_is_the_same_field_for_both_and_for_contacts(ghl):
    """Acceptance: one definition store, same id everywhere, and contact values checked against it."""
    api = ghl.client()
    v2 = _create(api, ghl, name="Plan", dataType="SINGLE_OPTIONS", objectKey="contact", fieldKey="plan",
                 options=[{"key": "basic", "label": "Basic"}, {"key": "pro", "label": "Pro"}]).json()["field"]
    old = api.post(f"/locations/{ghl.location_id}/customFields",
                   json={"name": "Team size", "dataType": "NUMERICAL"}).json()["customField"]

    seen_by_location_api = api.get(f"/locations/{ghl.location_id}/customFields/{v2['id']}").json()["customField"]
    assert (seen_by_location_api["fieldKey"], seen_by_location_api["model"],
            seen_by_location_api["picklistOptions"]) == ("contact.plan", "contact", ["Basic", "Pro"])
    listed = api.get(f"/locations/{ghl.location_id}/customFields", params={"model": "contact"}).json()
    assert {f["id"] for f in listed["customFields"]} == {v2["id"], old["id"]}
    seen_by_v2 = api.get(f"/custom-fields/{old['id']}").json()["field"]
    assert (seen_by_v2["fieldKey"], seen_by_v2["objectKey"]) == ("contact.team_size", "contact")
    assert {f["id"] for f in _by_object(api, ghl, "contact")["fields"]} == {v2["id"], old["id"]}

    contact = ghl.contact(customFields=[{"id": v2["id"], "field_value": "pro"},
                                        {"key": "team_size", "field_value": "12"}])
    assert contact["customFields"] == [{"id": v2["id"], "value": "pro"}, {"id": old["id"], "value": 12}]
    wrong = api.post("/contacts/", json={"locationId": ghl.location_id, "email": "w@example.com",
                                         "customFields": [{"id": v2["id"], "field_value": "gold"}]})
    assert wrong.status_code == 422
    assert wrong.json()["message"] == ["customFields.0.field_value must be one of the field's options: basic, pro"]

    api.delete(f"/custom-fields/{v2['id']}")  # its values go with it, whichever API made the field
    assert api.get(f"/contacts/{contact['id']}").json()["contact"]["customFields"] == [
        {"id": old["id"], "value": 12}]


@pytest.mark.ghl_allow_violations("invalid_value", "missing_required")  # sends bad definitions on purpose
def test_bad_definitions_are_refused_and_nothing_is_written(ghl):
    api = ghl.client()
    taken = ghl.custom_field("contact", name="Pin code", key="pin_code")
    pet = ghl.custom_object("pet")
    folder = api.post("/custom-fields/folder", json={"locationId": ghl.location_id, "objectKey": pet["key"],
                                                     "name": "Health"}).json()
    before = _by_object(api, ghl, "contact")["fields"]
    cases = [
        ({"objectKey": "custom_objects.unicorn", "fieldKey": "horn"}, 400, "Object with key custom_objects.unicorn not found"),
        ({"objectKey": "invoice", "fieldKey": "total"}, 400, "Object with key invoice not found"),
        ({"fieldKey": "pin_code"}, 400, "Custom field with key contact.pin_code already exists"),
        ({"fieldKey": "contact.pin_code"}, 400, "Custom field with key contact.pin_code already exists"),
        ({"fieldKey": "opportunity.size"}, 400, "fieldKey opportunity.size must start with contact."),
        ({"fieldKey": "size", "parentId": folder["id"]}, 400, f"Folder {folder['id']} not found for object contact"),
        ({"fieldKey": "size", "options": [{"key": "a", "label": "A"}]}, 422,
         "options can only be given to CHECKBOX, MULTIPLE_OPTIONS, RADIO, SINGLE_OPTIONS fields"),
        ({"fieldKey": "size", "dataType": "RADIO", "options": [{"key": "a", "label": "A"}, {"key": "a", "label": "B"}]},
         422, "options.1.key a is given twice"),
    ]
    for changes, status, message in cases:
        answer = _create(api, ghl, **{"name": "Size", "dataType": "TEXT", "objectKey": "contact", **changes})
        assert (answer.status_code, answer.json()["message"]) == (status, message if status == 400 else [message])
    assert _create(api, ghl, name="Size", dataType="COLOUR", objectKey="contact", fieldKey="s").status_code == 422
    assert _by_object(api, ghl, "contact")["fields"] == before
    assert [f["fieldKey"] for f in _by_object(api, ghl, pet["key"])["fields"]] == [pet["primaryDisplayProperty"]]
    assert taken["fieldKey"] == "contact.pin_code"


def test_a_change_that_would_orphan_values_is_refused(ghl):
    api = ghl.client()
    plan = ghl.custom_field("contact", "SINGLE_OPTIONS", name="Plan", options=["basic", "pro", "gold"])
    ghl.contact(customFields=[{"id": plan["id"], "field_value": "pro"}])
    keep = {"locationId": ghl.location_id, "showInForms": True}
    held = api.put(f"/custom-fields/{plan['id']}", json={**keep, "options": [{"key": "basic", "label": "Basic"}]})
    assert (held.status_code, held.json()["message"]) == (
        400, "Option pro of custom field contact.plan is in use by 1 record(s); it cannot be removed")
    assert [o["key"] for o in api.get(f"/custom-fields/{plan['id']}").json()["field"]["options"]] == [
        "basic", "pro", "gold"]
    unused_removed = api.put(f"/custom-fields/{plan['id']}", json={**keep, "options": [
        {"key": "basic", "label": "Basic"}, {"key": "pro", "label": "Pro"}]})
    assert unused_removed.status_code == 200
    assert [o["label"] for o in unused_removed.json()["field"]["options"]] == ["Basic", "Pro"]


def test_folder_and_display_property_rules(ghl):
    api = ghl.client()
    pet = ghl.custom_object("pet")
    folder = api.post("/custom-fields/folder", json={"locationId": ghl.location_id, "objectKey": pet["key"],
                                                     "name": "Health"}).json()
    field = ghl.custom_field(pet["key"], name="Vaccinated", key="vaccinated", parentId=folder["id"])
    full = api.delete(f"/custom-fields/folder/{folder['id']}", params={"locationId": ghl.location_id})
    assert (full.status_code, full.json()["message"]) == (
        400, "Folder Health still holds 1 custom field(s): delete or move them first")
    display = next(f for f in _by_object(api, ghl, pet["key"])["fields"]
                   if f["fieldKey"] == pet["primaryDisplayProperty"])
    refused = api.delete(f"/custom-fields/{display['id']}")
    assert (refused.status_code, refused.json()["message"]) == (
        400, "Custom field custom_objects.pet.name is the primary display property of custom_objects.pet and "
             "cannot be deleted")
    assert api.delete(f"/custom-fields/{field['id']}").status_code == 200
    assert api.delete(f"/custom-fields/folder/{folder['id']}",
                      params={"locationId": ghl.location_id}).status_code == 200


def test_unknown_ids_and_object_keys_get_ghls_400(ghl):
    api = ghl.client()
    assert api.get("/custom-fields/nope").json()["message"] == "Custom field not found"
    assert api.put("/custom-fields/folder/nope", json={"locationId": ghl.location_id,
                                                       "name": "x"}).status_code == 400
    unknown = api.get("/custom-fields/object-key/custom_objects.nope", params={"locationId": ghl.location_id})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Object with key custom_objects.nope not found")
