"""Contacts linked to businesses: the bulk update, the listing by business, unlinking."""

from __future__ import annotations


def business(ghl, api, name):
    answer = api.post("/businesses/", json={"locationId": ghl.location_id, "name": name})
    assert answer.status_code == 201
    return answer.json()["buiseness"]


def test_linking_contacts_in_bulk_and_listing_them(ghl, api, new_contact):
    acme = business(ghl, api, "Acme")
    ada, grace, alan = new_contact(firstName="Ada"), new_contact(firstName="Grace"), new_contact(firstName="Alan")
    linked = api.post("/contacts/bulk/business", json={"locationId": ghl.location_id, "businessId": acme["id"],
                                                       "ids": [ada["id"], grace["id"], "NoSuchContact0000000"]})
    assert linked.status_code == 200 and linked.json()["success"] is True
    assert linked.json()["ids"] == [ada["id"], grace["id"]]
    assert api.get(f"/contacts/{ada['id']}").json()["contact"]["businessId"] == acme["id"]

    listed = api.get(f"/contacts/business/{acme['id']}", params={"locationId": ghl.location_id}).json()
    assert {c["id"] for c in listed["contacts"]} == {ada["id"], grace["id"]} and listed["count"] == 2
    queried = api.get(f"/contacts/business/{acme['id']}", params={"locationId": ghl.location_id, "query": "grace"})
    assert [c["id"] for c in queried.json()["contacts"]] == [grace["id"]]
    paged = api.get(f"/contacts/business/{acme['id']}", params={"locationId": ghl.location_id, "limit": "1",
                                                                "skip": "1"}).json()
    assert len(paged["contacts"]) == 1 and paged["count"] == 2

    unlinked = api.post("/contacts/bulk/business", json={"locationId": ghl.location_id, "businessId": None,
                                                         "ids": [ada["id"]]})
    assert unlinked.json()["ids"] == [ada["id"]]
    assert "businessId" not in api.get(f"/contacts/{ada['id']}").json()["contact"]
    assert "businessId" not in api.get(f"/contacts/{alan['id']}").json()["contact"]


def test_unknown_business_is_refused(ghl, api, new_contact):
    contact = new_contact()
    answer = api.post("/contacts/bulk/business", json={"locationId": ghl.location_id, "ids": [contact["id"]],
                                                       "businessId": "NoSuchBusiness000000"})
    assert (answer.status_code, answer.json()["message"]) == (400, "Business not found")
    missing = api.get("/contacts/business/NoSuchBusiness000000", params={"locationId": ghl.location_id})
    assert missing.status_code == 400


def test_deleting_a_business_unlinks_its_contacts(ghl, api, new_contact):
    acme = business(ghl, api, "Acme")
    contact = new_contact()
    api.post("/contacts/bulk/business", json={"locationId": ghl.location_id, "businessId": acme["id"],
                                              "ids": [contact["id"]]})
    assert api.delete(f"/businesses/{acme['id']}").json()["success"] is True
    assert "businessId" not in api.get(f"/contacts/{contact['id']}").json()["contact"]
