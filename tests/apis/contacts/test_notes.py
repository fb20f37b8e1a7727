"""A contact's notes: create, list (newest first), read, update, delete."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest


def test_note_lifecycle(ghl, api, new_contact):
    ghl.freeze(datetime(2024, 3, 1, tzinfo=UTC))
    contact = new_contact(firstName="Ada")
    base = f"/contacts/{contact['id']}/notes"
    first = api.post(base, json={"body": "Met at the fair", "title": "Fair"})
    assert first.status_code == 201
    note = first.json()["note"]
    assert (note["body"], note["contactId"], note["dateAdded"]) == ("Met at the fair", contact["id"],
                                                                    "2024-03-01T00:00:00.000Z")
    assert note["userId"] == ghl.user_id  # the token's user wrote it
    ghl.advance(60)
    second = api.post(base, json={"body": "Sent the paper", "userId": ghl.user()["id"], "pinned": True}).json()
    assert [n["id"] for n in api.get(base).json()["notes"]] == [second["note"]["id"], note["id"]]

    updated = api.put(f"{base}/{note['id']}", json={"body": "Met at the science fair", "color": "yellow"}).json()
    assert (updated["note"]["body"], updated["note"]["color"], updated["note"]["title"]) == \
        ("Met at the science fair", "yellow", "Fair")
    assert api.get(f"{base}/{note['id']}").json()["note"] == updated["note"]
    assert api.delete(f"{base}/{note['id']}").json()["succeded"] is True
    assert api.get(f"{base}/{note['id']}").json()["message"] == "Note not found"


@pytest.mark.ghl_allow_violations("missing_required")  # leaves the body out on purpose
def test_a_note_needs_a_body(api, new_contact):
    contact = new_contact()
    answer = api.post(f"/contacts/{contact['id']}/notes", json={"title": "empty"})
    assert (answer.status_code, answer.json()["message"]) == (422, ["body must be a string"])
