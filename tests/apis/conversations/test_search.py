"""GET /conversations/search over HTTP: filters, read state, text, order and startAfterDate paging."""

from __future__ import annotations

import pytest


def _search(ghl, **params):
    answer = ghl.client().get("/conversations/search", params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_filters_and_total(ghl):
    ghl.freeze("2025-05-01T09:00:00Z")
    owner = ghl.user()
    ada = ghl.contact(firstName="Ada", lastName="Lovelace", assignedTo=owner["id"])
    bob = ghl.contact(firstName="Bob", lastName="Builder")
    cyd = ghl.contact(firstName="Cyd", lastName="Charisse")
    ghl.message(ada, message="Invoice attached", type="Email")
    ghl.advance(minutes=1)
    ghl.message(bob, message="Can we meet?", inbound=True)
    ghl.advance(minutes=1)
    ghl.message(cyd, message="See you")
    api = ghl.client()
    cyd_conversation = _search(ghl, contactId=cyd["id"])["conversations"][0]
    api.put(f"/conversations/{cyd_conversation['id']}", json={"locationId": ghl.location_id, "starred": True})

    assert _search(ghl)["total"] == 3
    assert [c["fullName"] for c in _search(ghl)["conversations"]] == ["Cyd Charisse", "Bob Builder", "Ada Lovelace"]
    assert [c["contactId"] for c in _search(ghl, status="unread")["conversations"]] == [bob["id"]]
    assert _search(ghl, status="read")["total"] == 2
    assert [c["contactId"] for c in _search(ghl, status="starred")["conversations"]] == [cyd["id"]]
    assert [c["contactId"] for c in _search(ghl, lastMessageType="TYPE_EMAIL")["conversations"]] == [ada["id"]]
    assert _search(ghl, lastMessageDirection="inbound")["total"] == 1
    assert [c["contactId"] for c in _search(ghl, assignedTo=owner["id"])["conversations"]] == [ada["id"]]
    assert _search(ghl, assignedTo="unassigned")["total"] == 2
    assert [c["contactId"] for c in _search(ghl, query="lovelace")["conversations"]] == [ada["id"]]
    assert [c["contactId"] for c in _search(ghl, query="meet")["conversations"]] == [bob["id"]]
    assert _search(ghl, id=cyd_conversation["id"])["total"] == 1
    assert _search(ghl, mentions=owner["id"])["total"] == 0


def test_order_and_start_after_date_paging(ghl):
    ghl.freeze("2025-05-01T09:00:00Z")
    for _ in range(5):
        ghl.message()
        ghl.advance(minutes=1)
    first = _search(ghl, limit=2)
    assert first["total"] == 5 and len(first["conversations"]) == 2
    dates = [c["lastMessageDate"] for c in first["conversations"]]
    assert dates == sorted(dates, reverse=True)
    rest = _search(ghl, limit=10, startAfterDate=dates[-1])
    assert len(rest["conversations"]) == 3 and all(c["lastMessageDate"] < dates[-1] for c in rest["conversations"])
    ascending = _search(ghl, sort="asc")["conversations"]
    assert [c["lastMessageDate"] for c in ascending] == sorted(c["lastMessageDate"] for c in ascending)


@pytest.mark.ghl_allow_violations("invalid_value", "missing_required")
def test_bad_filters_get_422(ghl):
    api = ghl.client()
    assert api.get("/conversations/search", params={"locationId": ghl.location_id, "status": "nope"}
                   ).status_code == 422
    assert api.get("/conversations/search").status_code == 422
