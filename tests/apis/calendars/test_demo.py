"""The demo sandbox's v3 services, as the API shows them."""

from __future__ import annotations


def test_the_demo_has_services_at_two_locations_and_bookings_of_them(small_demo):
    api, loc = small_demo.api, {"locationId": small_demo.main}
    places = api.get("/calendars/services/locations", params=loc).json()["serviceLocations"]
    services = api.get("/calendars/services/catalog", params=loc).json()["services"]
    assert [p["slug"] for p in places] == ["main-street", "harbour"]
    assert [s["name"] for s in services] == ["Haircut", "Colour", "Beard trim"]
    window = {**loc, "startTime": "0", "endTime": "99999999999999"}
    bookings = api.get("/calendars/services/bookings", params=window).json()["bookings"]
    assert len(bookings) == small_demo.summary["serviceBookings"] == 4
    assert {b["serviceLocationId"] for b in bookings} == {p["id"] for p in places}
