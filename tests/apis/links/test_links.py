"""Trigger Links (links.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_get_link_by_id(ghl):
    answer = ghl.client().get("/links/id/linkId", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_link(ghl):
    answer = ghl.client().put("/links/linkId", json={"name": "name", "redirectTo": "redirectTo"})
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_delete_link(ghl):
    answer = ghl.client().delete("/links/linkId")
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_search_trigger_links(ghl):
    answer = ghl.client().get("/links/search", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_links(ghl):
    answer = ghl.client().get("/links/", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_link(ghl):
    body = {"locationId": ghl.location_id, "name": "name", "redirectTo": "redirectTo"}
    answer = ghl.client().post("/links/", json=body)
    assert answer.status_code == 201, answer.text
