"""Of N identical bookings sent at the same time over real HTTP, exactly one wins (free-slots.md §5.6)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from mock_server.testing import LiveServer
from tests.apis.calendars.conftest import CALENDAR_VERSION, Desk

CLIENTS = 12


def test_exactly_one_of_many_concurrent_identical_bookings_wins(desk: Desk, ghl_app):
    calendar = desk.calendar()
    contact = desk.contact()
    body = {"calendarId": calendar["id"], "locationId": desk.location_id, "contactId": contact,
            "startTime": "2026-03-02T09:30:00-05:00"}
    headers = desk.ghl.headers(version=CALENDAR_VERSION)
    with LiveServer(ghl_app) as served:
        clients = [httpx.Client(base_url=served.url, headers=headers) for _ in range(CLIENTS)]
        try:
            for client in clients:  # connect first, so the bookings themselves start together
                assert client.get(f"/calendars/{calendar['id']}").status_code == 200
            start = threading.Barrier(CLIENTS)

            def book(client: httpx.Client) -> httpx.Response:
                start.wait()
                return client.post("/calendars/events/appointments", json=body)

            with ThreadPoolExecutor(CLIENTS) as pool:
                responses = list(pool.map(book, clients))
        finally:
            for client in clients:
                client.close()
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] + [400] * (CLIENTS - 1)
    assert {r.json()["message"] for r in responses if r.status_code == 400} == {
        "The slot you have selected is no longer available."}
    listed = desk.http.get("/calendars/events", params={"locationId": desk.location_id, "calendarId": calendar["id"],
                                                        "startTime": "1772427600000", "endTime": "1772513999999"})
    assert len(listed.json()["events"]) == 1
