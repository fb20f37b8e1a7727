"""Number pools: seeded from the location's own numbers, listed, and kept out of the active-numbers listing."""

from __future__ import annotations


def test_a_pool_is_listed_and_its_numbers_leave_the_active_listing(ghl):
    ghl.phone_number("+14155550100")
    pool = ghl.number_pool(name="Ads", whisper=True)
    pooled = {n["phoneNumber"] for n in pool["numbers"]}
    answer = ghl.client().get("/phone-system/number-pools", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["success"] is True and body["total"] == 1
    assert body["data"][0]["name"] == "Ads" and body["data"][0]["whisper"] is True
    assert {n["phoneNumber"] for n in body["data"][0]["numbers"]} == pooled
    path = f"/phone-system/numbers/location/{ghl.location_id}"
    assert [n["phoneNumber"] for n in ghl.client().get(path).json()["numbers"]] == ["+14155550100"]
    everything = ghl.client().get(path, params={"skipNumberPool": "false"}).json()["numbers"]
    assert {n["phoneNumber"] for n in everything} == pooled | {"+14155550100"}


def test_a_pool_takes_only_the_locations_own_unpooled_numbers(ghl):
    seed = f"/_mock/locations/{ghl.location_id}/number-pools"
    refused = ghl.client().post(seed, json={"name": "x", "numbers": ["+14155550999"]})
    assert refused.status_code == 400
    pool = ghl.number_pool()
    again = ghl.client().post(seed, json={"name": "y", "numbers": [pool["numbers"][0]["phoneNumber"]]})
    assert again.status_code == 400
    assert ghl.client().get("/phone-system/number-pools").json()["total"] == 1
