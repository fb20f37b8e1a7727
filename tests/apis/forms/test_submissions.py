"""Form submissions: a visitor's submission creates or updates the contact, and GET /forms/submissions lists
them with GHL's filters (form, q, the date range and its one-month default) and paging."""

from __future__ import annotations

import pytest


def _submissions(ghl, **params):
    answer = ghl.client().get("/forms/submissions", params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_submission_creates_the_contact_and_sends_contact_create(ghl):
    form = ghl.form("Contact us")
    made = ghl.form_submission(form, first_name="Ann", last_name="Lee", email="Ann.Lee@Example.com",
                               phone="+1 212 555 0142", message="Call me")
    contact = ghl.client().get(f"/contacts/{made['contactId']}").json()["contact"]
    assert (contact["firstName"], contact["lastName"], contact["email"], contact["phone"]) == (
        "Ann", "Lee", "ann.lee@example.com", "+12125550142")
    assert [e["payload"]["id"] for e in ghl.events("ContactCreate")] == [contact["id"]]
    listed = _submissions(ghl)["submissions"]
    assert [s["id"] for s in listed] == [made["id"]]
    one = listed[0]
    assert (one["formId"], one["name"], one["email"]) == (form["id"], "Ann Lee", "Ann.Lee@Example.com")
    assert one["others"]["message"] == "Call me"
    assert one["others"]["fieldsOriSequance"] == ["first_name", "last_name", "email", "phone", "message"]
    assert one["others"]["eventData"]["parentId"] == form["id"]
    assert one["others"]["eventData"]["parentName"] == "Contact us"


def test_a_returning_visitor_updates_the_contact_their_email_matches(ghl):
    existing = ghl.contact(email="returning@example.com", firstName="Old")
    made = ghl.form_submission(email="returning@example.com", first_name="New", phone=None, last_name=None)
    assert made["contactId"] == existing["id"]
    contact = ghl.client().get(f"/contacts/{existing['id']}").json()["contact"]
    assert contact["firstName"] == "New"
    assert [e["payload"]["id"] for e in ghl.events("ContactUpdate")] == [existing["id"]]
    assert [e["payload"]["id"] for e in ghl.events("ContactCreate")] == [existing["id"]]  # the factory's
    assert list(made["others"]) == ["first_name", "email", "eventData", "fieldsOriSequance"]


def test_answers_naming_a_custom_field_set_it_on_the_contact(ghl):
    field = ghl.client().post(f"/locations/{ghl.location_id}/customFields",
                              json={"name": "Budget", "dataType": "TEXT"}).json()["customField"]
    made = ghl.form_submission(**{field["id"]: "5000", "unrelated_question": "kept"})
    contact = ghl.client().get(f"/contacts/{made['contactId']}").json()["contact"]
    assert {"id": field["id"], "value": "5000"} in contact["customFields"]
    assert made["others"]["unrelated_question"] == "kept"


@pytest.mark.ghl_allow_violations
def test_bad_answers_are_refused_and_nothing_is_stored(ghl):
    form = ghl.form()
    path = f"/_mock/locations/{ghl.location_id}/forms/{form['id']}/submissions"
    control = ghl.client()
    for answers, status in (({"email": "not-an-email"}, 422), ({"first_name": 42}, 422),
                            ({"phone": "12"}, 422), ({"country": "Narnia"}, 422),
                            ({"eventData": "x", "email": "a@example.com"}, 422), ({}, 422)):
        answer = control.post(path, json={"answers": answers})
        assert answer.status_code == status, (answers, answer.text)
    unknown = control.post(f"/_mock/locations/{ghl.location_id}/forms/noSuchForm0000000000/submissions",
                           json={"answers": {"email": "a@example.com"}})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Form with id noSuchForm0000000000 not found")
    folder = ghl.form("Folder", type="folder")
    assert control.post(f"/_mock/locations/{ghl.location_id}/forms/{folder['id']}/submissions",
                        json={"answers": {"email": "a@example.com"}}).status_code == 400
    assert _submissions(ghl)["meta"]["total"] == 0
    assert control.get("/contacts/", params={"locationId": ghl.location_id}).json()["contacts"] == []


def test_form_id_and_q_filter_the_submissions(ghl):
    first, second = ghl.form("First"), ghl.form("Second")
    ann = ghl.form_submission(first, first_name="Ann", last_name="Smith", email="ann@example.com")
    bob = ghl.form_submission(second, first_name="Bob", last_name="Jones", email="bob@example.com",
                              phone="+12125550199")
    assert [s["id"] for s in _submissions(ghl, formId=first["id"])["submissions"]] == [ann["id"]]
    assert [s["id"] for s in _submissions(ghl, q="BOB@example")["submissions"]] == [bob["id"]]
    assert [s["id"] for s in _submissions(ghl, q="smith")["submissions"]] == [ann["id"]]
    assert [s["id"] for s in _submissions(ghl, q="2125550199")["submissions"]] == [bob["id"]]
    assert [s["id"] for s in _submissions(ghl, q=ann["contactId"])["submissions"]] == [ann["id"]]
    assert _submissions(ghl, formId="noSuchForm0000000000")["submissions"] == []


def test_the_date_range_defaults_to_the_last_month(ghl):
    ghl.freeze("2026-03-31T12:00:00Z")
    old = ghl.form_submission(created_at="2026-02-27T23:59:00Z")
    edge = ghl.form_submission(created_at="2026-02-28T00:00:00Z")
    today = ghl.form_submission()
    assert [s["id"] for s in _submissions(ghl)["submissions"]] == [today["id"], edge["id"]]
    ranged = _submissions(ghl, startAt="2026-02-01", endAt="2026-02-27")["submissions"]
    assert [s["id"] for s in ranged] == [old["id"]]
    assert _submissions(ghl, startAt="2026-02-01")["meta"]["total"] == 3


def test_pages_and_meta(ghl):
    form = ghl.form()
    ghl.freeze("2026-05-10T09:00:00Z")
    made = []
    for _ in range(5):
        made.append(ghl.form_submission(form)["id"])
        ghl.advance(minutes=1)
    newest_first = made[::-1]
    page = _submissions(ghl, limit=2, page=2)
    assert [s["id"] for s in page["submissions"]] == newest_first[2:4]
    assert page["meta"] == {"total": 5, "currentPage": 2, "nextPage": 3, "prevPage": 1}
    last = _submissions(ghl, limit=2, page=3)
    assert [s["id"] for s in last["submissions"]] == newest_first[4:]
    assert last["meta"] == {"total": 5, "currentPage": 3, "nextPage": None, "prevPage": 2}
    assert _submissions(ghl)["meta"] == {"total": 5, "currentPage": 1, "nextPage": None, "prevPage": None}


@pytest.mark.ghl_allow_violations
def test_bad_listing_queries_get_422(ghl):
    for params in ({"limit": 101}, {"page": 0}, {"startAt": "14/11/2020"}, {"endAt": "2020-13-01"},
                   {"startAt": "2020-12-14", "endAt": "2020-11-14"}):
        answer = ghl.client().get("/forms/submissions", params={"locationId": ghl.location_id, **params})
        assert answer.status_code == 422, (params, answer.text)


def test_deleting_the_contact_deletes_its_submissions(ghl):
    made = ghl.form_submission()
    assert ghl.client().delete(f"/contacts/{made['contactId']}").status_code == 200
    assert _submissions(ghl)["submissions"] == []
