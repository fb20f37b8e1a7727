"""Lead forms of a Facebook page (lead_forms.py): published (Meta's record) and drafts, listed newest first."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mock_server.apis.ad_facebook.demo import lead_form_body


def _forms(page_id):
    return f"/ad-publishing/facebook/page/{page_id}/forms"


def test_a_published_form_is_listed_and_read_as_meta_defines_it(ghl):
    ghl.freeze(datetime(2026, 8, 19, 0, 32, 57, tzinfo=UTC))
    page = ghl.facebook_connection(pages=[{"name": "Acme", "id": "196684453527082"}])["pages"][0]
    body = lead_form_body(ghl.location_id, "Spring offer") | {"type": "HIGHER_INTENT", "customDisclaimer": {
        "title": "Terms", "body": "By submitting you agree.",
        "checkboxes": [{"is_required": True, "text": "I agree", "key": "terms"}]}}
    api = ghl.client()
    created = api.post(_forms(page["id"]), json=body)
    assert created.status_code == 201
    form = created.json()
    assert form["id"].isdigit() and form["locale"] == "en_US" and form["isOptimizedForQuality"] is True
    assert form["contextCard"] | {"id": None} == {"id": None, "title": "Hi there!", "style": "LIST_STYLE",
                                                 "content": ["A few quick questions."]}
    assert (form["privacyPolicyUrl"], form["followUpActionUrl"]) == ("https://example.com/privacy",
                                                                      "https://example.com")
    assert form["legalContent"]["customDisclaimer"]["checkboxes"] == [
        {"key": "terms", "text": "I agree", "isRequired": True, "isCheckedByDefault": False}]
    assert [q["key"] for q in form["questions"]] == ["full_name", "email", "budget"]
    assert all(q["id"].isdigit() for q in form["questions"])

    read = api.get(f"/ad-publishing/facebook/lead-form/{form['id']}", params={"locationId": ghl.location_id}).json()
    assert read | {"traceId": None} == form | {"traceId": None}
    listed = api.get(_forms(page["id"]), params={"locationId": ghl.location_id}).json()
    assert listed[0] == {"id": form["id"], "name": "Spring offer", "locale": "en_US", "status": "ACTIVE",
                         "createdTime": "2026-08-19T00:32:57+0000", "page": {"name": "Acme", "id": page["id"]},
                         "pageId": page["id"], "questions": form["questions"]}


def test_a_draft_is_stored_listed_with_its_prefix_and_read_verbatim(ghl):
    ghl.freeze(datetime(2026, 8, 20, 2, 28, 49, tzinfo=UTC))
    page = ghl.facebook_connection()["pages"][0]
    api = ghl.client()
    body = lead_form_body(ghl.location_id, "Draft") | {"isDraft": True, "locale": "en_us", "questions": [
        {"key": "full_name", "type": "FULL_NAME", "options": [{"key": "Option 1", "value": "Option 1"}]}]}
    draft = api.post(_forms(page["id"]), json=body).json()
    assert (draft["isDraft"], draft["locale"], draft["pageId"], draft["locationId"]) == \
        (True, "EN_US", page["id"], ghl.location_id)
    assert draft["createdAt"] == draft["updatedAt"] == "2026-08-20T02:28:49.000Z"
    assert "_id" in draft["questions"][0] and "_id" in draft["questions"][0]["options"][0]

    listed = api.get(_forms(page["id"]), params={"locationId": ghl.location_id}).json()
    mine = next(f for f in listed if f.get("isDraft"))
    assert mine["id"] == f"draft_{draft['id']}" and mine["createdTime"] == draft["createdAt"]
    for form_id in (draft["id"], mine["id"]):
        read = api.get(f"/ad-publishing/facebook/lead-form/{form_id}",
                       params={"locationId": ghl.location_id, "isDraft": "true"}).json()
        assert read["_id"] == draft["id"] and read["greetingCard"] == draft["greetingCard"]
    published_read = api.get(f"/ad-publishing/facebook/lead-form/{draft['id']}", params={"locationId": ghl.location_id})
    assert (published_read.status_code, published_read.json()["message"]) == (400, "Lead form not found")


def test_publishing_a_draft_deletes_it(ghl):
    page = ghl.facebook_connection()["pages"][0]
    draft = ghl.facebook_lead_form(page["id"], isDraft=True)
    published = ghl.facebook_lead_form(page["id"], draftFormId=f"draft_{draft['id']}")
    listed = ghl.client().get(_forms(page["id"]), params={"locationId": ghl.location_id}).json()
    assert published["id"] in [f["id"] for f in listed]
    assert not any(f.get("isDraft") for f in listed)
    gone = ghl.client().get(f"/ad-publishing/facebook/lead-form/{draft['id']}",
                            params={"locationId": ghl.location_id, "isDraft": "true"})
    assert gone.status_code == 400


@pytest.mark.ghl_allow_violations("invalid_value")
def test_publishing_needs_a_question_a_draft_does_not(ghl):
    page = ghl.facebook_connection()["pages"][0]
    api = ghl.client()
    empty = lead_form_body(ghl.location_id, "Empty") | {"questions": []}
    refused = api.post(_forms(page["id"]), json=empty)
    assert (refused.status_code, refused.json()["message"]) == (422, ["questions must contain at least 1 elements"])
    assert api.post(_forms(page["id"]), json=empty | {"isDraft": True}).status_code == 201
    bad = api.post(_forms(page["id"]), json=lead_form_body(ghl.location_id, "x") | {"type": "CHEAPEST"})
    assert bad.status_code == 422


def test_forms_are_newest_first_and_include_those_already_on_facebook(ghl):
    ghl.freeze(datetime(2026, 8, 1, tzinfo=UTC))
    page = ghl.facebook_connection()["pages"][0]
    seeded = page["leadForms"][0]
    ghl.advance(60)
    older = ghl.facebook_lead_form(page["id"])
    ghl.advance(60)
    newer = ghl.facebook_lead_form(page["id"], isDraft=True)
    listed = ghl.client().get(_forms(page["id"]), params={"locationId": ghl.location_id}).json()
    assert [f["id"] for f in listed] == [f"draft_{newer['id']}", older["id"], seeded["id"]]


def test_forms_need_a_page_of_the_facebook_user_and_stay_in_their_location(ghl):
    page = ghl.facebook_connection()["pages"][0]
    form = ghl.facebook_lead_form(page["id"])
    api = ghl.client()
    unknown = api.get(_forms("999999"), params={"locationId": ghl.location_id})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Facebook page not found")
    other = ghl.location()["id"]
    ghl.api("POST", f"/_mock/locations/{other}/facebook", {"user": {"name": "Other"}, "pages": [{"id": page["id"],
                                                                                                "name": "Shared"}]})
    theirs = ghl.client(token=ghl.token(location_id=other))
    assert theirs.get(_forms(page["id"]), params={"locationId": other}).json() == []
    assert theirs.get(f"/ad-publishing/facebook/lead-form/{form['id']}", params={"locationId": other}).status_code == 400
    assert theirs.post(_forms(page["id"]), json=lead_form_body(ghl.location_id, "x")).status_code == 403
