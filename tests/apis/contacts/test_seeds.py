"""The Contacts area's seed endpoints: bulk contacts (all or nothing)."""

from __future__ import annotations


def test_bulk_contacts_are_all_or_nothing(ghl):
    api = ghl.client()
    url = f"/_mock/locations/{ghl.location_id}/contacts"
    loaded = api.post(url, json={"contacts": [{"email": "a@example.com", "dateAdded": "2020-01-01T00:00:00Z"},
                                              {"email": "b@example.com"}]})
    assert loaded.status_code == 201 and loaded.json()["created"] == 2
    first = api.get(f"/contacts/{loaded.json()['ids'][0]}").json()["contact"]
    assert first["dateAdded"] == first["dateUpdated"] == "2020-01-01T00:00:00.000Z"

    refused = api.post(url, json={"contacts": [{"email": "c@example.com"}, {"email": "A@example.com"}]})
    assert refused.status_code == 400
    assert refused.json()["message"] == ["contacts.1: This location does not allow duplicated contacts."]
    assert refused.json()["meta"]["contactId"] == loaded.json()["ids"][0]
    total = api.post("/contacts/search", json={"locationId": ghl.location_id, "pageLimit": 10}).json()["total"]
    assert total == 2  # c@example.com was not kept

    invalid = api.post(url, json={"contacts": [{"email": "nope"}]})
    assert (invalid.status_code, invalid.json()["message"]) == (422, ["contacts.0.email must be an email"])
