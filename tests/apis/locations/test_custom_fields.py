"""Custom-field definitions of a location: create, read, update, delete, list."""

from __future__ import annotations

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
