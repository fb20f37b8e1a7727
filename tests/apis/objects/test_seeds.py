"""POST /_mock/locations/{locationId}/objects/{schemaKey}/records: many records in one transaction, all or none."""

from __future__ import annotations


def test_records_load_all_or_none(ghl):
    pet = ghl.custom_object("pet", fields={"age": "NUMERICAL"})
    control = ghl.client()
    url = f"/_mock/locations/{ghl.location_id}/objects/{pet['key']}/records"
    loaded = control.post(url, json={"records": [{"properties": {"name": f"Pet {n}", "age": n}} for n in range(5)]})
    assert (loaded.status_code, loaded.json()["created"]) == (201, 5)
    found = control.post(f"/objects/{pet['key']}/records/search", json={
        "locationId": ghl.location_id, "pageLimit": 10,
        "filters": [{"field": "properties.age", "operator": "eq", "value": 3}]}).json()
    assert [r["properties"]["name"] for r in found["records"]] == ["Pet 3"]
    refused = control.post(url, json={"records": [{"properties": {"name": "Ok"}}, {"properties": {"age": "x"}}]})
    assert refused.status_code == 422
    assert refused.json()["message"] == ["records.1: properties.age must be a number"]
    total = control.post(f"/objects/{pet['key']}/records/search", json={"locationId": ghl.location_id}).json()["total"]
    assert total == 5  # nothing of the refused load stayed
    business = control.post(f"/_mock/locations/{ghl.location_id}/objects/business/records", json={"records": []})
    assert business.status_code == 400
