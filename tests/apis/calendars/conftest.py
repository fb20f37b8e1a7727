"""Fixtures for the Calendars API tests: a tenant whose clock is frozen at free-slots.md's fixture F."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from mock_server.testing.tenant import GhlTenant

# free-slots.md §6, fixture F: Sunday 2026-03-01 12:00 UTC; the location is in America/New_York.
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
WEEKDAYS_9_TO_12 = [{"daysOfTheWeek": [1, 2, 3, 4, 5],
                     "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 12, "closeMinute": 0}]}]
# Q1: Monday 2026-03-02 in New York, whole day.
MONDAY = {"startDate": 1772427600000, "endDate": 1772513999999}
CALENDAR_VERSION = "2021-04-15"


class Desk:
    """A tenant plus shortcuts to set up calendars, contacts and users over HTTP."""

    def __init__(self, ghl: GhlTenant) -> None:
        self.ghl = ghl
        self.location_id = ghl.location_id
        self.http: httpx.Client = ghl.client(version=CALENDAR_VERSION)

    def travel(self, moment: datetime) -> None:
        """Set the tenant's clock to ``moment`` (with a fresh token: a day-old one would have expired)."""
        self.ghl.freeze(moment)
        self.http = self.ghl.client(version=CALENDAR_VERSION)

    def calendar(self, **fields: Any) -> dict:
        """A calendar of fixture F (event type, Mon-Fri 09:00-12:00, 30-minute slots), changed by ``fields``."""
        body = {"locationId": self.location_id, "name": "Consultation", "calendarType": "event",
                "openHours": WEEKDAYS_9_TO_12, "slotDuration": 30, "slotInterval": 30, **fields}
        response = self.http.post("/calendars/", json=body)
        assert response.status_code == 200, response.text
        return response.json()["calendar"]

    def group(self, slug: str = "sales", **fields: Any) -> dict:
        body = {"locationId": self.location_id, "name": "Sales", "description": "Sales team", "slug": slug, **fields}
        response = self.http.post("/calendars/groups", json=body)
        assert response.status_code == 201, response.text
        return response.json()["group"]

    def contact(self, first_name: str = "Ada", last_name: str = "Lovelace") -> str:
        """A new contact of this location (through the Contacts API)."""
        response = self.http.post("/contacts/", json={"locationId": self.location_id, "firstName": first_name,
                                                      "lastName": last_name})
        assert response.status_code == 201, response.text
        return response.json()["contact"]["id"]

    def user(self, first_name: str) -> str:
        """A user of this location (a possible team member)."""
        response = self.http.post("/users/", json={
            "companyId": self.ghl.company_id, "firstName": first_name, "lastName": "Host",
            "email": f"{first_name.lower()}@{self.location_id.lower()}.example.com", "password": "secret-123",
            "type": "account", "role": "user", "locationIds": [self.location_id]})
        assert response.status_code == 201, response.text
        return response.json()["id"]

    def slots(self, calendar_id: str, **query: Any) -> httpx.Response:
        return self.http.get(f"/calendars/{calendar_id}/free-slots", params={**MONDAY, **query})

    def monday_slots(self, calendar_id: str, **query: Any) -> list[str]:
        response = self.slots(calendar_id, **query)
        assert response.status_code == 200, response.text
        return response.json().get("2026-03-02", {}).get("slots", [])

    def book(self, calendar_id: str, start: str, contact_id: str | None = None, **fields: Any) -> httpx.Response:
        return self.http.post("/calendars/events/appointments", json={
            "calendarId": calendar_id, "locationId": self.location_id,
            "contactId": contact_id or self.contact(), "startTime": start, **fields})


@pytest.fixture
def desk(ghl: GhlTenant) -> Desk:
    ghl.freeze(NOW)
    return Desk(ghl)
