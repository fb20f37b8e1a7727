"""Store settings: saved once per location, replaced by the next save."""

from __future__ import annotations


def test_settings_are_saved_read_and_replaced(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    api = ghl.client()
    alt = {"altId": ghl.location_id, "altType": "location"}
    assert api.get("/store/store-setting", params=alt).status_code == 400  # none saved yet
    origin = {"name": "Shop", "country": "US", "state": "NY", "city": "New York", "street1": "1 Main St", "zip": "10001"}
    saved = api.post("/store/store-setting", json={**alt, "shippingOrigin": origin})
    assert saved.status_code == 201, saved.text
    first = saved.json()["data"]
    assert first["shippingOrigin"] == origin and first["altId"] == ghl.location_id
    ghl.advance(60)
    again = api.post("/store/store-setting", json={**alt, "shippingOrigin": {**origin, "city": "Buffalo"}}).json()
    assert again["data"]["_id"] == first["_id"] and again["data"]["createdAt"] == first["createdAt"]
    read = api.get("/store/store-setting", params=alt).json()["data"]
    assert read["shippingOrigin"]["city"] == "Buffalo" and read["updatedAt"] == "2026-03-01T12:01:00.000Z"
