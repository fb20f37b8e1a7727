"""The official Python SDK (``gohighlevel-api-client``, sends ``Version: v3``) books through the mock unchanged."""

from __future__ import annotations

import asyncio

import pytest

from tests.apis.calendars.conftest import MONDAY, WEEKDAYS_9_TO_12, Desk

highlevel = pytest.importorskip("highlevel")


@pytest.mark.ghl_intercept  # the SDK's own httpx client reaches services.leadconnectorhq.com: the mock answers
def test_the_python_sdk_reads_slots_books_and_gets_ghls_400(desk: Desk):
    sdk = highlevel.HighLevel(private_integration_token=desk.ghl.token(kind="pit"))
    contact = desk.contact()

    async def flow() -> None:
        created = await sdk.calendars.create_calendar({"locationId": desk.location_id, "name": "SDK",
                                                       "openHours": WEEKDAYS_9_TO_12})
        calendar_id = created["calendar"]["id"]
        slots = await sdk.calendars.get_slots(calendar_id, MONDAY["startDate"], MONDAY["endDate"])
        first = slots["2026-03-02"]["slots"][0]
        booking = {"calendarId": calendar_id, "locationId": desk.location_id, "contactId": contact, "startTime": first}
        booked = await sdk.calendars.create_appointment(booking)
        assert booked["startTime"] == first == "2026-03-02T09:00:00-05:00"
        with pytest.raises(highlevel.error.GHLError) as refused:
            await sdk.calendars.create_appointment(booking)
        assert refused.value.status_code == 400
        events = await sdk.calendars.get_calendar_events(desk.location_id, "1772427600000", "1772513999999",
                                                         calendar_id=calendar_id)
        assert [e["id"] for e in events["events"]] == [booked["id"]]

    asyncio.run(flow())
    asyncio.run(sdk.http_client.aclose())
