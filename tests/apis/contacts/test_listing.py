"""The deprecated GET /contacts/: newest first, limit, startAfterId / startAfter cursors and GHL's meta."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit


def test_pages_newest_first_with_the_meta_block(ghl, api, seed):
    created = seed("contacts", contacts=[{"firstName": f"P{i}", "dateAdded": f"2024-01-{i + 1:02d}T00:00:00Z"}
                                         for i in range(5)])["ids"]
    newest_first = list(reversed(created))
    first = api.get("/contacts/", params={"locationId": ghl.location_id, "limit": 2}).json()
    assert [c["id"] for c in first["contacts"]] == newest_first[:2]
    meta = first["meta"]
    assert (meta["total"], meta["currentPage"], meta["nextPage"], meta["prevPage"]) == (5, 1, 2, None)
    assert meta["startAfterId"] == newest_first[1] and meta["startAfter"] == 1704326400000  # 2024-01-04
    query = parse_qs(urlsplit(meta["nextPageUrl"]).query)
    assert query["startAfterId"] == [newest_first[1]] and query["limit"] == ["2"]

    second = api.get("/contacts/", params={"locationId": ghl.location_id, "limit": 2,
                                           "startAfterId": meta["startAfterId"], "startAfter": meta["startAfter"]})
    assert [c["id"] for c in second.json()["contacts"]] == newest_first[2:4]
    assert second.json()["meta"]["currentPage"] == 2
    last = api.get("/contacts/", params={"locationId": ghl.location_id, "limit": 2,
                                         "startAfterId": second.json()["meta"]["startAfterId"]}).json()
    assert [c["id"] for c in last["contacts"]] == newest_first[4:]
    assert last["meta"]["nextPage"] is None and last["meta"]["nextPageUrl"] is None


def test_query_and_limits(ghl, api, new_contact):
    ada = new_contact(firstName="Ada", email="ada@example.com")
    new_contact(firstName="Grace")
    found = api.get("/contacts/", params={"locationId": ghl.location_id, "query": "ADA"}).json()
    assert [c["id"] for c in found["contacts"]] == [ada["id"]] and found["meta"]["total"] == found["count"] == 1
    too_many = api.get("/contacts/", params={"locationId": ghl.location_id, "limit": 101})
    assert (too_many.status_code, too_many.json()["message"]) == (422, ["limit must not be greater than 100"])
    unknown = api.get("/contacts/", params={"locationId": ghl.location_id, "startAfterId": "NoSuchContact0000000"})
    assert unknown.status_code == 400
