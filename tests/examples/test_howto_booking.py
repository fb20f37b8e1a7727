"""How to test a booking flow against ghl-mock: freeze the clock, create a calendar, read its free
slots, book one, and watch it disappear (or get GHL's 400 when someone was faster)."""

from __future__ import annotations

from datetime import datetime, timezone


def test_howto_book_a_free_slot(ghl):
    ghl.freeze(datetime(2026, 3, 1, 12, tzinfo=timezone.utc))  # slots are computed from the tenant's clock
    client = ghl.client(version="2021-04-15")
    calendar = client.post("/calendars/", json={
        "locationId": ghl.location_id, "name": "Intro call", "slotDuration": 30, "slotInterval": 30,
        "openHours": [{"daysOfTheWeek": [1, 2, 3, 4, 5],  # Monday-Friday, 0 = Sunday
                       "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 12, "closeMinute": 0}]}],
    }).json()["calendar"]
    contact = client.post("/contacts/", json={"locationId": ghl.location_id, "firstName": "Ada"}).json()["contact"]

    monday = {"startDate": 1772427600000, "endDate": 1772513999999}  # 2026-03-02 in New York, in epoch ms
    slots = client.get(f"/calendars/{calendar['id']}/free-slots", params=monday).json()["2026-03-02"]["slots"]
    assert slots[0] == "2026-03-02T09:00:00-05:00"

    booking = {"calendarId": calendar["id"], "locationId": ghl.location_id, "contactId": contact["id"],
               "startTime": slots[0]}
    assert client.post("/calendars/events/appointments", json=booking).status_code == 200
    again = client.post("/calendars/events/appointments", json=booking)
    assert (again.status_code, again.json()["message"]) == (400, "The slot you have selected is no longer available.")
    left = client.get(f"/calendars/{calendar['id']}/free-slots", params=monday).json()["2026-03-02"]["slots"]
    assert slots[0] not in left and left == slots[1:]
