"""Appointment notes: create, page through (newest first), edit, delete."""

from __future__ import annotations

import pytest

from tests.apis.calendars.conftest import Desk


@pytest.fixture
def appointment(desk: Desk) -> dict:
    return desk.book(desk.calendar()["id"], "2026-03-02T09:00:00-05:00").json()


def notes_url(appointment: dict) -> str:
    return f"/calendars/appointments/{appointment['id']}/notes"


def test_notes_are_written_by_the_tokens_user_unless_another_is_named(desk: Desk, appointment: dict):
    mine = desk.http.post(notes_url(appointment), json={"body": "Bring ID"})
    assert mine.status_code == 201
    note = mine.json()["note"]
    assert {k: note[k] for k in ("body", "userId", "contactId")} == {
        "body": "Bring ID", "userId": desk.ghl.user_id, "contactId": appointment["contactId"]}
    assert note["createdBy"]["id"] == desk.ghl.user_id
    grace = desk.user("Grace")
    theirs = desk.http.post(notes_url(appointment), json={"body": "Late", "userId": grace}).json()["note"]
    assert theirs["createdBy"] == {"id": grace, "name": "Grace Host"}
    stranger = desk.http.post(notes_url(appointment), json={"body": "x", "userId": "nope"})
    assert (stranger.status_code, stranger.json()["message"]) == (400, "The user does not exist.")


def test_notes_page_newest_first(desk: Desk, appointment: dict):
    ids = []
    for n in range(3):
        ids.append(desk.http.post(notes_url(appointment), json={"body": f"note {n}"}).json()["note"]["id"])
        desk.ghl.advance(60)
    first = desk.http.get(notes_url(appointment), params={"limit": 2, "offset": 0}).json()
    assert ([n["id"] for n in first["notes"]], first["hasMore"]) == ([ids[2], ids[1]], True)
    rest = desk.http.get(notes_url(appointment), params={"limit": 2, "offset": 2}).json()
    assert ([n["id"] for n in rest["notes"]], rest["hasMore"]) == ([ids[0]], False)


def test_notes_are_edited_and_deleted(desk: Desk, appointment: dict):
    note = desk.http.post(notes_url(appointment), json={"body": "draft"}).json()["note"]
    edited = desk.http.put(f"{notes_url(appointment)}/{note['id']}", json={"body": "final"})
    assert (edited.status_code, edited.json()["note"]["body"]) == (200, "final")
    deleted = desk.http.delete(f"{notes_url(appointment)}/{note['id']}")
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    assert desk.http.get(notes_url(appointment), params={"limit": 20, "offset": 0}).json()["notes"] == []
    gone = desk.http.put(f"{notes_url(appointment)}/{note['id']}", json={"body": "again"})
    assert (gone.status_code, gone.json()["message"]) == (400, "Note not found")


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_paging_is_required_and_bounded(desk: Desk, appointment: dict):
    response = desk.http.get(notes_url(appointment), params={"limit": 21})
    assert response.status_code == 422
    assert set(response.json()["message"]) == {"limit must not be greater than 20",
                                               "offset must be a number conforming to the specified constraints"}
    fraction = desk.http.get(notes_url(appointment), params={"limit": "1.5", "offset": "0"})
    assert fraction.status_code == 200
    unknown = desk.http.get("/calendars/appointments/nope/notes", params={"limit": 1, "offset": 0})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Appointment not found")
