"""Conversion pixels and Instagram datasets (pixels.py)."""

from __future__ import annotations

import pytest

PIXELS = "/ad-publishing/facebook/pixels"


def _integrated(ghl):
    connection = ghl.facebook_connection(adAccounts=[
        {"name": "Acme - Production", "pixels": [{"name": "Old pixel", "id": "2107520276278738", "fbIsCrmPixel": True}]},
        {"name": "Acme - Test", "pixels": [{"name": "Other account's pixel"}]}])
    ghl.facebook_integration(connection)
    return connection


def test_the_ad_accounts_pixels_are_listed_and_a_new_one_joins_them(ghl):
    _integrated(ghl)
    api = ghl.client()
    listed = api.get(PIXELS, params={"locationId": ghl.location_id}).json()
    assert listed["total"] == 1 and listed["items"][0]["fbPixelId"] == "2107520276278738"
    assert set(listed["items"][0]) == {"name", "fbPixelId", "fbIsCrmPixel", "type", "fbPixelCode", "createdAt"}
    assert "fbq('init', '2107520276278738')" in listed["items"][0]["fbPixelCode"]
    created = api.put(PIXELS, json={"locationId": ghl.location_id, "type": "FUNNEL_EVENT"})
    assert created.status_code == 200 and created.json()["id"].isdigit()
    listed = api.get(PIXELS, params={"locationId": ghl.location_id, "channel": "FACEBOOK"}).json()
    new = next(p for p in listed["items"] if p["fbPixelId"] == created.json()["id"])
    assert (listed["total"], new["name"], new["type"], new["fbIsCrmPixel"]) == \
        (2, "Acme - Production's Pixel", "FUNNEL_EVENT", True)


def test_a_pixel_is_renamed_by_its_id_and_nothing_else_changes(ghl):
    _integrated(ghl)
    api = ghl.client()
    renamed = api.put(PIXELS, json={"locationId": ghl.location_id, "conversionPixelId": "2107520276278738",
                                    "name": "Renamed", "type": "LEAD_EVENT"})
    assert renamed.json() | {"traceId": None} == {"success": True, "traceId": None}
    items = api.get(PIXELS, params={"locationId": ghl.location_id}).json()["items"]
    assert [(p["name"], p["type"]) for p in items] == [("Renamed", "LEAD_EVENT")]
    for body, message in (({"conversionPixelId": "404"}, "Conversion pixel not found"),
                          ({"conversionPixelId": "2107520276278738", "type": "INSTAGRAM_DM"},
                           "An INSTAGRAM_DM dataset cannot be renamed")):
        answer = api.put(PIXELS, json={"locationId": ghl.location_id, "name": "x", "type": "LEAD_EVENT", **body})
        assert (answer.status_code, answer.json()["message"]) == (400, message)


def test_pixels_need_the_integrations_ad_account(ghl):
    ghl.facebook_connection()
    api = ghl.client()
    assert api.get(PIXELS, params={"locationId": ghl.location_id}).json()["message"] == \
        "Facebook integration not found"
    created = api.put(PIXELS, json={"locationId": ghl.location_id, "type": "LEAD_EVENT"})
    assert created.status_code == 400


def test_one_instagram_dataset_per_instagram_account(ghl):
    connection = _integrated(ghl)
    page = connection["pages"][0]
    ig_user = page["instagramAccounts"][0]["id"]
    api = ghl.client()
    assert api.get(PIXELS, params={"locationId": ghl.location_id, "channel": "IG"}).json() == []
    created = api.put(PIXELS, json={"locationId": ghl.location_id, "type": "INSTAGRAM_DM", "igUserId": ig_user})
    assert created.status_code == 200
    datasets = api.get(PIXELS, params={"locationId": ghl.location_id, "channel": "IG", "pageId": page["id"]}).json()
    assert datasets == [{"id": created.json()["id"]}]
    assert api.get(PIXELS, params={"locationId": ghl.location_id, "channel": "IG",
                                   "igUserId": "17841471697713882"}).json() == []
    assert api.get(PIXELS, params={"locationId": ghl.location_id}).json()["total"] == 1  # not an ad account pixel
    for body, message in (({"igUserId": ig_user}, "An INSTAGRAM_DM dataset already exists for this Instagram account"),
                          ({}, "igUserId is required to create an INSTAGRAM_DM dataset"),
                          ({"igUserId": "1"}, "Instagram account not found")):
        answer = api.put(PIXELS, json={"locationId": ghl.location_id, "type": "INSTAGRAM_DM", **body})
        assert (answer.status_code, answer.json()["message"]) == (400, message)


@pytest.mark.ghl_allow_violations("invalid_value")
def test_a_pixel_type_ghl_does_not_know_is_refused(ghl):
    _integrated(ghl)
    answer = ghl.client().put(PIXELS, json={"locationId": ghl.location_id, "type": "PURCHASE"})
    assert answer.status_code == 422
    assert ghl.client().get(PIXELS, params={"locationId": ghl.location_id}).json()["total"] == 1


def test_pixels_stay_in_their_location(ghl):
    _integrated(ghl)
    other = ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=other))
    assert theirs.get(PIXELS, params={"locationId": other}).status_code == 400
    assert theirs.put(PIXELS, json={"locationId": ghl.location_id, "type": "LEAD_EVENT"}).status_code == 403
