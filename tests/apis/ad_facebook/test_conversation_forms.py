"""Messenger conversation forms (conversation_forms.py): created raw, listed newest first, per location."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

FORMS = "/ad-publishing/facebook/conversation-forms"


def test_a_created_form_answers_raw_and_is_listed(ghl):
    ghl.freeze(datetime(2026, 8, 20, 2, 31, 8, tzinfo=UTC))
    api = ghl.client()
    created = api.post(FORMS, json={"locationId": ghl.location_id, "name": "Welcome", "text": "Hi! How can we help?",
                                    "questions": [{"question": "Book a visit", "response": "Pick a time."},
                                                  {"question": "Just browsing"}]})
    assert created.status_code == 201
    form = created.json()
    question_ids = [q["_id"] for q in form["questions"]]
    assert form | {"traceId": None} == {
        "_id": form["_id"], "name": "Welcome", "text": "Hi! How can we help?", "locationId": ghl.location_id,
        "questions": [{"question": "Book a visit", "response": "Pick a time.", "_id": question_ids[0]},
                      {"question": "Just browsing", "_id": question_ids[1]}],
        "createdAt": "2026-08-20T02:31:08.000Z", "updatedAt": "2026-08-20T02:31:08.000Z", "__v": 0, "traceId": None}
    listed = api.get(FORMS, params={"locationId": ghl.location_id}).json()
    assert listed == [{"id": form["_id"], **{k: form[k] for k in ("name", "text", "locationId", "questions",
                                                                   "createdAt", "updatedAt")}}]


def test_forms_are_newest_first_and_need_no_facebook_connection(ghl):
    ghl.freeze(datetime(2026, 8, 1, tzinfo=UTC))
    first = ghl.facebook_conversation_form()
    ghl.advance(1)
    second = ghl.facebook_conversation_form()
    listed = ghl.client().get(FORMS, params={"locationId": ghl.location_id}).json()
    assert [f["id"] for f in listed] == [second["_id"], first["_id"]]


@pytest.mark.ghl_allow_violations("missing_required")
def test_a_form_needs_its_questions_and_stays_in_its_location(ghl):
    ghl.facebook_conversation_form()
    api = ghl.client()
    missing = api.post(FORMS, json={"locationId": ghl.location_id, "name": "x", "text": "y"})
    assert missing.status_code == 422
    other = ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=other))
    assert theirs.get(FORMS, params={"locationId": other}).json() == []
    assert theirs.get(FORMS, params={"locationId": ghl.location_id}).status_code == 403


def test_writing_needs_the_write_scope(ghl):
    api = ghl.client(scopes=["adPublishing.readonly"])
    answer = api.post(FORMS, json={"locationId": ghl.location_id, "name": "x", "text": "y", "questions": []})
    assert answer.status_code == 401
    assert ghl.client().get(FORMS, params={"locationId": ghl.location_id}).json() == []
