"""The v3 services factories: what they make is what a client reads back, and bookings keep staff busy."""

from __future__ import annotations

import pytest

from mock_server.testing.factories import RecordRefused


def test_a_service_booking_is_made_with_its_service_and_service_location(ghl):
    booking = ghl.service_booking()
    api = ghl.client(version="v3")
    read = api.get(f"/calendars/services/bookings/{booking['bookingId']}").json()
    assert read["services"][0]["serviceStaffId"] == ghl.user_id
    places = api.get("/calendars/services/locations", params={"locationId": ghl.location_id}).json()
    assert [place["id"] for place in places["serviceLocations"]] == [read["serviceLocationId"]]
    second = ghl.service_booking(services=[read["services"][0]["id"]])
    assert second["startTime"] != booking["startTime"] and second["serviceLocationId"] == read["serviceLocationId"]


def test_a_booking_the_api_refuses_is_refused_to_the_factory_too(ghl):
    service = ghl.service(serviceDuration=60)
    first = ghl.service_booking(services=[service])
    with pytest.raises(RecordRefused):
        ghl.service_booking(services=[service["id"]], startTime=first["startTime"])
