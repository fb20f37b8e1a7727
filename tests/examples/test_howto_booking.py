"""How to: test a booking flow end to end.

The code under test is what a scheduling integration typically does: find the contact (or create it),
read the calendar's free slots, book the first one that suits, and cope with the slot being taken in
between. The mock computes slots and validates bookings like GHL, so the test asserts outcomes: the
slot is gone, the appointment is there, a double booking is refused.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest


class SlotTaken(Exception):
    pass


def book_first_slot(client: httpx.Client, location_id: str, calendar_id: str, email: str, after: datetime) -> dict:
    """The code under test: upsert the contact by e-mail, book the first free slot after ``after``."""
    contact = client.post("/contacts/upsert", json={"locationId": location_id, "email": email}).json()["contact"]
    week = after + timedelta(days=7)
    window = {"startDate": int(after.timestamp() * 1000), "endDate": int(week.timestamp() * 1000)}
    free = client.get(f"/calendars/{calendar_id}/free-slots", params=window).raise_for_status().json()
    first = next(slot for day, value in sorted(free.items()) if day != "traceId" for slot in value["slots"])
    booked = client.post("/calendars/events/appointments", json={
        "calendarId": calendar_id, "locationId": location_id, "contactId": contact["id"], "startTime": first})
    if booked.status_code == 400:
        raise SlotTaken(booked.json()["message"])
    return booked.raise_for_status().json()


def test_books_the_first_free_slot_and_the_slot_disappears(ghl, ghl_client):
    now = ghl.freeze("2026-03-02T12:00:00Z")                  # Monday 07:00 in the location's New York
    calendar = ghl.calendar()                                  # Mon-Fri 9:00-17:00, 30-minute slots

    booked = book_first_slot(ghl_client, ghl.location_id, calendar["id"], "ada@example.com", now)

    assert booked["startTime"] == "2026-03-02T09:00:00-05:00"
    assert "2026-03-02T09:00:00-05:00" not in ghl.free_slots(calendar)
    event = ghl_client.get(f"/calendars/events/appointments/{booked['id']}").json()["event"]
    assert event["appointmentStatus"] == "confirmed"


def test_the_next_customer_gets_the_next_slot(ghl, ghl_client):
    now = ghl.freeze("2026-03-02T12:00:00Z")
    calendar = ghl.calendar()
    first = book_first_slot(ghl_client, ghl.location_id, calendar["id"], "ada@example.com", now)
    second = book_first_slot(ghl_client, ghl.location_id, calendar["id"], "grace@example.com", now)
    assert (first["startTime"], second["startTime"]) == ("2026-03-02T09:00:00-05:00", "2026-03-02T09:30:00-05:00")


def test_a_slot_taken_in_between_is_reported(ghl, ghl_client):
    """Provoke the race: another customer books the slot right before our booking request goes out."""
    now = ghl.freeze("2026-03-02T12:00:00Z")
    calendar = ghl.calendar()

    def someone_else_books_first(request: httpx.Request) -> None:
        if request.url.path == "/calendars/events/appointments":
            ghl.appointment(calendar=calendar, start="2026-03-02T09:00:00-05:00")

    ghl_client.event_hooks["request"].append(someone_else_books_first)
    with pytest.raises(SlotTaken, match="The slot you have selected is no longer available."):
        book_first_slot(ghl_client, ghl.location_id, calendar["id"], "ada@example.com", now)


def test_the_same_without_the_factories(ghl):
    """Every step over HTTP, as your client would do it (the factories are only shortcuts for this)."""
    ghl.freeze(datetime(2026, 3, 1, 12, tzinfo=UTC))  # slots are computed from the tenant's clock
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
