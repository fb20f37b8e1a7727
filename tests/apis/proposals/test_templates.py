"""Document templates (proposals.json list-documents-contracts-templates): seeded as GHL's builder makes them,
listed with their filters, kept to their location (mock_server/apis/proposals/templates.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

SCOPE = "documents_contracts_template/list.readonly"


def _list(ghl, **params):
    answer = ghl.client().get("/proposals/templates", params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_seeded_template_is_listed_as_ghl_lists_it(ghl):
    ghl.freeze(datetime(2025, 6, 26, 9, 24, tzinfo=UTC))
    template = ghl.document_template(name="Website proposal")
    listed = _list(ghl)
    assert listed["total"] == 1
    assert listed["data"] == [{
        "_id": template["id"], "id": template["id"], "deleted": False, "version": 1, "name": "Website proposal",
        "locationId": ghl.location_id, "type": "proposal", "updatedBy": ghl.user_id, "isPublicDocument": False,
        "createdAt": "2025-06-26T09:24:00.000Z", "updatedAt": "2025-06-26T09:24:00.000Z"}]


def test_a_public_template_counts_the_documents_made_from_it(ghl):
    form = ghl.document_template(isPublicDocument=True)
    ghl.document(form)
    ghl.document(form, send=False)
    shown = _list(ghl, isPublicDocument="true", userId=ghl.user_id)["data"]
    assert [(t["id"], t["documentCount"]) for t in shown] == [(form["id"], 2)]
    assert shown[0]["docFormUrl"].endswith(f"/documents/doc-form/{form['id']}?locale=en_US")


def test_templates_filter_by_type_name_date_and_page(ghl):
    ghl.freeze(datetime(2025, 1, 1, tzinfo=UTC))
    old = ghl.document_template(name="Alpha proposal")
    ghl.freeze(datetime(2025, 2, 1, tzinfo=UTC))
    estimate = ghl.document_template(name="Beta estimate", type="estimate")
    library = ghl.document_template(name="Terms", type="contentLibrary")

    def ids(**params):
        return [t["id"] for t in _list(ghl, **params)["data"]]

    assert set(ids(type="proposal,estimate")) == {old["id"], estimate["id"]}
    assert ids(type="contentLibrary") == [library["id"]]
    assert ids(name="ALPHA") == [old["id"]]
    assert ids(dateTo="2025-01-15T00:00:00.000Z") == [old["id"]]
    assert set(ids(dateFrom="2025-01-15T00:00:00.000Z")) == {estimate["id"], library["id"]}
    assert len(ids(limit="2")) == 2 and ids(skip="2", limit="2") == [old["id"]]
    assert _list(ghl, limit="1")["total"] == 3


def test_a_public_listing_needs_its_user(ghl):
    answer = ghl.client().get("/proposals/templates", params={"locationId": ghl.location_id,
                                                                "isPublicDocument": "true"})
    assert (answer.status_code, answer.json()["message"]) == (400, "userId is required when isPublicDocument is true")


@pytest.mark.ghl_allow_violations("invalid_value")
def test_an_unknown_type_is_refused(ghl):
    answer = ghl.client().get("/proposals/templates", params={"locationId": ghl.location_id, "type": "invoice"})
    assert answer.status_code == 422


def test_templates_stay_in_their_location_and_an_agency_reads_them_there(ghl):
    template, second = ghl.document_template(), ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=second))
    assert theirs.get("/proposals/templates", params={"locationId": second}).json()["data"] == []
    assert theirs.get("/proposals/templates", params={"locationId": ghl.location_id}).status_code == 403
    agency = ghl.client(agency=True)
    assert [t["id"] for t in agency.get("/proposals/templates", params={"locationId": ghl.location_id})
            .json()["data"]] == [template["id"]]


def test_a_token_without_the_scope_gets_ghl_401(ghl):
    api = ghl.client(token=ghl.token(scopes=["documents_contracts/list.readonly"]))
    answer = api.get("/proposals/templates", params={"locationId": ghl.location_id})
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert ghl.client(token=ghl.token(scopes=[SCOPE])).get(
        "/proposals/templates", params={"locationId": ghl.location_id}).status_code == 200
