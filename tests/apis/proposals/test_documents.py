"""Documents (proposals.json): made from a template for a contact, sent with a link per recipient and CC, then
viewed, signed and paid (played by the control plane), listed with their filters
(mock_server/apis/proposals/documents.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

READ, SEND = "documents_contracts/list.readonly", "documents_contracts/sendLink.write"


def _documents(ghl, **params):
    answer = ghl.client().get("/proposals/document", params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _send(ghl, document, **fields):
    body = {"locationId": ghl.location_id, "documentId": document["_id"], "sentBy": ghl.user_id, **fields}
    return ghl.client().post("/proposals/document/send", json=body)


def _recipients_did(ghl, document, **body):
    return ghl.client().post(f"/_mock/locations/{ghl.location_id}/proposals/documents/{document['_id']}/status",
                             json=body)


def test_sending_a_template_makes_a_sent_document_for_the_contact(ghl):
    ghl.freeze(datetime(2025, 2, 3, 18, 30, tzinfo=UTC))
    template = ghl.document_template(name="Redesign", items=[{"name": "Design", "price": 900},
                                                             {"name": "Hosting", "price": 25, "qty": 12}])
    contact = ghl.contact(firstName="Jim", lastName="Anton", email="jim@example.com")
    answer = ghl.client().post("/proposals/templates/send", json={
        "templateId": template["id"], "userId": ghl.user_id, "locationId": ghl.location_id, "contactId": contact["id"]})
    assert answer.status_code == 200
    links = answer.json()["links"]
    listed = _documents(ghl)
    assert listed["total"] == 1
    document = listed["documents"][0]
    assert [(link["documentId"], link["recipientId"], link["recipientCategory"], link["createdBy"])
            for link in links] == [(document["_id"], contact["id"], "recipient", ghl.user_id)]
    assert document["links"] == links
    assert (document["documentId"], document["name"], document["type"], document["status"],
            document["paymentStatus"], document["documentRevision"], document["createdAt"]) == \
        (document["_id"], "Redesign", "proposal", ["sent"], ["waiting_for_payment"], 1, "2025-02-03T18:30:00.000Z")
    assert document["grandTotal"] == {"amount": 1200, "currency": "USD", "discountPercentage": 0, "discounts": []}
    recipient = document["recipients"][0]
    assert (recipient["id"], recipient["email"], recipient["role"], recipient["isPrimary"], recipient["hasCompleted"]) \
        == (contact["id"], "jim@example.com", "signer", True, False)
    assert links[0]["referenceId"] in recipient["shareLink"]
    assert [(f["type"], f["hasCompleted"], f["recipient"]) for f in document["fillableFields"]] == \
        [("Signature", False, contact["id"])]


def test_a_draft_is_sent_later_with_its_ccs(ghl):
    draft = ghl.document(send=False)
    assert (draft["status"], draft["links"]) == (["draft"], [])
    cc = ghl.contact(email="boss@example.com")
    sent = _send(ghl, draft, documentName="Renamed", medium="email", ccRecipients=[{
        "id": cc["id"], "email": "boss@example.com", "imageUrl": "", "contactName": "Boss", "firstName": "B",
        "lastName": "Oss"}])
    assert sent.status_code == 200
    categories = [(link["recipientId"], link["recipientCategory"]) for link in sent.json()["links"]]
    assert categories == [(draft["recipients"][0]["id"], "recipient"), (cc["id"], "cc")]
    document = _documents(ghl)["documents"][0]
    assert (document["name"], document["status"], len(document["links"])) == ("Renamed", ["sent"], 2)
    # sending again keeps the recipients' links
    again = _send(ghl, draft).json()["links"]
    assert [link["referenceId"] for link in again] == [link["referenceId"] for link in sent.json()["links"]]


def test_recipients_view_sign_and_pay(ghl):
    document = ghl.document()
    assert _recipients_did(ghl, document, status="viewed").json()["status"] == ["viewed"]
    signed = _recipients_did(ghl, document, status="completed", paymentStatus="paid").json()
    assert (signed["status"], signed["paymentStatus"]) == (["completed"], ["paid"])
    assert signed["recipients"][0]["hasCompleted"] and all(f["hasCompleted"] for f in signed["fillableFields"])
    refused = _send(ghl, document)
    assert (refused.status_code, refused.json()["message"]) == (400, "Document is already completed")


def test_moving_back_to_draft_withdraws_the_links_and_counts_a_revision(ghl):
    document = ghl.document()
    first = document["links"][0]["referenceId"]
    redrafted = _recipients_did(ghl, document, status="draft").json()
    assert (redrafted["status"], redrafted["documentRevision"], [l["deleted"] for l in redrafted["links"]]) == \
        (["draft"], 2, [True])
    resent = _send(ghl, document).json()["links"]
    assert len(resent) == 1 and resent[0]["referenceId"] != first and resent[0]["documentRevision"] == 2
    # a draft has not been sent: its recipients cannot have viewed it
    draft = ghl.document(send=False)
    assert _recipients_did(ghl, draft, status="viewed").status_code == 400


def test_documents_filter_by_status_payment_name_and_dates(ghl):
    ghl.freeze(datetime(2025, 2, 1, tzinfo=UTC))
    free = ghl.document(ghl.document_template(name="Free audit", items=[]))
    ghl.freeze(datetime(2025, 2, 10, tzinfo=UTC))
    draft = ghl.document(ghl.document_template(name="Big deal"), send=False)
    paid = ghl.document(ghl.document_template(name="Small deal"))
    _recipients_did(ghl, paid, status="accepted", paymentStatus="paid")

    def ids(**params):
        return [d["_id"] for d in _documents(ghl, **params)["documents"]]

    assert ids(status="draft") == [draft["_id"]]
    assert set(ids(status="sent,accepted")) == {free["_id"], paid["_id"]}
    assert ids(paymentStatus="no_payment") == [free["_id"]]
    assert set(ids(paymentStatus="paid,waiting_for_payment")) == {draft["_id"], paid["_id"]}
    assert set(ids(query="DEAL")) == {draft["_id"], paid["_id"]}
    assert ids(dateFrom="2025-01-31T00:00:00.000Z", dateTo="2025-02-02T00:00:00.000Z") == [free["_id"]]
    assert len(ids(limit=2)) == 2 and len(ids(skip=2)) == 1 and _documents(ghl, limit=1)["total"] == 3


def test_one_date_without_the_other_is_refused(ghl):
    answer = ghl.client().get("/proposals/document", params={"locationId": ghl.location_id,
                                                               "dateFrom": "2025-02-03T18:30:00.000Z"})
    assert (answer.status_code, answer.json()["message"]) == (400, "dateFrom and dateTo must be provided together")


@pytest.mark.ghl_allow_violations("invalid_value")
def test_an_unknown_status_is_refused(ghl):
    answer = ghl.client().get("/proposals/document", params={"locationId": ghl.location_id, "status": "draft,lost"})
    assert answer.status_code == 422


def test_unknown_records_get_ghl_400s(ghl):
    template, contact = ghl.document_template(), ghl.contact()
    api = ghl.client()
    base = {"templateId": template["id"], "userId": ghl.user_id, "locationId": ghl.location_id,
            "contactId": contact["id"]}
    for change, message in (({"templateId": "nope"}, "Template not found"),
                            ({"contactId": "nope"}, "Contact with id nope not found"),
                            ({"userId": "nope"}, "The user does not exist."),
                            ({"opportunityId": "nope"}, None)):
        answer = api.post("/proposals/templates/send", json=base | change)
        assert answer.status_code == 400, change
        assert message is None or answer.json()["message"] == message
    unknown = api.post("/proposals/document/send", json={"locationId": ghl.location_id, "documentId": "nope",
                                                          "sentBy": ghl.user_id})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Document not found")
    assert _documents(ghl)["total"] == 0  # nothing half-made


def test_documents_stay_in_their_location(ghl):
    document, second = ghl.document(), ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=second))
    assert theirs.get("/proposals/document", params={"locationId": second}).json()["documents"] == []
    assert theirs.get("/proposals/document", params={"locationId": ghl.location_id}).status_code == 403
    other = theirs.post("/proposals/document/send", json={"locationId": second, "documentId": document["_id"],
                                                          "sentBy": ghl.user_id})
    assert other.status_code == 400  # not a document of that location


def test_an_agency_token_sends_in_the_location_it_names(ghl):
    template, contact = ghl.document_template(), ghl.contact()
    agency = ghl.client(agency=True)
    answer = agency.post("/proposals/templates/send", json={
        "templateId": template["id"], "userId": ghl.user_id, "locationId": ghl.location_id, "contactId": contact["id"]})
    assert answer.status_code == 200
    assert agency.get("/proposals/document", params={"locationId": ghl.location_id}).json()["total"] == 1


def test_tokens_without_the_scopes_get_ghl_401(ghl):
    document = ghl.document()
    reader = ghl.client(token=ghl.token(scopes=[READ]))
    assert reader.get("/proposals/document", params={"locationId": ghl.location_id}).status_code == 200
    refused = reader.post("/proposals/document/send", json={"locationId": ghl.location_id,
                                                            "documentId": document["_id"], "sentBy": ghl.user_id})
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    sender = ghl.client(token=ghl.token(scopes=[SEND]))
    assert sender.get("/proposals/document", params={"locationId": ghl.location_id}).status_code == 401


def test_a_date_past_year_9999_is_a_400_not_a_crash(ghl):
    answer = ghl.client().get("/proposals/document", params={
        "locationId": ghl.location_id, "dateFrom": "2025-01-01T00:00:00Z", "dateTo": "9999-12-31T23:59:59-01:00"})
    assert (answer.status_code, answer.json()["message"]) == (400, "dateTo must be a valid ISO 8601 date string")
