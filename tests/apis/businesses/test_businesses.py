"""Businesses: create, read, list, update, delete."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest


def test_business_lifecycle(ghl):
    ghl.freeze(datetime(2024, 2, 2, tzinfo=UTC))
    api = ghl.client()
    created = api.post("/businesses/", json={"locationId": ghl.location_id, "name": "Acme", "city": "Springfield",
                                             "email": "hello@acme.test"})
    assert created.status_code == 201
    body = created.json()
    assert body["success"] is True
    acme = body["buiseness"]  # sic: GHL's key
    assert (acme["name"], acme["city"], acme["locationId"], acme["createdAt"]) == \
        ("Acme", "Springfield", ghl.location_id, "2024-02-02T00:00:00.000Z")
    assert api.get(f"/businesses/{acme['id']}").json()["business"] == acme

    ghl.advance(60)
    updated = api.put(f"/businesses/{acme['id']}", json={"description": "Anvils", "city": None}).json()
    assert updated["success"] is True and updated["buiseness"]["description"] == "Anvils"
    assert "city" not in updated["buiseness"] and updated["buiseness"]["updatedAt"] == "2024-02-02T00:01:00.000Z"
    other = api.post("/businesses/", json={"locationId": ghl.location_id, "name": "Globex"}).json()["buiseness"]
    listed = api.get("/businesses/", params={"locationId": ghl.location_id}).json()["businesses"]
    assert [b["id"] for b in listed] == [acme["id"], other["id"]]
    assert [b["id"] for b in api.get("/businesses/", params={"locationId": ghl.location_id, "skip": "1"})
            .json()["businesses"]] == [other["id"]]

    assert api.delete(f"/businesses/{acme['id']}").json()["success"] is True
    gone = api.get(f"/businesses/{acme['id']}")
    assert (gone.status_code, gone.json()["message"]) == (400, "Business not found")


@pytest.mark.ghl_allow_violations("missing_required")  # leaves the name out on purpose
def test_a_business_needs_a_name(ghl):
    answer = ghl.client().post("/businesses/", json={"locationId": ghl.location_id})
    assert answer.status_code == 422 and "name must be a string" in answer.json()["message"]


def test_business_writes_send_the_record_events_of_the_business_object(ghl):
    api = ghl.client()
    acme = api.post("/businesses/", json={"locationId": ghl.location_id, "name": "Acme"}).json()["buiseness"]
    api.put(f"/businesses/{acme['id']}", json={"city": "Springfield"})
    api.delete(f"/businesses/{acme['id']}")
    sent = [(e["type"], e["payload"]) for e in ghl.events() if e["type"].startswith("Record")]
    assert [kind for kind, _ in sent] == ["RecordCreate", "RecordUpdate", "RecordDelete"]
    assert {p["id"] for _, p in sent} == {acme["id"]}
    assert sent[0][1]["properties"] == [{"key": "name", "valueString": "Acme"}]
    assert sent[1][1]["properties"] == [{"key": "name", "valueString": "Acme"},
                                        {"key": "city", "valueString": "Springfield"}]


def test_a_business_written_through_either_api_sends_one_event_per_write(ghl):
    api = ghl.client()
    record = api.post("/objects/business/records", json={"locationId": ghl.location_id, "properties": {"name": "Globex"}}).json()["record"]
    api.put(f"/businesses/{record['id']}", json={"email": "hi@globex.test"})
    assert [(e["type"], e["payload"]["id"]) for e in ghl.events() if e["type"].startswith("Record")] == [
        ("RecordCreate", record["id"]), ("RecordUpdate", record["id"])]


def test_a_refused_business_write_sends_no_record_event(ghl):
    answer = ghl.client().put("/businesses/nosuchbusiness0000000", json={"city": "Springfield"})
    assert answer.status_code == 400
    assert [e for e in ghl.events() if e["type"].startswith("Record")] == []
