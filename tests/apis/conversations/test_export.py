"""Message export over HTTP: every message of the location, filtered, sorted, paged by cursor."""

from __future__ import annotations

import pytest

EXPORT = "/conversations/messages/export"


@pytest.mark.ghl_allow_violations("invalid_value")
def test_the_export_pages_every_message_by_cursor(ghl):
    ghl.freeze("2025-05-01T09:00:00Z")
    api = ghl.client()
    contact = ghl.contact(phone="+15550001111", email="ada@example.com")
    ids = []
    for n in range(12):
        ids.append(ghl.message(contact, message=f"m{n}", type="Email" if n % 4 == 0 else "SMS")["id"])
        ghl.advance(minutes=1)
    loc = {"locationId": ghl.location_id}

    first = api.get(EXPORT, params={**loc, "limit": 10}).json()
    assert first["total"] == 12 and [m["id"] for m in first["messages"]] == ids[::-1][:10]
    rest = api.get(EXPORT, params={**loc, "limit": 10, "cursor": first["nextCursor"]}).json()
    assert [m["id"] for m in rest["messages"]] == ids[::-1][10:] and "nextCursor" not in rest

    emails = api.get(EXPORT, params={**loc, "channel": "Email", "sortOrder": "asc"}).json()
    assert [m["id"] for m in emails["messages"]] == [ids[0], ids[4], ids[8]] and emails["total"] == 3
    window = api.get(EXPORT, params={**loc, "startDate": "2025-05-01T09:02:00Z", "endDate": "2025-05-01T09:03:00Z",
                                     "sortOrder": "asc"}).json()
    assert [m["id"] for m in window["messages"]] == ids[2:4]
    assert api.get(EXPORT, params={**loc, "contactId": ghl.contact()["id"]}).json()["total"] == 0
    assert api.get(EXPORT, params={**loc, "cursor": "not-a-cursor"}).status_code == 400
    assert api.get(EXPORT, params={**loc, "limit": 5}).status_code == 422
