"""Shortcuts for the v3 services tests: a ``Desk`` (fixture F's frozen tenant) speaking Version v3."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx

from tests.apis.calendars.conftest import Desk

# Monday 2026-03-02 in New York (the location's zone), fixture F's first working day.
MONDAY_10 = "2026-03-02T10:00:00-05:00"


class Counter:
    """The services desk: service locations, services and bookings of ``desk``'s location, over v3."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.location_id = desk.location_id
        self.http: httpx.Client = desk.ghl.client(version="v3")

    def place(self, slug: str = "downtown", **fields: Any) -> dict:
        response = self.http.post("/calendars/services/locations", json={
            "locationId": self.location_id, "name": "Downtown", "slug": slug, **fields})
        assert response.status_code == 201, response.text
        return response.json()

    def service(self, slug: str = "haircut", staff: list[str] | None = None, **fields: Any) -> dict:
        response = self.http.post("/calendars/services/catalog", json={
            "locationId": self.location_id, "name": slug.title(), "slug": slug,
            "staff": [{"id": user} for user in (staff or [self.desk.ghl.user_id])], **fields})
        assert response.status_code == 201, response.text
        return response.json()["service"]

    def book(self, services: list[dict], start: str = MONDAY_10, end: str | None = None, params: dict | None = None,
             **fields: Any) -> httpx.Response:
        """POST a booking of ``services`` for a new contact (or ``contactId``), ``end`` default: an hour later."""
        body = {"locationId": self.location_id, "contactId": fields.pop("contactId", None) or self.desk.contact(),
                "startTime": start, "endTime": end or (datetime.fromisoformat(start) + timedelta(hours=1)).isoformat(),
                "timezone": "America/New_York", "services": services, **fields}
        return self.http.post("/calendars/services/bookings", json=body, params=params)
