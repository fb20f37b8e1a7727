"""How the area answers (views.py): the envelope, and v3's camel-case geo fields both ways."""

from __future__ import annotations

from tests.apis.ad_google.conftest import BASE, data

V2_PLACE = {"key": "2840", "country_name": "United States", "place_id": "p1", "formatted_address": "USA",
            "geometry": {"location_type": "APPROXIMATE"}, "address_components": [{"long_name": "United States"}]}
V3_PLACE = {"key": "2840", "countryName": "United States", "placeId": "p1", "formattedAddress": "USA",
            "geometry": {"locationType": "APPROXIMATE"}, "addressComponents": [{"longName": "United States"}]}


def test_v2_and_v3_spellings_are_both_accepted_and_each_caller_reads_its_own(ghl):
    v2, loc = ghl.client(), {"locationId": ghl.location_id}
    v3 = ghl.client(version="v3")
    from_v2 = ghl.google_campaign(audience={"geo_locations": [V2_PLACE]})
    from_v3 = data(v3.put(f"{BASE}/ads", json={**loc, "name": "v3", "advertisingChannelType": "DISPLAY",
                                               "audience": {"geoLocations": [V3_PLACE]}}))
    assert from_v3["audience"] == {"geoLocations": [V3_PLACE]}
    for campaign in (from_v2, from_v3):
        assert data(v2.get(f"{BASE}/ads/{campaign['id']}", params=loc))["audience"] == {"geo_locations": [V2_PLACE]}
        assert data(v3.get(f"{BASE}/ads/{campaign['id']}", params=loc))["audience"] == {"geoLocations": [V3_PLACE]}


def test_lists_carry_their_total(ghl):
    ghl.google_ads_connection()
    ghl.google_segment()
    listed = ghl.client().get(f"{BASE}/segments", params={"locationId": ghl.location_id}).json()
    assert (listed["success"], listed["total"], len(listed["data"])) == (True, 1, 1)
