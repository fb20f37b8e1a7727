"""Duplicate contacts: the location setting, GHL's 400 naming the existing contact, the duplicate search."""

from __future__ import annotations

DUPLICATE = "This location does not allow duplicated contacts."


def test_duplicates_are_refused_by_default_naming_the_existing_contact(ghl, api, new_contact):
    first = new_contact(firstName="Ada", email="ada@example.com", phone="+14155550123")
    by_email = api.post("/contacts/", json={"locationId": ghl.location_id, "email": "ADA@example.com"})
    assert by_email.status_code == 400
    assert by_email.json()["message"] == DUPLICATE
    assert by_email.json()["meta"] == {"contactId": first["id"], "contactName": "Ada", "matchingField": "email"}
    by_phone = api.post("/contacts/", json={"locationId": ghl.location_id, "phone": "(415) 555-0123"})
    assert by_phone.status_code == 400 and by_phone.json()["meta"]["matchingField"] == "phone"


def test_an_update_cannot_take_another_contacts_email(ghl, api, new_contact):
    ada = new_contact(email="ada@example.com")
    grace = new_contact(email="grace@example.com")
    answer = api.put(f"/contacts/{grace['id']}", json={"email": "ada@example.com"})
    assert answer.status_code == 400 and answer.json()["meta"]["contactId"] == ada["id"]
    assert api.get(f"/contacts/{grace['id']}").json()["contact"]["email"] == "grace@example.com"


def test_a_location_allowing_duplicates_takes_them(ghl, api, new_contact):
    settings = api.put(f"/_mock/locations/{ghl.location_id}/settings", json={"allowDuplicateContact": True})
    assert settings.json()["settings"]["allowDuplicateContact"] is True
    one, two = new_contact(email="twin@example.com"), new_contact(email="twin@example.com")
    assert one["id"] != two["id"]


def test_the_duplicate_search_finds_by_email_then_number(ghl, api, new_contact):
    ada = new_contact(email="ada@example.com", phone="+14155550123")
    grace = new_contact(email="grace@example.com", phone="+14155550199")

    def find(**query):
        answer = api.get("/contacts/search/duplicate", params={"locationId": ghl.location_id, **query})
        assert answer.status_code == 200
        return answer.json()["contact"]

    assert find(email="ADA@example.com")["id"] == ada["id"]
    assert find(number="+14155550199")["id"] == grace["id"]  # httpx encodes + as %2B, as GHL asks
    assert find(number="415-555-0199")["id"] == grace["id"]
    assert find(email="ada@example.com", number="+14155550199")["id"] == ada["id"]  # email first
    assert find(email="nobody@example.com") is None
    assert find(number="not a number") is None


def test_upsert_matches_by_email_then_phone(ghl, api):
    def upsert(**fields):
        answer = api.post("/contacts/upsert", json={"locationId": ghl.location_id, **fields})
        assert answer.status_code == 200, answer.text
        return answer.json()

    created = upsert(email="ada@example.com", firstName="Ada")
    assert created["new"] is True
    again = upsert(email="Ada@Example.com", lastName="Lovelace")
    assert again["new"] is False and again["contact"]["id"] == created["contact"]["id"]
    assert again["contact"]["name"] == "Ada Lovelace"
    by_phone = upsert(phone="+14155550100", firstName="Grace")
    same = upsert(phone="415 555 0100", city="Arlington")
    assert same["new"] is False and same["contact"]["id"] == by_phone["contact"]["id"]


def test_upsert_updates_the_email_match_and_ignores_a_phone_that_is_someone_elses(ghl, api, new_contact):
    by_email = new_contact(email="ada@example.com")
    by_phone = new_contact(phone="+14155550100")
    answer = api.post("/contacts/upsert", json={"locationId": ghl.location_id, "email": "ada@example.com",
                                                "phone": "+14155550100", "city": "London"}).json()
    assert answer["new"] is False and answer["contact"]["id"] == by_email["id"]
    assert answer["contact"]["city"] == "London" and "phone" not in answer["contact"]
    assert api.get(f"/contacts/{by_phone['id']}").json()["contact"]["phone"] == "+14155550100"


def test_create_new_if_duplicate_allowed_only_where_duplicates_are(ghl, api, new_contact):
    existing = new_contact(email="ada@example.com")
    body = {"locationId": ghl.location_id, "email": "ada@example.com", "createNewIfDuplicateAllowed": True}
    ignored = api.post("/contacts/upsert", json=body).json()
    assert ignored["new"] is False and ignored["contact"]["id"] == existing["id"]
    api.put(f"/_mock/locations/{ghl.location_id}/settings", json={"allowDuplicateContact": True})
    created = api.post("/contacts/upsert", json=body).json()
    assert created["new"] is True and created["contact"]["id"] != existing["id"]
