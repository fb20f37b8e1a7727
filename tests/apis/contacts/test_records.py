"""The contact record over HTTP: shape, normalisation, updates, deletion and its cascade, isolation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mock_server.testing.tenant import GhlTenant


def test_a_created_contact_is_shaped_as_ghl_stores_it(ghl, api):
    ghl.freeze(datetime(2024, 6, 6, 18, 54, 57, 221000, tzinfo=UTC))
    answer = api.post("/contacts/", json={
        "locationId": ghl.location_id, "firstName": "Ada", "lastName": "Lovelace", "email": "Ada.L@Example.COM",
        "phone": "(415) 555-0123", "tags": ["VIP", " lead ", "vip"], "source": "public api",
        "dateOfBirth": "09/25/1990", "dndSettings": {"SMS": {"status": "active", "message": "no texts"}},
        "companyName": "Analytical Engines"})
    assert answer.status_code == 201
    contact = answer.json()["contact"]
    assert contact["name"] == "Ada Lovelace"
    assert (contact["firstNameLowerCase"], contact["lastNameLowerCase"], contact["fullNameLowerCase"]) == \
        ("ada", "lovelace", "ada lovelace")
    assert contact["email"] == contact["emailLowerCase"] == "ada.l@example.com"
    assert contact["phone"] == "+14155550123"
    assert contact["tags"] == ["vip", "lead"]
    assert contact["dateAdded"] == contact["dateUpdated"] == "2024-06-06T18:54:57.221Z"
    assert (contact["dateOfBirth"], contact["birthMonth"], contact["birthDay"]) == ("1990-09-25T00:00:00.000Z", 8, 25)
    assert contact["dndSettings"] == {"SMS": {"status": "active", "message": "no texts"}}
    assert contact["type"] == "lead" and contact["source"] == "public api" and contact["locationId"] == ghl.location_id
    assert "address1" not in contact and "website" not in contact  # unset fields are left out, not null
    assert api.get(f"/contacts/{contact['id']}").json()["contact"] == contact


def test_phone_numbers_are_read_in_the_contacts_country(new_contact):
    assert new_contact(phone="020 7946 0958", country="GB")["phone"] == "+442079460958"
    assert new_contact(phone="+33 1 23 45 67 89")["phone"] == "+33123456789"


@pytest.mark.ghl_allow_violations  # sends bad input on purpose
def test_bad_input_is_refused_with_every_problem_and_nothing_is_stored(ghl, api):
    answer = api.post("/contacts/", json={"locationId": ghl.location_id, "email": "not-an-email", "dnd": "yes",
                                          "country": "Narnia", "favouriteColour": "blue"})
    assert answer.status_code == 422
    assert set(answer.json()["message"]) == {"email must be an email", "dnd must be a boolean value",
                                             "country must be a valid country code",
                                             "property favouriteColour should not exist"}
    phone = api.post("/contacts/", json={"locationId": ghl.location_id, "phone": "12"})
    assert (phone.status_code, phone.json()["message"]) == (422, ["phone must be a valid phone number"])
    assert api.get("/contacts/", params={"locationId": ghl.location_id}).json()["meta"]["total"] == 0


def test_a_name_alone_is_split_into_first_and_last_name(new_contact):
    contact = new_contact(name="Grace Brewster Hopper")
    assert (contact["firstName"], contact["lastName"], contact["name"]) == ("Grace", "Brewster Hopper",
                                                                           "Grace Brewster Hopper")


def test_update_changes_only_what_is_sent(ghl, api, new_contact):
    ghl.freeze(datetime(2024, 1, 1, tzinfo=UTC))
    contact = new_contact(firstName="Ada", lastName="Byron", email="ada@example.com", tags=["a", "b"], city="London")
    ghl.advance(3600)
    answer = api.put(f"/contacts/{contact['id']}", json={"lastName": "Lovelace", "tags": ["c"],
                                                         "email": "ADA@LOVELACE.ORG", "city": None})
    assert answer.status_code == 200 and answer.json()["succeded"] is True
    updated = answer.json()["contact"]
    assert updated["name"] == "Ada Lovelace" and updated["firstName"] == "Ada"
    assert updated["tags"] == ["c"]  # tags on update replace the contact's tags
    assert updated["email"] == "ada@lovelace.org" and "city" not in updated
    assert updated["dateAdded"] == "2024-01-01T00:00:00.000Z" and updated["dateUpdated"] == "2024-01-01T01:00:00.000Z"


def test_deleting_a_contact_leaves_nothing_of_it_readable(ghl, api, new_contact, seed):
    contact = new_contact(email="gone@example.com")
    cid = contact["id"]
    task = api.post(f"/contacts/{cid}/tasks", json={"title": "Call", "dueDate": "2024-07-01T10:00:00Z",
                                                    "completed": False}).json()["task"]
    note = api.post(f"/contacts/{cid}/notes", json={"body": "met at the fair"}).json()["note"]
    campaign = seed("campaigns", name="Nurture")
    assert api.post(f"/contacts/{cid}/campaigns/{campaign['id']}", json={}).status_code == 201

    assert api.delete(f"/contacts/{cid}").json()["succeded"] is True

    missing = api.get(f"/contacts/{cid}")
    assert (missing.status_code, missing.json()["message"]) == (400, f"Contact with id {cid} not found")
    assert api.get(f"/contacts/{cid}/tasks/{task['id']}").status_code == 400
    assert api.get(f"/contacts/{cid}/notes/{note['id']}").status_code == 400
    assert api.get(f"/_mock/locations/{ghl.location_id}/contacts/{cid}/enrollments").status_code == 400
    found = api.get("/contacts/search/duplicate", params={"locationId": ghl.location_id, "email": "gone@example.com"})
    assert found.json()["contact"] is None
    # the task and note records themselves are gone, not merely unreachable through the contact
    assert ghl.world.store.get(ghl.location_id, "contactTasks", task["id"]) is None
    assert ghl.world.store.get(ghl.location_id, "contactNotes", note["id"]) is None


def test_another_locations_contact_is_forbidden(ghl, api):
    other = GhlTenant(ghl.app, seed="other-location")
    theirs = other.client().post("/contacts/", json={"locationId": other.location_id, "firstName": "Eve"})
    answer = api.get(f"/contacts/{theirs.json()['contact']['id']}")
    assert (answer.status_code, answer.json()["message"]) == (403, "The token does not have access to this location.")
    create = api.post("/contacts/", json={"locationId": other.location_id, "firstName": "Mallory"})
    assert create.status_code == 403
    other.close()


def test_writing_needs_the_write_scope(ghl, new_contact):
    contact = new_contact(firstName="Ada")
    reader = ghl.client(scopes=["contacts.readonly"])
    assert reader.get(f"/contacts/{contact['id']}").status_code == 200
    refused = reader.put(f"/contacts/{contact['id']}", json={"firstName": "Eve"})
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")


def test_v3_clients_get_v3_spellings(ghl, new_contact):
    contact = new_contact(dndSettings={"Email": {"status": "inactive"}})
    v3 = ghl.client(version="v3")
    assert v3.get(f"/contacts/{contact['id']}").json()["contact"]["dndSettings"] == {"email": {"status": "inactive"}}
    updated = v3.put(f"/contacts/{contact['id']}", json={"dndSettings": {"call": {"status": "active"}}}).json()
    assert updated["succeded"] is True and updated["succeeded"] is True
    assert updated["contact"]["dndSettings"] == {"email": {"status": "inactive"}, "call": {"status": "active"}}


def test_reserved_test_domains_are_valid_emails_like_class_validator(ghl, ghl_client):
    response = ghl_client.post("/contacts/", json={"locationId": ghl.location_id, "email": "node@sdk.test"})
    assert response.status_code == 201, response.text
    assert response.json()["contact"]["email"] == "node@sdk.test"
