"""Relations: records linked under an association, checked against the records' areas, gone with their records."""

from __future__ import annotations

import pytest

PAGE = {"skip": 0, "limit": 100}
BUSINESS_CONTACTS = "BUSINESSES_CONTACTS_ASSOCIATION"
OPPORTUNITY_CONTACTS = "OPPORTUNITIES_CONTACTS_ASSOCIATION"


def _relations(ghl, record, **params):
    record_id = record if isinstance(record, str) else record["id"]
    answer = ghl.client().get(f"/associations/relations/{record_id}",
                              params={"locationId": ghl.location_id, **PAGE, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _relate(ghl, association_id, first, second):
    return ghl.client().post("/associations/relations", json={
        "locationId": ghl.location_id, "associationId": association_id, "firstRecordId": first,
        "secondRecordId": second})


def test_relating_two_contacts_shows_on_both_and_deleting_unrelates(ghl):
    parent, child = ghl.contact(), ghl.contact()
    family = ghl.association(key="parent_child", first_label="Parent", second_label="Child")
    created = _relate(ghl, family["id"], parent["id"], child["id"])
    assert created.status_code == 201
    relation = {k: v for k, v in created.json().items() if k != "traceId"}
    assert {k: v for k, v in relation.items() if k != "id"} == {
        "locationId": ghl.location_id, "associationId": family["id"], "firstObjectKey": "contact",
        "firstRecordId": parent["id"], "secondObjectKey": "contact", "secondRecordId": child["id"]}
    listed = _relations(ghl, parent)
    assert (listed["relations"], listed["total"]) == ([relation], 1)
    assert _relations(ghl, child)["relations"] == [relation]

    again = _relate(ghl, family["id"], parent["id"], child["id"])
    assert (again.status_code, again.json()["message"]) == (400, "Relation already exists")
    reverse = _relate(ghl, family["id"], child["id"], parent["id"])  # the child as a parent: another relation
    assert reverse.status_code == 201 and _relations(ghl, parent)["total"] == 2

    api = ghl.client()
    deleted = api.delete(f"/associations/relations/{relation['id']}", params={"locationId": ghl.location_id})
    assert {k: v for k, v in deleted.json().items() if k != "traceId"} == relation
    assert [r["id"] for r in _relations(ghl, child)["relations"]] == [reverse.json()["id"]]
    twice = api.delete(f"/associations/relations/{relation['id']}", params={"locationId": ghl.location_id})
    assert (twice.status_code, twice.json()["message"]) == (400, "Relation not found")


def test_a_records_relations_page_and_filter_by_association(ghl):
    person = ghl.contact()
    friends, colleagues = ghl.association(key="friends"), ghl.association(key="colleagues")
    made = [ghl.relation(friends, person, ghl.contact())["id"] for _ in range(3)]
    made.append(ghl.relation(colleagues, ghl.contact(), person)["id"])
    assert [r["id"] for r in _relations(ghl, person)["relations"]] == made
    page = _relations(ghl, person, skip=1, limit=2)
    assert ([r["id"] for r in page["relations"]], page["total"]) == (made[1:3], 4)
    only = _relations(ghl, person, associationIds=[colleagues["id"]])
    assert ([r["id"] for r in only["relations"]], only["total"]) == (made[3:], 1)
    both = _relations(ghl, person, associationIds=[colleagues["id"], friends["id"]])
    assert both["total"] == 4
    assert _relations(ghl, "noSuchRecord")["relations"] == []


def test_each_record_must_exist_and_be_of_its_sides_kind(ghl):
    contact, business = ghl.contact(), ghl.business()
    opportunity = ghl.opportunity(contact=contact)
    cases = [
        (BUSINESS_CONTACTS, contact["id"], contact["id"], "A record cannot be related to itself"),
        (BUSINESS_CONTACTS, contact["id"], ghl.contact()["id"], "Business not found"),
        (BUSINESS_CONTACTS, business["id"], opportunity["id"], f"Contact with id {opportunity['id']} not found"),
        (OPPORTUNITY_CONTACTS, "missing", contact["id"], "Opportunity with id missing not found"),
        ("noSuchAssociation", business["id"], contact["id"], "Association not found"),
    ]
    for association_id, first, second, message in cases:
        answer = _relate(ghl, association_id, first, second)
        assert (answer.status_code, answer.json()["message"]) == (400, message)
    assert _relations(ghl, contact)["total"] == 0
    assert _relate(ghl, OPPORTUNITY_CONTACTS, opportunity["id"], contact["id"]).status_code == 201
    assert _relate(ghl, BUSINESS_CONTACTS, business["id"], contact["id"]).status_code == 201
    assert {r["associationId"] for r in _relations(ghl, contact)["relations"]} == {OPPORTUNITY_CONTACTS,
                                                                                   BUSINESS_CONTACTS}


def test_a_contact_has_at_most_one_business(ghl):
    contact, first, second = ghl.contact(), ghl.business(), ghl.business()
    ghl.relation(BUSINESS_CONTACTS, first, contact)
    refused = _relate(ghl, BUSINESS_CONTACTS, second["id"], contact["id"])
    assert (refused.status_code, refused.json()["message"]) == (
        400, f"Max relation limit[1] reached for record[{contact['id']}] for association[{BUSINESS_CONTACTS}]")
    assert _relations(ghl, second)["total"] == 0
    ghl.relation(BUSINESS_CONTACTS, first, ghl.contact())  # a business has many contacts
    assert _relations(ghl, first)["total"] == 2


def test_custom_object_records_are_checked(ghl):
    car = ghl.custom_object("car", singular="Car", plural="Cars")
    owner = ghl.association("custom_objects.car", "contact", key="car_owner")
    contact, record = ghl.contact(), ghl.record(car, {"name": "Beetle"})
    relation = ghl.relation(owner, record, contact)
    assert relation["firstObjectKey"] == "custom_objects.car"
    assert [r["id"] for r in _relations(ghl, record["id"])["relations"]] == [relation["id"]]
    missing = _relate(ghl, owner["id"], "car-record-2", contact["id"])
    assert (missing.status_code, missing.json()["message"]) == (400, "Record not found")
    pet = ghl.custom_object("pet")
    not_a_car = _relate(ghl, owner["id"], ghl.record(pet)["id"], contact["id"])
    assert not_a_car.status_code == 400  # a record of another object
    wrong = _relate(ghl, owner["id"], record["id"], "not-a-contact")
    assert (wrong.status_code, wrong.json()["message"]) == (400, "Contact with id not-a-contact not found")
    assert _relations(ghl, record["id"])["total"] == 1  # nothing half-written


def test_deleting_a_custom_object_record_removes_its_relations(ghl):
    car = ghl.custom_object("car")
    owner = ghl.association("custom_objects.car", "contact", key="car_owner")
    contact, record = ghl.contact(), ghl.record(car)
    ghl.relation(owner, record, contact)
    assert _relations(ghl, contact)["total"] == 1
    assert ghl.client().delete(f"/objects/custom_objects.car/records/{record['id']}").status_code == 200
    assert _relations(ghl, contact)["total"] == 0


def test_deleting_a_record_removes_its_relations(ghl):
    api = ghl.client()
    contact, friend, business = ghl.contact(), ghl.contact(), ghl.business()
    opportunity = ghl.opportunity(contact=contact)
    friends = ghl.association(key="friends")
    deal_partners = ghl.association("opportunity", "contact", key="deal_partner")
    ghl.relation(friends, contact, friend)
    ghl.relation(BUSINESS_CONTACTS, business, friend)
    ghl.relation(deal_partners, opportunity, friend)  # the opportunity goes with its contact
    assert _relations(ghl, friend)["total"] == 3

    assert api.delete(f"/contacts/{contact['id']}").status_code == 200
    assert [r["associationId"] for r in _relations(ghl, friend)["relations"]] == [BUSINESS_CONTACTS]
    assert _relations(ghl, contact)["total"] == _relations(ghl, opportunity)["total"] == 0

    assert api.delete(f"/businesses/{business['id']}").status_code == 200
    assert _relations(ghl, friend)["total"] == 0

    other = ghl.opportunity(contact=friend)
    ghl.relation(OPPORTUNITY_CONTACTS, other, friend)
    assert api.delete(f"/opportunities/{other['id']}").status_code == 200
    assert _relations(ghl, friend)["total"] == 0


def test_deleting_an_association_deletes_its_relations(ghl):
    person, friend = ghl.contact(), ghl.contact()
    friends, colleagues = ghl.association(key="friends"), ghl.association(key="colleagues")
    ghl.relation(friends, person, friend)
    kept = ghl.relation(colleagues, person, friend)
    assert ghl.client().delete(f"/associations/{friends['id']}").status_code == 200
    assert [r["id"] for r in _relations(ghl, friend)["relations"]] == [kept["id"]]
    gone = _relate(ghl, friends["id"], person["id"], friend["id"])
    assert (gone.status_code, gone.json()["message"]) == (400, "Association not found")


@pytest.mark.ghl_allow_violations("missing_required", "invalid_value")  # bad bodies and queries on purpose
def test_bad_input_gets_ghls_422(ghl):
    api = ghl.client()
    missing = api.post("/associations/relations", json={"locationId": ghl.location_id, "associationId": "x"})
    assert missing.status_code == 422 and "firstRecordId must be a string" in missing.json()["message"]
    no_paging = api.get("/associations/relations/abc", params={"locationId": ghl.location_id})
    assert no_paging.status_code == 422
