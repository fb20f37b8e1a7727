"""The webhook events the Locations area sends (design/webhooks.md: "Locations -> LocationCreate/LocationUpdate"):
agency-level events, for an agency app's installation."""

from __future__ import annotations


def test_location_create_and_update_are_sent_with_the_new_values(ghl):
    agency = ghl.client(agency=True)
    made = agency.post("/locations/", json={"name": "Events", "companyId": ghl.company_id}).json()
    agency.put(f"/locations/{made['id']}", json={"companyId": ghl.company_id, "name": "Renamed"})
    assert [e["payload"]["id"] for e in ghl.events("LocationCreate")] == [made["id"]]
    updates = ghl.events("LocationUpdate")
    assert [(e["payload"]["id"], e["payload"]["name"], e["payload"]["companyId"]) for e in updates] == [
        (made["id"], "Renamed", ghl.company_id)]


def test_a_refused_update_sends_nothing(ghl):
    answer = ghl.client(agency=True).put(f"/locations/{ghl.location_id}", json={
        "companyId": ghl.company_id, "snapshot": {"id": "noSuchSnapshot000000"}})
    assert answer.status_code == 400
    assert ghl.events("LocationUpdate") == []
