"""The demo sandbox's custom object: vehicles whose records are related to contacts, as the API shows them."""

from __future__ import annotations


def test_the_demo_has_vehicles_related_to_contacts(small_demo):
    api, main = small_demo.api, small_demo.main
    vehicles = api.post("/objects/custom_objects.vehicle/records/search",
                        json={"locationId": main, "pageLimit": 50}).json()
    assert vehicles["total"] == small_demo.summary["vehicle records"] > 0
    for vehicle in vehicles["records"]:
        relations = api.get(f"/associations/relations/{vehicle['id']}",
                            params={"locationId": main, "skip": 0, "limit": 10}).json()["relations"]
        assert [r["firstObjectKey"] for r in relations] == ["contact"]
        owner = api.get(f"/contacts/{relations[0]['firstRecordId']}")
        assert owner.status_code == 200
