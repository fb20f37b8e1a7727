"""Templates (emails.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_fetch_campaigns(ghl):
    answer = ghl.client().get("/emails/schedule", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_fetch_template(ghl):
    answer = ghl.client().get("/emails/builder", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_template(ghl):
    body = {"locationId": ghl.location_id, "type": "html", "importProvider": "mailchimp"}
    answer = ghl.client().post("/emails/builder", json=body)
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_delete_template(ghl):
    answer = ghl.client().delete(f"/emails/builder/{ghl.location_id}/templateId")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_template(ghl):
    body = {
        "locationId": ghl.location_id,
        "templateId": "templateId",
        "updatedBy": "updatedBy",
        "dnd": {"elements": [], "attrs": {}, "templateSettings": {}},
        "html": "html",
        "editorType": "html",
    }
    answer = ghl.client().post("/emails/builder/data", json=body)
    assert answer.status_code == 201, answer.text
