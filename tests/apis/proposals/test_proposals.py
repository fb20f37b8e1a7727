"""Documents (proposals.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_list_documents_contracts(ghl):
    answer = ghl.client().get("/proposals/document", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_send_documents_contracts(ghl):
    body = {"locationId": ghl.location_id, "documentId": "documentId", "sentBy": "sentBy"}
    answer = ghl.client().post("/proposals/document/send", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_documents_contracts_templates(ghl):
    answer = ghl.client().get("/proposals/templates", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_send_documents_contracts_template(ghl):
    body = {"templateId": "templateId", "userId": ghl.user_id, "locationId": ghl.location_id, "contactId": "contactId"}
    answer = ghl.client().post("/proposals/templates/send", json=body)
    assert answer.status_code == 200, answer.text
