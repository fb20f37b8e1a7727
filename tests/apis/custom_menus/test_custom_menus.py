"""Custom Menu Links (custom-menus.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_get_custom_menu_by_id(ghl):
    answer = ghl.client(agency=True).get("/custom-menus/customMenuId")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_custom_menu(ghl):
    answer = ghl.client(agency=True).put("/custom-menus/customMenuId", json={})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_custom_menu(ghl):
    answer = ghl.client(agency=True).delete("/custom-menus/customMenuId")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_custom_menus(ghl):
    answer = ghl.client(agency=True).get("/custom-menus/")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_custom_menu(ghl):
    body = {
        "title": "title",
        "url": "url",
        "icon": {"name": "name", "fontFamily": "fab"},
        "showOnCompany": True,
        "showOnLocation": True,
        "showToAllLocations": True,
        "openMode": "iframe",
        "locations": [],
        "userRole": "all",
    }
    answer = ghl.client(agency=True).post("/custom-menus/", json=body)
    assert answer.status_code == 201, answer.text
