"""Brand Boards (brand-boards.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_get_brand_boards_by_location(ghl):
    answer = ghl.client().get(f"/brand-boards/{ghl.location_id}")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_brand_board_by_id(ghl):
    answer = ghl.client().get(f"/brand-boards/{ghl.location_id}/id")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_brand_board(ghl):
    answer = ghl.client().patch(f"/brand-boards/{ghl.location_id}/id", json={})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_brand_board(ghl):
    answer = ghl.client().delete(f"/brand-boards/{ghl.location_id}/id")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_brand_board(ghl):
    answer = ghl.client().post("/brand-boards/", json={"locationId": ghl.location_id, "name": "name"})
    assert answer.status_code == 201, answer.text
